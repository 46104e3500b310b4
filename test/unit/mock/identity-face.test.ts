import { Value } from '@sinclair/typebox/value'
import { FaceTicketDto, UserDto, type FaceResultDto, type SessionDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { idCardCheckChar } from '../../../src/domain/id-card'
import { CITIZEN, FACE_MISMATCH, LEGAL_REP, NOT_IN_REGISTRY, X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import { maskIdNumber, maskName } from '../../../mock/identity/person'
import { SCAN_FAILED_MESSAGE } from '../../../mock/identity/providers'
import { identityCalls } from './identity-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
let id: ReturnType<typeof identityCalls>
let alice: SessionDto
beforeEach(async () => {
  mock = startMock()
  id = identityCalls(mock)
  alice = await mock.platformLogin('weapp', 'alice')
})
afterEach(() => mock.app.close())

const MINUTE = 60 * 1000
const withCheck = (first17: string) => `${first17}${idCardCheckChar(first17)}`
/** A valid identity nobody seeded: the simulated provider passes it. */
const STRANGER = { name: '周明', idNumber: withCheck('44030519950615002') }

describe('POST realNameStart issues a face ticket for the platform', () => {
  it.each([
    ['weapp', { provider: 'weapp', verifyId: expect.stringMatching(/^mock-verify-[0-9a-f]{32}$/) }],
    ['alipay', { provider: 'alipay', certifyId: expect.stringMatching(/^[0-9a-f]{32}$/), url: expect.stringMatching(/^https:\/\/openapi\.alipay\.example\/gateway\.do\?method=alipay\.user\.certify\.open\.certify&certify_id=[0-9a-f]{32}$/) }],
    ['swan', { provider: 'swan', name: LEGAL_REP.name, idCardNumber: LEGAL_REP.idNumber, image: expect.stringMatching(/^mock-facetoken-/), imageType: 'FACE_TOKEN' }],
  ] as const)('%s: the host payload, valid 10 minutes, purpose bind', async (platform, provider) => {
    const res = await id.startRealName(alice, LEGAL_REP, platform)
    expect(res.status).toBe(200)
    expect(Value.Check(FaceTicketDto, res.body)).toBe(true)
    expect(res.body).toEqual({ ticketId: expect.stringMatching(/^ft_[0-9a-f]{32}$/), purpose: 'bind', expiresAt: new Date(mock.clock.now() + 10 * MINUTE).toISOString(), provider })
  })

  it('h5: a same-origin provider page URL carrying only the opaque ticket id', async () => {
    const res = await id.startRealName(alice, LEGAL_REP, 'h5')
    expect(res.body.provider).toEqual({ provider: 'h5', url: `/mock/face/provider?ticket=${res.body.ticketId}` })
  })

  it('issues a new ticket every time', async () => {
    const a = await id.startRealName(alice, CITIZEN)
    const b = await id.startRealName(alice, CITIZEN)
    expect(a.body.ticketId).not.toBe(b.body.ticketId)
  })

  it.each([
    ['a wrong check digit', `${LEGAL_REP.idNumber.slice(0, 17)}5`, '身份证号校验位不正确，请核对后重新输入'],
    ['an impossible birth date', withCheck('31010119800230001'), '身份证号中的出生日期不正确'],
    ['a region code starting with 0', withCheck('01010119800307001'), '身份证号的地区码不正确'],
    ['a birth date in the future', withCheck('31010120990101001'), '身份证号中的出生日期不正确'],
  ])('refuses %s: 400 ID_NUMBER_INVALID with the GB 11643 message', async (_what, idNumber, message) => {
    const res = await id.startRealName(alice, { name: LEGAL_REP.name, idNumber })
    expect(res.status).toBe(400)
    expect(mock.error(res)).toEqual({ code: 'ID_NUMBER_INVALID', message, fields: { idNumber: message } })
  })

  it.each(['Li Jianguo', '李建国1', '·李建国', '李··建国', '李 建国', '李建国·', 'AB'])('refuses the name %j with a field message', async (name) => {
    const res = await id.startRealName(alice, { name, idNumber: LEGAL_REP.idNumber })
    expect(res.status).toBe(400)
    expect(mock.error(res).fields).toEqual({ name: '请输入与身份证一致的姓名' })
    expect(mock.error(res).message).toBe('请输入与身份证一致的姓名')
  })

  it('names both fields when both are wrong', async () => {
    const res = await id.startRealName(alice, { name: 'XY', idNumber: `${LEGAL_REP.idNumber.slice(0, 17)}5` })
    expect(mock.error(res)).toMatchObject({ code: 'ID_NUMBER_INVALID', fields: { name: expect.any(String), idNumber: expect.any(String) } })
  })

  it('accepts a name with a middle dot and a lower-case x check character', async () => {
    const res = await id.startRealName(alice, { name: '阿依古丽·买买提', idNumber: X_CHECK_DIGIT.idNumber.toLowerCase() })
    expect(res.status).toBe(200)
  })

  it.each([
    ['no session', {}, undefined, 401],
    ['consent missing', { consent: undefined }, 'consent', 400],
    ['consent false', { consent: false }, 'consent', 400],
    ['an unknown platform', { platform: 'qq' }, 'platform', 400],
    ['an extra field', { note: 'x' }, 'note', 400],
    ['a number as name', { name: 12 }, 'name', 400],
    ['a one-character name', { name: '李' }, 'name', 400],
    ['a 17-digit number', { idNumber: LEGAL_REP.idNumber.slice(0, 17) }, 'idNumber', 400],
    ['an absolute return URL', { returnPath: 'https://evil.example/' }, 'returnPath', 400],
  ])('answers a malformed request (%s) with 4xx and a Chinese message', async (_what, patch, field, status) => {
    const body = { ...LEGAL_REP, consent: true, platform: 'weapp', ...patch }
    const res = await mock.call('POST', paths.realNameStart, body, status === 401 ? {} : mock.bearer(alice))
    expect(res.status).toBe(status)
    expect(mock.error(res).message).toMatch(CHINESE)
    if (field) expect(Object.keys(mock.error(res).fields ?? {})).toContain(field)
  })

  it('answers a body that is not an object with 400', async () => {
    const res = await mock.call('POST', paths.realNameStart, '[1,2]', { ...mock.bearer(alice), 'content-type': 'application/json' })
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })
})

describe('POST faceConfirm: the server asks the provider', () => {
  it('passes in a mini-program host and binds the identity, masked in every DTO', async () => {
    const ticket = await id.startRealName(alice, LEGAL_REP)
    const res = await id.confirm(alice, ticket.body.ticketId)
    expect(res.status).toBe(200)
    const expected: FaceResultDto = {
      status: 'passed',
      message: '实名认证成功',
      session: null,
      user: {
        ...alice.user,
        realNameVerified: true,
        assurance: 'face',
        realName: { nameMasked: '李**', idNumberMasked: '3101**********0014' },
        faceVerifiedAt: new Date(mock.clock.now()).toISOString(),
      },
    }
    expect(res.body).toEqual(expected)
    expect(Value.Check(UserDto, res.body.user)).toBe(true)
    const me = await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(alice))
    expect(me.body).toEqual(expected.user)
    expect(JSON.stringify(me.body)).not.toContain(LEGAL_REP.name)
    expect(JSON.stringify(me.body)).not.toContain(LEGAL_REP.idNumber.slice(4, 14))
  })

  it('keeps an X check character upper-case in the masked number', async () => {
    const { user } = await id.bind(alice, { ...X_CHECK_DIGIT, idNumber: X_CHECK_DIGIT.idNumber.toLowerCase() })
    expect(user?.realName).toEqual({ nameMasked: '孙**', idNumberMasked: '3101**********007X' })
  })

  it('uses a ticket once: a second confirm is 400 TICKET_USED', async () => {
    const ticket = await id.startRealName(alice, CITIZEN)
    expect((await id.confirm(alice, ticket.body.ticketId)).body.status).toBe('passed')
    const again = await id.confirm(alice, ticket.body.ticketId)
    expect(again.status).toBe(400)
    expect(mock.error(again)).toEqual({ code: 'TICKET_USED', message: '该刷脸凭证已使用，请重新发起认证' })
  })

  it('expires a ticket after 10 minutes: 400 TICKET_EXPIRED; just before, it still works', async () => {
    const late = await id.startRealName(alice, CITIZEN)
    const onTime = await id.startRealName(alice, CITIZEN)
    mock.clock.advance(10 * MINUTE - 1)
    expect((await id.confirm(alice, onTime.body.ticketId)).body.status).toBe('passed')
    mock.clock.advance(1)
    const res = await id.confirm(alice, late.body.ticketId)
    expect(res.status).toBe(400)
    expect(mock.error(res)).toEqual({ code: 'TICKET_EXPIRED', message: '刷脸已超时，请重新发起认证' })
  })

  it('answers an unknown ticket with 404 TICKET_UNKNOWN', async () => {
    const res = await id.confirm(alice, 'ft_00000000000000000000000000000000')
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'TICKET_UNKNOWN', message: '刷脸凭证不存在，请重新发起认证' })
  })

  it("refuses another account's ticket with 403 and leaves it usable for its owner", async () => {
    const bob = await mock.platformLogin('weapp', 'bob')
    const ticket = await id.startRealName(alice, CITIZEN)
    const res = await id.confirm(bob, ticket.body.ticketId)
    expect(res.status).toBe(403)
    expect(mock.error(res)).toMatchObject({ code: 'TICKET_FORBIDDEN', message: expect.stringMatching(CHINESE) })
    expect((await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(bob))).body.realNameVerified).toBe(false)
    expect((await id.confirm(alice, ticket.body.ticketId)).body.status).toBe('passed')
  })

  it.each([
    ['the face does not match', FACE_MISMATCH, '人脸与身份证照片不一致'],
    ['the 公安 database does not know the person', NOT_IN_REGISTRY, '身份信息核验未通过，请核对姓名和身份证号'],
    ['a seeded number comes with another name', { name: '李建军', idNumber: LEGAL_REP.idNumber }, '身份信息核验未通过，请核对姓名和身份证号'],
  ])('fails when %s, uses the ticket up and binds nothing', async (_what, person, message) => {
    const ticket = await id.startRealName(alice, person)
    const res = await id.confirm(alice, ticket.body.ticketId)
    expect(res.body).toEqual({ status: 'failed', message, user: null, session: null })
    expect(mock.error(await id.confirm(alice, ticket.body.ticketId)).code).toBe('TICKET_USED')
    const me = await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(alice))
    expect(me.body).toMatchObject({ realNameVerified: false, assurance: 'account', realName: null, faceVerifiedAt: null })
  })

  it('fails a seeded failing identity even when the scan is reported as passed', async () => {
    const ticket = await id.startRealName(alice, FACE_MISMATCH, 'alipay')
    expect((await id.outcome(ticket.body.ticketId, 'pass')).status).toBe(204)
    expect((await id.confirm(alice, ticket.body.ticketId)).body).toMatchObject({ status: 'failed', message: FACE_MISMATCH.failure })
  })

  it('fails an ordinary identity whose scan the host reported as failed', async () => {
    const ticket = await id.startRealName(alice, STRANGER, 'swan')
    await id.outcome(ticket.body.ticketId, 'fail')
    expect((await id.confirm(alice, ticket.body.ticketId)).body).toEqual({ status: 'failed', message: SCAN_FAILED_MESSAGE, user: null, session: null })
  })

  it('requires a session and a well-formed ticket id', async () => {
    expect((await mock.call('POST', paths.faceConfirm, { ticketId: 'ft_0000000000' })).status).toBe(401)
    const short = await mock.call('POST', paths.faceConfirm, { ticketId: 'x' }, mock.bearer(alice))
    expect(short.status).toBe(400)
    expect(mock.error(short).message).toMatch(CHINESE)
  })

  it('binding another identity later replaces the first on the account', async () => {
    await id.bind(alice, CITIZEN)
    const { user } = await id.bind(alice, STRANGER)
    expect(user?.realName).toEqual({ nameMasked: '周*', idNumberMasked: `4403**********${STRANGER.idNumber.slice(14)}` })
  })
})

