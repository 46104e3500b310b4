import type {
  AnswersDto,
  FieldType,
  FormFieldDto,
  FormGroupDto,
  FormSchemaDto,
  ItemSummaryDto,
  MaterialAnswers,
  MaterialDto,
  MaterialSlotDto,
  ScenarioAnswersDto,
  ScenarioClauseDto,
  ScenarioQuestionDto,
  ScenarioStepDto,
} from '../../../src/api/contract'
import { allEntries, validateAnswers, validateMaterials } from '../../../src/domain/form'
import {
  applicableSteps,
  askedQuestions,
  caseStatusOf,
  checkAnswer,
  checklistOf,
  clauseHolds,
  combinedFormId,
  combineForms,
  conditionHolds,
  partAnswers,
  partForm,
  providedByEarlier,
  sanitizeScenarioAnswers,
  toCombinedErrors,
  validateScenarioAnswers,
  waitingFor,
  type CasePartState,
  type FormPart,
} from '../../../src/domain/scenario'

// ------------------------------------------------------------------------------------------------------ fixtures

const TODAY = '2026-11-29'
const ID = '11010519491231002X'
const [B1, B2, B3, B4, B5] = ['310000000001', '310000000002', '310000000003', '310000000004', '310000000005']

const opts = (...values: string[]) => values.map((value) => ({ value, label: value }))
const questions: ScenarioQuestionDto[] = [
  { id: 'orgType', kind: 'single', title: '组织形式', options: opts('individual', 'company') },
  { id: 'seats', kind: 'number', title: '餐位数', min: 1, max: 500, unit: '个' },
  { id: 'alcohol', kind: 'yes-no', title: '是否销售酒类' },
  {
    id: 'delivery',
    kind: 'multi',
    title: '配送方式',
    options: opts('platform', 'self'),
    showIf: { any: [{ question: 'seats', op: 'gte', value: 50 }, { question: 'orgType', op: 'in', values: ['company'] }] },
  },
  { id: 'coldChain', kind: 'yes-no', title: '是否冷链配送', showIf: { all: [{ question: 'delivery', op: 'in', values: ['self'] }] } },
]

const item = (id: string, online: boolean, visits: number, value: number, unit: 'working' | 'natural'): ItemSummaryDto => ({
  id,
  name: id,
  baseCode: id,
  type: 'permit',
  audiences: ['personal'],
  department: { id: 'd', name: '市场监管局', shortName: '市场监管' },
  level: 'district',
  regionCode: '310101',
  regionName: '黄浦区',
  kind: 'promised',
  promisedLimit: { value, unit, note: '' },
  onlineDepth: online ? 4 : 2,
  visits,
  scope: 'local',
  online,
  bookable: false,
  usageCount: 0,
  onlineDate: '2026-01-01',
  rating: { score: 0, count: 0 },
})
const mat = (id: string, name: string, requirement: MaterialDto['requirement'], eLicence: string | null = null): MaterialDto => ({
  id,
  name,
  type: 'certificate',
  forms: ['paper'],
  requirement,
  source: { kind: 'applicant', department: null },
  originals: 1,
  copies: 0,
  notes: '',
  blankForm: null,
  sample: null,
  eLicence,
})
const step = (baseCode: string, name: string, stage: number, extra: Partial<ScenarioStepDto>): ScenarioStepDto => ({
  key: `${baseCode}-0`,
  baseCode,
  variant: null,
  name,
  stage,
  when: null,
  why: '因为需要',
  item: null,
  materials: [],
  result: { kind: 'other', name: '回执' },
  ...extra,
})

