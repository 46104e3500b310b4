import { Value } from '@sinclair/typebox/value'
import {
  CONTENT_ICONS,
  ScenarioConditionDto,
  ScenarioQuestionDto,
  type FormFieldDto,
  type FormGroupDto,
  type ScenarioAnswersDto,
  type ScenarioClauseDto,
  type ScenarioConditionDto as Condition,
  type ScenarioStepDto,
} from '../../../src/api/contract'
import { applicableSteps, askedQuestions, checklistOf } from '../../../src/domain/scenario'
// forms.ts first: it loads form-seeds.ts, which imports the scenario form seeds (a circular import that needs
// form-seeds.ts to be the first of the two to load).
import { formFor } from '../../../mock/handling/forms'
import { catalog } from '../../../mock/catalog/generate'
import { toSummary, type CatalogItem } from '../../../mock/catalog/model'
import { itemSeeds } from '../../../mock/catalog/seed/index'
import { scenarioPersonalItems } from '../../../mock/catalog/seed/items-scenario-personal'
import { personalScenarios } from '../../../mock/catalog/seed/scenarios-personal'
import type { ItemSeed, ScenarioSeed, ScenarioStepSeed } from '../../../mock/catalog/seed/types'
import { scenarioPersonalFormSeeds } from '../../../mock/handling/form-seeds-scenario-personal'

/**
 * The personal 一件事 seeds (scenarios-personal.ts) and the items they add (items-scenario-personal.ts,
 * form-seeds-scenario-personal.ts): the data is consistent with the catalog and the forms, and the rules give
 * the right checklist for each kind of applicant.
 */

const seedByCode = new Map<string, ItemSeed>(itemSeeds.map((s) => [s.baseCode, s]))
const scenario = (id: string): ScenarioSeed => {
  const found = personalScenarios.find((s) => s.id === id)
  if (!found) throw new Error(`no scenario ${id}`)
  return found
}

/** One implementation of each base item and 业务办理项 (any region: the forms and guides are shared). */
const implementations = new Map<string, CatalogItem>()
for (const item of catalog().items) {
  const key = `${item.baseCode}:${item.variant ?? ''}`
  if (!implementations.has(key)) implementations.set(key, item)
}
const implementationOf = (baseCode: string, variant: string | null): CatalogItem => {
  const item = implementations.get(`${baseCode}:${variant ?? ''}`)
  if (!item) throw new Error(`no implementation of ${baseCode} ${variant ?? ''}`)
  return item
}

const variantIndex = (step: ScenarioStepSeed) => {
  const variants = seedByCode.get(step.baseCode)?.variants ?? []
  return step.variant === null ? 0 : variants.indexOf(step.variant)
}
const newCodes = new Set(scenarioPersonalItems.map((i) => i.baseCode))
const stepName = (step: ScenarioStepSeed) => {
  const seed = seedByCode.get(step.baseCode)!
  return step.variant ? `${seed.name}（${step.variant}）` : seed.name
}

/** The scenario as the domain reads it, steps without a region (the rules need only when and stage). */
const bare = (seed: ScenarioSeed) => ({
  questions: seed.questions,
  steps: seed.steps.map(
    (s): ScenarioStepDto => ({ ...s, key: `${s.baseCode}-${variantIndex(s)}`, name: stepName(s), item: null, materials: [], result: { kind: 'other', name: '' } }),
  ),
})

/** The scenario resolved with real implementations (for the checklist: online, materials, results). */
const resolved = (seed: ScenarioSeed) => ({
  questions: seed.questions,
  steps: seed.steps.map((s): ScenarioStepDto => {
    const item = implementationOf(s.baseCode, s.variant)
    return {
      ...s,
      key: `${s.baseCode}-${variantIndex(s)}`,
      name: item.name,
      item: toSummary(item, 0),
      materials: item.materials,
      result: { kind: item.result.kind, name: item.result.name },
    }
  }),
})