describe('POST stepUpStart: a fresh face check by the bound user', () => {
  it('needs 实名认证 first: 403 REAL_NAME_REQUIRED', async () => {
    const res = await mock.call('POST', paths.stepUpStart, { platform: 'weapp' }, mock.bearer(alice))
    expect(res.status).toBe(403)
    expect(mock.error(res)).toEqual({ code: 'REAL_NAME_REQUIRED', message: '请先完成实名认证' })
  })

  it('checks the bound identity again and refreshes faceVerifiedAt', async () => {
    const bound = await id.bind(alice, CITIZEN)
    mock.clock.advance(45 * MINUTE)
    const ticket = await mock.call<FaceTicketDto>('POST', paths.stepUpStart, { platform: 'weapp' }, mock.bearer(alice))
    expect(ticket.status).toBe(200)
    expect(ticket.body.purpose).toBe('step-up')
    const res = await id.confirm(alice, ticket.body.ticketId)
    expect(res.body).toMatchObject({ status: 'passed', message: '刷脸验证成功', session: null })
    expect(res.body.user?.faceVerifiedAt).toBe(new Date(mock.clock.now()).toISOString())
    expect(res.body.user?.faceVerifiedAt).not.toBe(bound.user?.faceVerifiedAt)
    expect(res.body.user?.realName).toEqual(bound.user?.realName)
  })

  it('hands Baidu the bound identity it compares (the client only knows the masked one)', async () => {
    await id.bind(alice, CITIZEN)
    const ticket = await mock.call<FaceTicketDto>('POST', paths.stepUpStart, { platform: 'swan' }, mock.bearer(alice))
    expect(ticket.body.provider).toMatchObject({ provider: 'swan', name: CITIZEN.name, idCardNumber: CITIZEN.idNumber })
  })

  it('leaves faceVerifiedAt as it was when the step-up fails', async () => {
    const bound = await id.bind(alice, CITIZEN)
    mock.clock.advance(MINUTE)
    const ticket = await mock.call<FaceTicketDto>('POST', paths.stepUpStart, { platform: 'alipay' }, mock.bearer(alice))
    await id.outcome(ticket.body.ticketId, 'fail')
    expect((await id.confirm(alice, ticket.body.ticketId)).body.status).toBe('failed')
    const me = await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(alice))
    expect(me.body.faceVerifiedAt).toBe(bound.user?.faceVerifiedAt)
  })
})