const LICENCE = '个体工商户设立登记'
const FOOD = '食品经营许可（新办）'
const LIQUOR = '酒类商品零售经营备案'
const steps: ScenarioStepDto[] = [
  step(B5, '户外招牌设置', 3, { when: { all: [{ question: 'delivery', op: 'not-in', values: ['platform'] }] } }),
  step(B2, FOOD, 2, {
    item: item('food', true, 1, 10, 'natural'),
    result: { kind: 'licence', name: '食品经营许可证' },
    materials: [mat('bl', '营业执照', 'required', '营业执照'), mat('id2', ' 居民身份证 ', 'optional'), mat('plan2', '经营场所平面图（布局）', 'deferrable')],
  }),
  step(B1, LICENCE, 1, {
    item: item('licence', true, 0, 3, 'working'),
    result: { kind: 'licence', name: '营业执照（含电子营业执照）' },
    materials: [mat('idcard', '居民身份证', 'required', '居民身份证'), mat('plan1', '经营场所平面图(布局)', 'optional')],
  }),
  step(B3, LIQUOR, 2, { when: { all: [{ question: 'alcohol', op: 'in', values: ['yes'] }] }, item: item('liquor', true, 0, 5, 'working'), materials: [mat('bl3', '营业执照（副本）', 'required')] }),
  step(B4, '消防安全检查', 2, { when: { all: [{ question: 'seats', op: 'gt', value: 100 }] }, item: item('fire', false, 2, 6, 'working') }),
]
const scenario = { questions, steps }
const FULL: ScenarioAnswersDto = { orgType: 'individual', seats: 120, alcohol: 'yes', delivery: ['self'], coldChain: 'no' }
const SMALL: ScenarioAnswersDto = { orgType: 'individual', seats: 20, alcohol: 'no', delivery: ['self'], coldChain: 'yes', bogus: 'x' }

// ------------------------------------------------------------------------------------------------ questions and rules

describe('clauses and conditions', () => {
  const a: ScenarioAnswersDto = { orgType: 'company', seats: 80, delivery: ['platform', 'self'], none: [], wrong: 'x' }

  it('in / not-in on single and multi answers', () => {
    expect(clauseHolds({ question: 'orgType', op: 'in', values: ['company'] }, a)).toBe(true)
    expect(clauseHolds({ question: 'orgType', op: 'not-in', values: ['company'] }, a)).toBe(false)
    expect(clauseHolds({ question: 'orgType', op: 'not-in', values: ['individual'] }, a)).toBe(true)
    expect(clauseHolds({ question: 'delivery', op: 'in', values: ['self'] }, a)).toBe(true)
    expect(clauseHolds({ question: 'delivery', op: 'not-in', values: ['self'] }, a)).toBe(false)
    expect(clauseHolds({ question: 'none', op: 'in', values: ['self'] }, a)).toBe(false)
    expect(clauseHolds({ question: 'none', op: 'not-in', values: ['self'] }, a)).toBe(true)
  })

  it('compares numbers', () => {
    expect(clauseHolds({ question: 'seats', op: 'gt', value: 80 }, a)).toBe(false)
    expect(clauseHolds({ question: 'seats', op: 'gte', value: 80 }, a)).toBe(true)
    expect(clauseHolds({ question: 'seats', op: 'lt', value: 81 }, a)).toBe(true)
    expect(clauseHolds({ question: 'seats', op: 'lte', value: 79 }, a)).toBe(false)
  })

  it('fails every clause on an unanswered or wrongly typed question', () => {
    for (const op of ['in', 'not-in'] as const) expect(clauseHolds({ question: 'alcohol', op, values: ['yes'] }, a)).toBe(false)
    expect(clauseHolds({ question: 'seats', op: 'in', values: ['80'] }, a)).toBe(false)
    expect(clauseHolds({ question: 'wrong', op: 'gt', value: 0 }, a)).toBe(false)
    expect(clauseHolds({ question: 'missing', op: 'lt', value: 1000 }, a)).toBe(false)
    expect(clauseHolds({ question: 'toString', op: 'not-in', values: ['x'] }, a)).toBe(false)
  })

  it('all and any', () => {
    const yes: ScenarioClauseDto = { question: 'orgType', op: 'in', values: ['company'] }
    const no: ScenarioClauseDto = { question: 'seats', op: 'gt', value: 100 }
    expect(conditionHolds(null, {})).toBe(true)
    expect(conditionHolds(undefined, {})).toBe(true)
    expect(conditionHolds({ all: [yes], any: [] }, a)).toBe(true)
    expect(conditionHolds({ all: [yes, no] }, a)).toBe(false)
    expect(conditionHolds({ any: [no, yes] }, a)).toBe(true)
    expect(conditionHolds({ all: [yes], any: [no] }, a)).toBe(false)
  })
})

