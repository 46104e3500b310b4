import { CONTRACT_HEADER, FAULT_HEADER, type HealthDto, type SmsSendResult, type UserDto } from '../../../src/api/contract'
import { CONTRACT_VERSION, IDEMPOTENCY_HEADER } from '../../../src/api/contract/constants'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { ApiError } from '../../../src/api/errors'
import { keyPerContent } from '../../../src/api/client'
import type { Transport, TransportRequest } from '../../../src/api/transport'
import { startHttpMock, type HttpMock } from './support/http-mock'
import { nodeTransport } from './node-transport'

let mock: HttpMock
beforeEach(async () => {
  mock = await startHttpMock()
})
afterEach(() => mock.close())

const PHONE = '13912345678'
const fault = (spec: string) => ({ headers: { [FAULT_HEADER]: spec } })
/** Runs the promise and returns its ApiError (fails the test if it resolves or throws something else). */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => new Error('expected the request to fail'),
    (e: unknown) => e,
  )
  if (!(error instanceof ApiError)) throw error
  return error
}
/** The real transport, recording what the client sent. */
function recording() {
  const sent: TransportRequest[] = []
  const transport: Transport = (request) => (sent.push(request), nodeTransport(request))
  return { sent, transport }
}

describe('success', () => {
  it('returns typed data and sends the contract version, JSON headers and the bearer token', async () => {
    const { sent, transport } = recording()
    const client = mock.client({ transport, getToken: () => 'tok_123' })
    const health = await client.get<HealthDto>(paths.health)
    expect(health).toMatchObject({ status: 'ok', contractVersion: CONTRACT_VERSION })
    expect(sent[0]).toMatchObject({ method: 'GET', url: `${mock.baseUrl}${paths.health}`, data: undefined })
    expect(sent[0].headers).toMatchObject({ [CONTRACT_HEADER]: CONTRACT_VERSION, authorization: 'Bearer tok_123', accept: 'application/json' })
    expect(sent[0].headers['content-type']).toBeUndefined()
  })

  it('encodes the query and omits empty values', async () => {
    const { sent, transport } = recording()
    await mock.client({ transport }).get(mockPaths.outbox, { query: { phone: PHONE, page: undefined } })
    expect(sent[0].url).toBe(`${mock.baseUrl}${mockPaths.outbox}?phone=${PHONE}`)
  })

  it('sends no Authorization header without a token', async () => {
    const { sent, transport } = recording()
    const client = mock.client({ transport, getToken: () => null })
    await expect(client.get(paths.health)).resolves.toBeDefined()
    expect(sent[0].headers.authorization).toBeUndefined()
  })
})

describe('errors', () => {
  it('surfaces a 4xx with the server’s Chinese message and fields, without retrying', async () => {
    const error = await failure(mock.client().post(paths.smsSend, { phone: '12345' }, { idempotent: true }))
    expect(error).toMatchObject({ kind: 'client', status: 400, code: 'VALIDATION_FAILED', message: '手机号格式不正确' })
    expect(error.fields).toEqual({ phone: '手机号格式不正确' })
    expect(await mock.received(`POST ${paths.smsSend}`)).toBe(1)
  })

  it('answers a 5xx with a generic message after the retries are spent', async () => {
    const error = await failure(mock.client({ retries: 2 }).get(paths.health, fault('status=503')))
    expect(error).toMatchObject({ kind: 'server', status: 503, message: '服务暂时不可用，请稍后再试' })
    expect(await mock.received(`GET ${paths.health}`)).toBe(3)
  })

  it('calls onUnauthorized on a 401 and does not retry', async () => {
    const onUnauthorized = jest.fn()
    const client = mock.client({ getToken: () => 'expired-or-unknown-token-value', onUnauthorized })
    const error = await failure(client.get<UserDto>(paths.me))
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, message: '登录已过期，请重新登录' })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(onUnauthorized).toHaveBeenCalledWith(error)
    expect(await mock.received(`GET ${paths.me}`)).toBe(1)
  })

  it('reports a contract mismatch with the server’s message', async () => {
    const oldBuild = mock.client({ headers: { [CONTRACT_HEADER]: '0.9.0' } })
    const error = await failure(oldBuild.get(paths.config))
    expect(error).toMatchObject({ kind: 'contract', status: 426, code: 'CONTRACT_MISMATCH', message: '当前版本过旧，请更新小程序后重试' })
    expect(await mock.received(`GET ${paths.config}`)).toBe(1)
  })

  it('turns a dropped connection into a network error', async () => {
    const error = await failure(mock.client({ retries: 0 }).get(paths.health, fault('drop')))
    expect(error).toMatchObject({ kind: 'network', message: '网络连接失败，请检查网络后重试' })
    expect(error.status).toBeUndefined()
  })

  it('turns a delay beyond the timeout into a timeout error', async () => {
    const started = Date.now()
    const error = await failure(mock.client({ retries: 0, timeoutMs: 100 }).get(paths.health, fault('delay=600')))
    expect(error).toMatchObject({ kind: 'timeout', message: '请求超时，请稍后重试' })
    expect(Date.now() - started).toBeLessThan(500)
  })

  it('turns an unreachable server into a network error', async () => {
    await mock.close()
    const error = await failure(mock.client({ retries: 1 }).get(paths.health))
    expect(error.kind).toBe('network')
  })
})

