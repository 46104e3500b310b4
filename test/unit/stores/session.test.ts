import { startHttpMock, type HttpMock } from '../api/support/http-mock'
import { launchApp } from './launch'

// The stores run as in the app (./launch.ts): Taro.request (here a fake host doing real HTTP) to the real mock
// server, and a platform adapter whose host login code the test controls.
jest.mock('@tarojs/taro', () => jest.requireActual('../api/support/fake-taro'))
jest.mock('@/platform', () => jest.requireActual('../../pages/fake-platform'))

let mock: HttpMock
beforeAll(async () => {
  mock = await startHttpMock()
  process.env.TARO_APP_API_BASE = mock.baseUrl
})
afterAll(() => mock.close())

/** A fresh app launch: modules re-imported, storage kept as the test left it. */
const launch = (storage = new Map<string, unknown>(), name: 'weapp' | 'h5' = 'weapp') =>
  launchApp(storage, () => ({ session: jest.requireActual('../../../src/stores/session') as typeof import('../../../src/stores/session') }), { name })

describe('session store', () => {
  it('signs in silently with the host code, exchanged at the server, and keeps the session', async () => {
    const { session, platform } = launch()
    const code = await mock.issueCode('weapp', 'lin')
    platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code } }))
    await session.bootSession()
    expect(session.session.get()).toMatchObject({ status: 'signed-in', error: null })
    expect(session.session.get().user?.platform).toBe('weapp')
    expect(platform.memory.get(session.SESSION_KEY)).toMatchObject({ token: session.session.get().token })
  })

  it('says why when the host refuses to give a code', async () => {
    const { session, platform } = launch()
    platform.platform.login = jest.fn(async () => ({ status: 'failed' as const, message: '微信登录失败，请稍后重试', rawCode: -1 }))
    await session.bootSession()
    expect(session.session.get()).toMatchObject({ status: 'failed', error: '微信登录失败，请稍后重试', token: null })
  })

  it('shows the server’s Chinese reason when a code was already used', async () => {
    const code = await mock.issueCode('weapp', 'used')
    const first = launch()
    first.platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code } }))
    await first.session.bootSession()
    const second = launch()
    second.platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code } }))
    await second.session.bootSession()
    expect(second.session.session.get().status).toBe('failed')
    expect(second.session.session.get().error).toMatch(/登录凭证已使用/)
  })

  it('refreshes a saved session at the next launch without a new login', async () => {
    const code = await mock.issueCode('weapp', 'kept')
    const first = launch()
    first.platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code } }))
    await first.session.bootSession()
    const token = first.session.session.get().token

    const next = launch(new Map(first.platform.memory))
    next.platform.platform.login = jest.fn()
    expect(next.session.session.get()).toMatchObject({ status: 'signed-in', token })
    await next.session.bootSession()
    expect(next.platform.platform.login).not.toHaveBeenCalled()
    expect(next.session.session.get().user?.id).toBe(first.session.session.get().user?.id)
  })

  it('signs in again when the server no longer knows the saved token', async () => {
    const saved = new Map<string, unknown>([['tb.session.v1', { token: 'revoked-token', user: { id: 'x' }, expiresAt: '2099-01-01T00:00:00Z' }]])
    const { session, platform } = launch(saved)
    const code = await mock.issueCode('weapp', 'fresh')
    platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code } }))
    await session.bootSession()
    expect(platform.platform.login).toHaveBeenCalledTimes(1)
    expect(session.session.get().status).toBe('signed-in')
    expect(session.session.get().token).not.toBe('revoked-token')
  })

  it('stays anonymous on H5 until the user signs in by SMS, then signs out cleanly', async () => {
    const { session, platform } = launch(undefined, 'h5')
    await session.bootSession()
    expect(session.session.get().status).toBe('anonymous')
    await mock.client().post('/api/v1/auth/sms/send', { phone: '13500135000' }, { idempotent: true })
    const [message] = await mock.outbox('13500135000')
    await session.signInWithSms('13500135000', message.code)
    expect(session.session.get().user?.phoneMasked).toBe('135****5000')
    await session.signOut()
    expect(session.session.get()).toMatchObject({ status: 'anonymous', token: null, user: null })
    expect(platform.memory.has(session.SESSION_KEY)).toBe(false)
  })

  it('rejects a wrong SMS code with the server’s message and stays signed out', async () => {
    const { session } = launch(undefined, 'h5')
    await mock.client().post('/api/v1/auth/sms/send', { phone: '13500135001' }, { idempotent: true })
    await expect(session.signInWithSms('13500135001', '000000')).rejects.toMatchObject({ kind: 'client', message: expect.stringMatching(/验证码/) })
    expect(session.session.get().token).toBeNull()
  })
})
