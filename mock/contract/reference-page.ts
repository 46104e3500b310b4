/**
 * A readable reference page of the OpenAPI document (GET /api/docs): one section per operation with its
 * request fields, statuses and error codes. Plain HTML, no scripts, so it opens anywhere.
 */
// The document is walked as loose JSON; its shape is checked by the contract tests, not here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

function typeOf(schema: Json, doc: Json): string {
  if (schema.$ref) return `<a href="#schema-${esc(schema.$ref.split('/').pop())}">${esc(schema.$ref.split('/').pop())}</a>`
  if (schema.anyOf) return schema.anyOf.map((s: Json) => typeOf(s, doc)).join(' | ')
  if (schema.const !== undefined) return `<code>${esc(JSON.stringify(schema.const))}</code>`
  if (schema.type === 'array') return `${typeOf(schema.items ?? {}, doc)}[]`
  if (schema.type === 'object' && schema.patternProperties) return 'object (map)'
  const rules = [schema.pattern && `pattern ${schema.pattern}`, schema.minLength !== undefined && `≥${schema.minLength}`, schema.maxLength !== undefined && `≤${schema.maxLength}`]
  return `${esc(schema.type ?? 'any')}${rules.some(Boolean) ? ` <small>${esc(rules.filter(Boolean).join(', '))}</small>` : ''}`
}

function fieldsTable(schema: Json | undefined, doc: Json): string {
  if (!schema) return ''
  const resolved = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema
  const props = Object.entries<Json>(resolved?.properties ?? {})
  if (props.length === 0) return `<p>${typeOf(schema, doc)}</p>`
  const rows = props
    .map(([name, s]) => `<tr><td><code>${esc(name)}</code></td><td>${typeOf(s, doc)}</td><td>${resolved.required?.includes(name) ? '必填' : '可选'}</td><td>${esc(s.description)}</td></tr>`)
    .join('')
  return `<table><tr><th>字段</th><th>类型</th><th></th><th>说明</th></tr>${rows}</table>`
}

function operationHtml(method: string, path: string, op: Json, doc: Json): string {
  const body = op.requestBody?.content?.['application/json']?.schema
  const statuses = Object.entries<Json>(op.responses)
    .map(([status, r]) => {
      const schema = r.content?.['application/json']?.schema
      return `<li><b>${esc(status)}</b> ${esc(r.description)}${schema ? ` — ${typeOf(schema, doc)}` : ''}</li>`
    })
    .join('')
  const flags = [op.security?.length ? '需要登录（Bearer）' : '无需登录', op.parameters?.some((p: Json) => p.$ref?.endsWith('IdempotencyKey')) ? '支持 Idempotency-Key' : '', op['x-development-only'] ? '仅开发用' : '']
  return `<section id="${esc(op.operationId)}"><h3><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary)}</p>${op.description ? `<p class="d">${esc(op.description)}</p>` : ''}<p class="f">${esc(flags.filter(Boolean).join(' · '))}</p>
${body ? `<h4>请求体</h4>${fieldsTable(body, doc)}` : ''}<h4>响应</h4><ul>${statuses}</ul>
${op['x-error-codes'] ? `<p>错误码：${op['x-error-codes'].map((c: string) => `<code>${esc(c)}</code>`).join(' ')}</p>` : ''}</section>`
}

export function renderReferencePage(document: object): string {
  const doc = document as Json
  const ops = Object.entries<Json>(doc.paths).flatMap(([path, methods]) => Object.entries<Json>(methods).map(([m, op]) => operationHtml(m, path, op, doc)))
  const schemas = Object.entries<Json>(doc.components.schemas)
    .map(([name, s]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${fieldsTable(s, doc)}</section>`)
    .join('')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} ${esc(doc.info.version)}</title><style>
body{font:15px/1.6 -apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif;max-width:960px;margin:0 auto;padding:24px;color:#1f2633;background:#f3f5f9}
section{background:#fff;border-radius:8px;padding:12px 20px;margin:12px 0}h1{color:#1a5fd6}h3{margin:4px 0}.m{color:#fff;background:#1a5fd6;border-radius:4px;padding:0 6px;font-size:13px}
.d,.f{color:#5c6678}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e6e9ef;padding:4px 8px;text-align:left;vertical-align:top}code{background:#eef2f8;padding:0 4px;border-radius:3px}
</style></head><body><h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description)}</p>
<p>机器可读版本：<a href="/api/openapi.json">/api/openapi.json</a></p><h2>接口</h2>${ops.join('')}<h2>数据结构</h2>${schemas}</body></html>`
}