describe('questions', () => {
  it('asks a question when its showIf holds over earlier asked answers, hiding cascades', () => {
    expect(askedQuestions(questions, FULL).map((q) => q.id)).toEqual(['orgType', 'seats', 'alcohol', 'delivery', 'coldChain'])
    // delivery is not asked (20 seats, individual), so its answer is ignored and coldChain is hidden too.
    expect(askedQuestions(questions, SMALL).map((q) => q.id)).toEqual(['orgType', 'seats', 'alcohol'])
    expect(askedQuestions(questions, { orgType: 'company' }).map((q) => q.id)).toEqual(['orgType', 'seats', 'alcohol', 'delivery'])
  })

  it('checks each kind of answer', () => {
    const [single, num, yesNo, multi] = questions
    expect(checkAnswer(single, undefined)).toBe('请回答这个问题')
    expect(checkAnswer(single, 'company')).toBeNull()
    expect(checkAnswer(single, 'llc')).toBe('选项无效')
    expect(checkAnswer(single, 3)).toBe('请选择一项')
    expect(checkAnswer(num, 1)).toBeNull()
    expect(checkAnswer(num, 500)).toBeNull()
    expect(checkAnswer(num, 0)).toBe('不能小于 1 个')
    expect(checkAnswer(num, 501)).toBe('不能大于 500 个')
    expect(checkAnswer(num, 'many')).toBe('请输入数字')
    expect(checkAnswer(num, Number.POSITIVE_INFINITY)).toBe('请输入数字')
    expect(checkAnswer(yesNo, 'no')).toBeNull()
    expect(checkAnswer(yesNo, 'maybe')).toBe('请选择“是”或“否”')
    expect(checkAnswer(multi, [])).toBeNull()
    expect(checkAnswer(multi, ['self', 'platform'])).toBeNull()
    expect(checkAnswer(multi, ['self', 'drone'])).toBe('选项无效')
    expect(checkAnswer(multi, 'self')).not.toBeNull()
  })

  it('validates and sanitizes only asked questions', () => {
    expect(validateScenarioAnswers(questions, FULL)).toEqual({})
    expect(validateScenarioAnswers(questions, { orgType: 'company', seats: 0, delivery: ['x'] })).toEqual({
      seats: '不能小于 1 个',
      alcohol: '请回答这个问题',
      delivery: '选项无效',
    })
    // delivery hidden: no message for it, nor for coldChain
    expect(validateScenarioAnswers(questions, SMALL)).toEqual({})
    expect(sanitizeScenarioAnswers(questions, SMALL)).toEqual({ orgType: 'individual', seats: 20, alcohol: 'no' })
  })

  it('applies steps by their conditions over sanitized answers, stable by stage', () => {
    expect(applicableSteps(scenario, FULL).map((s) => s.baseCode)).toEqual([B1, B2, B3, B4, B5])
    // not-in on the unasked delivery question fails: no 户外招牌 step
    expect(applicableSteps(scenario, SMALL).map((s) => s.baseCode)).toEqual([B1, B2])
    expect(applicableSteps(scenario, { ...FULL, delivery: ['platform'] }).map((s) => s.baseCode)).toEqual([B1, B2, B3, B4])
  })
})

// ------------------------------------------------------------------------------------------------------- checklist

describe('checklistOf', () => {
  const list = checklistOf(scenario, FULL)

  it('groups stages and sorts steps by how they are handled', () => {
    expect(list.stages.map((g) => [g.stage, g.steps.map((s) => s.baseCode)])).toEqual([[1, [B1]], [2, [B2, B3, B4]], [3, [B5]]])
    expect(list.online.map((s) => s.baseCode)).toEqual([B1, B2, B3])
    expect(list.offline.map((s) => s.baseCode)).toEqual([B4])
    expect(list.unavailable.map((s) => s.baseCode)).toEqual([B5])
  })

  it('adds up visits and promised working days (natural days × 5/7, rounded up)', () => {
    expect(list.visits).toBe(3)
    // stage 1: 3; stage 2: max(ceil(10 × 5 / 7) = 8, 5, 6); stage 3: no item
    expect(list.promisedDays).toBe(11)
    expect(checklistOf(scenario, SMALL).promisedDays).toBe(11)
  })

  it('deduplicates materials and finds those an earlier licence provides', () => {
    expect(list.materials).toEqual([
      { name: '居民身份证', requirement: 'required', eLicence: '居民身份证', forSteps: [LICENCE, FOOD], providedBy: null },
      { name: '经营场所平面图(布局)', requirement: 'deferrable', eLicence: null, forSteps: [LICENCE, FOOD], providedBy: null },
      { name: '营业执照', requirement: 'required', eLicence: '营业执照', forSteps: [FOOD], providedBy: LICENCE },
      { name: '营业执照（副本）', requirement: 'required', eLicence: null, forSteps: [LIQUOR], providedBy: LICENCE },
    ])
  })

  it('providedByEarlier needs a licence result of an earlier stage with the same base name', () => {
    expect(providedByEarlier({ name: '营业执照', eLicence: null }, 1, steps)).toBeNull()
    expect(providedByEarlier({ name: '营业执照复印件', eLicence: null }, 2, steps)).toBeNull()
    expect(providedByEarlier({ name: '许可证', eLicence: '食品经营许可证' }, 3, steps)).toBe(FOOD)
    expect(providedByEarlier({ name: '回执', eLicence: null }, 3, steps)).toBeNull()
  })

  it('providedByEarlier takes a qualified licence name for the plain one, never another licence', () => {
    const marriage = [{ stage: 1, name: '内地居民结婚登记', result: { kind: 'licence' as const, name: '中华人民共和国结婚证' } }]
    expect(providedByEarlier({ name: '结婚证', eLicence: '结婚证' }, 2, marriage)).toBe('内地居民结婚登记')
    expect(providedByEarlier({ name: '离婚证', eLicence: '离婚证' }, 2, marriage)).toBeNull()
    // a one- or two-character name is too short to be a licence's proper name
    expect(providedByEarlier({ name: '证', eLicence: null }, 2, marriage)).toBeNull()
  })
})

