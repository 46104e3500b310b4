import type { UserDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

const unauthorized = { code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' }
const me = (headers: Record<string, string> = {}) => mock.call<UserDto>('GET', paths.me, undefined, headers)

describe('GET me', () => {
  it('returns the signed-in user for a bearer token', async () => {
    const session = await mock.smsLogin()
    const res = await me(mock.bearer(session))
    expect(res.status).toBe(200)
    expect(res.body).toEqual(session.user)
  })

  it.each([
    ['no header', {}],
    ['an unknown token', { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a bare token', { authorization: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['garbage', { authorization: 'Bearer ../../etc/passwd\u0000' }],
  ])('answers 401 UNAUTHORIZED to %s', async (_name, headers) => {
    const res = await me(headers)
    expect(res.status).toBe(401)
    expect(res.body).toEqual(unauthorized)
  })

  it('answers 401 once the 7-day session has expired', async () => {
    const session = await mock.platformLogin('weapp')
    mock.clock.advance(7 * 24 * 3600 * 1000 - 1)
    expect((await me(mock.bearer(session))).status).toBe(200)
    mock.clock.advance(1)
    expect((await me(mock.bearer(session))).body).toEqual(unauthorized)
  })
})

describe('POST logout', () => {
  it('ends this session only', async () => {
    const a = await mock.platformLogin('weapp', 'erin')
    const b = await mock.platformLogin('weapp', 'erin')
    const res = await mock.call('POST', paths.logout, undefined, mock.bearer(a))
    expect(res.status).toBe(204)
    expect(res.body).toBe('')
    expect((await me(mock.bearer(a))).status).toBe(401)
    expect((await me(mock.bearer(b))).status).toBe(200)
  })

  it('accepts the empty JSON body some hosts send with a POST', async () => {
    const session = await mock.platformLogin('alipay')
    const res = await mock.call('POST', paths.logout, '', { ...mock.bearer(session), 'content-type': 'application/json' })
    expect(res.status).toBe(204)
  })

  it('needs a valid token', async () => {
    const res = await mock.call('POST', paths.logout)
    expect(res.status).toBe(401)
    expect(res.body).toEqual(unauthorized)
  })
})
