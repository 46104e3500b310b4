import type { TSchema } from '@sinclair/typebox'
import { CONTRACT_HEADER, CONTRACT_VERSION, IDEMPOTENCY_HEADER } from '../../src/api/contract/constants'
import { allEndpoints, documentedResponses, openApiPath, type EndpointSpec } from '../../src/api/contract/endpoints'

/**
 * The OpenAPI 3.1 document of the contract, generated from the endpoint table (src/api/contract/endpoints.ts).
 * Schemas with a TypeBox `$id` become components and are referenced, so the document reads like the types.
 * Deterministic: the same table always gives the same JSON (npm run contract compares it with the committed one).
 */
type Json = Record<string, unknown>

const STATUS_TEXT: Record<number, string> = {
  200: '成功',
  204: '成功，无内容',
  303: '跳转',
  403: '无权进行此操作',
  400: '请求不正确（校验失败时 fields 给出每个字段的中文说明）',
  401: '未登录或登录已过期',
  404: '不存在',
  409: '同一 Idempotency-Key 的请求正在处理',
  413: '请求体过大',
  415: '不支持的请求格式（请使用 application/json）',
  422: '同一 Idempotency-Key 用于了不同的请求',
  426: '客户端接口版本过旧，需要更新',
  429: '操作过于频繁（可能带 Retry-After）',
  500: '服务内部错误',
  502: '网关错误',
  503: '服务暂时不可用',
  504: '网关超时',
}

/** Deep copy of a TypeBox schema as plain JSON, named sub-schemas moved to `components` and referenced. */
function toJsonSchema(schema: TSchema, components: Json, isRoot = true): Json {
  const plain = JSON.parse(JSON.stringify(schema)) as Json
  const walk = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, false))
    if (!node || typeof node !== 'object') return node
    const { $id, ...rest } = node as Json
    const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, walk(v, false)]))
    // TypeBox writes a tuple the draft-07 way (`items: [...]`, `additionalItems`); OpenAPI 3.1 is JSON Schema
    // 2020-12, where that is `prefixItems` and `items: false` (HighlightDto, a [start, end) pair).
    if (Array.isArray(converted.items)) {
      converted.prefixItems = converted.items
      converted.items = converted.additionalItems === false ? false : {}
      delete converted.additionalItems
    }
    if (typeof $id === 'string' && !(root && !isRoot)) {
      components[$id] = converted
      return { $ref: `#/components/schemas/${$id}` }
    }
    return converted
  }
  return walk(plain, true) as Json
}

function operation(spec: EndpointSpec, id: string, components: Json): Json {
  const parameters: Json[] = [{ $ref: '#/components/parameters/ContractVersion' }]
  if (spec.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' })
  for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!schema) continue
    const object = JSON.parse(JSON.stringify(schema)) as { properties?: Json; required?: string[] }
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      parameters.push({ name, in: where, required: where === 'path' || (object.required?.includes(name) ?? false), schema: toJsonSchema(property as TSchema, components, false) })
    }
  }
  const responses = Object.fromEntries(
    Object.entries(documentedResponses(spec)).map(([status, body]) => {
      const description = STATUS_TEXT[Number(status)] ?? status
      const content: Json = {}
      if (body !== null) content['application/json'] = { schema: toJsonSchema(body, components) }
      if (spec.html && status === '200') content['text/html'] = { schema: { type: 'string' } }
      if (status === '303') return [status, { description: '跳转回应用（Location）', headers: { Location: { schema: { type: 'string' } } } }]
      return [status, Object.keys(content).length ? { description, content } : { description }]
    }),
  )
  return {
    operationId: id,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    security: spec.auth ? [{ bearer: [] }] : spec.personalised ? [{}, { bearer: [] }] : [],
    parameters,
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(spec.body, components) } } } } : {}),
    ...(spec.multipart
      ? {
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'JPEG, PNG or PDF, ≤ 5 MB' } } },
              },
            },
          },
        }
      : {}),
    responses,
    ...(spec.errorCodes ? { 'x-error-codes': spec.errorCodes } : {}),
    ...(spec.tag === 'mock' ? { 'x-development-only': true } : {}),
  }
}

export function buildOpenApi(): Json {
  const components: Json = {}
  const pathsDoc: Record<string, Json> = {}
  for (const spec of allEndpoints) {
    const path = openApiPath(spec.path)
    pathsDoc[path] = { ...(pathsDoc[path] ?? {}), [spec.method.toLowerCase()]: operation(spec, spec.id, components) }
  }
  const sorted = (o: Json) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]))
  return {
    openapi: '3.1.0',
    info: {
      title: '通办 Tongban 政务服务接口',
      version: CONTRACT_VERSION,
      description:
        'The contract a government platform implements for the Tongban client (WeChat, Alipay, Baidu mini-programs and H5). ' +
        `Every request carries \`${CONTRACT_HEADER}\`; a server answers an incompatible major version with 426. ` +
        'Every non-2xx answer has the ErrorBody shape with a Chinese `message` fit to show the user. ' +
        'Operations tagged `mock` exist only in the development server. Generated by `npm run contract`; see docs/integration.md.',
      license: { name: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:9527', description: '开发用模拟服务 (npm run mock)' }],
    tags: [
      { name: 'system', description: '健康检查与应用配置' },
      { name: 'auth', description: '登录与会话' },
      { name: 'catalog', description: '事项目录：办事指南、搜索、订阅、部门旗舰店、地区' },
      { name: 'handling', description: '在线办理：表单、草稿、材料上传、办件、补正、撤回、好差评、电子证照、消息' },
      { name: 'scenario', description: '一件事：情形引导、合并表单、一次提交生成关联办件' },
      { name: 'wallet', description: '电子证照：照面信息、亮证令牌、窗口核验、用证记录' },
      { name: 'appointment', description: '预约：办理大厅、可约时段、预约、改约、取消' },
      { name: 'feedback', description: '政民互动：咨询、投诉、业务找茬与常见问题推荐' },
      { name: 'community', description: '通知公告与社区：街道社区事务受理服务中心、附近的中心' },
      { name: 'mock', description: '仅开发用模拟服务提供，真实平台无需实现' },
    ],
    paths: sorted(pathsDoc),
    components: {
      schemas: sorted(components),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: '登录接口返回的 token' } },
      parameters: {
        ContractVersion: {
          name: CONTRACT_HEADER,
          in: 'header',
          required: false,
          description: '客户端实现的接口版本；主版本不同时返回 426',
          schema: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$', examples: [CONTRACT_VERSION] },
        },
        IdempotencyKey: {
          name: IDEMPOTENCY_HEADER,
          in: 'header',
          required: false,
          description: '幂等键：同一调用方重复的键返回首次的结果，不会重复创建',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_\\-]{8,128}$' },
        },
      },
    },
  }
}

/** The document as committed: stable key order from construction, two-space indent, trailing newline. */
export const openApiText = () => `${JSON.stringify(buildOpenApi(), null, 2)}\n`
