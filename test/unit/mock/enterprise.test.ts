import { Value } from '@sinclair/typebox/value'
import { EnterpriseDto, type EnterpriseListDto, type SessionDto } from '../../../src/api/contract'
import { IDEMPOTENCY_HEADER, IDEMPOTENT_REPLAY_HEADER } from '../../../src/api/contract/constants'
import { paths } from '../../../src/api/contract/paths'
import { checkCreditCode, creditCodeCheckChar } from '../../../src/domain/credit-code'
import { checkIdCard } from '../../../src/domain/id-card'
import { UNREGISTERED_CREDIT_CODE, seedEnterprises } from '../../../mock/fixtures/enterprises'
import { CITIZEN, COMPOUND_SURNAME_REP, LEGAL_REP, failingIdentities, seedIdentities } from '../../../mock/fixtures/identities'
import { identityCalls } from './identity-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
let id: ReturnType<typeof identityCalls>
let rep: SessionDto
let citizen: SessionDto
beforeEach(async () => {
  mock = startMock()
  id = identityCalls(mock)
  rep = await mock.platformLogin('weapp', 'rep')
  citizen = await mock.smsLogin()
})
afterEach(() => mock.app.close())

const [CATERING, TECH, MAKING] = seedEnterprises
const bind = (session: SessionDto, creditCode: string, headers: Record<string, string> = {}) =>
  mock.call<EnterpriseDto>('POST', paths.enterpriseBind, { creditCode }, { ...mock.bearer(session), ...headers })
const list = async (session: SessionDto) => (await mock.call<EnterpriseListDto>('GET', paths.enterprises, undefined, mock.bearer(session))).body.enterprises
const grant = (session: SessionDto, enterpriseId: string, body: object) =>
  mock.call('POST', paths.enterpriseAgents.replace(':id', enterpriseId), body, mock.bearer(session))

describe('seed data', () => {
  it('every enterprise has a valid 统一社会信用代码 and a legal representative with a valid 身份证号', () => {
    expect(seedEnterprises.length).toBeGreaterThanOrEqual(4)
    for (const e of seedEnterprises) {
      expect(checkCreditCode(e.creditCode)).toEqual({ ok: true })
      expect(checkIdCard(e.legalRep.idNumber)).toEqual({ ok: true })
      expect(failingIdentities.map((f) => f.idNumber)).not.toContain(e.legalRep.idNumber)
    }
    expect(new Set(seedEnterprises.map((e) => e.creditCode)).size).toBe(seedEnterprises.length)
  })

  it('every seeded identity is valid, and the unregistered code is valid but unknown', () => {
    for (const person of seedIdentities) expect(checkIdCard(person.idNumber)).toEqual({ ok: true })
    expect(checkCreditCode(UNREGISTERED_CREDIT_CODE)).toEqual({ ok: true })
    expect(seedEnterprises.map((e) => e.creditCode)).not.toContain(UNREGISTERED_CREDIT_CODE)
  })
})

