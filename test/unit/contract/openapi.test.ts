import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONTRACT_HEADER, CONTRACT_VERSION } from '../../../src/api/contract/constants'
import { allEndpoints, endpoints, openApiPath } from '../../../src/api/contract/endpoints'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { buildServer } from '../../../mock/server'
import { buildOpenApi, openApiText } from '../../../mock/contract/openapi'
import { createResponseChecker } from '../../../mock/contract/check-response'

const root = join(__dirname, '../../..')
const doc = buildOpenApi() as any

describe('the OpenAPI document', () => {
  it('is committed as generated (run npm run contract after changing the contract)', () => {
    expect(readFileSync(join(root, 'docs/api/openapi.json'), 'utf8')).toBe(openApiText())
  })

  it('documents every path the client and the mock use, with the contract version', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.version).toBe(CONTRACT_VERSION)
    for (const path of [...Object.values(paths), ...Object.values(mockPaths)]) expect(Object.keys(doc.paths)).toContain(openApiPath(path))
    expect(allEndpoints).toHaveLength(Object.values(doc.paths).reduce((n: number, m: any) => n + Object.keys(m).length, 0))
  })

  it('gives every API operation the version header, the common errors as ErrorBody, and bearer auth where needed', () => {
    for (const spec of allEndpoints.filter((e) => e.tag !== 'mock')) {
      const op = doc.paths[openApiPath(spec.path)][spec.method.toLowerCase()]
      expect(op.parameters[0]).toEqual({ $ref: '#/components/parameters/ContractVersion' })
      for (const status of ['400', '426', '500', '503']) {
        expect(op.responses[status].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorBody' })
      }
      expect(op.security).toEqual(spec.auth ? [{ bearer: [] }] : spec.personalised ? [{}, { bearer: [] }] : [])
      if (spec.idempotent) expect(op.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' })
    }
    expect(doc.components.parameters.ContractVersion.name).toBe(CONTRACT_HEADER)
  })

  it('closes every object schema, so an undocumented field is a violation', () => {
    const open: string[] = []
    const walk = (node: any, where: string) => {
      if (!node || typeof node !== 'object') return
      if (node.type === 'object' && node.properties && node.additionalProperties !== false) open.push(where)
      for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`)
    }
    walk(doc.components.schemas, '#/components/schemas')
    expect(open).toEqual([])
  })
})

describe('the response check', () => {
  const check = createResponseChecker(doc)
  const answer = (over: object) => ({ method: 'GET', route: paths.health, status: 200, contentType: 'application/json', body: '{"status":"ok","contractVersion":"1.0.0","uptimeSeconds":1}', faulted: false, ...over })

  it('passes a documented answer', () => {
    expect(check(answer({}))).toBeNull()
  })

  it('fails an undocumented field, a wrong type, an undocumented status and a body where none is documented', () => {
    expect(check(answer({ body: '{"status":"ok","contractVersion":"1.0.0","uptimeSeconds":1,"debug":true}' }))).toMatch(/additional properties \(debug\)/)
    expect(check(answer({ body: '{"status":"ok","contractVersion":"1.0.0","uptimeSeconds":"1"}' }))).toMatch(/uptimeSeconds must be number/)
    expect(check(answer({ status: 418, body: '{"code":"X","message":"茶壶"}' }))).toMatch(/status is not documented/)
    expect(check(answer({ method: 'POST', route: paths.logout, status: 204, body: '{"ok":true}' }))).toMatch(/a body is sent where none is documented/)
    expect(check(answer({ route: '/api/v1/secret' }))).toMatch(/operation is not documented/)
  })

  it('allows any status for an injected fault, but still only as an ErrorBody', () => {
    expect(check(answer({ status: 418, body: '{"code":"MOCK_FAULT","message":"请求失败（模拟故障）"}', faulted: true }))).toBeNull()
    expect(check(answer({ status: 418, body: '{"oops":1}', faulted: true }))).toMatch(/ErrorBody|required/)
  })
})

describe('the mock keeps its contract', () => {
  it('turns an answer outside the contract into a 500 and records it', async () => {
    const violationsFile = join(mkdtempSync(join(tmpdir(), 'tongban-')), 'violations.jsonl')
    const app = buildServer({ quiet: true, violationsFile })
    // Simulate a server bug: an extra field on the health answer.
    app.addHook('preSerialization', async (request, _reply, payload) => (request.url === paths.health ? { ...(payload as object), leaked: 'x' } : payload))
    const res = await app.inject({ method: 'GET', url: paths.health })
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({ code: 'CONTRACT_VIOLATION', message: '服务返回了接口约定之外的数据' })
    expect(readFileSync(violationsFile, 'utf8')).toMatch(/additional properties \(leaked\)/)
    await app.close()
  })

  it('serves the document and a readable reference page', async () => {
    const app = buildServer({ quiet: true })
    const json = await app.inject({ method: 'GET', url: endpoints.openapi.path })
    expect(json.json()).toEqual(doc)
    const page = await app.inject({ method: 'GET', url: endpoints.docs.path })
    expect(page.headers['content-type']).toMatch(/text\/html/)
    for (const path of Object.values(paths)) expect(page.body).toContain(openApiPath(path))
    expect(page.body).toContain('ErrorBody')
    await app.close()
  })
})
