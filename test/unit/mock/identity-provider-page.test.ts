import type { FaceTicketDto, SessionDto } from '../../../src/api/contract'
import { mockPaths } from '../../../src/api/contract/paths'
import { FACE_MISMATCH, LEGAL_REP } from '../../../mock/fixtures/identities'
import { identityCalls } from './identity-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
let id: ReturnType<typeof identityCalls>
let alice: SessionDto
let ticket: FaceTicketDto
beforeEach(async () => {
  mock = startMock()
  id = identityCalls(mock)
  alice = await mock.smsLogin()
  ticket = (await id.startRealName(alice, LEGAL_REP, 'h5')).body
})
afterEach(() => mock.app.close())

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
const postForm = (body: string) => mock.call('POST', mockPaths.faceProvider, body, FORM)
const page = (ticketId: string) => mock.call<string>('GET', `${mockPaths.faceProvider}?ticket=${ticketId}`, undefined, { accept: 'text/html' })

describe('the simulated H5 face provider', () => {
  it('is pending until the provider page reports, and the ticket stays usable meanwhile', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await id.confirm(alice, ticket.ticketId)).body).toEqual({ status: 'pending', message: '认证尚未完成', user: null, session: null })
    }
  })

  it('serves a calm Chinese page: masked name only, camera preview with a fallback, 通过 / 不通过', async () => {
    const res = await page(ticket.ticketId)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    const html = res.body
    expect(html).toContain('<title>人脸核验（模拟）</title>')
    expect(html).toContain('模拟')
    expect(html).toContain('<strong>李**</strong>')
    expect(html).toContain('getUserMedia')
    expect(html).toMatch(/无法使用摄像头/)
    expect(html).toMatch(/<form method="post" action="\/mock\/face\/provider">/)
    expect(html).toContain(`name="ticket" value="${ticket.ticketId}"`)
    expect(html).toMatch(/name="outcome" value="pass"[^>]*>通过</)
    expect(html).toMatch(/name="outcome" value="fail"[^>]*>不通过</)
    for (const secret of [LEGAL_REP.name, LEGAL_REP.idNumber, LEGAL_REP.idNumber.slice(0, 6)]) expect(html).not.toContain(secret)
  })

  it('a form post of 通过 redirects (303) to the return path with the ticket, and the server then passes', async () => {
    const res = await postForm(`ticket=${ticket.ticketId}&outcome=pass`)
    expect(res.status).toBe(303)
    expect(res.headers.location).toBe(`/packages/account/pages/real-name/index?faceTicket=${ticket.ticketId}`)
    expect(res.body).toBe('')
    expect((await id.confirm(alice, ticket.ticketId)).body).toMatchObject({ status: 'passed', message: '实名认证成功' })
  })

  it('不通过 comes back as failed', async () => {
    await postForm(`ticket=${ticket.ticketId}&outcome=fail`)
    expect((await id.confirm(alice, ticket.ticketId)).body).toMatchObject({ status: 'failed', user: null })
  })

  it('a seeded failing identity fails even after 通过', async () => {
    const failing = (await id.startRealName(alice, FACE_MISMATCH, 'h5')).body
    await postForm(`ticket=${failing.ticketId}&outcome=pass`)
    expect((await id.confirm(alice, failing.ticketId)).body).toMatchObject({ status: 'failed', message: '人脸与身份证照片不一致' })
  })

  it('accepts JSON too, and appends to a return path that has a query', async () => {
    const own = (await id.startRealName(alice, LEGAL_REP, 'h5', { returnPath: '/packages/pay/pages/fees/index?fee=f1' })).body
    const res = await mock.call('POST', mockPaths.faceProvider, { ticket: own.ticketId, outcome: 'pass' })
    expect(res.status).toBe(303)
    expect(res.headers.location).toBe(`/packages/pay/pages/fees/index?fee=f1&faceTicket=${own.ticketId}`)
  })

  it('returns a step-up and a login to their own pages by default', async () => {
    await id.bind(alice, LEGAL_REP)
    const stepUp = await mock.call<FaceTicketDto>('POST', '/api/v1/identity/face/start', { platform: 'h5' }, mock.bearer(alice))
    expect((await postForm(`ticket=${stepUp.body.ticketId}&outcome=pass`)).headers.location).toBe(`/packages/account/pages/face-check/index?faceTicket=${stepUp.body.ticketId}`)
    const login = await mock.call<FaceTicketDto>('POST', '/api/v1/auth/face/start', { name: LEGAL_REP.name, idNumber: LEGAL_REP.idNumber, consent: true, platform: 'h5' })
    expect((await postForm(`ticket=${login.body.ticketId}&outcome=pass`)).headers.location).toBe(`/pages/login/index?faceTicket=${login.body.ticketId}`)
  })

  it('refuses a used, an expired or an unknown ticket with a Chinese ErrorBody', async () => {
    await postForm(`ticket=${ticket.ticketId}&outcome=pass`)
    await id.confirm(alice, ticket.ticketId)
    expect(mock.error(await page(ticket.ticketId))).toMatchObject({ code: 'TICKET_USED' })
    expect(mock.error(await postForm(`ticket=${ticket.ticketId}&outcome=pass`))).toMatchObject({ code: 'TICKET_USED' })

    const late = (await id.startRealName(alice, LEGAL_REP, 'h5')).body
    mock.clock.advance(10 * 60 * 1000)
    const expired = await postForm(`ticket=${late.ticketId}&outcome=pass`)
    expect(expired.status).toBe(400)
    expect(mock.error(expired)).toEqual({ code: 'TICKET_EXPIRED', message: '刷脸已超时，请重新发起认证' })

    const unknown = await page('ft_nope')
    expect(unknown.status).toBe(404)
    expect(mock.error(unknown)).toEqual({ code: 'TICKET_UNKNOWN', message: '刷脸凭证不存在，请重新发起认证' })
    expect((await mock.call('POST', mockPaths.faceOutcome, { ticketId: 'ft_nope', outcome: 'pass' })).status).toBe(404)
  })

  it.each([
    ['no outcome', `ticket=T`],
    ['an unknown outcome', `ticket=T&outcome=maybe`],
    ['an extra field', `ticket=T&outcome=pass&name=x`],
    ['an empty form', ''],
    ['a prototype key', `ticket=T&outcome=pass&__proto__=x`],
  ])('answers a malformed form (%s) with 400 and a Chinese message', async (_what, form) => {
    const res = await postForm(form.replace('T', ticket.ticketId))
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('answers another body type with 400 (the dev routes document no 415)', async () => {
    const res = await mock.call('POST', mockPaths.faceProvider, '<ticket/>', { 'content-type': 'application/xml' })
    expect(res.status).toBe(400)
    expect(mock.error(res)).toEqual({ code: 'BAD_REQUEST', message: '请求格式不正确，请以表单或 JSON 提交' })
    const text = await mock.call('POST', mockPaths.faceProvider, 'ticket', { 'content-type': 'text/plain' })
    expect(text.status).toBe(400)
    expect(mock.error(text).message).toMatch(CHINESE)
  })

  it('answers a page request without a ticket with 400', async () => {
    const res = await mock.call('GET', mockPaths.faceProvider)
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('parses forms only on the provider routes: the API still refuses them', async () => {
    const res = await mock.call('POST', '/api/v1/identity/face/confirm', `ticketId=${ticket.ticketId}`, { ...FORM, ...mock.bearer(alice) })
    expect(res.status).toBe(415)
  })
})