describe('POST enterpriseBind (法定代表人)', () => {
  it('binds the enterprise of the verified legal representative', async () => {
    await id.bind(rep, LEGAL_REP)
    const res = await bind(rep, CATERING.creditCode)
    expect(res.status).toBe(200)
    expect(Value.Check(EnterpriseDto, res.body)).toBe(true)
    expect(res.body).toEqual({
      id: CATERING.id,
      name: '上海通办示范餐饮有限公司',
      creditCode: '91310101MA1FPX0016',
      legalRepMasked: '李**',
      role: 'legal-rep',
      boundAt: new Date(mock.clock.now()).toISOString(),
    })
    expect(await list(rep)).toEqual([res.body])
  })

  it('is idempotent: binding again (even in lower case) answers the first binding', async () => {
    await id.bind(rep, LEGAL_REP)
    const first = await bind(rep, CATERING.creditCode)
    mock.clock.advance(60 * 1000)
    const again = await bind(rep, CATERING.creditCode.toLowerCase())
    expect(again.body).toEqual(first.body)
    expect(await list(rep)).toHaveLength(1)
  })

  it('replays the first answer for a repeated Idempotency-Key', async () => {
    await id.bind(rep, LEGAL_REP)
    const key = { [IDEMPOTENCY_HEADER]: 'bind-ent-0001' }
    const first = await bind(rep, TECH.creditCode, key)
    const replay = await bind(rep, TECH.creditCode, key)
    expect(replay.status).toBe(200)
    expect(replay.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true')
    expect(replay.body).toEqual(first.body)
  })

  it('lists several enterprises of one legal representative, in the order bound', async () => {
    await id.bind(rep, LEGAL_REP)
    await bind(rep, TECH.creditCode)
    mock.clock.advance(1000)
    await bind(rep, CATERING.creditCode)
    expect((await list(rep)).map((e) => e.id)).toEqual([TECH.id, CATERING.id])
  })

  it('masks a compound surname as 欧阳**', async () => {
    await id.bind(rep, COMPOUND_SURNAME_REP)
    expect((await bind(rep, MAKING.creditCode)).body.legalRepMasked).toBe('欧阳**')
  })

  it('400 CREDIT_CODE_INVALID with the GB 32100 message in fields.creditCode', async () => {
    await id.bind(rep, LEGAL_REP)
    const wrong = CATERING.creditCode.slice(0, 17) + (CATERING.creditCode[17] === '0' ? '1' : '0')
    const res = await bind(rep, wrong)
    expect(res.status).toBe(400)
    const message = '统一社会信用代码校验位不正确，请核对后重新输入'
    expect(mock.error(res)).toEqual({ code: 'CREDIT_CODE_INVALID', message, fields: { creditCode: message } })
    const region = `91AB0101MA1FPX001`
    const badRegion = await bind(rep, region + creditCodeCheckChar(region))
    expect(mock.error(badRegion)).toMatchObject({ code: 'CREDIT_CODE_INVALID', fields: { creditCode: '统一社会信用代码第 3–8 位应为行政区划码' } })
  })

  it('403 REAL_NAME_REQUIRED before 实名认证', async () => {
    const res = await bind(rep, CATERING.creditCode)
    expect(res.status).toBe(403)
    expect(mock.error(res)).toEqual({ code: 'REAL_NAME_REQUIRED', message: '请先完成实名认证' })
  })

  it('404 ENTERPRISE_NOT_FOUND for a valid code the register does not know', async () => {
    await id.bind(rep, LEGAL_REP)
    const res = await bind(rep, UNREGISTERED_CREDIT_CODE)
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'ENTERPRISE_NOT_FOUND', message: '未找到该统一社会信用代码对应的企业' })
  })

  it('403 NOT_LEGAL_REP for anyone else', async () => {
    await id.bind(citizen, CITIZEN)
    const res = await bind(citizen, CATERING.creditCode)
    expect(res.status).toBe(403)
    expect(mock.error(res)).toEqual({ code: 'NOT_LEGAL_REP', message: '您不是该企业的法定代表人，可请法定代表人授权您为经办人' })
    expect(await list(citizen)).toEqual([])
  })

  it('follows the identity: an account that binds another identity loses the enterprise', async () => {
    await id.bind(rep, LEGAL_REP)
    await bind(rep, CATERING.creditCode)
    await id.bind(rep, CITIZEN)
    expect(await list(rep)).toEqual([])
  })

  it.each([
    ['a letter the code never uses (I)', 'I1310101MA1FPX0016'],
    ['17 characters', '91310101MA1FPX001'],
    ['a number', 913101010],
    ['no code', undefined],
  ])('answers a malformed body (%s) with 400 and a Chinese message', async (_what, creditCode) => {
    await id.bind(rep, LEGAL_REP)
    const res = await mock.call('POST', paths.enterpriseBind, creditCode === undefined ? {} : { creditCode }, mock.bearer(rep))
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('needs a session', async () => {
    expect((await mock.call('POST', paths.enterpriseBind, { creditCode: CATERING.creditCode })).status).toBe(401)
    expect((await mock.call('GET', paths.enterprises)).status).toBe(401)
  })
})

describe('POST enterpriseAgentGrant (经办人)', () => {
  const AGENT = { name: CITIZEN.name, idNumber: CITIZEN.idNumber }

  it('the legal representative authorises an agent, who then lists the enterprise as agent', async () => {
    await id.bind(rep, LEGAL_REP)
    await id.bind(citizen, CITIZEN)
    const res = await grant(rep, CATERING.id, AGENT)
    expect(res.status).toBe(204)
    expect(res.body).toBe('')
    const mine = await list(citizen)
    expect(mine).toEqual([{ ...mine[0], id: CATERING.id, role: 'agent', legalRepMasked: '李**', boundAt: new Date(mock.clock.now()).toISOString() }])
    // The legal representative has not bound it, so it is not in their list yet.
    expect(await list(rep)).toEqual([])
  })

  it('an agent not yet 实名 sees the enterprise once verified', async () => {
    await id.bind(rep, LEGAL_REP)
    await grant(rep, TECH.id, AGENT)
    expect(await list(citizen)).toEqual([])
    await id.bind(citizen, CITIZEN)
    expect((await list(citizen)).map((e) => [e.id, e.role])).toEqual([[TECH.id, 'agent']])
  })

  it('granting again changes nothing', async () => {
    await id.bind(rep, LEGAL_REP)
    await id.bind(citizen, CITIZEN)
    await grant(rep, CATERING.id, AGENT)
    const before = await list(citizen)
    mock.clock.advance(60 * 1000)
    expect((await grant(rep, CATERING.id, AGENT)).status).toBe(204)
    expect(await list(citizen)).toEqual(before)
  })

  it('authorises the person (name and number), not the number alone', async () => {
    await id.bind(rep, LEGAL_REP)
    await id.bind(citizen, CITIZEN)
    expect((await grant(rep, CATERING.id, { name: '王小虹', idNumber: CITIZEN.idNumber })).status).toBe(204)
    expect(await list(citizen)).toEqual([])
  })

  it('404 ENTERPRISE_NOT_FOUND for an unknown id', async () => {
    await id.bind(rep, LEGAL_REP)
    const res = await grant(rep, 'ent_nope', AGENT)
    expect(res.status).toBe(404)
    expect(mock.error(res).code).toBe('ENTERPRISE_NOT_FOUND')
  })

  it('403 NOT_LEGAL_REP when the caller is not the legal representative (an agent cannot grant)', async () => {
    await id.bind(rep, LEGAL_REP)
    await id.bind(citizen, CITIZEN)
    await grant(rep, CATERING.id, AGENT)
    const res = await grant(citizen, CATERING.id, { name: '赵四', idNumber: LEGAL_REP.idNumber })
    expect(res.status).toBe(403)
    expect(mock.error(res)).toEqual({ code: 'NOT_LEGAL_REP', message: '您不是该企业的法定代表人，可请法定代表人授权您为经办人' })
    expect(mock.error(await grant(rep, MAKING.id, AGENT)).code).toBe('NOT_LEGAL_REP')
  })

  it('403 REAL_NAME_REQUIRED before 实名认证', async () => {
    expect(mock.error(await grant(rep, CATERING.id, AGENT)).code).toBe('REAL_NAME_REQUIRED')
  })

  it('400 ID_NUMBER_INVALID for an agent number with a wrong check digit', async () => {
    await id.bind(rep, LEGAL_REP)
    const res = await grant(rep, CATERING.id, { name: CITIZEN.name, idNumber: `${CITIZEN.idNumber.slice(0, 17)}0` })
    expect(res.status).toBe(400)
    expect(mock.error(res)).toMatchObject({ code: 'ID_NUMBER_INVALID', fields: { idNumber: '身份证号校验位不正确，请核对后重新输入' } })
  })

  it.each([
    ['no name', { idNumber: CITIZEN.idNumber }],
    ['an extra field', { ...AGENT, role: 'admin' }],
    ['a latin name', { ...AGENT, name: 'Wang Xiaohong' }],
  ])('answers a malformed body (%s) with 400 and a Chinese message', async (_what, body) => {
    await id.bind(rep, LEGAL_REP)
    const res = await grant(rep, CATERING.id, body)
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('answers an over-long id with 400', async () => {
    await id.bind(rep, LEGAL_REP)
    expect((await grant(rep, 'x'.repeat(65), AGENT)).status).toBe(400)
  })
})