// ----------------------------------------------------------------------------------------------- combined form

const fld = (id: string, type: FieldType, label: string, extra: Partial<FormFieldDto> = {}): FormFieldDto => ({ id, type, label, required: true, ...extra })
const grp = (id: string, fields: FormFieldDto[]): FormGroupDto => ({ id, type: 'group', label: id, required: true, minItems: 1, maxItems: 5, addLabel: '添加', fields })
const slot = (id: string, name: string, requirement: MaterialSlotDto['requirement'], upload: MaterialSlotDto['upload'], extra: Partial<MaterialSlotDto> = {}): MaterialSlotDto => ({
  id,
  name,
  requirement,
  eLicence: null,
  upload,
  notes: '',
  ...extra,
})
const schema = (sections: FormSchemaDto['sections'], materials: MaterialSlotDto[], fee: FormSchemaDto['fee']): FormSchemaDto => ({
  itemId: 'x',
  itemName: 'x',
  version: 1,
  audience: 'personal',
  sections,
  materials,
  declaration: '',
  fee,
})
const name = fld('applicantName', 'text', '申请人姓名')
const idNumber = fld('applicantIdNumber', 'id-number', '身份证号')
const phone = (required: boolean) => fld('contactPhone', 'phone', '联系电话', { required })
const staff = grp('staff', [fld('staffName', 'text', '姓名'), fld('healthCert', 'text', '健康证号', { required: false })])
const LONG = 'a'.repeat(40)

