import { maskName } from '../../../mock/identity/person'
import { everyNeededSlotUploaded, multipartJpeg, validAnswers } from '../../support/handling-answers'
import { IDEMPOTENCY_HEADER } from '../../../src/api/contract'
import type {
  ApplicationDetailDto,
  ApplicationListDto,
  CaseDetailDto,
  CaseListDto,
  CaseSubmitBody,
  DraftDto,
  DraftListDto,
  FeeListDto,
  FormSchemaDto,
  LicenceListDto,
  MaterialAnswers,
  MessageListDto,
  Mode,
  OrderDto,
  ReviewAction,
  ScenarioAnswersDto,
  ScenarioDto,
  ScenarioFormDto,
  ScenarioListDto,
  SessionDto,
  UploadDto,
} from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { allEntries } from '../../../src/domain/form'
import { beijingDate } from '../../../src/domain/working-days'
import { catalog } from '../../../mock/catalog/generate'
import { childrenOf } from '../../../mock/catalog/seed/regions'
import { scenarioSeeds } from '../../../mock/catalog/seed/scenarios'
import { LEGAL_REP, X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import { manualClock } from '../../../mock/clock'
import { implementationIn, resolveScenario, stepKeyOf } from '../../../mock/scenario/resolve'
import { identityCalls } from './identity-support'
import { faceVerified, notify } from './payment-support'
import { CHINESE, startMock, type Mock } from './support'

// ------------------------------------------------------------------------------------------------ scenarios

const HUANGPU = '310101'
const NANJING_EAST = '310101002' // 南京东路街道, 黄浦区
const SHANGHAI = '310000'
const ENTERPRISE_CODE = '91310101MA1FPX0016'

const seedOf = (id: string) => scenarioSeeds.find((s) => s.id === id)!
/** 个体工商户, a small low-risk shop (小餐饮), no alcohol, no signboard, no staff: 个体工商户设立登记 → 小餐饮 + 发票. */
const SMALL_SHOP: ScenarioAnswersDto = { entity: 'sole-trader', area: 40, highRisk: 'no', alcohol: 'no', signboard: 'no', staff: 'no' }
const BARS = '酒类商品零售许可'
const SOLE_TRADER = '个体工商户设立登记'
/** 新房 bought with a 公积金 loan: 契税 + 公积金贷款 → 不动产转移登记 (fee) → 抵押登记 (fee). */
const HOME: ScenarioAnswersDto = { houseType: 'new', loan: 'fund', withdraw: 'no', hukou: 'stay' }
/** 双方本市户籍, not moving: 结婚登记 and 婚前医学检查 at the hall; 户口婚姻状况变更 and 公积金信息变更 online. */
const MARRIED: ScenarioAnswersDto = { hukou: 'both-local', moveHukou: 'no', premaritalCheck: 'yes', planChild: 'no', housingFund: 'yes' }

// ------------------------------------------------------------------------------------------------ calls

let keySeq = 0
const newKey = () => `case-${++keySeq}-${Math.random().toString(36).slice(2, 10)}`
const scenarioUrl = (id: string, region: string) => `${paths.scenario.replace(':id', id)}?region=${region}`
const caseUrl = (id: string) => paths.case.replace(':id', id)
const reviewUrl = (id: string) => mockPaths.review.replace(':id', id)

/** Every material the form needs: an e-licence of the wallet where the slot takes only that, else the uploaded file. */
function materialsFor(form: FormSchemaDto, fileId: string, wallet: LicenceListDto['licences']): MaterialAnswers {
  const materials = everyNeededSlotUploaded(form, fileId)
  for (const slot of form.materials) {
    if (slot.upload !== null || !(slot.id in materials)) continue
    const licence = wallet.find((l) => l.type === slot.eLicence && l.status === 'valid')
    if (licence) materials[slot.id] = { kind: 'licence', licenceId: licence.id, consent: true }
    else if (slot.requirement === 'deferrable') materials[slot.id] = { kind: 'deferred' }
    else delete materials[slot.id]
  }
  return materials
}

/** A signed-in user with 实名 (孙志强, or 李建国 acting for his restaurant with `enterprise`), one uploaded file. */
async function applicant(mock: Mock, name = 'alice', options: { enterprise?: boolean; realName?: boolean } = {}) {
  const session: SessionDto = await mock.platformLogin('weapp', name)
  const auth = mock.bearer(session)
  const who = options.enterprise ? LEGAL_REP : X_CHECK_DIGIT
  if (options.realName !== false) {
    if (options.enterprise) {
      await identityCalls(mock).bind(session, LEGAL_REP)
      expect((await mock.call('POST', paths.enterpriseBind, { creditCode: ENTERPRISE_CODE }, auth)).status).toBe(200)
    } else await faceVerified(mock, auth)
  }
  let fileId = 'upl-none'
  if (options.realName !== false) {
    const { payload, contentType } = multipartJpeg()
    const res = await mock.app.inject({ method: 'POST', url: paths.uploads, payload, headers: { ...auth, 'content-type': contentType } })
    fileId = (JSON.parse(res.body) as UploadDto).id
  }
  const today = () => beijingDate(mock.clock.now())
  const wallet = async () => (await mock.call<LicenceListDto>('GET', paths.licences, undefined, auth)).body.licences

  const form = async (id: string, answers: ScenarioAnswersDto, region = HUANGPU) => {
    const res = await mock.call<ScenarioFormDto>('POST', paths.scenarioForm.replace(':id', id), { regionCode: region, answers })
    if (res.status !== 200) throw new Error(`form failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  /** A complete, valid submission of the combined form */
  const body = async (id: string, answers: ScenarioAnswersDto, extra: Partial<CaseSubmitBody> = {}, region = HUANGPU): Promise<CaseSubmitBody> => {
    const combined = await form(id, answers, region)
    const seed = seedOf(id)
    return {
      scenarioId: id,
      regionCode: region,
      scenarioAnswers: answers,
      scenarioVersion: seed.version,
      answers: validAnswers(combined.form, today(), who),
      materials: materialsFor(combined.form, fileId, await wallet()),
      declarationAccepted: true,
      submissionKey: newKey(),
      mode: seed.mode as Mode,
      platform: 'weapp',
      ...extra,
    }
  }
  const submit = (submitBody: CaseSubmitBody, headers: Record<string, string> = {}) => mock.call<CaseDetailDto>('POST', paths.cases, submitBody, { ...auth, ...headers })
  const file = async (id: string, answers: ScenarioAnswersDto, extra: Partial<CaseSubmitBody> = {}) => {
    const res = await submit(await body(id, answers, extra))
    if (res.status !== 200) throw new Error(`case failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  const getCase = async (id: string) => (await mock.call<CaseDetailDto>('GET', caseUrl(id), undefined, auth)).body
  const cases = async () => (await mock.call<CaseListDto>('GET', paths.cases, undefined, auth)).body.cases
  const applications = async () => (await mock.call<ApplicationListDto>('GET', `${paths.applications}?limit=50`, undefined, auth)).body
  const application = async (id: string) => (await mock.call<ApplicationDetailDto>('GET', paths.application.replace(':id', id), undefined, auth)).body
  const messages = async () => (await mock.call<MessageListDto>('GET', paths.messages, undefined, auth)).body.messages
  const fees = async () => (await mock.call<FeeListDto>('GET', paths.fees, undefined, auth)).body.fees
  return { session, auth, fileId, today, wallet, form, body, submit, file, getCase, cases, applications, application, messages, fees }
}

const act = (mock: Mock, id: string, action: ReviewAction, note?: string) => mock.call<ApplicationDetailDto>('POST', reviewUrl(id), note ? { action, note } : { action })

async function walk(mock: Mock, id: string, ...actions: ReviewAction[]) {
  for (const action of actions) {
    const res = await act(mock, id, action, action === 'deny' ? '经营场所不符合要求' : undefined)
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`)
  }
}

/** The application of the part with this 事项名称. */
const partNamed = (kase: CaseDetailDto, name: string) => kase.parts.find((p) => p.application.itemName === name)!

// ------------------------------------------------------------------------------------------------ tests

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

describe('scenarios', () => {
  it('lists the scenarios of a mode, or all of them', async () => {
    const enterprise = await mock.call<ScenarioListDto>('GET', `${paths.scenarios}?mode=enterprise`)
    expect(enterprise.status).toBe(200)
    expect(enterprise.body.scenarios.map((s) => s.id)).toEqual(['my-restaurant', 'company-setup', 'company-change'])
    const personal = (await mock.call<ScenarioListDto>('GET', `${paths.scenarios}?mode=personal`)).body.scenarios
    expect(personal.map((s) => s.id)).toEqual(expect.arrayContaining(['getting-married', 'newborn', 'buying-a-home', 'retirement', 'after-death']))
    expect(personal.every((s) => s.mode === 'personal')).toBe(true)
    const all = (await mock.call<ScenarioListDto>('GET', paths.scenarios)).body.scenarios
    expect(all).toHaveLength(scenarioSeeds.length)
    expect(all.find((s) => s.id === 'my-restaurant')).toMatchObject({ title: '我要开餐饮店', mode: 'enterprise', itemCount: 11 })
    expect((await mock.call('GET', `${paths.scenarios}?mode=nobody`)).status).toBe(400)
  })

  it('resolves each step in a district: its own implementation, with the guide\'s materials and result', async () => {
    const res = await mock.call<ScenarioDto>('GET', scenarioUrl('my-restaurant', HUANGPU))
    expect(res.status).toBe(200)
    const scenario = res.body
    expect(scenario).toMatchObject({ id: 'my-restaurant', title: '我要开餐饮店', version: 1, regionCode: HUANGPU, regionName: '黄浦区' })
    expect(scenario.questions.map((q) => q.id)).toEqual(seedOf('my-restaurant').questions.map((q) => q.id))
    for (const step of scenario.steps) {
      expect(step.key).toMatch(/^\d{12}-\d{1,2}$/)
      const item = catalog().byId.get(`${HUANGPU}-${step.key}`)!
      expect(step.item).toMatchObject({ id: item.id, name: item.name, regionCode: HUANGPU, department: item.department })
      expect(step.item!.usageCount).toBeGreaterThan(0)
      expect(step.name).toBe(item.name)
      expect(step.materials).toEqual(JSON.parse(JSON.stringify(item.materials)))
      expect(step.result).toEqual({ kind: item.result.kind, name: item.result.name })
    }
    // The 业务办理项 is in the key and the name.
    const food = scenario.steps.find((s) => s.baseCode === '100300080000')!
    expect(food).toMatchObject({ key: '100300080000-0', variant: '新办', name: '食品经营许可（新办）', stage: 2 })
    const home = (await mock.call<ScenarioDto>('GET', scenarioUrl('buying-a-home', HUANGPU))).body
    expect(home.steps.filter((s) => s.baseCode === '100200100000').map((s) => [s.key, s.name])).toEqual([
      ['100200100000-1', '不动产登记（转移登记）'],
      ['100200100000-2', '不动产登记（抵押登记）'],
    ])
  })

  it('resolves in a street: street items its own, district items its district\'s, city items the city\'s', async () => {
    const scenario = (await mock.call<ScenarioDto>('GET', scenarioUrl('newborn', NANJING_EAST))).body
    expect(scenario.regionCode).toBe(NANJING_EAST)
    const regionOf = (baseCode: string) => scenario.steps.find((s) => s.baseCode === baseCode)!.item!.regionCode
    expect(regionOf('100100020000')).toBe(NANJING_EAST) // 生育登记: 街道级
    expect(regionOf('100100040000')).toBe(HUANGPU) // 新生儿出生登记: 区级
    expect(regionOf('100100240000')).toBe(SHANGHAI) // 社会保障卡: 市级
  })

  it('resolves in a city: city items its own, finer items the first district\'s (or street\'s) that implements them', async () => {
    const scenario = (await mock.call<ScenarioDto>('GET', scenarioUrl('newborn', SHANGHAI))).body
    const regionOf = (baseCode: string) => scenario.steps.find((s) => s.baseCode === baseCode)!.item!.regionCode
    expect(regionOf('100100240000')).toBe(SHANGHAI)
    expect(regionOf('100100040000')).toBe(HUANGPU)
    expect(regionOf('100100020000')).toBe(childrenOf(HUANGPU)[0].code)
    // 嘉兴市 (a G60 city): its first district's.
    const jiaxing = (await mock.call<ScenarioDto>('GET', scenarioUrl('my-restaurant', '330400'))).body
    expect(jiaxing.steps.every((s) => s.item !== null && s.item.regionCode.startsWith('3304'))).toBe(true)
  })

  it('answers a step the region does not implement with a null item and no materials', () => {
    const seed = seedOf('my-restaurant')
    const missing = { ...seed.steps[0], baseCode: '999999999999', variant: null }
    expect(implementationIn(HUANGPU, stepKeyOf(missing))).toBeNull()
    const ctx = { store: { slice: <T>(_name: string, seedState: () => T) => seedState() }, clock: manualClock(), log: () => {} }
    const scenario = resolveScenario(ctx as never, { ...seed, steps: [missing, ...seed.steps.slice(1)] }, { code: HUANGPU, name: '黄浦区' } as never)
    expect(scenario.steps[0]).toMatchObject({ key: '999999999999-0', item: null, materials: [] })
    expect(scenario.steps[1].item).not.toBeNull()
  })

  it('answers 404 SCENARIO_NOT_FOUND and REGION_NOT_FOUND in Chinese, 400 for a malformed region', async () => {
    const unknown = await mock.call('GET', scenarioUrl('no-such-thing', HUANGPU))
    expect(unknown.status).toBe(404)
    expect(mock.error(unknown)).toEqual({ code: 'SCENARIO_NOT_FOUND', message: '该一件事不存在或已下线' })
    const nowhere = await mock.call('GET', scenarioUrl('my-restaurant', '999999'))
    expect([nowhere.status, mock.error(nowhere).code]).toEqual([404, 'REGION_NOT_FOUND'])
    expect(mock.error(nowhere).message).toMatch(CHINESE)
    expect((await mock.call('GET', scenarioUrl('my-restaurant', '12'))).status).toBe(400)
    expect((await mock.call('GET', paths.scenario.replace(':id', 'my-restaurant'))).status).toBe(400)
  })
})

describe('the combined form', () => {
  it('asks each field once, with every part mapped onto it and the 营业执照 provided by stage 1', async () => {
    const alice = await applicant(mock)
    const combined = await alice.form('my-restaurant', { ...SMALL_SHOP, alcohol: 'yes', signboard: 'yes' })
    expect(combined).toMatchObject({ scenarioId: 'my-restaurant', regionCode: HUANGPU })
    expect(combined.form).toMatchObject({ itemId: 'scenario-my-restaurant', itemName: '我要开餐饮店', version: 1, audience: 'enterprise' })
    const ids = allEntries(combined.form).map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    // 经营场所 of 个体工商户设立登记 and 户外招牌设置备案: one field.
    expect(ids.filter((id) => id === 'premises')).toHaveLength(1)
    const parts = combined.parts.map((p) => [p.itemName, p.stage])
    expect(parts).toEqual([
      [SOLE_TRADER, 1],
      ['小餐饮经营许可', 2],
      [BARS, 2],
      ['户外招牌设置备案', 2],
      ['发票领用（首次申领）', 2],
    ])
    const sign = combined.parts.find((p) => p.itemName === '户外招牌设置备案')!
    expect(sign.fields.premises).toBe('premises')
    expect(Object.values(sign.providedInCase)).toContain(SOLE_TRADER)
    for (const part of combined.parts) {
      expect(part.itemId).toBe(`${HUANGPU}-${part.stepKey}`)
      for (const id of Object.values(part.fields)) expect(ids).toContain(id)
      for (const slot of Object.values(part.materials)) expect(combined.form.materials.map((m) => m.id)).toContain(slot)
    }
  })

  it('changes with the answers: selling alcohol adds 酒类商品零售许可, a bigger shop 食品经营许可 instead of 小餐饮', async () => {
    const alice = await applicant(mock)
    const names = async (answers: ScenarioAnswersDto) => (await alice.form('my-restaurant', answers)).parts.map((p) => p.itemName)
    expect(await names({ ...SMALL_SHOP, alcohol: 'no' })).not.toContain(BARS)
    expect(await names({ ...SMALL_SHOP, alcohol: 'yes' })).toContain(BARS)
    const big = await names({ entity: 'sole-trader', area: 120, alcohol: 'no', signboard: 'no', staff: 'no' })
    expect(big).toContain('食品经营许可（新办）')
    expect(big).not.toContain('小餐饮经营许可')
    // An answer to a question not asked (highRisk only for small shops) changes nothing.
    expect(await names({ entity: 'sole-trader', area: 120, highRisk: 'no', alcohol: 'no', signboard: 'no', staff: 'no' })).toEqual(big)
  })

  it('answers 400 INVALID_SCENARIO_ANSWERS by question, and 400 NO_ONLINE_ITEMS when only hall items apply', async () => {
    const url = paths.scenarioForm.replace(':id', 'my-restaurant')
    const missing = await mock.call('POST', url, { regionCode: HUANGPU, answers: { entity: 'sole-trader', area: 0 } })
    expect(missing.status).toBe(400)
    expect(mock.error(missing).code).toBe('INVALID_SCENARIO_ANSWERS')
    const fields = mock.error(missing).fields!
    // 0 ㎡ is out of range; highRisk is asked for a small shop; unanswered questions are named.
    expect(Object.keys(fields).sort()).toEqual(['alcohol', 'area', 'highRisk', 'signboard', 'staff'])
    for (const message of [mock.error(missing).message, ...Object.values(fields)]) expect(message).toMatch(CHINESE)
    const wrongOption = await mock.call('POST', url, { regionCode: HUANGPU, answers: { ...SMALL_SHOP, entity: 'cooperative' } })
    expect(mock.error(wrongOption).fields).toEqual({ entity: expect.stringMatching(CHINESE) })

    const hallOnly = { hukou: 'neither-local', permit: 'has-permit', premaritalCheck: 'yes', planChild: 'no', housingFund: 'no' }
    const none = await mock.call('POST', paths.scenarioForm.replace(':id', 'getting-married'), { regionCode: HUANGPU, answers: hallOnly })
    expect([none.status, mock.error(none).code]).toEqual([400, 'NO_ONLINE_ITEMS'])
    expect(mock.error(none).message).toMatch(CHINESE)
    const unknown = await mock.call('POST', paths.scenarioForm.replace(':id', 'nothing-here'), { regionCode: HUANGPU, answers: {} })
    expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'SCENARIO_NOT_FOUND'])
    const nowhere = await mock.call('POST', url, { regionCode: '999999', answers: SMALL_SHOP })
    expect([nowhere.status, mock.error(nowhere).code]).toEqual([404, 'REGION_NOT_FOUND'])
  })
})

describe('submitting a case', () => {
  it('creates one application per online item, linked to one case, and the case detail', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('getting-married', MARRIED)
    expect(kase).toMatchObject({ scenarioId: 'getting-married', title: '我要结婚', mode: 'personal', regionName: '黄浦区', status: 'in-progress', total: 2, ended: 0 })
    expect(kase.id).toMatch(/^case-[0-9a-f]{16}$/)
    expect(kase.number).toBe(`YJ${alice.today().replace(/-/g, '')}000001`)
    expect(kase.parts.map((p) => [p.application.itemName, p.stage, p.application.status])).toEqual([
      ['户口婚姻状况变更（结婚）', 2, 'submitted'],
      ['住房公积金个人信息变更（婚姻信息变更）', 2, 'submitted'],
    ])
    for (const part of kase.parts) {
      expect(part.application.case).toEqual({ id: kase.id, title: '我要结婚' })
      expect(part.application.number).toMatch(/^SH\d{14}$/)
      expect(part.why).toMatch(CHINESE)
      // Stage 1 is done at the hall: nothing online to wait for.
      expect(part.waitingFor).toEqual([])
      expect(part.next).toBe(`等待${part.application.department}受理`)
    }
    // 结婚登记 needs both in person; 婚前医学检查 at a hospital.
    expect(kase.offline.map((o) => o.name)).toEqual(['内地居民结婚登记', '婚前医学检查'])
    const registration = kase.offline[0]
    expect(registration).toMatchObject({ stepKey: '000125006000-0', itemId: `${HUANGPU}-000125006000-0` })
    expect(registration.visits).toBeGreaterThan(0)
    expect(registration.visitReason).toMatch(CHINESE)
    expect(kase.fee).toBeNull()
    expect(kase.next).toMatch(/^等待.+受理「户口婚姻状况变更（结婚）」$/)

    // The applications carry the case; they list among the user's others; the case lists and reads back.
    const { applications, total } = await alice.applications()
    expect(total).toBe(2)
    expect(applications.every((a) => a.case?.id === kase.id)).toBe(true)
    const detail = await alice.application(kase.parts[0].application.id)
    expect(detail.case).toEqual({ id: kase.id, title: '我要结婚' })
    expect(detail.answers.applicantName).toBe(X_CHECK_DIGIT.name)
    expect(await alice.cases()).toEqual([expect.objectContaining({ id: kase.id, status: 'in-progress', total: 2, ended: 0 })])
    expect(await alice.getCase(kase.id)).toEqual(kase)
  })

  it('shows what later stages wait for', async () => {
    const alice = await applicant(mock, 'alice')
    const kase = await alice.file('my-restaurant', { ...SMALL_SHOP, alcohol: 'yes' })
    expect(kase.parts.map((p) => p.stage)).toEqual([1, 2, 2, 2])
    const first = partNamed(kase, SOLE_TRADER)
    expect(first).toMatchObject({ waitingFor: [], next: `等待${first.application.department}受理` })
    const bar = partNamed(kase, BARS)
    expect(bar).toMatchObject({ waitingFor: [SOLE_TRADER], next: `等待「${SOLE_TRADER}」办结后受理` })
    expect(kase.next).toBe(`等待${first.application.department}受理「${SOLE_TRADER}」`)
    // A sole trader's restaurant needs no bound enterprise: the case founds the business.
    expect((await alice.application(bar.application.id)).mode).toBe('enterprise')
  })

  it('keeps cases private: another user gets 404 CASE_NOT_FOUND', async () => {
    const alice = await applicant(mock)
    const bob = await applicant(mock, 'bob')
    const kase = await alice.file('getting-married', MARRIED)
    const res = await mock.call('GET', caseUrl(kase.id), undefined, bob.auth)
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'CASE_NOT_FOUND', message: '一件事办件不存在' })
    expect(await bob.cases()).toEqual([])
    expect((await mock.call('GET', paths.cases)).status).toBe(401)
  })

  describe('all or nothing', () => {
    const nothingStored = async (who: Awaited<ReturnType<typeof applicant>>) => {
      expect((await who.applications()).total).toBe(0)
      expect(await who.cases()).toEqual([])
      expect(await who.messages()).toEqual([])
    }

    it('refuses the whole case when one item\'s answer is invalid, with combined-form paths', async () => {
      const alice = await applicant(mock)
      const body = await alice.body('my-restaurant', { ...SMALL_SHOP, signboard: 'yes' })
      const combined = await alice.form('my-restaurant', { ...SMALL_SHOP, signboard: 'yes' })
      // 招牌文字: only 户外招牌设置备案 asks it (stage 2).
      const sign = combined.parts.find((p) => p.itemName === '户外招牌设置备案')!
      const signText = sign.fields.signText
      expect(signText).toBeDefined()
      const res = await alice.submit({ ...body, answers: { ...body.answers, [signText]: '' } })
      expect(res.status).toBe(400)
      expect(mock.error(res)).toMatchObject({ code: 'INVALID_ANSWERS', message: '请按提示修改后再提交' })
      expect(Object.keys(mock.error(res).fields!)).toEqual([signText])
      await nothingStored(alice)
    })

    it('refuses the whole case for a licence that is not the user\'s, and uploads of someone else', async () => {
      const alice = await applicant(mock)
      const bob = await applicant(mock, 'bob')
      const body = await alice.body('my-restaurant', SMALL_SHOP)
      const slot = Object.keys(body.materials).at(-1)!
      const licence = await alice.submit({ ...body, materials: { ...body.materials, [slot]: { kind: 'licence', licenceId: 'lic-nobody', consent: true } } })
      expect([licence.status, mock.error(licence).code]).toEqual([404, 'LICENCE_NOT_FOUND'])
      expect(Object.keys(mock.error(licence).fields!)).toEqual([slot])
      const foreign = await alice.submit({ ...body, materials: { ...body.materials, [slot]: { kind: 'upload', fileIds: [bob.fileId] } } })
      expect([foreign.status, mock.error(foreign).code]).toEqual([404, 'UPLOAD_NOT_FOUND'])
      await nothingStored(alice)
    })

    it('checks 实名, the scenario, its version, the mode and the question answers first', async () => {
      const anonymous = await applicant(mock, 'nobody', { realName: false })
      const seed = seedOf('getting-married')
      const base: CaseSubmitBody = {
        scenarioId: seed.id,
        regionCode: HUANGPU,
        scenarioAnswers: MARRIED,
        scenarioVersion: seed.version,
        answers: {},
        materials: {},
        declarationAccepted: true,
        submissionKey: newKey(),
        mode: 'personal',
        platform: 'weapp',
      }
      const unverified = await anonymous.submit(base)
      expect([unverified.status, mock.error(unverified).code]).toEqual([403, 'REAL_NAME_REQUIRED'])

      const alice = await applicant(mock)
      const body = await alice.body('getting-married', MARRIED)
      const outdated = await alice.submit({ ...body, scenarioVersion: seed.version + 1 })
      expect(outdated.status).toBe(409)
      expect(mock.error(outdated)).toEqual({ code: 'SCENARIO_OUTDATED', message: '一件事的情形或事项已更新，请刷新后重新确认' })
      const wrongMode = await alice.submit({ ...body, mode: 'enterprise' })
      expect(wrongMode.status).toBe(403)
      expect(mock.error(wrongMode)).toEqual({ code: 'MODE_MISMATCH', message: '请切换到个人模式办理' })
      const restaurant = await alice.body('my-restaurant', SMALL_SHOP)
      const personal = await alice.submit({ ...restaurant, mode: 'personal' })
      expect(mock.error(personal)).toEqual({ code: 'MODE_MISMATCH', message: '请切换到企业（法人）模式办理' })
      const unknown = await alice.submit({ ...body, scenarioId: 'no-such-thing' })
      expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'SCENARIO_NOT_FOUND'])
      const unanswered = await alice.submit({ ...body, scenarioAnswers: { hukou: 'both-local' } })
      expect([unanswered.status, mock.error(unanswered).code]).toEqual([400, 'INVALID_SCENARIO_ANSWERS'])
      expect(Object.keys(mock.error(unanswered).fields!)).toEqual(expect.arrayContaining(['moveHukou', 'premaritalCheck']))
      // Answers that change the items after the form was filled: the form no longer fits.
      const changed = await alice.submit({ ...body, scenarioAnswers: { ...MARRIED, housingFund: 'no', moveHukou: 'yes' } })
      expect([changed.status, mock.error(changed).code]).toEqual([400, 'INVALID_ANSWERS'])
      await nothingStored(alice)
    })

    it('needs a bound enterprise where the items act for one (企业变更)', async () => {
      const alice = await applicant(mock)
      const change = { changes: ['scope'], permits: [] }
      const res = await alice.submit(await alice.body('company-change', change))
      expect([res.status, mock.error(res).code]).toEqual([403, 'ENTERPRISE_REQUIRED'])
      const boss = await applicant(mock, 'boss', { enterprise: true })
      const kase = await boss.file('company-change', change)
      expect(kase.parts.map((p) => p.application.itemName)).toEqual(['经营范围变更登记', '税务登记信息变更'])
    })
  })

  describe('one case per submissionKey', () => {
    it('answers the same case to a repeat, whatever it carries now', async () => {
      const alice = await applicant(mock)
      const body = await alice.body('my-restaurant', SMALL_SHOP)
      const first = await alice.submit(body)
      const again = await alice.submit(body, { [IDEMPOTENCY_HEADER]: 'key-aaaaaaaa' })
      const changed = await alice.submit({ ...body, scenarioAnswers: { ...SMALL_SHOP, alcohol: 'yes' } })
      expect([first.status, again.status, changed.status]).toEqual([200, 200, 200])
      expect(new Set([first.body.id, again.body.id, changed.body.id]).size).toBe(1)
      expect(changed.body.total).toBe(3)
      expect((await alice.applications()).total).toBe(3)
      expect(await alice.cases()).toHaveLength(1)
    })

    it('creates one case when the same submission arrives five times at once', async () => {
      const alice = await applicant(mock)
      const body = await alice.body('my-restaurant', { ...SMALL_SHOP, alcohol: 'yes', signboard: 'yes' })
      const answers = await Promise.all(Array.from({ length: 5 }, () => alice.submit(body)))
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
      expect(new Set(answers.map((r) => r.body.id)).size).toBe(1)
      expect(answers[0].body.total).toBe(5)
      expect((await alice.applications()).total).toBe(5)
      expect(await alice.cases()).toHaveLength(1)
      // And the other five applications of a new key make a second case.
      await alice.submit({ ...body, submissionKey: newKey() })
      expect(await alice.cases()).toHaveLength(2)
      expect((await alice.applications()).total).toBe(10)
    })
  })
})

describe('stages in the back office', () => {
  it('accepts a stage-2 item only once stage 1 is approved; the scripted reviewer waits too', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('my-restaurant', SMALL_SHOP)
    const first = partNamed(kase, SOLE_TRADER).application.id
    const later = partNamed(kase, '小餐饮经营许可').application.id
    const early = await act(mock, later, 'accept')
    expect(early.status).toBe(409)
    expect(mock.error(early)).toEqual({ code: 'STAGE_NOT_READY', message: `该事项须待前置事项「${SOLE_TRADER}」办结（通过）后才能受理` })
    // Nor a 补正 before 受理, which the applicant's 补正 would turn into 受理.
    expect(mock.error(await act(mock, later, 'request-supplement')).code).toBe('STAGE_NOT_READY')

    mock.app.backOffice.step()
    let now = await alice.getCase(kase.id)
    expect(partNamed(now, SOLE_TRADER).application.status).toBe('accepted')
    expect(partNamed(now, '小餐饮经营许可').application.status).toBe('submitted')
    await walk(mock, first, 'process')
    expect((await act(mock, later, 'accept')).status).toBe(409)
    await walk(mock, first, 'approve')
    now = await alice.getCase(kase.id)
    expect(partNamed(now, '小餐饮经营许可')).toMatchObject({ waitingFor: [], next: expect.stringMatching(/^等待.+受理$/) })
    await walk(mock, later, 'accept')
    now = await alice.getCase(kase.id)
    expect(partNamed(now, '小餐饮经营许可').next).toMatch(/正在办理，承诺 \d{4}-\d{2}-\d{2} 前办结$/)
    // The invoice part is accepted by the scripted reviewer now that stage 1 is approved.
    mock.app.backOffice.step()
    expect(partNamed(await alice.getCase(kase.id), '发票领用（首次申领）').application.status).toBe('accepted')
  })

  it('closes the later stages as 不予受理 when stage 1 is denied, and tells the user the case ended', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('my-restaurant', { ...SMALL_SHOP, alcohol: 'yes' })
    const first = partNamed(kase, SOLE_TRADER).application.id
    await walk(mock, first, 'accept', 'process', 'deny')
    const ended = await alice.getCase(kase.id)
    expect(ended).toMatchObject({ status: 'ended', total: 4, ended: 4, next: `已结束，${ended.parts.map((p) => `「${p.application.itemName}」`).join('、')}未通过` })
    expect(partNamed(ended, SOLE_TRADER)).toMatchObject({ next: '未通过：经营场所不符合要求' })
    for (const part of ended.parts.filter((p) => p.stage === 2)) {
      expect(part.application.status).toBe('not-accepted')
      expect(part.waitingFor).toEqual([])
      expect(part.next).toBe(`不予受理：前置事项「${SOLE_TRADER}」未通过，本事项不予受理`)
      const detail = await alice.application(part.application.id)
      expect(detail.timeline.at(-1)).toMatchObject({ status: 'not-accepted', code: 5, by: part.application.department })
    }
    const messages = await alice.messages()
    expect(messages[0]).toMatchObject({ title: '一件事办理结果', body: '「我要开餐饮店」已结束，其中 4 个事项未通过' })
    expect(messages.filter((m) => m.title === '一件事办理结果')).toHaveLength(1)
  })

  it('closes the later stages when the applicant withdraws stage 1', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('my-restaurant', SMALL_SHOP)
    const first = partNamed(kase, SOLE_TRADER).application.id
    const res = await mock.call<ApplicationDetailDto>('POST', paths.withdraw.replace(':id', first), { reason: '店铺选址改变' }, alice.auth)
    expect(res.status).toBe(200)
    const now = await alice.getCase(kase.id)
    expect(now.status).toBe('ended')
    expect(now.parts.filter((p) => p.stage === 2).every((p) => p.application.status === 'not-accepted')).toBe(true)
    expect(partNamed(now, SOLE_TRADER).next).toBe('已撤回')
  })

  it('tells the user once when every item is approved', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('my-restaurant', SMALL_SHOP)
    for (const part of kase.parts) await walk(mock, part.application.id, 'accept', 'process', 'approve')
    const done = await alice.getCase(kase.id)
    expect(done).toMatchObject({ status: 'completed', ended: 3, next: '已全部办结' })
    expect(done.parts.every((p) => p.next === '已办结')).toBe(true)
    const finals = (await alice.messages()).filter((m) => m.title === '一件事办理结果')
    expect(finals).toEqual([expect.objectContaining({ body: '「我要开餐饮店」已全部办结', applicationId: kase.parts[0].application.id })])
    // The 营业执照 of stage 1 is in the wallet, in the sole trader's name (masked, as the app sees names).
    expect((await alice.wallet()).some((l) => l.type.startsWith('营业执照') && l.holder === maskName(X_CHECK_DIGIT.name))).toBe(true)
    await walk(mock, kase.parts[1].application.id, 'revoke')
    expect((await alice.messages()).filter((m) => m.title === '一件事办理结果')).toHaveLength(1)
  })

  it('runs a whole case on the scripted reviewer, stage by stage, to 已全部办结', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('my-restaurant', SMALL_SHOP)
    const seen: string[][] = []
    for (let i = 0; i < 8; i++) {
      mock.app.backOffice.step()
      seen.push((await alice.getCase(kase.id)).parts.map((p) => p.application.status))
    }
    expect(seen.slice(0, 4)).toEqual([
      ['accepted', 'submitted', 'submitted'],
      ['processing', 'submitted', 'submitted'],
      ['approved', 'accepted', 'accepted'],
      ['approved', 'processing', 'processing'],
    ])
    const done = await alice.getCase(kase.id)
    expect(done).toMatchObject({ status: 'completed', total: 3, ended: 3, next: '已全部办结' })
    expect((await alice.messages()).filter((m) => m.body === '「我要开餐饮店」已全部办结')).toHaveLength(1)
  })

  it('asks for 补正 as the next step of the part and the case', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('getting-married', MARRIED)
    const id = kase.parts[0].application.id
    await walk(mock, id, 'accept', 'request-supplement')
    const now = await alice.getCase(kase.id)
    expect(now.status).toBe('action-needed')
    expect(now.parts[0].next).toMatch(/^请在 \d{4}-\d{2}-\d{2} 前补正$/)
    expect(now.next).toMatch(/^请在 \d{4}-\d{2}-\d{2} 前补正「户口婚姻状况变更（结婚）」的材料$/)
  })
})

describe('合并缴费', () => {
  it('creates one fee for every fee-bearing item when the first falls due; one payment clears them all', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('buying-a-home', HOME)
    const transfer = partNamed(kase, '不动产登记（转移登记）')
    const mortgage = partNamed(kase, '不动产登记（抵押登记）')
    expect([transfer.stage, mortgage.stage]).toEqual([2, 3])
    for (const part of kase.parts.filter((p) => p.stage === 1)) await walk(mock, part.application.id, 'accept', 'process', 'approve')
    await walk(mock, transfer.application.id, 'accept')

    const now = await alice.getCase(kase.id)
    expect(now.fee).toEqual({ id: expect.any(String), title: '我要买房合并缴费', amountFen: 16000, paid: false })
    expect(now.status).toBe('action-needed')
    expect(now.next).toBe('请缴纳合并费用')
    expect(partNamed(now, '不动产登记（转移登记）').application.unpaidFeeId).toBe(now.fee!.id)
    expect(partNamed(now, '不动产登记（抵押登记）').application.unpaidFeeId).toBe(now.fee!.id)
    expect(partNamed(now, '不动产登记（转移登记）').next).toBe('请缴纳费用')
    const caseFees = (await alice.fees()).filter((f) => f.title.endsWith('合并缴费'))
    expect(caseFees).toEqual([expect.objectContaining({ id: now.fee!.id, amountFen: 16000, status: 'unpaid', applicationId: transfer.application.id })])

    // The scripted reviewer holds the part for the fee.
    mock.app.backOffice.step()
    expect(partNamed(await alice.getCase(kase.id), '不动产登记（转移登记）').application.status).toBe('accepted')

    const order = await mock.call<OrderDto>('POST', paths.orders, { feeId: now.fee!.id, platform: 'weapp' }, alice.auth)
    expect(order.status).toBe(200)
    expect((await notify(mock, order.body.id, 'success')).status).toBe(204)
    const paid = await alice.getCase(kase.id)
    expect(paid.fee).toMatchObject({ id: now.fee!.id, paid: true })
    expect(paid.parts.every((p) => p.application.unpaidFeeId === null)).toBe(true)
    expect(paid.status).toBe('in-progress')
    // 抵押登记's own fee falls due at its acceptance: already paid with the case's.
    await walk(mock, transfer.application.id, 'process', 'approve')
    await walk(mock, mortgage.application.id, 'accept')
    expect((await alice.fees()).filter((f) => f.title.endsWith('合并缴费'))).toHaveLength(1)
    expect(partNamed(await alice.getCase(kase.id), '不动产登记（抵押登记）').application.unpaidFeeId).toBeNull()
  })

  it('issues the combined fee again without an item withdrawn while it is unpaid', async () => {
    const alice = await applicant(mock)
    const kase = await alice.file('buying-a-home', HOME)
    for (const part of kase.parts.filter((p) => p.stage === 1)) await walk(mock, part.application.id, 'accept', 'process', 'approve')
    const transfer = partNamed(kase, '不动产登记（转移登记）').application.id
    const mortgage = partNamed(kase, '不动产登记（抵押登记）').application.id
    await walk(mock, transfer, 'accept')
    const before = (await alice.getCase(kase.id)).fee!
    const res = await mock.call('POST', paths.withdraw.replace(':id', mortgage), { reason: '改为商业贷款另行办理' }, alice.auth)
    expect(res.status).toBe(200)
    const after = await alice.getCase(kase.id)
    expect(after.fee).toEqual({ id: expect.any(String), title: '我要买房合并缴费', amountFen: 8000, paid: false })
    expect(after.fee!.id).not.toBe(before.id)
    expect(partNamed(after, '不动产登记（转移登记）').application.unpaidFeeId).toBe(after.fee!.id)
    expect(partNamed(after, '不动产登记（抵押登记）').application.unpaidFeeId).toBeNull()
    const listed = (await alice.fees()).filter((f) => f.title.endsWith('合并缴费'))
    expect(listed.map((f) => [f.id, f.amountFen])).toEqual([[after.fee!.id, 8000]])
    const stale = await mock.call('POST', paths.orders, { feeId: before.id, platform: 'weapp' }, alice.auth)
    expect([stale.status, mock.error(stale).code]).toEqual([404, 'FEE_NOT_FOUND'])
  })
})

describe('drafts of a combined form', () => {
  const url = (key: string) => paths.draft.replace(':id', key)
  const KEY = 'scenario-my-restaurant'

  it('saves, lists, reads and deletes a scenario draft with its region and answers', async () => {
    const alice = await applicant(mock)
    const draft = { itemId: KEY, formVersion: 1, answers: { businessName: '老王面馆' }, materials: {}, updatedAt: 1000, submissionKey: newKey(), scenario: { regionCode: HUANGPU, version: 1, answers: SMALL_SHOP } }
    const saved = await mock.call<DraftDto>('PUT', url(KEY), draft, alice.auth)
    expect(saved.status).toBe(200)
    expect(saved.body).toEqual({ ...draft, itemName: '我要开餐饮店' })
    expect((await mock.call<DraftListDto>('GET', paths.drafts, undefined, alice.auth)).body.drafts).toEqual([saved.body])
    expect((await mock.call<DraftDto>('GET', url(KEY), undefined, alice.auth)).body).toEqual(saved.body)
    // The older one loses.
    const older = await mock.call<DraftDto>('PUT', url(KEY), { ...draft, updatedAt: 500, scenario: { ...draft.scenario, answers: { entity: 'company' } } }, alice.auth)
    expect(older.body.scenario!.answers).toEqual(SMALL_SHOP)
    expect((await mock.call('DELETE', url(KEY), undefined, alice.auth)).status).toBe(204)
    expect((await mock.call('GET', url(KEY), undefined, alice.auth)).status).toBe(404)
  })

  it('refuses an unknown scenario, a missing scenario field, another version, and a scenario on an item draft', async () => {
    const alice = await applicant(mock)
    const draft = { itemId: KEY, formVersion: 1, answers: {}, materials: {}, updatedAt: 1, submissionKey: newKey(), scenario: { regionCode: HUANGPU, version: 1, answers: {} } }
    const unknown = await mock.call('PUT', url('scenario-nothing'), { ...draft, itemId: 'scenario-nothing' }, alice.auth)
    expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'SCENARIO_NOT_FOUND'])
    const bare: Partial<typeof draft> = { ...draft }
    delete bare.scenario
    const missing = await mock.call('PUT', url(KEY), bare, alice.auth)
    expect(missing.status).toBe(400)
    expect(mock.error(missing)).toEqual({ code: 'VALIDATION_FAILED', message: '一件事草稿须包含办理地区和情形答案', fields: { scenario: '一件事草稿须包含办理地区和情形答案' } })
    const newer = await mock.call('PUT', url(KEY), { ...draft, formVersion: 2 }, alice.auth)
    expect([newer.status, mock.error(newer).code]).toEqual([409, 'SCENARIO_OUTDATED'])
    const answersOfAnother = await mock.call('PUT', url(KEY), { ...draft, scenario: { ...draft.scenario, version: 2 } }, alice.auth)
    expect([answersOfAnother.status, mock.error(answersOfAnother).code]).toEqual([409, 'SCENARIO_OUTDATED'])
    const nowhere = await mock.call('PUT', url(KEY), { ...draft, scenario: { ...draft.scenario, regionCode: '999999' } }, alice.auth)
    expect([nowhere.status, mock.error(nowhere).code]).toEqual([404, 'REGION_NOT_FOUND'])

    const item = catalog().items.find((i) => i.online && i.regionCode === HUANGPU)!
    const itemDraft = { ...draft, itemId: item.id }
    const withScenario = await mock.call('PUT', url(item.id), itemDraft, alice.auth)
    expect(withScenario.status).toBe(400)
    expect(mock.error(withScenario).fields).toEqual({ scenario: '事项草稿不能包含一件事的情形答案' })
    expect((await mock.call('PUT', url(item.id), { ...bare, itemId: item.id }, alice.auth)).status).toBe(200)
    expect((await mock.call<DraftListDto>('GET', paths.drafts, undefined, alice.auth)).body.drafts.map((d) => d.itemId)).toEqual([item.id])
  })

  it('goes when the case is submitted with its key, and cannot be saved again', async () => {
    const alice = await applicant(mock)
    const body = await alice.body('my-restaurant', SMALL_SHOP)
    const draft = { itemId: KEY, formVersion: 1, answers: body.answers, materials: body.materials, updatedAt: 1, submissionKey: body.submissionKey, scenario: { regionCode: HUANGPU, version: 1, answers: SMALL_SHOP } }
    expect((await mock.call('PUT', url(KEY), draft, alice.auth)).status).toBe(200)
    expect((await alice.submit(body)).status).toBe(200)
    expect((await mock.call('GET', url(KEY), undefined, alice.auth)).status).toBe(404)
    const again = await mock.call('PUT', url(KEY), { ...draft, updatedAt: 2 }, alice.auth)
    expect([again.status, mock.error(again).code]).toEqual([409, 'DRAFT_SUBMITTED'])
  })
})
