import type { FaceResultDto, FaceTicketDto, OutboxDto, SessionDto, ShowTokenDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { JIAXING_REP } from '../../../mock/fixtures/identities'
import { STAFF } from '../../../mock/fixtures/staff'
import { buildWorld, type FuzzWorld } from '../../support/fuzz/world'

/**
 * Personal data never reaches the mock's log (mock/log.ts: method, route pattern, status, timing, masked
 * phone only). Realistic journeys of seeded users with a capturing LogSink: SMS and platform sign-in,
 * 实名认证 on every host (Baidu's ticket carries a face image), 刷脸登录, phone binding, an application with an
 * upload, a draft, a fee paid at the cashier, a booking, a 咨询 answered, a licence shown and verified at the
 * window. Then no line holds an ID number, a raw phone number, a token, an SMS code or face image bytes.
 */
jest.setTimeout(60_000)

let world: FuzzWorld
const secrets: Record<string, string[]> = { idNumber: [], phone: [], token: [], smsCode: [], face: [] }

async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) {
  const res = await world.app.inject({ method, url, payload: payload as string, headers })
  return { status: res.statusCode, body: (res.headers['content-type']?.toString().includes('json') ? JSON.parse(res.body) : res.body) as T }
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

async function smsSignIn(phone: string): Promise<SessionDto> {
  await call('POST', paths.smsSend, { phone })
  const code = (await call<OutboxDto>('GET', `${mockPaths.outbox}?phone=${phone}`)).body.messages[0].code
  secrets.smsCode.push(code)
  // A wrong guess first: the code the user typed must not be logged either.
  await call('POST', paths.smsLogin, { phone, code: code === '000000' ? '111111' : '000000' })
  const session = (await call<SessionDto>('POST', paths.smsLogin, { phone, code })).body
  secrets.token.push(session.token)
  return session
}

beforeAll(async () => {
  world = await buildWorld()
  const { a, b } = world
  secrets.idNumber.push(a.person.idNumber, b.person.idNumber, JIAXING_REP.idNumber, STAFF[0].idNumber)
  secrets.phone.push(a.phone, b.phone, STAFF[0].phone)
  secrets.token.push(a.token, b.token)

  // 实名认证 on Baidu: the ticket carries the ID number and a face image for facePersonVerify.
  const swan = (await call<SessionDto>('POST', paths.platformLogin, { platform: 'swan', code: (await call<{ code: string }>('POST', mockPaths.issueCode, { platform: 'swan', user: 'chen' })).body.code })).body
  secrets.token.push(swan.token)
  const ticket = (await call<FaceTicketDto>('POST', paths.realNameStart, { ...JIAXING_REP, consent: true, platform: 'swan' }, bearer(swan.token))).body
  // The face image Baidu compares (a FACE_TOKEN here; BASE64 bytes on a real platform)
  if (ticket.provider.provider === 'swan') secrets.face.push(ticket.provider.image)
  await call<FaceResultDto>('POST', paths.faceConfirm, { ticketId: ticket.ticketId }, bearer(swan.token))
  // 刷脸登录 with the bound identity, and a step-up check
  const login = (await call<FaceTicketDto>('POST', paths.faceLoginStart, { ...JIAXING_REP, consent: true, platform: 'swan' })).body
  const loggedIn = (await call<FaceResultDto>('POST', paths.faceLoginConfirm, { ticketId: login.ticketId })).body
  if (loggedIn.session) secrets.token.push(loggedIn.session.token)
  const stepUp = (await call<FaceTicketDto>('POST', paths.stepUpStart, { platform: 'swan' }, bearer(swan.token))).body
  await call('POST', paths.faceConfirm, { ticketId: stepUp.ticketId }, bearer(swan.token))
  // Phone binding from the host's button
  await call('POST', paths.phoneBind, { platform: 'weapp', code: 'phone-code-0001' }, bearer(swan.token))

  // A pays a fee at the sandbox cashier; the back office answers B's 咨询 and accepts A's application.
  await call('POST', mockPaths.cashier, { order: a.ids.order[0], action: 'pay' })
  await call('POST', mockPaths.feedbackAction.replace(':id', b.ids.feedback[0]), { action: 'answer' })
  await call('POST', mockPaths.review.replace(':id', a.ids.application[0]), { action: 'accept' })
  // B shows the 居民身份证 at a window; 张敏 verifies it.
  const idCard = b.ids.licence[0]
  await call('GET', `${paths.licence.replace(':id', idCard)}?reveal=true`, undefined, b.auth)
  const shown = (await call<ShowTokenDto>('POST', paths.showLicence.replace(':id', idCard), { purpose: 'identity' }, b.auth)).body
  secrets.token.push(shown.token)
  const staff = await smsSignIn(STAFF[0].phone)
  await call('POST', paths.verifications, { token: shown.token, purpose: 'identity' }, bearer(staff.token))
  // Sign in again by SMS (a second session) and out.
  const again = await smsSignIn(a.phone)
  await call('GET', paths.me, undefined, bearer(again.token))
  await call('POST', paths.logout, undefined, bearer(again.token))
})
afterAll(() => world.app.close())

describe('mock log lines hold no personal data', () => {
  it('logged the journeys (the sink captured them)', () => {
    expect(world.logLines.length).toBeGreaterThan(50)
    expect(world.logLines.some((l) => l.includes('POST /api/v1/staff/verifications 200'))).toBe(true)
    expect(secrets.face.length).toBeGreaterThan(0)
    expect(secrets.smsCode.length).toBeGreaterThanOrEqual(2)
  })

  it.each(['idNumber', 'phone', 'token', 'smsCode', 'face'])('no %s in any line', (kind) => {
    const found = world.logLines.filter((line) => secrets[kind].some((s) => s !== '' && line.includes(s)))
    expect(found).toEqual([])
  })

  it('shows a phone only masked', () => {
    expect(world.logLines).toContain('sms 136****6011 → outbox')
  })
})