const p1 = schema(
  [
    { title: '申请人信息', fields: [name, idNumber, phone(false)] },
    { title: '经营信息', fields: [fld('shopName', 'text', '店铺名称', { maxLength: 30 }), fld('area', 'number', '经营面积', { min: 1 }), fld('scope', 'select', '经营范围', { options: opts('catering') })] },
  ],
  [slot('idcard', '居民身份证', 'required', { kinds: ['image'], maxFiles: 2, maxBytes: 2000 }, { eLicence: '居民身份证' }), slot('plan1', '经营场所平面图(布局)', 'optional', { kinds: ['pdf'], maxFiles: 3, maxBytes: 5000 })],
  null,
)
const p2 = schema(
  [
    { title: '申请人信息', fields: [name, idNumber, phone(true), fld('contactAddress', 'address', '联系地址')] },
    { title: '门店', fields: [fld('storeName', 'text', '门店名称')] },
    {
      title: '许可信息',
      fields: [
        fld('area', 'number', '面积', { required: false }),
        fld('foodType', 'select', '经营类别', { options: opts('hot', 'cold') }),
        fld('coldRoom', 'text', '冷库位置', { showIf: { field: 'foodType', in: ['cold'] } }),
        staff,
        fld(LONG, 'text', '长字段', { required: false }),
      ],
    },
    { title: '补充', fields: [fld('coldRoomNote', 'text', '说明', { required: false })] },
  ],
  [
    slot('bl', '营业执照', 'required', null, { eLicence: '营业执照' }),
    slot('id2', ' 居民身份证 ', 'optional', { kinds: ['image', 'pdf'], maxFiles: 3, maxBytes: 1000 }, { notes: '正反面' }),
    slot('plan2', '经营场所平面图（布局）', 'deferrable', { kinds: ['image'], maxFiles: 1, maxBytes: 4000 }, { notes: '标明布局' }),
    slot('hc', '健康证明', 'optional', null, { eLicence: '健康证明' }),
  ],
  { title: '许可证工本费', amountFen: 500, basis: '收费依据', timing: 'after-acceptance' },
)
const p3 = schema(
  [
    { title: '申请人信息', fields: [name, phone(false)] },
    {
      title: '备案信息',
      fields: [
        fld('brand', 'text', '店铺字号'),
        fld('area', 'select', '经营面积档次', { options: opts('small', 'large') }),
        fld('largeNote', 'text', '大店说明', { showIf: { field: 'area', in: ['large'] } }),
        staff,
        grp('suppliers', [
          fld('supplierName', 'text', '供货商'),
          fld('origin', 'select', '来源', { options: opts('domestic', 'imported') }),
          fld('importDoc', 'text', '进口证明', { showIf: { field: 'origin', in: ['imported'] } }),
          fld('largeDoc', 'text', '大店证明', { showIf: { field: 'area', in: ['large'] } }),
        ]),
        fld(LONG, 'number', '长数字', { required: false }),
      ],
    },
  ],
  [
    slot('bl3', '营业执照（副本）', 'required', { kinds: ['image'], maxFiles: 1, maxBytes: 1000 }),
    slot('plan1', '租赁合同', 'required', { kinds: ['pdf'], maxFiles: 1, maxBytes: 1000 }),
    slot('hc3', '健康证明', 'required', { kinds: ['image'], maxFiles: 1, maxBytes: 1000 }),
    slot('cert', '卫生承诺', 'optional', null),
  ],
  { title: '备案费', amountFen: 300, basis: '收费依据', timing: 'before-review' },
)
const stepOf = (baseCode: string) => steps.find((s) => s.baseCode === baseCode) as ScenarioStepDto
const part = (baseCode: string, itemName: string, form: FormSchemaDto): FormPart => ({ step: stepOf(baseCode), itemId: `item-${baseCode}`, itemName, department: '市场监管局', form })
const forms: Record<string, FormSchemaDto> = { [`item-${B1}`]: p1, [`item-${B2}`]: p2, [`item-${B3}`]: p3 }
const { form, parts } = combineForms({
  scenarioId: 'open-restaurant',
  title: '我要开餐饮店',
  mode: 'personal',
  version: 2,
  shared: [
    { id: 'tradeName', label: '店铺名称（字号）', fields: [`${B1}:shopName`, `${B2}:storeName`, `${B3}:brand`] },
    { id: 'lonely', fields: [`${B2}:coldRoomNote`, `${B4}:x`] },
  ],
  parts: [part(B2, FOOD, p2), part(B1, LICENCE, p1), part(B3, LIQUOR, p3)],
})
const [food, licence, liquor] = parts
const entry = (id: string) => allEntries(form).find((e) => e.id === id)

