import { FAULT_HEADER } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { createAuthApi } from '../../../src/api/endpoints/auth'
import { createIdentityApi } from '../../../src/api/endpoints/identity'
import { ApiError } from '../../../src/api/errors'
import { UNREGISTERED_CREDIT_CODE, seedEnterprises } from '../../../mock/fixtures/enterprises'
import { CITIZEN, LEGAL_REP, NOT_IN_REGISTRY } from '../../../mock/fixtures/identities'
import { startHttpMock, type HttpMock } from './support/http-mock'

let mock: HttpMock
let token: string | null
let identity: ReturnType<typeof createIdentityApi>
let auth: ReturnType<typeof createAuthApi>
beforeEach(async () => {
  mock = await startHttpMock()
  token = null
  const client = mock.client({ getToken: () => token })
  identity = createIdentityApi(client)
  auth = createAuthApi(client)
})
afterEach(() => mock.close())

const signIn = async (user: string) => {
  const session = await auth.loginWithPlatformCode({ platform: 'weapp', code: await mock.issueCode('weapp', user) })
  token = session.token
  return session
}
/** What the provider page's 通过 / 不通过 does. */
const report = (ticketId: string, outcome: 'pass' | 'fail') =>
  fetch(`${mock.baseUrl}${mockPaths.faceOutcome}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ticketId, outcome }) })

describe('a face call whose answer was lost (the server acted, the answer never came)', () => {
  /** An identity client whose first request carrying this fault key is handled and then dropped */
  const lossy = (key: string) => createIdentityApi(mock.client({ getToken: () => token, headers: { [FAULT_HEADER]: `drop;after;times=1;key=${key}` } }))

  it('gets the same ticket on the retry and counts one attempt: five such starts leave the sixth refused', async () => {
    await signIn('li')
    for (let i = 0; i < 5; i++) {
      const ticket = await lossy(`start-${i}`).startRealName({ ...LEGAL_REP, consent: true, platform: 'weapp' })
      expect(ticket.ticketId).toMatch(/\S/)
    }
    expect(await mock.received(`POST ${paths.realNameStart}`)).toBe(10)
    // Without the key each start would have counted twice and the third would have met the limit of 5 an hour.
    await expect(identity.startRealName({ ...LEGAL_REP, consent: true, platform: 'weapp' })).rejects.toMatchObject({ status: 429, code: 'FACE_ATTEMPTS_EXCEEDED' })
  })

  it('gets the passed verdict on the retry, not TICKET_USED', async () => {
    await signIn('li')
    const ticket = await identity.startRealName({ ...LEGAL_REP, consent: true, platform: 'weapp' })
    const result = await lossy('confirm').confirmFace({ ticketId: ticket.ticketId })
    expect(result).toMatchObject({ status: 'passed', user: { assurance: 'face' } })
    expect(await mock.received(`POST ${paths.faceConfirm}`)).toBe(2)
    // The ticket is spent: a new confirmation (a new key) is refused as before.
    await expect(identity.confirmFace({ ticketId: ticket.ticketId })).rejects.toMatchObject({ code: 'TICKET_USED' })
  })

  it('step-up and 刷脸登录 keep their ticket through a lost answer too', async () => {
    await signIn('wang')
    await identity.confirmFace({ ticketId: (await identity.startRealName({ ...CITIZEN, consent: true, platform: 'swan' })).ticketId })
    expect((await lossy('step-up').startStepUp({ platform: 'swan' })).purpose).toBe('step-up')
    token = null
    const login = await lossy('face-login').startFaceLogin({ ...CITIZEN, consent: true, platform: 'h5' })
    expect(login.ticketId).toMatch(/\S/)
  })
})

describe('identity endpoints over HTTP', () => {
  it('实名认证 in WeChat: startRealName → (host flow) → confirmFace binds the identity', async () => {
    await signIn('li')
    const ticket = await identity.startRealName({ ...LEGAL_REP, consent: true, platform: 'weapp' })
    expect(ticket.provider.provider).toBe('weapp')
    const result = await identity.confirmFace({ ticketId: ticket.ticketId })
    expect(result).toMatchObject({ status: 'passed', user: { assurance: 'face', realName: { nameMasked: '李**', idNumberMasked: '3101**********0014' } } })
    expect(await auth.getMe()).toEqual(result.user)
  })

  it('a failing identity comes back as failed, not as an error', async () => {
    await signIn('qian')
    const ticket = await identity.startRealName({ name: NOT_IN_REGISTRY.name, idNumber: NOT_IN_REGISTRY.idNumber, consent: true, platform: 'alipay' })
    expect(await identity.confirmFace({ ticketId: ticket.ticketId })).toMatchObject({ status: 'failed', message: NOT_IN_REGISTRY.failure })
  })

  it('step-up and phone binding', async () => {
    await signIn('wang')
    await expect(identity.startStepUp({ platform: 'swan' })).rejects.toMatchObject({ kind: 'client', status: 403, code: 'REAL_NAME_REQUIRED' })
    await identity.confirmFace({ ticketId: (await identity.startRealName({ ...CITIZEN, consent: true, platform: 'swan' })).ticketId })
    const stepUp = await identity.startStepUp({ platform: 'swan' })
    expect(stepUp.purpose).toBe('step-up')
    expect((await identity.confirmFace({ ticketId: stepUp.ticketId })).status).toBe('passed')
    const user = await identity.bindPhone({ platform: 'weapp', code: 'phone-code-1' })
    expect(user.phoneMasked).toMatch(/^1[3-9]\d\*{4}\d{4}$/)
    await expect(identity.bindPhone({ platform: 'swan', encryptedData: 'x' })).rejects.toMatchObject({ code: 'PHONE_PAYLOAD_INVALID', fields: { iv: expect.any(String) } })
  })

  it('刷脸登录 on H5: pending until the provider page reports, then a session', async () => {
    const bound = await signIn('li')
    await identity.confirmFace({ ticketId: (await identity.startRealName({ ...LEGAL_REP, consent: true, platform: 'weapp' })).ticketId })
    token = null
    const ticket = await identity.startFaceLogin({ ...LEGAL_REP, consent: true, platform: 'h5' })
    expect((await identity.confirmFaceLogin({ ticketId: ticket.ticketId })).status).toBe('pending')
    await report(ticket.ticketId, 'pass')
    const result = await identity.confirmFaceLogin({ ticketId: ticket.ticketId })
    expect(result.session?.user.id).toBe(bound.user.id)
    token = result.session!.token
    expect((await auth.getMe()).id).toBe(bound.user.id)
    await expect(identity.startFaceLogin({ ...CITIZEN, consent: true, platform: 'h5' })).rejects.toMatchObject({ code: 'IDENTITY_NOT_BOUND' })
  })

  it('enterprises: bind as legal representative, authorise an agent, the agent lists it', async () => {
    const [catering] = seedEnterprises
    await signIn('li')
    await identity.confirmFace({ ticketId: (await identity.startRealName({ ...LEGAL_REP, consent: true, platform: 'weapp' })).ticketId })
    const bound = await identity.bindEnterprise({ creditCode: catering.creditCode })
    expect(bound).toMatchObject({ id: catering.id, role: 'legal-rep', legalRepMasked: '李**' })
    expect(await identity.bindEnterprise({ creditCode: catering.creditCode })).toEqual(bound)
    await expect(identity.grantAgent(catering.id, { name: CITIZEN.name, idNumber: CITIZEN.idNumber })).resolves.toBeUndefined()
    expect(await identity.listEnterprises()).toEqual({ enterprises: [bound] })
    const error = await identity.bindEnterprise({ creditCode: UNREGISTERED_CREDIT_CODE }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'ENTERPRISE_NOT_FOUND', message: '未找到该统一社会信用代码对应的企业' })

    await signIn('wang')
    await identity.confirmFace({ ticketId: (await identity.startRealName({ ...CITIZEN, consent: true, platform: 'weapp' })).ticketId })
    expect((await identity.listEnterprises()).enterprises).toEqual([expect.objectContaining({ id: catering.id, role: 'agent' })])
  })

  it('maps the attempt limit to a client error the page can show', async () => {
    await signIn('many')
    for (let i = 0; i < 5; i++) await identity.startRealName({ ...CITIZEN, consent: true, platform: 'weapp' })
    await expect(identity.startRealName({ ...CITIZEN, consent: true, platform: 'weapp' })).rejects.toMatchObject({
      status: 429,
      code: 'FACE_ATTEMPTS_EXCEEDED',
      message: '刷脸次数过多，请1小时后再试',
    })
  })
})
