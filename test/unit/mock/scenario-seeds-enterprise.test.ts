import { Value } from '@sinclair/typebox/value'
import { CONTENT_ICONS, ScenarioQuestionDto, type FormFieldDto, type FormGroupDto, type ScenarioAnswersDto, type ScenarioClauseDto, type ScenarioConditionDto, type ScenarioStepDto } from '../../../src/api/contract'
import { applicableSteps, combineForms, providedByEarlier, type FormPart } from '../../../src/domain/scenario'
import { catalog } from '../../../mock/catalog/generate'
import { itemSeeds } from '../../../mock/catalog/seed/index'
import { scenarioEnterpriseItems } from '../../../mock/catalog/seed/items-scenario-enterprise'
import { enterpriseScenarios } from '../../../mock/catalog/seed/scenarios-enterprise'
import type { ItemSeed, ScenarioSeed } from '../../../mock/catalog/seed/types'
import { formFor, handWrittenBaseCodes } from '../../../mock/handling/forms'

/**
 * The enterprise 一件事 (mock/catalog/seed/scenarios-enterprise.ts): their data (steps name real items and
 * variants, rules name earlier questions and real options, shared fields name real form fields) and their rules
 * (which items each answer combination gives, exactly).
 */

const seedByCode = new Map(itemSeeds.map((s) => [s.baseCode, s]))
const seedOf = (baseCode: string): ItemSeed => {
  const seed = seedByCode.get(baseCode)
  if (!seed) throw new Error(`no item seed ${baseCode}`)
  return seed
}
const scenario = (id: string): ScenarioSeed => {
  const found = enterpriseScenarios.find((s) => s.id === id)
  if (!found) throw new Error(`no scenario ${id}`)
  return found
}

/** 事项名称 of a step as the catalog names the implementation: `name（variant）`. */
const stepName = (s: { baseCode: string; variant: string | null }) => (s.variant ? `${seedOf(s.baseCode).name}（${s.variant}）` : seedOf(s.baseCode).name)
const variantIndex = (s: { baseCode: string; variant: string | null }) => (s.variant ? (seedOf(s.baseCode).variants ?? []).indexOf(s.variant) : 0)

/** The seed as ScenarioDto steps, with the real 事项名称, results and materials (no region: item null). */
function asDto(seed: ScenarioSeed): { questions: ScenarioSeed['questions']; steps: ScenarioStepDto[] } {
  return {
    questions: seed.questions,
    steps: seed.steps.map((s) => {
      const item = seedOf(s.baseCode)
      return {
        ...s,
        key: `${s.baseCode}-${variantIndex(s)}`,
        name: stepName(s),
        item: null,
        materials: item.materials.map((m, i) => ({ id: `${s.baseCode}-${i + 1}`, ...m })),
        result: { kind: item.result.kind, name: item.result.name },
      }
    }),
  }
}

/** The names of the steps that apply, by stage then authored order. */
const namesFor = (id: string, answers: ScenarioAnswersDto) => applicableSteps(asDto(scenario(id)), answers).map((s) => s.name)

/** One implementation of a step's item (its base code and variant), as the catalog generates it. */
const implementationOf = (baseCode: string, variant: string | null) => {
  const item = catalog().items.find((i) => i.baseCode === baseCode && i.variant === variant)
  if (!item) throw new Error(`no implementation of ${baseCode} ${variant ?? ''}`)
  return item
}

/** The top-level entries of a form after its applicant section (those a SharedFieldSpec can name). */
const ownEntries = (baseCode: string, variant: string | null): (FormFieldDto | FormGroupDto)[] => {
  const form = formFor(implementationOf(baseCode, variant).id)
  if (!form) throw new Error(`no form for ${baseCode}`)
  return form.sections.slice(1).flatMap((s) => s.fields)
}

const conditionClauses = (c: ScenarioConditionDto | null | undefined): ScenarioClauseDto[] => (c ? [...(c.all ?? []), ...(c.any ?? [])] : [])