describe('attempt limits', () => {
  it('allows 5 face tickets per identity per hour, across accounts: then 429 FACE_ATTEMPTS_EXCEEDED', async () => {
    const bob = await mock.platformLogin('alipay', 'bob')
    for (let i = 0; i < 3; i++) expect((await id.startRealName(alice, CITIZEN)).status).toBe(200)
    for (let i = 0; i < 2; i++) expect((await id.startRealName(bob, CITIZEN, 'alipay')).status).toBe(200)
    const res = await id.startRealName(bob, CITIZEN, 'alipay')
    expect(res.status).toBe(429)
    expect(mock.error(res)).toEqual({ code: 'FACE_ATTEMPTS_EXCEEDED', message: '刷脸次数过多，请1小时后再试' })
    expect(Number(res.headers['retry-after'])).toBe(3600)
    // Another identity is not affected; the limit lifts an hour after the first attempt.
    expect((await id.startRealName(bob, STRANGER, 'alipay')).status).toBe(200)
    mock.clock.advance(60 * MINUTE)
    expect((await id.startRealName(bob, CITIZEN, 'alipay')).status).toBe(200)
  })

  it('allows 10 face tickets per account per hour, whatever the identity', async () => {
    for (let i = 0; i < 5; i++) expect((await id.startRealName(alice, CITIZEN)).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await id.startRealName(alice, STRANGER, 'h5')).status).toBe(200)
    const res = await id.startRealName(alice, LEGAL_REP)
    expect(res.status).toBe(429)
    expect(mock.error(res).code).toBe('FACE_ATTEMPTS_EXCEEDED')
  })

  it('counts step-up checks too, and a refused start issues nothing', async () => {
    await id.bind(alice, CITIZEN)
    for (let i = 0; i < 4; i++) expect((await mock.call('POST', paths.stepUpStart, { platform: 'weapp' }, mock.bearer(alice))).status).toBe(200)
    expect((await mock.call('POST', paths.stepUpStart, { platform: 'weapp' }, mock.bearer(alice))).status).toBe(429)
    mock.clock.advance(30 * MINUTE)
    expect((await mock.call('POST', paths.stepUpStart, { platform: 'weapp' }, mock.bearer(alice))).status).toBe(429)
  })
})

describe('masking', () => {
  it.each([
    ['张三', '张*'],
    ['李建国', '李**'],
    ['欧阳晓峰', '欧阳**'],
    ['欧阳', '欧*'],
    ['阿依古丽·买买提', '阿***·***'],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked))

  it('keeps the first four and the last four digits of a 身份证号', () => {
    expect(maskIdNumber('310101198003070014')).toBe('3101**********0014')
    expect(maskIdNumber('short')).toBe('***')
  })
})

describe('privacy', () => {
  it('never logs names or ID numbers', async () => {
    await id.bind(alice, LEGAL_REP)
    await id.startRealName(alice, FACE_MISMATCH, 'swan')
    await id.startRealName(alice, { name: LEGAL_REP.name, idNumber: `${LEGAL_REP.idNumber.slice(0, 17)}5` })
    const log = mock.lines.join('\n')
    expect(log).toContain('face ticket passed: bind, weapp')
    for (const secret of [LEGAL_REP.name, LEGAL_REP.idNumber, LEGAL_REP.idNumber.slice(0, 17), FACE_MISMATCH.name, FACE_MISMATCH.idNumber, '?']) expect(log).not.toContain(secret)
  })
})