describe('retries', () => {
  it('retries a GET on 503 and succeeds on the third attempt', async () => {
    const health = await mock.client().get<HealthDto>(paths.health, fault('status=503;times=2;key=get-1'))
    expect(health.status).toBe('ok')
    expect(await mock.received(`GET ${paths.health}`)).toBe(3)
  })

  it('retries a GET after a dropped connection and after a timeout', async () => {
    const client = mock.client({ timeoutMs: 150 })
    await expect(client.get(paths.health, fault('drop;times=1;key=drop-1'))).resolves.toBeDefined()
    await expect(client.get(paths.health, fault('delay=600;times=1;key=slow-1'))).resolves.toBeDefined()
  })

  it('never retries a POST without an idempotency key', async () => {
    const error = await failure(mock.client().post(paths.smsSend, { phone: PHONE }, fault('status=503')))
    expect(error.kind).toBe('server')
    expect(await mock.received(`POST ${paths.smsSend}`)).toBe(1)
  })

  it('does not retry a keyless POST whose connection dropped either: it may have acted', async () => {
    const error = await failure(mock.client().post(paths.smsSend, { phone: PHONE }, fault('drop;after')))
    expect(error.kind).toBe('network')
    expect(await mock.received(`POST ${paths.smsSend}`)).toBe(1)
    expect(await mock.outbox(PHONE)).toHaveLength(1)
  })

  it('retries a POST with a key, reusing the key, and the server acts once', async () => {
    const { sent, transport } = recording()
    const result = await mock
      .client({ transport })
      .post<SmsSendResult>(paths.smsSend, { phone: PHONE }, { idempotent: true, ...fault('status=503;times=2;key=post-1') })
    expect(result.cooldownSeconds).toBe(60)
    expect(sent).toHaveLength(3)
    const keys = new Set(sent.map((r) => r.headers[IDEMPOTENCY_HEADER]))
    expect(keys.size).toBe(1)
    expect([...keys][0]).toMatch(/^[A-Za-z0-9_-]{8,128}$/)
    expect(await mock.outbox(PHONE)).toHaveLength(1)
  })

  it('recovers an answer lost after the server acted: the retry gets the first answer, not a second SMS', async () => {
    const client = mock.client()
    const result = await client.post<SmsSendResult>(paths.smsSend, { phone: PHONE }, { idempotencyKey: 'draft-0001', ...fault('status=503;after;times=1;key=lost-1') })
    expect(result).toEqual({ cooldownSeconds: 60, expiresInSeconds: 300 })
    expect(await mock.received(`POST ${paths.smsSend}`)).toBe(2)
    // Without the replay, the second attempt would have hit the 60 s cooldown (429).
    expect(await mock.outbox(PHONE)).toHaveLength(1)
  })

  it('uses a fresh key per call, so a deliberate second send acts again', async () => {
    const client = mock.client()
    await client.post(paths.smsSend, { phone: PHONE }, { idempotent: true })
    const error = await failure(client.post(paths.smsSend, { phone: PHONE }, { idempotent: true }))
    expect(error).toMatchObject({ kind: 'client', status: 429, message: '操作过于频繁，请60秒后再试' })
    // Retry-After 60 s is too long to wait in the background: failed at once, not retried.
    expect(await mock.received(`POST ${paths.smsSend}`)).toBe(2)
  })

  it('retries a 429 whose Retry-After is short', async () => {
    await expect(mock.client().get(paths.health, fault('status=429;retry-after=0;times=1;key=busy-1'))).resolves.toBeDefined()
    expect(await mock.received(`GET ${paths.health}`)).toBe(2)
  })

  it('does not retry a 4xx other than 429', async () => {
    await failure(mock.client().get(paths.health, fault('status=404')))
    expect(await mock.received(`GET ${paths.health}`)).toBe(1)
  })

  it('waits with exponential backoff between attempts', async () => {
    const waits: number[] = []
    const client = mock.client({ backoffMs: 100, retries: 3, sleep: async (ms) => void waits.push(ms) })
    await failure(client.get(paths.health, fault('status=502')))
    expect(waits).toHaveLength(3)
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(50 * 2 ** i)
      expect(ms).toBeLessThanOrEqual(100 * 2 ** i)
    })
  })
})

describe('keyPerContent', () => {
  it('keeps the key while the content stays, a new one for other content, and a new one after forget()', () => {
    const keys = keyPerContent()
    const first = keys.keyFor('13800138000 123456')
    expect(keys.keyFor('13800138000 123456')).toBe(first)
    const other = keys.keyFor('13800138000 654321')
    expect(other).not.toBe(first)
    const again = keys.keyFor('13800138000 123456')
    expect(again).not.toBe(first)
    expect(keys.keyFor('13800138000 123456')).toBe(again)
    keys.forget()
    expect(keys.keyFor('13800138000 123456')).not.toBe(again)
  })
})
