import { Value } from '@sinclair/typebox/value'
import { SessionDto, type UserDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

const login = (platform: string, code: string) => mock.call<SessionDto>('POST', paths.platformLogin, { platform, code })

describe('POST platformLogin with a code the mock minted', () => {
  it('returns a session: opaque token, 7-day expiry, a platform user without phone', async () => {
    const res = await login('weapp', await mock.issueCode('weapp', 'alice'))
    expect(res.status).toBe(200)
    expect(Value.Check(SessionDto, res.body)).toBe(true)
    const { token, expiresAt, user } = res.body
    expect(token.length).toBeGreaterThanOrEqual(32)
    expect(Date.parse(expiresAt) - mock.clock.now()).toBe(7 * 24 * 3600 * 1000)
    expect(user).toMatchObject({ platform: 'weapp', phoneMasked: null, realNameVerified: false })
    expect(user.displayName).toMatch(/^微信用户/)
  })

  it.each([
    ['alipay', /^支付宝用户/],
    ['swan', /^百度用户/],
  ])('names a %s account after its host', async (platform, name) => {
    const res = await login(platform, await mock.issueCode(platform as 'alipay' | 'swan'))
    expect(res.body.user.displayName).toMatch(name)
  })

  it('maps the same (platform, user) to the same account across logins, others to different ones', async () => {
    const ids = async (platform: 'weapp' | 'alipay', user: string) => (await mock.platformLogin(platform, user)).user.id
    const first = await ids('weapp', 'alice')
    expect(await ids('weapp', 'alice')).toBe(first)
    expect(await ids('weapp', 'bob')).not.toBe(first)
    expect(await ids('alipay', 'alice')).not.toBe(first)
  })

  it('issues a new token at every login', async () => {
    const a = await mock.platformLogin('swan', 'carol')
    const b = await mock.platformLogin('swan', 'carol')
    expect(a.token).not.toBe(b.token)
  })

  it('accepts a code once: reuse → 400 CODE_USED', async () => {
    const code = await mock.issueCode('weapp')
    expect((await login('weapp', code)).status).toBe(200)
    const again = await login('weapp', code)
    expect(again.status).toBe(400)
    expect(again.body).toEqual({ code: 'CODE_USED', message: '登录凭证已使用，请重新登录' })
  })

  it('expires a code after 5 minutes → 400 CODE_EXPIRED', async () => {
    const code = await mock.issueCode('alipay')
    mock.clock.advance(5 * 60 * 1000)
    const res = await login('alipay', code)
    expect(res.status).toBe(400)
    expect(mock.error(res)).toEqual({ code: 'CODE_EXPIRED', message: '登录凭证已过期，请重新登录' })
  })

  it('still accepts a code just before it expires', async () => {
    const code = await mock.issueCode('alipay')
    mock.clock.advance(5 * 60 * 1000 - 1)
    expect((await login('alipay', code)).status).toBe(200)
  })

  it('rejects a code presented for another platform, and a forged mock code', async () => {
    const code = await mock.issueCode('weapp')
    expect(mock.error(await login('alipay', code)).code).toBe('CODE_INVALID')
    expect(mock.error(await login('weapp', 'mock-weapp-forgedforgedforged')).code).toBe('CODE_INVALID')
    // The rejected attempt did not burn the code for its own platform.
    expect((await login('weapp', code)).status).toBe(200)
  })
})

describe('POST platformLogin with a code the mock never minted (a real devtools code)', () => {
  it('accepts each code once and maps all of them to one devtools user per platform', async () => {
    const a = await login('weapp', '0a3Xb1Ga1Ab2bJ0Hs1Ia1qx9Ka3Xb1GQ')
    const b = await login('weapp', '0c1Zz0000DdTvS1NrI300xFhLn2Zz00a')
    expect(a.status).toBe(200)
    expect(b.body.user.id).toBe(a.body.user.id)
    const other = await login('swan', '0a3Xb1Ga1Ab2bJ0Hs1Ia1qx9Ka3Xb1GQ')
    expect(other.body.user.id).not.toBe(a.body.user.id)
    expect(mock.error(await login('weapp', '0a3Xb1Ga1Ab2bJ0Hs1Ia1qx9Ka3Xb1GQ')).code).toBe('CODE_USED')
  })
})

describe('POST /mock/platform/code', () => {
  it('validates its input like any route', async () => {
    const res = await mock.call('POST', '/mock/platform/code', { platform: 'weapp', user: 'no spaces please' })
    expect(res.status).toBe(400)
    expect(mock.error(res).fields).toHaveProperty('user')
  })

  it('logs the user in through GET me', async () => {
    const session = await mock.platformLogin('weapp', 'dora')
    const me = await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(session))
    expect(me.body).toEqual(session.user)
  })
})