describe('combineForms', () => {
  it('is a form of its own, parts in input order', () => {
    expect([form.itemId, form.itemName, form.version, form.audience]).toEqual([combinedFormId('open-restaurant'), '我要开餐饮店', 2, 'personal'])
    expect(parts.map((p) => [p.itemName, p.stage, p.stepKey])).toEqual([[FOOD, 2, `${B2}-0`], [LICENCE, 1, `${B1}-0`], [LIQUOR, 2, `${B3}-0`]])
    const ids = allEntries(form).map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/)
  })

  it('merges applicant sections, then shared fields, then each part by stage (empty sections dropped)', () => {
    expect(form.sections.map((s) => [s.title, s.fields.map((f) => f.id)])).toEqual([
      ['申请人信息', ['applicantName', 'applicantIdNumber', 'contactPhone', 'contactAddress']],
      ['共用信息', ['tradeName', 'area', 'staff']],
      [`${LICENCE} · 经营信息`, ['scope']],
      [`${FOOD} · 许可信息`, ['foodType', 'coldRoom', LONG]],
      [`${FOOD} · 补充`, ['coldRoomNote']],
      [`${LIQUOR} · 备案信息`, ['area3', 'largeNote', 'suppliers', `${'a'.repeat(39)}3`]],
    ])
    expect(entry('contactPhone')?.required).toBe(true)
    expect(entry('tradeName')).toMatchObject({ type: 'text', label: '店铺名称（字号）', maxLength: 30, required: true })
    expect(entry('area')).toMatchObject({ type: 'number', label: '经营面积', required: true })
  })

  it('maps every part field and rewrites showIf through renames', () => {
    expect(licence.fields).toEqual({ applicantName: 'applicantName', applicantIdNumber: 'applicantIdNumber', contactPhone: 'contactPhone', shopName: 'tradeName', area: 'area', scope: 'scope' })
    expect(liquor.fields).toMatchObject({ brand: 'tradeName', area: 'area3', largeNote: 'largeNote', staff: 'staff', [LONG]: `${'a'.repeat(39)}3` })
    expect(food.fields).toMatchObject({ storeName: 'tradeName', area: 'area', coldRoomNote: 'coldRoomNote', [LONG]: LONG })
    expect(entry('largeNote')?.showIf).toEqual({ field: 'area3', in: ['large'] })
    expect(entry('coldRoom')?.showIf).toEqual({ field: 'foodType', in: ['cold'] })
    const suppliers = entry('suppliers') as FormGroupDto
    expect(suppliers.fields.map((f) => f.showIf?.field)).toEqual([undefined, undefined, 'origin', 'area3'])
    // the input forms are left alone
    expect(p3.sections[1].fields[1].id).toBe('area')
    expect((p3.sections[1].fields[4] as FormGroupDto).fields[3].showIf?.field).toBe('area')
  })

  it('merges material slots and leaves out those an earlier part provides', () => {
    expect(form.materials).toEqual([
      // The strictest upload rule of the merged slots, so a combined answer fits every item
      { id: 'idcard', name: '居民身份证', requirement: 'required', eLicence: '居民身份证', upload: { kinds: ['image'], maxFiles: 2, maxBytes: 1000 }, notes: '正反面' },
      { id: 'plan1', name: '经营场所平面图(布局)', requirement: 'deferrable', eLicence: null, upload: { kinds: ['pdf'], maxFiles: 1, maxBytes: 4000 }, notes: '标明布局' },
      { id: 'hc', name: '健康证明', requirement: 'required', eLicence: '健康证明', upload: null, notes: '' },
      { id: 'plan1-3', name: '租赁合同', requirement: 'required', eLicence: null, upload: { kinds: ['pdf'], maxFiles: 1, maxBytes: 1000 }, notes: '' },
      { id: 'cert', name: '卫生承诺', requirement: 'optional', eLicence: null, upload: null, notes: '' },
    ])
    expect(food.materials).toEqual({ id2: 'idcard', plan2: 'plan1', hc: 'hc' })
    expect(food.providedInCase).toEqual({ bl: LICENCE })
    expect(liquor.materials).toEqual({ plan1: 'plan1-3', hc3: 'hc', cert: 'cert' })
    expect(liquor.providedInCase).toEqual({ bl3: LICENCE })
    expect(licence.providedInCase).toEqual({})
    expect(partForm(food, p2).materials.map((s) => s.id)).toEqual(['id2', 'plan2', 'hc'])
  })

  it('adds up the fees and declares every item', () => {
    expect(form.fee).toEqual({ title: '合并缴费', amountFen: 800, basis: '许可证工本费；备案费', timing: 'before-review' })
    expect(parts.map((p) => p.fee?.amountFen ?? null)).toEqual([500, null, 300])
    expect(form.declaration).toContain(`本人申请一并办理「${LICENCE}」、「${FOOD}」、「${LIQUOR}」`)
    const free = combineForms({ scenarioId: 's', title: 't', mode: 'enterprise', version: 1, shared: [], parts: [part(B1, LICENCE, p1)] })
    expect(free.form.fee).toBeNull()
    expect(free.form.declaration).toMatch(/^本单位/)
  })
})

