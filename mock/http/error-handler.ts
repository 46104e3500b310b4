import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody } from '../../src/api/contract'
import type { LogSink } from '../log'
import { MockHttpError, messages } from './errors'
import { RequestValidationError } from './validation'

/** Fastify's own 4xx errors, in the words a user can act on. */
const fastifyMessages: Record<string, [code: string, message: string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['BAD_REQUEST', messages.badRequest],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['BAD_REQUEST', messages.badRequest],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', messages.badRequest],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['BAD_REQUEST', messages.badRequest],
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', '请求内容过大'],
  FST_ERR_BAD_URL: ['BAD_REQUEST', messages.badRequest],
}

/** Status-only fallback for any other client error Fastify raises. */
const statusMessages: Record<number, [code: string, message: string]> = {
  404: ['NOT_FOUND', messages.notFound],
  405: ['METHOD_NOT_ALLOWED', '请求方式不正确'],
  413: ['PAYLOAD_TOO_LARGE', '请求内容过大'],
  415: ['UNSUPPORTED_MEDIA_TYPE', messages.badRequest],
}

function toErrorBody(error: FastifyError | Error): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (error instanceof MockHttpError) return { status: error.statusCode, body: error.body, headers: error.headers }
  if (error instanceof RequestValidationError) {
    const body: ErrorBody = { code: error.code, message: error.message }
    if (Object.keys(error.fields).length > 0) body.fields = error.fields
    return { status: 400, body }
  }
  const status = (error as FastifyError).statusCode ?? 500
  if (status >= 400 && status < 500) {
    const known = fastifyMessages[(error as FastifyError).code] ?? statusMessages[status] ?? ['BAD_REQUEST', messages.badRequest]
    return { status, body: { code: known[0], message: known[1] } }
  }
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: messages.unavailable } }
}

/**
 * Errors Fastify's router raises before any hook or handler runs (a path that is not valid percent-encoding,
 * a path parameter over `maxParamLength`): without this they answer Fastify's own English JSON. Found by the
 * API fuzzer (test/support/fuzz): `/me/applications/%ZZ` and a 3,000-character id.
 * @see https://fastify.dev/docs/latest/Reference/Server/#frameworkerrors
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  // An id longer than any id the platform issues names nothing.
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return reply.code(404).send({ code: 'NOT_FOUND', message: messages.recordNotFound })
  return reply.code(400).send({ code: 'BAD_REQUEST', message: messages.badRequest })
}

/** Every non-2xx answer has the ErrorBody shape with a Chinese message; a 500 never carries a stack. */
export function installErrorHandling(app: FastifyInstance, log: LogSink) {
  // An empty body with a JSON content type is what some hosts send for a POST without data (logout);
  // treat it as "no body" instead of Fastify's default 400, and keep its prototype-poisoning protection.
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined)
    parseJson(request, body as string, done)
  })

  app.setErrorHandler((error, request, reply) => {
    const { status, body, headers } = toErrorBody(error as FastifyError)
    // Stacks go to the developer's console for real bugs only; bodies and headers never do.
    if (status >= 500 && !(error instanceof MockHttpError)) log(`error ${request.method} ${request.routeOptions.url ?? '?'}: ${(error as Error).stack ?? String(error)}`)
    if (headers) void reply.headers(headers)
    return reply.code(status).send(body)
  })

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ code: 'NOT_FOUND', message: messages.notFound }))
}
