import { Value } from '@sinclair/typebox/value'
import { SessionDto, type FaceResultDto, type FaceTicketDto, type UserDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { CITIZEN, FACE_MISMATCH, LEGAL_REP, type SeedIdentity } from '../../../mock/fixtures/identities'
import { identityCalls } from './identity-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
let id: ReturnType<typeof identityCalls>
beforeEach(() => {
  mock = startMock()
  id = identityCalls(mock)
})
afterEach(() => mock.app.close())

const start = (person: SeedIdentity, platform = 'h5', headers: Record<string, string> = {}) =>
  mock.call<FaceTicketDto>('POST', paths.faceLoginStart, { name: person.name, idNumber: person.idNumber, consent: true, platform }, headers)
const confirm = (ticketId: string, headers: Record<string, string> = {}) => mock.call<FaceResultDto>('POST', paths.faceLoginConfirm, { ticketId }, headers)

/** 刷脸登录 on H5: start, 通过 on the provider page, confirm. */
async function faceLogin(person: SeedIdentity): Promise<FaceResultDto> {
  const ticket = await start(person)
  expect(ticket.status).toBe(200)
  await mock.call('POST', mockPaths.faceProvider, `ticket=${ticket.body.ticketId}&outcome=pass`, { 'content-type': 'application/x-www-form-urlencoded' })
  return (await confirm(ticket.body.ticketId)).body
}

describe('刷脸登录', () => {
  it('is refused for an identity no account has bound: 403 IDENTITY_NOT_BOUND', async () => {
    const res = await start(CITIZEN)
    expect(res.status).toBe(403)
    expect(mock.error(res)).toEqual({ code: 'IDENTITY_NOT_BOUND', message: '该身份尚未在通办实名认证，请先登录后完成实名认证' })
  })

  it('signs in to the bound account with one face check, and the session works', async () => {
    const weapp = await mock.platformLogin('weapp', 'li')
    await id.bind(weapp, LEGAL_REP)
    mock.clock.advance(3 * 24 * 3600 * 1000)

    const ticket = await start(LEGAL_REP)
    expect(ticket.body).toMatchObject({ purpose: 'login', provider: { provider: 'h5', url: `/mock/face/provider?ticket=${ticket.body.ticketId}` } })
    expect((await confirm(ticket.body.ticketId)).body).toEqual({ status: 'pending', message: '认证尚未完成', user: null, session: null })
    await id.outcome(ticket.body.ticketId, 'pass')
    const res = await confirm(ticket.body.ticketId)
    expect(res.body).toMatchObject({ status: 'passed', message: '刷脸登录成功' })
    const session = res.body.session!
    expect(Value.Check(SessionDto, session)).toBe(true)
    expect(session.token).not.toBe(weapp.token)
    expect(res.body.user).toEqual(session.user)
    expect(session.user).toMatchObject({ id: weapp.user.id, assurance: 'face', faceVerifiedAt: new Date(mock.clock.now()).toISOString() })

    const me = await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(session))
    expect(me.status).toBe(200)
    expect(me.body.id).toBe(weapp.user.id)
    expect(mock.error(await confirm(ticket.body.ticketId)).code).toBe('TICKET_USED')
  })

  it('works from a mini-program host too, where the host flow counts as the scan', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    const ticket = await start(CITIZEN, 'alipay')
    expect(ticket.body.provider.provider).toBe('alipay')
    expect((await confirm(ticket.body.ticketId)).body.session?.user.id).toBe(h5.user.id)
  })

  it('gives no session when the face check fails', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    const ticket = await start(CITIZEN)
    await id.outcome(ticket.body.ticketId, 'fail')
    const res = await confirm(ticket.body.ticketId)
    expect(res.body).toMatchObject({ status: 'failed', user: null, session: null })
    expect(res.body.message).toMatch(CHINESE)
  })

  it('needs the name as bound, not only the number', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    expect(mock.error(await start({ name: '王小明', idNumber: CITIZEN.idNumber })).code).toBe('IDENTITY_NOT_BOUND')
  })

  it('a failing identity can never be bound, so it can never face-login', async () => {
    const h5 = await mock.smsLogin()
    const ticket = await id.startRealName(h5, FACE_MISMATCH)
    expect((await id.confirm(h5, ticket.body.ticketId)).body.status).toBe('failed')
    expect(mock.error(await start(FACE_MISMATCH)).code).toBe('IDENTITY_NOT_BOUND')
  })

  it('signs in to the account that bound the identity last; the earlier one stays 实名', async () => {
    const first = await mock.platformLogin('weapp', 'li')
    const second = await mock.platformLogin('alipay', 'li')
    await id.bind(first, LEGAL_REP)
    expect((await faceLogin(LEGAL_REP)).session?.user.id).toBe(first.user.id)
    await id.bind(second, LEGAL_REP)
    expect((await faceLogin(LEGAL_REP)).session?.user.id).toBe(second.user.id)
    expect((await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(first))).body.realNameVerified).toBe(true)
  })

  it('forgets an identity its account replaced with another', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    await id.bind(h5, LEGAL_REP)
    expect(mock.error(await start(CITIZEN)).code).toBe('IDENTITY_NOT_BOUND')
    expect((await faceLogin(LEGAL_REP)).session?.user.id).toBe(h5.user.id)
  })

  it('refuses the identity if it was given up between start and confirm', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    const ticket = await start(CITIZEN, 'weapp')
    await id.bind(h5, LEGAL_REP)
    const res = await confirm(ticket.body.ticketId)
    expect(res.status).toBe(403)
    expect(mock.error(res).code).toBe('IDENTITY_NOT_BOUND')
    expect(mock.error(await confirm(ticket.body.ticketId)).code).toBe('TICKET_USED')
  })

  it('keeps login tickets and account tickets apart (403 TICKET_FORBIDDEN)', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    const login = await start(CITIZEN, 'weapp')
    const bind = await id.startRealName(h5, CITIZEN)
    expect(mock.error(await confirm(bind.body.ticketId)).code).toBe('TICKET_FORBIDDEN')
    expect(mock.error(await id.confirm(h5, login.body.ticketId)).code).toBe('TICKET_FORBIDDEN')
    expect((await confirm(login.body.ticketId)).body.status).toBe('passed')
  })

  it('counts against the limits of the identity (429 after 5 an hour)', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    for (let i = 0; i < 4; i++) expect((await start(CITIZEN)).status).toBe(200)
    const res = await start(CITIZEN)
    expect(res.status).toBe(429)
    expect(mock.error(res).message).toBe('刷脸次数过多，请1小时后再试')
  })

  it.each([
    ['no consent', { consent: false }],
    ['an invalid number', { idNumber: `${CITIZEN.idNumber.slice(0, 17)}0` }],
    ['a latin name', { name: 'Wang' }],
    ['no platform', { platform: undefined }],
  ])('answers a malformed start (%s) with 400 and a Chinese message', async (_what, patch) => {
    const res = await mock.call('POST', paths.faceLoginStart, { name: CITIZEN.name, idNumber: CITIZEN.idNumber, consent: true, platform: 'h5', ...patch })
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('answers an unknown ticket with 404', async () => {
    expect(mock.error(await confirm('ft_0000000000000000')).code).toBe('TICKET_UNKNOWN')
  })

  it('is forgotten by POST /mock/reset', async () => {
    const h5 = await mock.smsLogin()
    await id.bind(h5, CITIZEN)
    await mock.call('POST', mockPaths.reset)
    expect(mock.error(await start(CITIZEN)).code).toBe('IDENTITY_NOT_BOUND')
  })
})