const names = (id: string, answers: ScenarioAnswersDto) => applicableSteps(bare(scenario(id)), answers).map((s) => s.name)
const stages = (id: string, answers: ScenarioAnswersDto) => applicableSteps(bare(scenario(id)), answers).map((s) => s.stage)
const asked = (id: string, answers: ScenarioAnswersDto) => askedQuestions(scenario(id).questions, answers).map((q) => q.id)

/** Every top-level field and group of a form, the applicant section left out (it merges by itself). */
const ownEntries = (baseCode: string, variant: string | null): (FormFieldDto | FormGroupDto)[] => {
  const form = formFor(implementationOf(baseCode, variant).id)
  return form ? form.sections.slice(1).flatMap((s) => s.fields) : []
}

describe('personal 一件事 seeds: the data', () => {
  it('has the five citizen scenarios with their ids, titles and search keywords', () => {
    expect(personalScenarios.map((s) => [s.id, s.title, s.mode])).toEqual([
      ['getting-married', '我要结婚', 'personal'],
      ['newborn', '新生儿出生一件事', 'personal'],
      ['buying-a-home', '我要买房', 'personal'],
      ['retirement', '退休一件事', 'personal'],
      ['after-death', '身后一件事', 'personal'],
    ])
    expect(scenario('getting-married').keywords).toEqual(expect.arrayContaining(['结婚', '领证']))
    expect(scenario('newborn').keywords).toEqual(expect.arrayContaining(['生孩子', '出生']))
    expect(scenario('buying-a-home').keywords).toContain('买房')
    expect(scenario('retirement').keywords).toContain('退休')
    expect(scenario('after-death').keywords).toEqual(expect.arrayContaining(['去世', '身后']))
  })

  describe.each(personalScenarios.map((s) => [s.id, s] as const))('%s', (_id, seed) => {
    it('is described: version, icon, one-sentence summary, 2–4 paragraphs, 3–6 questions', () => {
      expect(seed.version).toBe(1)
      expect(CONTENT_ICONS).toContain(seed.icon)
      expect(seed.summary).toMatch(/^[^。]+。$/)
      expect(seed.description.length).toBeGreaterThanOrEqual(2)
      expect(seed.description.length).toBeLessThanOrEqual(4)
      expect(seed.questions.length).toBeGreaterThanOrEqual(3)
      expect(seed.questions.length).toBeLessThanOrEqual(6)
    })

    it('asks well-formed questions whose showIf names earlier questions and their options', () => {
      const ids = seed.questions.map((q) => q.id)
      expect(new Set(ids).size).toBe(ids.length)
      seed.questions.forEach((q, n) => {
        expect({ q: q.id, valid: Value.Check(ScenarioQuestionDto, q) }).toEqual({ q: q.id, valid: true })
        if (q.kind === 'single' || q.kind === 'multi') {
          const values = q.options!.map((o) => o.value)
          expect(new Set(values).size).toBe(values.length)
        } else expect(q.options).toBeUndefined()
        if (q.kind === 'number') expect(q.min! < q.max!).toBe(true)
        if (q.showIf) expect(clauseProblems(seed, q.showIf, n)).toEqual([])
      })
    })

    it('includes steps of existing items and variants, with valid rules, stages and reasons', () => {
      const keys = bare(seed).steps.map((s) => s.key)
      expect(new Set(keys).size).toBe(keys.length)
      for (const step of seed.steps) {
        const item = seedByCode.get(step.baseCode)
        expect({ step: step.baseCode, exists: item !== undefined }).toEqual({ step: step.baseCode, exists: true })
        if (item!.variants?.length) expect(item!.variants).toContain(step.variant)
        else expect(step.variant).toBeNull()
        expect(step.stage).toBeGreaterThanOrEqual(1)
        expect(step.stage).toBeLessThanOrEqual(9)
        expect(step.why.trim().length).toBeGreaterThan(4)
        if (step.when) expect(clauseProblems(seed, step.when, seed.questions.length)).toEqual([])
      }
      // Every question decides something: a step's rule or a later question's showIf.
      const used = new Set([...seed.steps, ...seed.questions.map((q) => ({ when: q.showIf ?? null }))].flatMap((s) => clausesOf(s.when).map((c) => c.question)))
      expect(seed.questions.map((q) => q.id).filter((id) => !used.has(id))).toEqual([])
    })

    it('has at least two online steps, and every step implemented in 黄浦区 or its city and streets', () => {
      const online = seed.steps.filter((s) => seedByCode.get(s.baseCode)!.channels.includes('online') && seedByCode.get(s.baseCode)!.onlineDepth >= 3)
      expect(online.length).toBeGreaterThanOrEqual(2)
      for (const s of seed.steps) {
        const item = catalog().items.find((i) => i.baseCode === s.baseCode && i.variant === s.variant && (i.regionCode === '310101' || i.regionCode === '310000' || i.regionCode.startsWith('310101')))
        expect({ step: stepName(s), implemented: item !== undefined }).toEqual({ step: stepName(s), implemented: true })
      }
    })

    it('shares fields that name existing fields of its own online items, and gives same-id fields one type', () => {
      const codes = new Set(seed.steps.map((s) => s.baseCode))
      for (const shared of seed.sharedFields) {
        expect(shared.id).toMatch(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/)
        for (const ref of shared.fields) {
          const [code, fieldId] = ref.split(':')
          expect({ ref, inScenario: codes.has(code) }).toEqual({ ref, inScenario: true })
          const found = seed.steps.filter((s) => s.baseCode === code).some((s) => ownEntries(s.baseCode, s.variant).some((e) => e.id === fieldId))
          expect({ ref, found }).toEqual({ ref, found: true })
        }
      }
      // Same id, same type (and the same options for a select) where an added item takes part: the combined form
      // can ask it once. (Department items that never apply together, 居住登记 and 居住证, may differ.)
      const entries = seed.steps.flatMap((s) => ownEntries(s.baseCode, s.variant).map((e) => ({ e, where: stepName(s), added: newCodes.has(s.baseCode) })))
      const clashes: string[] = []
      const shape = (e: FormFieldDto | FormGroupDto) => `${e.type}${e.type === 'select' ? JSON.stringify(e.options?.map((o) => o.value)) : ''}`
      entries.forEach((a, n) => {
        for (const b of entries.slice(n + 1)) {
          if (a.e.id === b.e.id && (a.added || b.added) && shape(a.e) !== shape(b.e)) clashes.push(`${a.e.id}: ${a.where} ${shape(a.e)} vs ${b.where} ${shape(b.e)}`)
        }
      })
      expect(clashes).toEqual([])
    })
  })

  it('adds only the items the scenarios use, in the 1005 block, each online one with its own form', () => {
    const used = new Set(personalScenarios.flatMap((s) => s.steps.map((step) => step.baseCode)))
    for (const item of scenarioPersonalItems) {
      expect({ item: item.name, used: used.has(item.baseCode) }).toEqual({ item: item.name, used: true })
      expect(item.baseCode).toMatch(/^1005\d{4}0000$/)
      expect(itemSeeds.filter((s) => s.baseCode === item.baseCode)).toHaveLength(1)
      const online = item.channels.includes('online')
      expect({ item: item.name, form: item.baseCode in scenarioPersonalFormSeeds }).toEqual({ item: item.name, form: online })
    }
    expect(Object.keys(scenarioPersonalFormSeeds).filter((code) => !newCodes.has(code))).toEqual([])
  })
})