describe('a business founded in the case', () => {
  const enterpriseApplicant = {
    title: '申请单位信息',
    fields: [
      fld('enterpriseName', 'text', '企业名称', { prefill: 'enterprise.name', editable: false }),
      fld('creditCode', 'credit-code', '统一社会信用代码', { prefill: 'enterprise.creditCode', editable: false }),
      fld('agentPhone', 'phone', '经办人电话', { prefill: 'account.phone' }),
    ],
  }
  const permit = schema([enterpriseApplicant, { title: '经营信息', fields: [fld('seats', 'number', '餐位数', { min: 1 })] }], [], null)
  const combine = (withFounder: boolean) =>
    combineForms({
      scenarioId: 's',
      title: '我要开餐饮店',
      mode: 'enterprise',
      version: 1,
      shared: [],
      parts: [...(withFounder ? [part(B1, LICENCE, p1)] : []), { ...part(B2, FOOD, permit), itemId: 'permit' }],
    })

  it('does not ask a later item for the founded business’s name and code, and validates the item without them', () => {
    const { form: combined, parts: [, permitPart] } = combine(true)
    const ids = combined.sections.flatMap((sec) => sec.fields.map((e) => e.id))
    expect(ids).not.toContain('enterpriseName')
    expect(ids).not.toContain('creditCode')
    expect(ids).toContain('agentPhone')
    expect(permitPart.providedInCase).toMatchObject({ enterpriseName: LICENCE, creditCode: LICENCE })
    const own = partForm(permitPart, permit)
    expect(allEntries(own).map((e) => e.id)).toEqual(['agentPhone', 'seats'])
    expect(validateAnswers(own, partAnswers(permitPart, { agentPhone: '13800138000', seats: 20 }, {}).answers, { today: TODAY })).toEqual({})
  })

  it('asks once for applicant fields filled from the same source', () => {
    const personal = schema([{ title: '申请人信息', fields: [name, fld('contactPhone', 'phone', '联系电话', { prefill: 'account.phone' })] }], [], null)
    const { form: combined, parts: [first, second] } = combineForms({
      scenarioId: 's',
      title: '我要开餐饮店',
      mode: 'enterprise',
      version: 1,
      shared: [],
      parts: [part(B1, LICENCE, personal), { ...part(B2, FOOD, permit), itemId: 'permit' }],
    })
    expect(combined.sections[0].fields.map((e) => e.id)).toEqual(['applicantName', 'contactPhone'])
    expect(first.fields.contactPhone).toBe('contactPhone')
    expect(second.fields.agentPhone).toBe('contactPhone')
    expect(partAnswers(second, { contactPhone: '13800138000' }, {}).answers).toEqual({ agentPhone: '13800138000' })
  })

  it('does not ask for a licence an earlier hall-only step issues', () => {
    const birth = schema([{ title: '申请人信息', fields: [name] }], [slot('mc', '结婚证', 'required', { kinds: ['image'], maxFiles: 1, maxBytes: 1000 }, { eLicence: '结婚证' })], null)
    const hallStep = { stage: 1, name: '内地居民结婚登记', result: { kind: 'licence' as const, name: '中华人民共和国结婚证' } }
    const onlinePart = { ...part(B2, FOOD, birth), itemId: 'birth' }
    const withHall = combineForms({ scenarioId: 's', title: '我要结婚', mode: 'personal', version: 1, shared: [], parts: [onlinePart], steps: [hallStep, onlinePart.step] })
    expect(withHall.form.materials).toEqual([])
    expect(withHall.parts[0].providedInCase).toEqual({ mc: '内地居民结婚登记' })
    const alone = combineForms({ scenarioId: 's', title: '我要结婚', mode: 'personal', version: 1, shared: [], parts: [onlinePart] })
    expect(alone.form.materials.map((m) => m.name)).toEqual(['结婚证'])
  })

  it('asks for the enterprise when no step of the case founds it', () => {
    const { form: combined } = combine(false)
    expect(allEntries(combined).map((e) => e.id)).toEqual(['enterpriseName', 'creditCode', 'agentPhone', 'seats'])
  })
})

