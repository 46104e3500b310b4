import type { SessionDto, UserDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { CITIZEN } from '../../../mock/fixtures/identities'
import { phoneFromPayload } from '../../../mock/identity/phone'
import { identityCalls } from './identity-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
let user: SessionDto
beforeEach(async () => {
  mock = startMock()
  user = await mock.platformLogin('weapp', 'pat')
})
afterEach(() => mock.app.close())

const bind = (body: object, session = user) => mock.call<UserDto>('POST', paths.phoneBind, body, mock.bearer(session))
const MASKED = /^1[3-9]\d\*{4}\d{4}$/

describe('POST phoneBind: the host phone-number button', () => {
  it.each([
    ['weapp', { code: 'e2f0c1a9b8' }],
    ['alipay', { encryptedData: 'hmQ0bW9jay1hbGlwYXktcmVzcG9uc2U=' }],
    ['swan', { encryptedData: 'c3dhbi1lbmNyeXB0ZWQ=', iv: 'aXYtMTIzNDU2' }],
  ])('%s: "decrypts" the payload to a phone, masked in the DTO; assurance becomes phone', async (platform, payload) => {
    expect(user.user.assurance).toBe('account')
    const res = await bind({ platform, ...payload })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: user.user.id, assurance: 'phone', phoneMasked: expect.stringMatching(MASKED) })
    const me = await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(user))
    expect(me.body.phoneMasked).toBe(res.body.phoneMasked)
  })

  it('derives the same number from the same payload, another from another', async () => {
    const other = await mock.platformLogin('weapp', 'quinn')
    const a = await bind({ platform: 'weapp', code: 'same-code-1' })
    const b = await bind({ platform: 'weapp', code: 'same-code-1' }, other)
    const c = await bind({ platform: 'weapp', code: 'another-code-2' }, other)
    expect(a.body.phoneMasked).toBe(b.body.phoneMasked)
    expect(c.body.phoneMasked).not.toBe(a.body.phoneMasked)
  })

  it('keeps assurance face for a 实名 account', async () => {
    await identityCalls(mock).bind(user, CITIZEN)
    expect((await bind({ platform: 'weapp', code: 'abc' })).body).toMatchObject({ assurance: 'face', realNameVerified: true })
  })

  it.each([
    ['weapp without code', { platform: 'weapp' }, ['code']],
    ['weapp with an empty code', { platform: 'weapp', code: '  ' }, ['code']],
    ['weapp with encrypted data it never sends', { platform: 'weapp', code: 'abc', encryptedData: 'x' }, ['encryptedData']],
    ['alipay without the response', { platform: 'alipay' }, ['encryptedData']],
    ['alipay with a code', { platform: 'alipay', code: 'abc' }, ['encryptedData', 'code']],
    ['swan without iv', { platform: 'swan', encryptedData: 'x' }, ['iv']],
    ['swan without anything', { platform: 'swan' }, ['encryptedData', 'iv']],
  ])('%s → 400 PHONE_PAYLOAD_INVALID', async (_what, body, fields) => {
    const res = await bind(body)
    expect(res.status).toBe(400)
    expect(mock.error(res).code).toBe('PHONE_PAYLOAD_INVALID')
    expect(mock.error(res).message).toMatch(CHINESE)
    expect(Object.keys(mock.error(res).fields!).sort()).toEqual([...fields].sort())
    expect((await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(user))).body.phoneMasked).toBeNull()
  })

  it.each([
    ['h5 (SMS instead)', { platform: 'h5', code: 'abc' }],
    ['no platform', { code: 'abc' }],
    ['a number as code', { platform: 'weapp', code: 123 }],
    ['an extra field', { platform: 'weapp', code: 'abc', phone: '13800138000' }],
  ])('answers a malformed body (%s) with 400 and a Chinese message', async (_what, body) => {
    const res = await bind(body)
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('needs a session', async () => {
    expect((await mock.call('POST', paths.phoneBind, { platform: 'weapp', code: 'abc' })).status).toBe(401)
  })

  it('never logs the number', async () => {
    const body = { platform: 'weapp', code: 'log-check' } as const
    const res = await bind(body)
    const phone = phoneFromPayload(body)
    expect(res.body.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`)
    expect(mock.lines.join('\n')).toContain('phone bound via weapp')
    expect(mock.lines.join('\n')).not.toContain(phone)
  })
})