describe('personal 一件事 seeds: the rules', () => {
  describe('我要结婚', () => {
    const id = 'getting-married'
    const REGISTER = '内地居民结婚登记'
    const CHECK = '婚前医学检查'
    const HUKOU = '户口婚姻状况变更（结婚）'
    const MOVE = '户口迁移（市内迁移）'
    const BIRTH = '生育登记'
    const FUND = '住房公积金个人信息变更（婚姻信息变更）'
    const none = { premaritalCheck: 'no', planChild: 'no', housingFund: 'no' }

    it('asks about moving the 户口 only when both are local, about the 居住证 only when the applicant is not', () => {
      expect(asked(id, { hukou: 'both-local' })).toEqual(['hukou', 'moveHukou', 'premaritalCheck', 'planChild', 'housingFund'])
      expect(asked(id, { hukou: 'me-local' })).toEqual(['hukou', 'premaritalCheck', 'planChild', 'housingFund'])
      expect(asked(id, { hukou: 'spouse-local' })).toEqual(['hukou', 'permit', 'premaritalCheck', 'planChild', 'housingFund'])
    })

    it('registers the marriage at the hall and changes the 户口簿 of a local applicant, or moves the 户口', () => {
      expect(names(id, { hukou: 'both-local', moveHukou: 'no', ...none })).toEqual([REGISTER, HUKOU])
      expect(names(id, { hukou: 'me-local', moveHukou: 'yes', ...none })).toEqual([REGISTER, HUKOU]) // not asked: ignored
      expect(names(id, { hukou: 'both-local', moveHukou: 'yes', premaritalCheck: 'yes', planChild: 'yes', housingFund: 'yes' })).toEqual([REGISTER, CHECK, MOVE, BIRTH, FUND])
      expect(stages(id, { hukou: 'both-local', moveHukou: 'yes', premaritalCheck: 'yes', planChild: 'yes', housingFund: 'yes' })).toEqual([1, 1, 2, 2, 2])
    })

    it('gives an applicant from elsewhere 居住登记 or 居住证, and 生育登记 only with a local spouse or a 居住证', () => {
      expect(names(id, { hukou: 'spouse-local', permit: 'none', ...none, planChild: 'yes' })).toEqual([REGISTER, '居住登记', BIRTH])
      expect(names(id, { hukou: 'neither-local', permit: 'registered', ...none, planChild: 'yes' })).toEqual([REGISTER, '居住证办理（新办）', BIRTH])
      expect(names(id, { hukou: 'neither-local', permit: 'registered-recent', ...none, planChild: 'yes' })).toEqual([REGISTER])
      expect(names(id, { hukou: 'neither-local', permit: 'has-permit', premaritalCheck: 'yes', planChild: 'yes', housingFund: 'yes' })).toEqual([REGISTER, CHECK, BIRTH, FUND])
    })
  })

  describe('新生儿出生一件事', () => {
    const id = 'newborn'
    const CERT = '出生医学证明办理（首次签发）'
    const REG = '生育登记'
    const HUKOU = '新生儿出生登记'
    const VACCINE = '预防接种证办理（首次办理）'
    const MATERNITY = '生育保险待遇申领'
    const MEDICAL = '城乡居民基本医疗保险参保登记'
    const CARD = '社会保障卡办理（申领）'

    it('settles a local newborn: certificate first, then 户口, 接种证, 医保 and benefits, the 社保卡 last', () => {
      const answers = { parentsHukou: 'local', birthRegistered: 'yes', motherInsurance: 'employee', socialCard: 'yes' }
      expect(names(id, answers)).toEqual([CERT, HUKOU, VACCINE, MATERNITY, MEDICAL, CARD])
      expect(stages(id, answers)).toEqual([1, 2, 2, 2, 2, 3])
      expect(names(id, { parentsHukou: 'local', birthRegistered: 'no', motherInsurance: 'other', socialCard: 'no' })).toEqual([CERT, REG, HUKOU, VACCINE, MEDICAL])
    })

    it('does not settle the 户口 of parents from elsewhere, and insures the child only with a 居住证', () => {
      expect(asked(id, { parentsHukou: 'permit' })).toEqual(['parentsHukou', 'birthRegistered', 'motherInsurance'])
      expect(names(id, { parentsHukou: 'permit', birthRegistered: 'no', motherInsurance: 'spouse', socialCard: 'yes' })).toEqual([CERT, REG, VACCINE, MATERNITY, MEDICAL])
      expect(asked(id, { parentsHukou: 'other' })).toEqual(['parentsHukou', 'motherInsurance'])
      expect(names(id, { parentsHukou: 'other', birthRegistered: 'no', motherInsurance: 'employee' })).toEqual([CERT, VACCINE, MATERNITY])
    })
  })

  describe('我要买房', () => {
    const id = 'buying-a-home'
    const TAX = '契税申报'
    const LOAN = '住房公积金个人贷款'
    const TRANSFER = '不动产登记（转移登记）'
    const MORTGAGE = '不动产登记（抵押登记）'
    const WITHDRAW = '住房公积金提取（购房提取）'
    const MOVE = '户口迁移（市内迁移）'
    const UTILITIES = '二手房水电气网联动过户'

    it('always pays the 契税 before the transfer registration', () => {
      const answers = { houseType: 'new', loan: 'cash', withdraw: 'no', hukou: 'stay' }
      expect(names(id, answers)).toEqual([TAX, TRANSFER])
      expect(stages(id, answers)).toEqual([1, 2])
    })

    it('adds the loan, the mortgage, the withdrawal and the 户口 by the answers; utilities only for a second-hand home', () => {
      expect(names(id, { houseType: 'new', loan: 'fund', withdraw: 'yes', hukou: 'move', utilities: 'yes' })).toEqual([TAX, LOAN, TRANSFER, MORTGAGE, WITHDRAW, MOVE])
      expect(names(id, { houseType: 'resale', loan: 'commercial', withdraw: 'no', hukou: 'non-local', utilities: 'yes' })).toEqual([TAX, TRANSFER, MORTGAGE, '居住登记', UTILITIES])
      const combined = { houseType: 'resale', loan: 'combined', withdraw: 'yes', hukou: 'stay', utilities: 'no' }
      expect(names(id, combined)).toEqual([TAX, LOAN, TRANSFER, MORTGAGE, WITHDRAW])
      expect(stages(id, combined)).toEqual([1, 1, 2, 3, 3])
    })
  })

  describe('退休一件事', () => {
    const id = 'retirement'
    const RETIRE = '退休申请'
    const RESIDENT = '城乡居民基本养老保险待遇申领'
    const NEW_CARD = '社会保障卡办理（申领）'
    const REPLACE_CARD = '社会保障卡办理（补换）'
    const ALLOWANCE = '老年综合津贴申请'
    const MEDICAL = '职工基本医疗保险退休人员待遇核定'
    const FUND = '住房公积金提取（离退休提取）'

    it('retires an employee, then turns 医保 and 公积金 over; asks the 户籍 only from 65', () => {
      expect(asked(id, { insuranceType: 'employee', age: 60 })).toEqual(['insuranceType', 'age', 'housingFund', 'socialCard'])
      expect(asked(id, { insuranceType: 'employee', age: 65 })).toEqual(['insuranceType', 'age', 'localHukou', 'housingFund', 'socialCard'])
      const answers = { insuranceType: 'employee', age: 60, housingFund: 'yes', socialCard: 'ok' }
      expect(names(id, answers)).toEqual([RETIRE, MEDICAL, FUND])
      expect(stages(id, answers)).toEqual([1, 2, 2])
      expect(names(id, { insuranceType: 'employee', age: 63, housingFund: 'no', socialCard: 'replace' })).toEqual([RETIRE, REPLACE_CARD, MEDICAL])
      expect(names(id, { insuranceType: 'employee', age: 66, localHukou: 'yes', housingFund: 'yes', socialCard: 'none' })).toEqual([RETIRE, NEW_CARD, ALLOWANCE, MEDICAL, FUND])
      expect(names(id, { insuranceType: 'employee', age: 66, localHukou: 'no', housingFund: 'no', socialCard: 'ok' })).toEqual([RETIRE, MEDICAL])
    })

    it('pays a resident from 60, and the 老年综合津贴 from 65 without asking the 户籍', () => {
      expect(names(id, { insuranceType: 'resident', age: 60, socialCard: 'ok' })).toEqual([RESIDENT])
      expect(names(id, { insuranceType: 'resident', age: 70, localHukou: 'no', housingFund: 'yes', socialCard: 'none' })).toEqual([RESIDENT, NEW_CARD, ALLOWANCE])
      expect(names(id, { insuranceType: 'resident', age: 58, socialCard: 'replace' })).toEqual([REPLACE_CARD])
    })
  })

  describe('身后一件事', () => {
    const id = 'after-death'
    const IN_HOSPITAL = '居民死亡医学证明（推断）书办理（医疗机构内死亡）'
    const ELSEWHERE = '居民死亡医学证明（推断）书办理（医疗机构外死亡）'
    const CANCEL = '死亡人员户口注销'
    const FUNERAL = '丧葬补助金申领'
    const MEDICAL = '职工医保个人账户余额继承'
    const RESIDENT = '城乡居民基本养老保险注销及个人账户继承'
    const FUND = '住房公积金继承提取'
    const PROPERTY = '不动产登记（转移登记）'

    it('starts from the death certificate, cancels a local 户口, then settles every account', () => {
      const all = { deathPlace: 'hospital', localHukou: 'yes', insurance: 'employee', housingFund: 'yes', property: 'yes' }
      expect(names(id, all)).toEqual([IN_HOSPITAL, CANCEL, FUNERAL, MEDICAL, FUND, PROPERTY])
      expect(stages(id, all)).toEqual([1, 2, 3, 3, 3, 3])
      expect(names(id, { deathPlace: 'elsewhere', localHukou: 'no', insurance: 'resident', housingFund: 'no', property: 'no' })).toEqual([ELSEWHERE, RESIDENT])
      expect(names(id, { deathPlace: 'hospital', localHukou: 'yes', insurance: 'none', housingFund: 'no', property: 'no' })).toEqual([IN_HOSPITAL, CANCEL])
    })
  })
})

