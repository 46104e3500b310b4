import { FAULT_HEADER } from '../../../src/api/contract'
import { ApiError } from '../../../src/api/errors'
import { request as miniRequest } from '../../../src/platform/mini/request'
import { host } from './support/fake-taro'
import { startHttpMock, type HttpMock } from './support/http-mock'

// The app's client goes through the platform's request, on the mini-programs Taro.request; here a fake host does
// real HTTP instead.
jest.mock('@tarojs/taro', () => jest.requireActual('./support/fake-taro'))

type ApiModule = typeof import('../../../src/api')

let mock: HttpMock
let api: ApiModule
beforeAll(async () => {
  mock = await startHttpMock()
  // Inlined by the build in the app; read when the module loads.
  process.env.TARO_APP_API_BASE = mock.baseUrl
  jest.isolateModules(() => {
    api = jest.requireActual<ApiModule>('../../../src/api')
  })
  // What the session store does as the app starts
  api.setTransport(miniRequest)
})
afterAll(async () => {
  Reflect.deleteProperty(process.env, 'TARO_APP_API_BASE')
  await mock.close()
})
beforeEach(() => {
  host.calls = []
  host.respond = null
})

describe('the default client (src/api/index.ts)', () => {
  it('calls TARO_APP_API_BASE through the transport it was given', async () => {
    const config = await api.getAppConfig()
    expect(config.hotline).toBe('12345')
    expect(host.calls[0]).toMatchObject({ url: `${mock.baseUrl}/api/v1/config`, method: 'GET' })
  })

  it('uses the token the session store provides and reports a 401 to its handler', async () => {
    const onUnauthorized = jest.fn()
    api.setUnauthorizedHandler(onUnauthorized)
    api.setTokenProvider(() => null)
    await expect(api.getMe()).rejects.toMatchObject({ kind: 'unauthorized' })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)

    const session = await api.loginWithPlatformCode({ platform: 'swan', code: await mock.issueCode('swan', 'ivy') })
    api.setTokenProvider(() => session.token)
    expect(await api.getMe()).toEqual(session.user)
    expect(host.calls[host.calls.length - 1].header?.authorization).toBe(`Bearer ${session.token}`)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('sends an idempotency key with a login', async () => {
    await api.sendSmsCode({ phone: '13600000001' })
    expect(host.calls[0].header?.['idempotency-key']).toMatch(/^[a-z0-9-]{8,}$/)
  })
})

describe('the mini-programs’ request (src/platform/mini/request.ts)', () => {
  const request = (timeoutMs = 1000) => miniRequest({ url: `${mock.baseUrl}/api/v1/health`, method: 'GET', headers: {}, data: undefined, timeoutMs })

  it('normalises a host answer: statusCode → status, header names lower-cased', async () => {
    host.respond = async () => ({ statusCode: 200, data: { ok: 1 }, header: { 'Content-Type': 'application/json', 'Retry-After': '3' } })
    expect(await request()).toEqual({ status: 200, data: { ok: 1 }, headers: { 'content-type': 'application/json', 'retry-after': '3' } })
  })

  it('passes the timeout to the host', async () => {
    await request(1234)
    expect(host.calls[0].timeout).toBe(1234)
  })

  it.each([
    ['a WeChat / Baidu timeout', 'timeout', { errMsg: 'request:fail timeout' }],
    ['an Alipay timeout', 'timeout', { error: 13, errorMessage: '请求超时' }],
    ['no network', 'network', { errMsg: 'request:fail ' }],
    ['an Alipay network error', 'network', { error: 12, errorMessage: '网络出错' }],
    ['an H5 fetch failure', 'network', new TypeError('Failed to fetch')],
  ])('maps %s to %s', async (_name, kind, failure) => {
    host.respond = () => Promise.reject(failure)
    expect(await request().catch((e: unknown) => e)).toEqual({ noAnswer: kind })
  })

  it('reaches the user as the client’s timeout or network error', async () => {
    host.respond = () => Promise.reject({ error: 13, errorMessage: '请求超时' })
    // (The client's ApiError comes from the isolated module registry: compare kinds, not classes.)
    expect(await api.getAppConfig().catch((e: ApiError) => e.kind)).toBe('timeout')
    host.respond = () => Promise.reject({ errMsg: 'request:fail ' })
    expect(await api.getAppConfig().catch((e: ApiError) => e.kind)).toBe('network')
  })

  it('treats Alipay’s HTTP error through fail (error 19) as an answer', async () => {
    host.respond = () => Promise.reject({ error: 19, status: 503, data: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用' }, headers: { 'Retry-After': '1' } })
    expect(await request()).toEqual({ status: 503, data: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用' }, headers: { 'retry-after': '1' } })
  })

  it('gets a dropped connection from a real host as a network error', async () => {
    const error = await miniRequest({
      url: `${mock.baseUrl}/api/v1/health`,
      method: 'GET',
      headers: { [FAULT_HEADER]: 'drop' },
      data: undefined,
      timeoutMs: 1000,
    }).catch((e: unknown) => e)
    expect(error).toEqual({ noAnswer: 'network' })
  })
})