const IDS = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/
const OPTION_VALUE = /^[a-z0-9][a-z0-9-]{0,39}$/

describe('enterprise 一件事: the data', () => {
  it('has the three enterprise scenarios with their ids, titles and search keywords', () => {
    expect(enterpriseScenarios.map((s) => [s.id, s.title, s.mode])).toEqual([
      ['my-restaurant', '我要开餐饮店', 'enterprise'],
      ['company-setup', '企业开办一件事', 'enterprise'],
      ['company-change', '企业变更一件事', 'enterprise'],
    ])
    expect(scenario('my-restaurant').keywords).toEqual(expect.arrayContaining(['开饭店', '餐饮']))
    expect(scenario('company-setup').keywords).toEqual(expect.arrayContaining(['开公司', '企业开办']))
    expect(scenario('company-change').keywords).toEqual(expect.arrayContaining(['企业变更']))
  })

  describe.each(enterpriseScenarios.map((s) => [s.id, s] as const))('%s', (_id, seed) => {
    it('is version 1 with an icon, 2–4 description paragraphs and 3–6 valid questions', () => {
      expect(seed.version).toBe(1)
      expect(CONTENT_ICONS).toContain(seed.icon)
      expect(seed.description.length).toBeGreaterThanOrEqual(2)
      expect(seed.description.length).toBeLessThanOrEqual(4)
      expect(seed.questions.length).toBeGreaterThanOrEqual(3)
      expect(seed.questions.length).toBeLessThanOrEqual(6)
      for (const q of seed.questions) {
        expect({ id: q.id, valid: Value.Check(ScenarioQuestionDto, q) }).toEqual({ id: q.id, valid: true })
        expect(q.id).toMatch(IDS)
        if (q.kind === 'single' || q.kind === 'multi') {
          expect(q.options?.length).toBeGreaterThanOrEqual(2)
          for (const o of q.options ?? []) expect(o.value).toMatch(OPTION_VALUE)
        } else expect(q.options).toBeUndefined()
        if (q.kind === 'number') expect([q.min, q.max, q.unit].every((x) => x !== undefined)).toBe(true)
      }
      expect(new Set(seed.questions.map((q) => q.id)).size).toBe(seed.questions.length)
    })

    it('names earlier questions, their real options and numeric tests of number questions only', () => {
      const problems: string[] = []
      const check = (where: string, clause: ScenarioClauseDto, earlier: ScenarioSeed['questions']): void => {
        const q = earlier.find((x) => x.id === clause.question)
        if (!q) {
          problems.push(`${where}: ${clause.question} is not an earlier question`)
        } else if (['gt', 'gte', 'lt', 'lte'].includes(clause.op)) {
          if (q.kind !== 'number' || typeof clause.value !== 'number' || clause.values !== undefined) problems.push(`${where}: ${clause.op} on ${q.kind} ${q.id}`)
        } else if (q.kind === 'number' || clause.value !== undefined || !clause.values?.length) {
          problems.push(`${where}: ${clause.op} on ${q.kind} ${q.id}`)
        } else {
          const options = q.kind === 'yes-no' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.value)
          for (const v of clause.values) if (!options.includes(v)) problems.push(`${where}: ${v} is not an option of ${q.id}`)
        }
      }
      seed.questions.forEach((q, n) => conditionClauses(q.showIf).forEach((c) => check(`question ${q.id}`, c, seed.questions.slice(0, n))))
      seed.steps.forEach((s) => conditionClauses(s.when).forEach((c) => check(`step ${stepName(s)}`, c, seed.questions)))
      expect(problems).toEqual([])
    })

    it('steps through real items and variants, once each, in stages from 1, with a why', () => {
      for (const s of seed.steps) {
        const item = seedOf(s.baseCode)
        if (item.variants?.length) expect({ step: stepName(s), ok: s.variant !== null && item.variants.includes(s.variant) }).toEqual({ step: stepName(s), ok: true })
        else expect({ step: stepName(s), variant: s.variant }).toEqual({ step: stepName(s), variant: null })
        expect(Number.isInteger(s.stage) && s.stage >= 1 && s.stage <= 9).toBe(true)
        expect(s.why.trim()).not.toBe('')
      }
      const keys = seed.steps.map((s) => `${s.baseCode}-${variantIndex(s)}`)
      expect(new Set(keys).size).toBe(keys.length)
      expect(Math.min(...seed.steps.map((s) => s.stage))).toBe(1)
    })

    it('has at least two online steps, and every step is online (网办深度 ≥ Ⅲ)', () => {
      const online = seed.steps.filter((s) => seedOf(s.baseCode).onlineDepth >= 3 && seedOf(s.baseCode).channels.includes('online'))
      expect(online.length).toBeGreaterThanOrEqual(2)
      expect(seed.steps.filter((s) => !online.includes(s)).map(stepName)).toEqual([])
    })

    it('gets the 营业执照 of every later step from its stage-1 licence', () => {
      const dto = asDto(seed)
      const first = dto.steps.filter((s) => s.stage === 1)
      expect(first.every((s) => s.result.kind === 'licence')).toBe(true)
      const missing: string[] = []
      for (const step of dto.steps.filter((s) => s.stage > 1)) {
        for (const m of step.materials.filter((x) => x.eLicence === '营业执照')) {
          for (const licence of first) if (providedByEarlier(m, step.stage, [licence]) !== licence.name) missing.push(`${step.name} ← ${licence.name}`)
        }
      }
      expect(missing).toEqual([])
    })

    it('shares fields that exist in the forms of its own steps (after the applicant section)', () => {
      const problems: string[] = []
      for (const spec of seed.sharedFields) {
        expect(spec.id).toMatch(IDS)
        expect(spec.fields.length).toBeGreaterThanOrEqual(2)
        const types = new Set<string>()
        for (const ref of spec.fields) {
          const [baseCode, fieldId] = ref.split(':')
          const step = seed.steps.find((s) => s.baseCode === baseCode)
          if (!step) {
            problems.push(`${spec.id}: ${baseCode} is not a step`)
            continue
          }
          const entry = ownEntries(baseCode, step.variant).find((e) => e.id === fieldId)
          if (!entry) problems.push(`${spec.id}: ${ref} is not a field of ${stepName(step)}`)
          else types.add(entry.type)
        }
        if (types.size > 1) problems.push(`${spec.id}: fields of types ${[...types].join(', ')}`)
      }
      expect(problems).toEqual([])
    })

    it('merges same-id fields of its items only where they have the same type and options', () => {
      const problems: string[] = []
      const seen = new Map<string, { step: string; entry: FormFieldDto | FormGroupDto }>()
      for (const s of seed.steps) {
        for (const entry of ownEntries(s.baseCode, s.variant)) {
          const other = seen.get(entry.id)
          if (!other) {
            seen.set(entry.id, { step: stepName(s), entry })
            continue
          }
          const options = (e: FormFieldDto | FormGroupDto) => (e.type === 'group' ? '' : JSON.stringify(e.options ?? []))
          if (other.entry.type === entry.type && options(other.entry) !== options(entry))
            problems.push(`${entry.id}: options differ in ${other.step} and ${stepName(s)}`)
        }
      }
      expect(problems).toEqual([])
    })
  })
})