describe('personal 一件事 seeds: the checklist and the combined form', () => {
  const checklist = (id: string, answers: ScenarioAnswersDto) => checklistOf(resolved(scenario(id)), answers)
  const material = (list: ReturnType<typeof checklist>, name: string) => list.materials.find((m) => m.name === name)

  it('lists the hall-only items as offline, and the rest as online', () => {
    const married = checklist('getting-married', { hukou: 'both-local', moveHukou: 'no', premaritalCheck: 'yes', planChild: 'yes', housingFund: 'yes' })
    expect(married.offline.map((s) => s.name)).toEqual(['内地居民结婚登记', '婚前医学检查'])
    expect(married.online.map((s) => s.name)).toEqual(['户口婚姻状况变更（结婚）', '生育登记', '住房公积金个人信息变更（婚姻信息变更）'])
    const death = checklist('after-death', { deathPlace: 'elsewhere', localHukou: 'yes', insurance: 'employee', housingFund: 'yes', property: 'no' })
    expect(death.offline.map((s) => s.name)).toEqual(['居民死亡医学证明（推断）书办理（医疗机构外死亡）'])
    expect(death.online).toHaveLength(4)
  })

  it('does not ask again for what an earlier step produces: 出生医学证明, 完税凭证, the death certificate', () => {
    const born = checklist('newborn', { parentsHukou: 'local', birthRegistered: 'yes', motherInsurance: 'employee', socialCard: 'yes' })
    expect(material(born, '出生医学证明')?.providedBy).toBe('出生医学证明办理（首次签发）')
    const home = checklist('buying-a-home', { houseType: 'resale', loan: 'cash', withdraw: 'no', hukou: 'stay', utilities: 'yes' })
    expect(material(home, '完税凭证')?.providedBy).toBe('契税申报')
    const death = checklist('after-death', { deathPlace: 'hospital', localHukou: 'yes', insurance: 'employee', housingFund: 'yes', property: 'no' })
    const certificate = material(death, '居民死亡医学证明（推断）书')
    expect(certificate?.providedBy).toBe('居民死亡医学证明（推断）书办理（医疗机构内死亡）')
    expect(certificate?.forSteps).toEqual(expect.arrayContaining(['死亡人员户口注销', '丧葬补助金申领', '职工医保个人账户余额继承', '住房公积金继承提取']))
    // The heir's account is one material for the settlements that pay into it.
    expect(material(death, '申领人银行账户信息')?.forSteps).toEqual(['丧葬补助金申领', '职工医保个人账户余额继承'])
  })

  it('gives fields that mean the same one id across the items of a scenario', () => {
    const ids = (code: string, variant: string | null) => ownEntries(code, variant).map((e) => e.id)
    // 我要结婚: the spouse and the date of the marriage
    expect(ids('100500010000', '结婚')).toEqual(expect.arrayContaining(['spouse', 'marriageDate']))
    expect(ids('100500020000', '婚姻信息变更')).toEqual(expect.arrayContaining(['spouse', 'marriageDate']))
    // 新生儿: the child as 出生登记 asks for it
    for (const field of ['newborn', 'newbornGender', 'birthDate']) {
      expect(ids('100100040000', null)).toContain(field)
      expect(ids('100500030000', '首次办理')).toContain(field)
    }
    // 买房: the property and its price
    for (const field of ['propertyLocation', 'dealPrice', 'coApplicants']) expect(ids('100500040000', null)).toContain(field)
    expect(ids('100500050000', null)).toContain('propertyLocation')
    // 退休: the retirement date of 退休申请
    expect(ids('100500110000', null)).toContain('plannedDate')
    // 身后: the deceased, the heirs and the account, alike in every settlement
    for (const [code, variant] of [
      ['100500070000', null],
      ['100500080000', null],
      ['100500090000', null],
      ['100500100000', null],
    ] as const) {
      expect(ids(code, variant)).toEqual(expect.arrayContaining(['deceased', 'deathDate']))
    }
    for (const code of ['100500080000', '100500090000', '100500100000']) expect(ids(code, null)).toEqual(expect.arrayContaining(['heirArrangement', 'otherHeirs', 'bankName', 'bankAccount']))
  })
})

