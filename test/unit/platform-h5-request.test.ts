/**
 * @jest-environment jsdom
 */
import { FAULT_HEADER } from '../../src/api/contract'
import { paths } from '../../src/api/contract/paths'
import { createApiClient } from '../../src/api/client'
import { ApiError } from '../../src/api/errors'
import { request } from '../../src/platform/h5/request'
import { TextDecoder, TextEncoder } from 'node:util'
import type { HttpMock } from './api/support/http-mock'

/**
 * H5's request (XMLHttpRequest) against the real mock server over HTTP, from jsdom's page origin, so CORS applies as
 * it does for an H5 app served from another origin than its API. The e2e suite runs every H5 journey through it too.
 */
let mock: HttpMock
beforeAll(async () => {
  // The mock server runs in this process; its multipart parser needs what jsdom's globals lack.
  Object.assign(globalThis, { TextDecoder, TextEncoder })
  const { startHttpMock } = await import('./api/support/http-mock')
  mock = await startHttpMock()
})
afterAll(() => mock.close())

const get = (path: string, headers: Record<string, string> = {}, timeoutMs = 2000) =>
  request({ url: `${mock.baseUrl}${path}`, method: 'GET', headers: { accept: 'application/json', ...headers }, data: undefined, timeoutMs })

describe('H5 request (src/platform/h5/request.ts)', () => {
  // jsdom reports every failed XMLHttpRequest on the console; here failing is the point.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined))
  afterEach(() => jest.restoreAllMocks())

  it('answers JSON parsed, with the status and lower-case headers', async () => {
    const res = await get(paths.config)
    expect(res.status).toBe(200)
    expect(res.data).toMatchObject({ hotline: '12345' })
    expect(res.headers['content-type']).toMatch(/^application\/json/)
  })

  it('resolves an HTTP error as an answer, with its body and the headers CORS exposes', async () => {
    const res = await get(paths.config, { [FAULT_HEADER]: 'status=503;retry-after=2' })
    expect(res.status).toBe(503)
    expect(res.data).toMatchObject({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fff]/) })
    expect(res.headers['retry-after']).toBe('2')
  })

  it('sends a JSON body and the headers it is given', async () => {
    const res = await request({
      url: `${mock.baseUrl}${paths.smsSend}`,
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      data: { phone: '13600000009' },
      timeoutMs: 2000,
    })
    // The send endpoint requires { phone }: a 2xx means the JSON body arrived.
    expect(res.status).toBeGreaterThanOrEqual(200)
    expect(res.status).toBeLessThan(300)
  })

  it('rejects a dropped connection as no answer (network)', async () => {
    // Short timeouts: jsdom keeps an XHR's timeout timer running after a network error.
    await expect(get(paths.config, { [FAULT_HEADER]: 'drop' }, 500)).rejects.toEqual({ noAnswer: 'network' })
  })

  it('rejects an answer later than its timeout as no answer (timeout)', async () => {
    await expect(get(paths.config, { [FAULT_HEADER]: 'delay=700' }, 200)).rejects.toEqual({ noAnswer: 'timeout' })
  })

  it('rejects an unreachable server as no answer (network)', async () => {
    await expect(request({ url: 'http://127.0.0.1:9/api/v1/config', method: 'GET', headers: {}, data: undefined, timeoutMs: 500 })).rejects.toEqual({ noAnswer: 'network' })
  })

  it('is what the API client needs: answers, HTTP errors and no answers become the client’s own', async () => {
    const client = createApiClient({ baseUrl: mock.baseUrl, transport: request, backoffMs: 5, retries: 0 })
    await expect(client.get(paths.config)).resolves.toMatchObject({ hotline: '12345' })
    const unauthorized = await client.get(paths.me).catch((e: unknown) => e)
    expect(unauthorized).toBeInstanceOf(ApiError)
    expect((unauthorized as ApiError).kind).toBe('unauthorized')
    const late = await client.get(paths.config, { headers: { [FAULT_HEADER]: 'delay=700' }, timeoutMs: 200 }).catch((e: ApiError) => e.kind)
    expect(late).toBe('timeout')
  })
})
