import type { FastifyInstance } from 'fastify'
import { httpError } from './errors'

const FORM = 'application/x-www-form-urlencoded'

/**
 * Lets the routes of `scope` take an HTML form post (the simulated provider and cashier pages) as a plain
 * object of strings; the route's TypeBox schema then validates it like a JSON body. Register it inside an
 * encapsulated plugin so the API itself keeps accepting JSON only. Safe to call twice (a parent scope may
 * already have it). Object.fromEntries defines own properties, so `__proto__=` cannot pollute anything.
 */
export function acceptFormBodies(scope: FastifyInstance) {
  if (scope.hasContentTypeParser(FORM)) return
  scope.addContentTypeParser(FORM, { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)))
  })
}

/**
 * Development endpoints document 400 but not 415: in such a scope any body type other than JSON and forms is
 * answered as a bad request. Skipped when the scope already has a catch-all parser.
 */
export function refuseOtherBodies(scope: FastifyInstance, message = '请求格式不正确，请以表单或 JSON 提交') {
  if (scope.hasContentTypeParser('*')) return
  scope.addContentTypeParser('*', (_request, _payload, done) => done(httpError(400, 'BAD_REQUEST', message)))
}