/** The clauses of a condition. */
function clausesOf(condition: Condition | null | undefined): ScenarioClauseDto[] {
  return condition ? [...(condition.all ?? []), ...(condition.any ?? [])] : []
}

/** What is wrong with a condition over the first `before` questions of a scenario (an empty list when nothing). */
function clauseProblems(seed: ScenarioSeed, condition: Condition, before: number): string[] {
  const problems: string[] = []
  if (!Value.Check(ScenarioConditionDto, condition)) problems.push('does not fit ScenarioConditionDto')
  if (clausesOf(condition).length === 0) problems.push('no clause')
  const earlier = seed.questions.slice(0, before)
  for (const c of clausesOf(condition)) {
    const q = earlier.find((x) => x.id === c.question)
    if (!q) {
      problems.push(`${c.question}: not an earlier question`)
      continue
    }
    if (c.op === 'in' || c.op === 'not-in') {
      if (q.kind === 'number') problems.push(`${c.question}: ${c.op} on a number question`)
      const valid = q.kind === 'yes-no' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.value)
      if (!c.values?.length) problems.push(`${c.question}: ${c.op} without values`)
      for (const v of c.values ?? []) if (!valid.includes(v)) problems.push(`${c.question}: ${v} is not an option`)
      if (c.value !== undefined) problems.push(`${c.question}: ${c.op} with a number`)
    } else {
      if (q.kind !== 'number') problems.push(`${c.question}: ${c.op} on a ${q.kind} question`)
      if (typeof c.value !== 'number') problems.push(`${c.question}: ${c.op} without a number`)
      else if ((q.min !== undefined && c.value < q.min) || (q.max !== undefined && c.value > q.max)) problems.push(`${c.question}: ${c.value} out of bounds`)
      if (c.values !== undefined) problems.push(`${c.question}: ${c.op} with values`)
    }
  }
  return problems
}