describe('answers of the parts', () => {
  const address = { regionCode: '310101', detail: '南京东路100号' }
  const valid: AnswersDto = {
    applicantName: '张三',
    applicantIdNumber: ID,
    contactPhone: '13800138000',
    contactAddress: address,
    tradeName: '张三小吃',
    area: 80,
    staff: [{ staffName: '李四', healthCert: null }],
    scope: 'catering',
    foodType: 'cold',
    coldRoom: '后厨',
    area3: 'large',
    largeNote: '两层',
    suppliers: [{ supplierName: '某酒业', origin: 'imported', importDoc: 'D1', largeDoc: 'L1' }],
  }
  const invalid: AnswersDto = { ...valid, contactPhone: '', tradeName: null, coldRoom: null, largeNote: null }
  invalid.staff = [{ staffName: '' }]
  invalid.suppliers = [{ supplierName: '某酒业', origin: 'domestic', largeDoc: null }]
  const materials: MaterialAnswers = { idcard: { kind: 'upload', fileIds: ['f1'] }, 'plan1-3': { kind: 'upload', fileIds: ['f2'] }, bl3: { kind: 'deferred' } }
  const ownErrors = (answers: AnswersDto) =>
    parts.map((p) => toCombinedErrors(p, validateAnswers(partForm(p, forms[p.itemId]), partAnswers(p, answers, materials).answers, { today: TODAY })))

  it('takes each part its own answers and materials', () => {
    expect(partAnswers(liquor, valid, materials)).toEqual({
      answers: { applicantName: '张三', contactPhone: '13800138000', brand: '张三小吃', area: 'large', largeNote: '两层', staff: valid.staff, suppliers: valid.suppliers },
      materials: { plan1: { kind: 'upload', fileIds: ['f2'] } },
    })
    expect(partAnswers(food, valid, materials).answers).toMatchObject({ storeName: '张三小吃', area: 80, contactAddress: address })
    expect(partAnswers(food, valid, materials).materials).toEqual({ id2: { kind: 'upload', fileIds: ['f1'] } })
  })

  it('leaves 容缺后补 out where the part’s own slot is merely optional', () => {
    const deferred: MaterialAnswers = { plan1: { kind: 'deferred' } }
    // plan1 is optional for the licence, deferrable for the food permit: the combined slot is deferrable
    expect(partAnswers(licence, valid, deferred, forms[licence.itemId]).materials).toEqual({})
    expect(partAnswers(food, valid, deferred, forms[food.itemId]).materials).toEqual({ plan2: { kind: 'deferred' } })
    expect(validateMaterials(partForm(licence, forms[licence.itemId]).materials, partAnswers(licence, valid, deferred, forms[licence.itemId]).materials, {})).not.toHaveProperty('plan1')
    // without the part's form the answer is passed on as given
    expect(partAnswers(licence, valid, deferred).materials).toEqual({ plan1: { kind: 'deferred' } })
  })

  it('maps part errors back to combined paths', () => {
    expect(toCombinedErrors(liquor, { area: 'a', 'suppliers.0.largeDoc': 'b', brand: 'c', plan1: 'd', other: 'e', bl3: 'f' })).toEqual({
      area3: 'a',
      'suppliers.0.largeDoc': 'b',
      tradeName: 'c',
      'plan1-3': 'd',
      other: 'e',
      bl3: 'f',
    })
    expect(toCombinedErrors(food, { 'staff.0.staffName': 'x', plan2: 'y' })).toEqual({ 'staff.0.staffName': 'x', plan1: 'y' })
  })

  it('validates alike on the combined form and on each part', () => {
    expect(validateAnswers(form, valid, { today: TODAY })).toEqual({})
    expect(ownErrors(valid)).toEqual([{}, {}, {}])

    const combined = validateAnswers(form, invalid, { today: TODAY })
    expect(Object.keys(combined).sort()).toEqual(['coldRoom', 'contactPhone', 'largeNote', 'staff.0.staffName', 'suppliers.0.largeDoc', 'tradeName'])
    const union = Object.assign({}, ...ownErrors(invalid)) as Record<string, string>
    expect(Object.keys(union).sort()).toEqual(Object.keys(combined).sort())
    // the optional contactPhone of 个体工商户设立登记 stays optional there
    expect(ownErrors(invalid)[1]).not.toHaveProperty('contactPhone')
  })
})

// ------------------------------------------------------------------------------------------------------- cases

describe('cases', () => {
  const state = (name: string, stage: number, status: CasePartState['status'], unpaid = false): CasePartState => ({ name, stage, status, unpaid })

  it('caseStatusOf', () => {
    expect(caseStatusOf([state('a', 1, 'approved'), state('b', 2, 'approved-conditional')])).toBe('completed')
    expect(caseStatusOf([state('a', 1, 'approved'), state('b', 2, 'denied')])).toBe('ended')
    expect(caseStatusOf([state('a', 1, 'approved'), state('b', 2, 'supplementing')])).toBe('action-needed')
    expect(caseStatusOf([state('a', 1, 'accepted', true), state('b', 2, 'submitted')])).toBe('action-needed')
    expect(caseStatusOf([state('a', 1, 'processing'), state('b', 2, 'withdrawn')])).toBe('in-progress')
  })

  it('waitingFor lists earlier stages not yet approved', () => {
    const all = [state('执照', 1, 'processing'), state('备案', 1, 'approved'), state('许可', 2, 'submitted'), state('招牌', 3, 'submitted'), state('撤回', 3, 'withdrawn')]
    expect(waitingFor(all[2], all)).toEqual(['执照'])
    expect(waitingFor(all[3], all)).toEqual(['执照', '许可'])
    expect(waitingFor(all[0], all)).toEqual([])
    expect(waitingFor(all[4], all)).toEqual([])
  })
})
