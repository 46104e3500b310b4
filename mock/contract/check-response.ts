import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import { openApiPath } from '../../src/api/contract/endpoint-spec'

/**
 * Checks one answer against the OpenAPI document: the status must be documented for the operation (or be a
 * 404 for an unknown route), the body must match the documented schema exactly (additionalProperties are
 * closed in the contract, so an undocumented field fails), and a body-less status must carry no body.
 * Returns a description of the problem, or null. Messages name fields and rules, never values.
 */
export interface Answer {
  method: string
  /** The route pattern; undefined when no route matched */
  route: string | undefined
  status: number
  contentType: string
  body: string | null
  /** A fault injected on purpose (mock only): any status is allowed, the body must still be an ErrorBody */
  faulted: boolean
}

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> }

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

export function createResponseChecker(document: object) {
  const doc = document as Doc
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
  ajv.addSchema(document, 'openapi')
  const compiled = new Map<string, ValidateFunction>()
  const validator = (ref: string) => {
    if (!compiled.has(ref)) compiled.set(ref, ajv.getSchema(`openapi#${ref}`) ?? ajv.compile({ $ref: `openapi#${ref}` }))
    return compiled.get(ref)!
  }
  const errorBody = '/components/schemas/ErrorBody'

  function validate(ref: string, body: string | null, what: string): string | null {
    let data: unknown
    try {
      data = JSON.parse(body ?? '')
    } catch {
      return `${what}: body is not JSON`
    }
    const check = validator(ref)
    if (check(data)) return null
    const errors = (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
    return `${what}: ${errors.join('; ')}`
  }

  return function check(answer: Answer): string | null {
    const method = answer.method.toLowerCase()
    const what = `${answer.method} ${answer.route ?? '(no route)'} → ${answer.status}`
    const route = answer.route === undefined ? undefined : openApiPath(answer.route)
    const operation = route ? doc.paths[route]?.[method] : undefined
    if (!operation) {
      if (answer.route) return `${what}: operation is not documented`
      return answer.status === 404 || answer.faulted ? validate(errorBody, answer.body, what) : `${what}: only 404 is documented for unknown routes`
    }
    const documented = operation.responses[String(answer.status)]
    if (!documented) return answer.faulted ? validate(errorBody, answer.body, what) : `${what}: status is not documented`
    const content = documented.content ?? {}
    if (answer.contentType.startsWith('text/html')) return 'text/html' in content ? null : `${what}: text/html is not documented`
    if (!('application/json' in content)) return answer.body ? `${what}: a body is sent where none is documented` : null
    return validate(`/${pointer('paths', route!, method, 'responses', String(answer.status), 'content', 'application/json', 'schema')}`, answer.body, what)
  }
}