describe('enterprise 一件事: the new base items', () => {
  it('use unique 基本编码 of the 1006 block, each by a step of a scenario', () => {
    const codes = scenarioEnterpriseItems.map((s) => s.baseCode)
    expect(codes.every((c) => /^1006\d{8}$/.test(c))).toBe(true)
    expect(itemSeeds.filter((s) => codes.includes(s.baseCode))).toHaveLength(codes.length)
    const used = new Set(enterpriseScenarios.flatMap((s) => s.steps.map((x) => x.baseCode)))
    expect(codes.filter((c) => !used.has(c))).toEqual([])
  })

  it('have a hand-written form each (mock/handling/form-seeds-scenario-enterprise.ts)', () => {
    // Through forms.ts: form-seeds.ts imports the scenario form seeds, so importing them first would cut the cycle short.
    const online = scenarioEnterpriseItems.filter((s) => s.channels.includes('online')).map((s) => s.baseCode)
    expect(online).toEqual(scenarioEnterpriseItems.map((s) => s.baseCode))
    expect(handWrittenBaseCodes()).toEqual(expect.arrayContaining(online))
    for (const s of scenarioEnterpriseItems) expect(ownEntries(s.baseCode, null).length).toBeGreaterThan(1)
  })
})

describe('enterprise 一件事: the rules', () => {
  describe('我要开餐饮店', () => {
    const R = 'my-restaurant'
    const smallShop = { entity: 'sole-trader', area: 30, highRisk: 'no', alcohol: 'no', signboard: 'no', staff: 'no' }

    it('gives a small hot-food shop of a sole trader its licence, the 小餐饮 filing and invoices', () => {
      expect(namesFor(R, smallShop)).toEqual(['个体工商户设立登记', '小餐饮经营许可', '发票领用（首次申领）'])
    })

    it('needs the full 食品经营许可 for high-risk food or above 50 ㎡ (and asks about the food only up to 50 ㎡)', () => {
      expect(namesFor(R, { ...smallShop, highRisk: 'yes' })).toEqual(['个体工商户设立登记', '食品经营许可（新办）', '发票领用（首次申领）'])
      expect(namesFor(R, { ...smallShop, area: 50 })).toEqual(['个体工商户设立登记', '小餐饮经营许可', '发票领用（首次申领）'])
      expect(namesFor(R, { ...smallShop, area: 51 })).toEqual(['个体工商户设立登记', '食品经营许可（新办）', '发票领用（首次申领）'])
      // highRisk is not asked above 50 ㎡: a stale 'no' does not bring the 小餐饮 filing back
      expect(namesFor(R, { ...smallShop, area: 120, highRisk: 'no' })).toEqual(['个体工商户设立登记', '食品经营许可（新办）', '发票领用（首次申领）'])
    })

    it('adds 酒类商品零售许可 exactly when the shop sells alcohol', () => {
      expect(namesFor(R, { ...smallShop, alcohol: 'yes' })).toEqual(['个体工商户设立登记', '小餐饮经营许可', '酒类商品零售许可', '发票领用（首次申领）'])
      expect(namesFor(R, { ...smallShop, area: 80, alcohol: 'yes' })).toEqual(['个体工商户设立登记', '食品经营许可（新办）', '酒类商品零售许可', '发票领用（首次申领）'])
    })

    it('adds 户外招牌设置备案 for a sign outside', () => {
      expect(namesFor(R, { ...smallShop, signboard: 'yes' })).toEqual(['个体工商户设立登记', '小餐饮经营许可', '户外招牌设置备案', '发票领用（首次申领）'])
    })

    it('adds the 消防安全检查 above 300 ㎡ only', () => {
      const big = { ...smallShop, area: 300 }
      expect(namesFor(R, big)).toEqual(['个体工商户设立登记', '食品经营许可（新办）', '发票领用（首次申领）'])
      expect(namesFor(R, { ...big, area: 301 })).toEqual(['个体工商户设立登记', '食品经营许可（新办）', '公众聚集场所投入使用营业前消防安全检查', '发票领用（首次申领）'])
    })

    it('registers a sole trader for social insurance when it hires staff, without the housing fund', () => {
      expect(namesFor(R, { ...smallShop, staff: 'yes' })).toEqual(['个体工商户设立登记', '小餐饮经营许可', '单位参保登记', '发票领用（首次申领）'])
    })

    it('gives a company its licence, 参保, 公积金 and seal whether or not it says it hires (the question is not asked)', () => {
      const company = { entity: 'company', area: 40, highRisk: 'no', alcohol: 'no', signboard: 'no' }
      const expected = ['企业设立登记', '小餐饮经营许可', '单位参保登记', '住房公积金单位缴存登记', '公章刻制备案', '发票领用（首次申领）']
      expect(namesFor(R, company)).toEqual(expected)
      expect(namesFor(R, { ...company, staff: 'no' })).toEqual(expected)
    })

    it('gives a large company restaurant everything, by stage', () => {
      const steps = applicableSteps(asDto(scenario(R)), { entity: 'company', area: 420, alcohol: 'yes', signboard: 'yes' })
      expect(steps.map((s) => [s.stage, s.name])).toEqual([
        [1, '企业设立登记'],
        [2, '食品经营许可（新办）'],
        [2, '酒类商品零售许可'],
        [2, '户外招牌设置备案'],
        [2, '公众聚集场所投入使用营业前消防安全检查'],
        [2, '单位参保登记'],
        [2, '住房公积金单位缴存登记'],
        [2, '公章刻制备案'],
        [2, '发票领用（首次申领）'],
      ])
    })

    it('combines the forms with one 经营场所 and one 企业名称', () => {
      const steps = applicableSteps(asDto(scenario(R)), { entity: 'company', area: 420, alcohol: 'yes', signboard: 'yes' })
      const parts: FormPart[] = steps.map((s) => {
        const item = implementationOf(s.baseCode, s.variant)
        return { step: s, itemId: item.id, itemName: item.name, department: item.department.name, form: formFor(item.id)! }
      })
      const { form, parts: mapped } = combineForms({ scenarioId: R, title: '我要开餐饮店', mode: 'enterprise', version: 1, shared: scenario(R).sharedFields, parts })
      const ids = form.sections.flatMap((s) => s.fields.map((f) => f.id))
      expect(ids.filter((id) => /^(premises|domicile|companyName|accountName)\d*$/.test(id)).sort()).toEqual(['companyName', 'premises'])
      const part = (code: string) => mapped.find((p) => p.stepKey.startsWith(code))!
      expect(part('100300010000').fields).toMatchObject({ domicile: 'premises', companyName: 'companyName' })
      expect(part('100300080000').fields).toMatchObject({ premises: 'premises' })
      expect(part('100600010000').fields).toMatchObject({ premises: 'premises' })
      expect(part('100400010000').fields).toMatchObject({ accountName: 'companyName' })
      // every later step's 营业执照 comes from 企业设立登记
      expect(Object.values(part('100300080000').providedInCase)).toContain('企业设立登记')
    })
  })

  describe('企业开办一件事', () => {
    const S = 'company-setup'
    const none = { seal: 'no', invoices: 'no', bankAccount: 'no', employees: 'no' }

    it('always registers social insurance and the housing fund after the licence', () => {
      expect(namesFor(S, none)).toEqual(['企业设立登记', '单位参保登记', '住房公积金单位缴存登记'])
    })

    it('adds seal, invoices, 一般纳税人 and the bank appointment as answered', () => {
      expect(namesFor(S, { ...none, seal: 'yes' })).toEqual(['企业设立登记', '公章刻制备案', '单位参保登记', '住房公积金单位缴存登记'])
      expect(namesFor(S, { ...none, invoices: 'yes', generalTaxpayer: 'no' })).toEqual(['企业设立登记', '发票领用（首次申领）', '单位参保登记', '住房公积金单位缴存登记'])
      expect(namesFor(S, { ...none, invoices: 'yes', generalTaxpayer: 'yes' })).toEqual([
        '企业设立登记',
        '发票领用（首次申领）',
        '增值税一般纳税人登记',
        '单位参保登记',
        '住房公积金单位缴存登记',
      ])
      // 一般纳税人 is asked only of a company that issues invoices
      expect(namesFor(S, { ...none, generalTaxpayer: 'yes' })).toEqual(['企业设立登记', '单位参保登记', '住房公积金单位缴存登记'])
      expect(namesFor(S, { ...none, bankAccount: 'yes' })).toEqual(['企业设立登记', '单位参保登记', '住房公积金单位缴存登记', '企业银行账户预约开户'])
    })

    it('puts 录用备案 after 单位参保登记 when the company hires', () => {
      const steps = applicableSteps(asDto(scenario(S)), { seal: 'yes', invoices: 'yes', generalTaxpayer: 'no', bankAccount: 'yes', employees: 'yes' })
      expect(steps.map((s) => [s.stage, s.name])).toEqual([
        [1, '企业设立登记'],
        [2, '公章刻制备案'],
        [2, '发票领用（首次申领）'],
        [2, '单位参保登记'],
        [2, '住房公积金单位缴存登记'],
        [2, '企业银行账户预约开户'],
        [3, '劳动用工备案（录用备案）'],
      ])
    })
  })

  describe('企业变更一件事', () => {
    const C = 'company-change'

    it('changes the 营业执照 item by item, then the tax registration', () => {
      expect(namesFor(C, { changes: ['scope'] })).toEqual(['经营范围变更登记', '税务登记信息变更'])
      expect(namesFor(C, { changes: [] })).toEqual([])
    })

    it('follows a name, address or legal-representative change in social insurance, and the housing fund when the unit has one', () => {
      expect(namesFor(C, { changes: ['domicile'], housingFund: 'no' })).toEqual(['企业住所变更登记', '税务登记信息变更', '社会保险单位信息变更'])
      expect(namesFor(C, { changes: ['domicile'], housingFund: 'yes' })).toEqual(['企业住所变更登记', '税务登记信息变更', '社会保险单位信息变更', '住房公积金单位信息变更'])
      // housingFund is not asked for a change of scope only
      expect(namesFor(C, { changes: ['scope'], housingFund: 'yes' })).toEqual(['经营范围变更登记', '税务登记信息变更'])
    })

    it('recarves the seals after a change of name, and changes the permits the company holds', () => {
      expect(namesFor(C, { changes: ['name'], housingFund: 'yes', permits: ['food'] })).toEqual([
        '企业名称变更登记',
        '税务登记信息变更',
        '社会保险单位信息变更',
        '住房公积金单位信息变更',
        '公章刻制备案',
        '食品经营许可（变更）',
      ])
      expect(namesFor(C, { changes: ['legal-rep'], housingFund: 'no', permits: ['food', 'hygiene'] })).toEqual([
        '法定代表人变更登记',
        '税务登记信息变更',
        '社会保险单位信息变更',
        '食品经营许可（变更）',
        '公共场所卫生许可（变更）',
      ])
      expect(namesFor(C, { changes: ['legal-rep'], housingFund: 'no', permits: [] })).toEqual(['法定代表人变更登记', '税务登记信息变更', '社会保险单位信息变更'])
      // permits are asked only for a change of name or legal representative
      expect(namesFor(C, { changes: ['domicile'], housingFund: 'no', permits: ['food'] })).toEqual(['企业住所变更登记', '税务登记信息变更', '社会保险单位信息变更'])
    })

    it('handles several changes in one case, 营业执照 items first', () => {
      const steps = applicableSteps(asDto(scenario(C)), { changes: ['name', 'domicile', 'legal-rep', 'scope'], housingFund: 'yes', permits: ['hygiene'] })
      expect(steps.map((s) => [s.stage, s.name])).toEqual([
        [1, '企业名称变更登记'],
        [1, '企业住所变更登记'],
        [1, '法定代表人变更登记'],
        [1, '经营范围变更登记'],
        [2, '税务登记信息变更'],
        [2, '社会保险单位信息变更'],
        [2, '住房公积金单位信息变更'],
        [2, '公章刻制备案'],
        [2, '公共场所卫生许可（变更）'],
      ])
    })
  })
})
