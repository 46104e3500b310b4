import type {
  AnswersDto,
  ApplicationStatus,
  CaseStatus,
  FormFieldDto,
  FormGroupDto,
  FormSchemaDto,
  FormSectionDto,
  MaterialAnswers,
  MaterialSlotDto,
  Mode,
  ScenarioAnswersDto,
  ScenarioClauseDto,
  ScenarioConditionDto,
  ScenarioDto,
  ScenarioFormPartDto,
  ScenarioQuestionDto,
  ScenarioStepDto,
  ShowIfDto,
} from '../api/contract'

/**
 * 一件事 (scenario-guided handling), pure logic shared by the client and the mock server:
 * - 情形引导: which questions are asked (showIf over earlier answers), whether each answer is valid;
 * - 规则: which steps (items) apply from the answers, in stages (a stage runs in parallel, 并联办理);
 * - 清单: the tailored checklist (items, why, materials deduplicated, visits, promised working days);
 * - 合并表单: the items' forms combined into one, each shared field asked once, and each item's answers taken
 *   back out of it;
 * - 一件事办件: the case status from its applications.
 *
 * Field-level rules (required, types, showIf, groups) stay in the form engine (src/domain/form.ts): the combined
 * form is an ordinary FormSchemaDto, and each part is validated against its own form with its answers taken
 * out of the combined ones.
 */

const hasOwn = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key)
const own = <T>(obj: Record<string, T>, key: string): T | undefined => (hasOwn(obj, key) ? obj[key] : undefined)

/** Stable sort by stage (then the given order), whatever the host's Array.prototype.sort does. */
function byStage<T>(list: readonly T[], stageOf: (item: T) => number): T[] {
  return list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => stageOf(a.item) - stageOf(b.item) || a.index - b.index)
    .map((x) => x.item)
}

// ------------------------------------------------------------------------------------------- questions and rules

type AnswerValue = ScenarioAnswersDto[string]

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** Whether one clause holds over the answers (an unanswered question fails every clause). */
export function clauseHolds(clause: ScenarioClauseDto, answers: ScenarioAnswersDto): boolean {
  const answer: unknown = own(answers, clause.question)
  switch (clause.op) {
    case 'in':
    case 'not-in': {
      const values: readonly string[] = clause.values ?? []
      let hit: boolean
      if (typeof answer === 'string') hit = values.includes(answer)
      else if (isStringList(answer)) hit = answer.some((v) => values.includes(v))
      else return false
      return clause.op === 'in' ? hit : !hit
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const bound = clause.value
      if (!isFiniteNumber(answer) || typeof bound !== 'number' || Number.isNaN(bound)) return false
      if (clause.op === 'gt') return answer > bound
      if (clause.op === 'gte') return answer >= bound
      if (clause.op === 'lt') return answer < bound
      return answer <= bound
    }
    default:
      return false
  }
}

/** Whether a condition holds; null / undefined holds. */
export function conditionHolds(condition: ScenarioConditionDto | null | undefined, answers: ScenarioAnswersDto): boolean {
  if (!condition) return true
  const all = condition.all ?? []
  const any = condition.any ?? []
  return all.every((c) => clauseHolds(c, answers)) && (any.length === 0 || any.some((c) => clauseHolds(c, answers)))
}

/** The questions asked with these answers, in order (a question's showIf sees only the answers of asked questions before it). */
export function askedQuestions(questions: readonly ScenarioQuestionDto[], answers: ScenarioAnswersDto): ScenarioQuestionDto[] {
  const seen: ScenarioAnswersDto = {}
  const asked: ScenarioQuestionDto[] = []
  for (const question of questions) {
    if (!conditionHolds(question.showIf, seen)) continue
    asked.push(question)
    const value = own(answers, question.id)
    if (value !== undefined && value !== null) seen[question.id] = value
  }
  return asked
}

const MISSING = '请回答这个问题'
const INVALID_OPTION = '选项无效'

const withUnit = (n: number, unit: string | undefined): string => (unit ? `${n} ${unit}` : String(n))

/** The Chinese message for an invalid or missing answer to one question, or null when it is fine. */
export function checkAnswer(question: ScenarioQuestionDto, value: ScenarioAnswersDto[string] | undefined): string | null {
  const v: unknown = value
  if (v === undefined || v === null || v === '') return MISSING
  const options = (question.options ?? []).map((o) => o.value)
  switch (question.kind) {
    case 'single':
      if (typeof v !== 'string') return '请选择一项'
      return options.includes(v) ? null : INVALID_OPTION
    case 'yes-no':
      return v === 'yes' || v === 'no' ? null : '请选择“是”或“否”'
    case 'multi':
      // An empty list is an answer: 「以上都没有」.
      if (!isStringList(v)) return '请选择适用的选项'
      if (new Set(v).size !== v.length || v.some((x) => !options.includes(x))) return INVALID_OPTION
      return null
    case 'number':
      if (!isFiniteNumber(v)) return '请输入数字'
      if (question.min !== undefined && v < question.min) return `不能小于 ${withUnit(question.min, question.unit)}`
      if (question.max !== undefined && v > question.max) return `不能大于 ${withUnit(question.max, question.unit)}`
      return null
    default:
      return INVALID_OPTION
  }
}

/** Messages by question id for every asked question whose answer is missing or invalid. */
export function validateScenarioAnswers(questions: readonly ScenarioQuestionDto[], answers: ScenarioAnswersDto): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const question of askedQuestions(questions, answers)) {
    const message = checkAnswer(question, own(answers, question.id))
    if (message !== null) errors[question.id] = message
  }
  return errors
}

/** Only the answers of asked questions (unknown and unasked dropped). */
export function sanitizeScenarioAnswers(questions: readonly ScenarioQuestionDto[], answers: ScenarioAnswersDto): ScenarioAnswersDto {
  const kept: ScenarioAnswersDto = {}
  for (const question of askedQuestions(questions, answers)) {
    const value: AnswerValue | undefined = own(answers, question.id)
    if (value !== undefined && value !== null) kept[question.id] = value
  }
  return kept
}

/** The steps that apply, by stage then authored order. */
export function applicableSteps(scenario: Pick<ScenarioDto, 'questions' | 'steps'>, answers: ScenarioAnswersDto): ScenarioStepDto[] {
  const sanitized = sanitizeScenarioAnswers(scenario.questions, answers)
  return byStage(
    scenario.steps.filter((step) => conditionHolds(step.when, sanitized)),
    (step) => step.stage,
  )
}

// ------------------------------------------------------------------------------------------------------- checklist

export interface ChecklistMaterial {
  name: string
  requirement: 'required' | 'optional' | 'deferrable'
  /** 电子证照 that replaces it (免提交), or null */
  eLicence: string | null
  /** 事项名称 of the steps that need it */
  forSteps: string[]
  /** 事项名称 of an earlier step of this case that produces it (then nothing to bring), or null */
  providedBy: string | null
}

export interface Checklist {
  steps: ScenarioStepDto[]
  /** Steps grouped by stage, stages in order */
  stages: { stage: number; steps: ScenarioStepDto[] }[]
  /** Online steps (their item is online) go into the combined form; the others are done at a hall */
  online: ScenarioStepDto[]
  offline: ScenarioStepDto[]
  /** Steps whose item is not implemented in the region */
  unavailable: ScenarioStepDto[]
  materials: ChecklistMaterial[]
  /** 跑动次数: total visits to a hall */
  visits: number
  /** 承诺时限: along the stages, the longest of each stage, in working days (natural days × 5/7, rounded up) */
  promisedDays: number
}

type Requirement = ChecklistMaterial['requirement']
const STRICTNESS: Record<Requirement, number> = { optional: 0, deferrable: 1, required: 2 }
/** The stricter of two 材料要求: 必要 > 容缺后补 > 非必要. */
const stricter = (a: Requirement, b: Requirement): Requirement => (STRICTNESS[b] > STRICTNESS[a] ? b : a)

/** The key two materials of different items are one material by: the name trimmed, （） and () alike. */
export const materialKey = (name: string): string => name.trim().replace(/（/g, '(').replace(/）/g, ')')

/** A licence's base name: 「营业执照（含电子营业执照）」 → 「营业执照」 (every parenthesised part removed). */
export function licenceBaseName(name: string): string {
  let base = name
  for (;;) {
    const next = base.replace(/[（(][^（）()]*[）)]/g, '')
    if (next === base) break
    base = next
  }
  return base.trim()
}

/**
 * 事项名称 of a step of an earlier stage that produces this material as its licence (证照), or null: the step's
 * result base name equals the material's licence base name (its eLicence when set, else its own name).
 */
export function providedByEarlier(
  material: { name: string; eLicence: string | null },
  stage: number,
  steps: readonly Pick<ScenarioStepDto, 'stage' | 'name' | 'result'>[],
): string | null {
  const wanted = licenceBaseName(material.eLicence ?? material.name)
  if (wanted === '') return null
  const step = steps.find((s) => s.stage < stage && s.result.kind === 'licence' && sameLicence(licenceBaseName(s.result.name), wanted))
  return step ? step.name : null
}

/**
 * Two base names name one licence when equal, or when the longer is the shorter with a qualifier before it
 * (「中华人民共和国结婚证」 is the 「结婚证」); a qualifier needs a name of three characters or more.
 */
function sameLicence(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return Array.from(short).length >= 3 && long.endsWith(short)
}

/** 承诺办结时限 of a step in working days (自然日 × 5/7, rounded up); 0 without an implementation. */
function promisedWorkingDays(step: ScenarioStepDto): number {
  if (!step.item) return 0
  const { value, unit } = step.item.promisedLimit
  return unit === 'working' ? value : Math.ceil((value * 5) / 7)
}

export function checklistOf(scenario: Pick<ScenarioDto, 'questions' | 'steps'>, answers: ScenarioAnswersDto): Checklist {
  const steps = applicableSteps(scenario, answers)

  const stages: Checklist['stages'] = []
  for (const step of steps) {
    const last = stages[stages.length - 1]
    if (last && last.stage === step.stage) last.steps.push(step)
    else stages.push({ stage: step.stage, steps: [step] })
  }

  const merged = new Map<string, ChecklistMaterial & { stage: number }>()
  for (const step of steps) {
    for (const m of step.materials) {
      // Online, the 申请表 is the form itself (mock/handling/forms.ts asks no upload of it)
      if (m.type === 'application-form' && step.item?.online) continue
      const key = materialKey(m.name)
      const found = merged.get(key)
      if (!found) {
        merged.set(key, { name: m.name.trim(), requirement: m.requirement, eLicence: m.eLicence, forSteps: [step.name], providedBy: null, stage: step.stage })
        continue
      }
      found.requirement = stricter(found.requirement, m.requirement)
      if (found.eLicence === null) found.eLicence = m.eLicence
      if (!found.forSteps.includes(step.name)) found.forSteps.push(step.name)
      found.stage = Math.min(found.stage, step.stage)
    }
  }
  // Provided in the case only when produced before every step that needs it.
  const materials = [...merged.values()].map(({ stage, ...m }) => ({ ...m, providedBy: providedByEarlier(m, stage, steps) }))

  return {
    steps,
    stages,
    online: steps.filter((s) => s.item?.online === true),
    offline: steps.filter((s) => s.item !== null && !s.item.online),
    unavailable: steps.filter((s) => s.item === null),
    materials,
    visits: steps.reduce((sum, s) => sum + (s.item ? s.item.visits : 0), 0),
    promisedDays: stages.reduce((sum, g) => sum + Math.max(0, ...g.steps.map(promisedWorkingDays)), 0),
  }
}

// ----------------------------------------------------------------------------------------------- combined form

/** Fields of different items that are one answer: `${baseCode}:${fieldId}` each, asked once as `id`. */
export interface SharedFieldSpec {
  id: string
  /** Its label in the combined form (default: the first field's) */
  label?: string
  fields: string[]
}

/** One online item of the case with its own form. */
export interface FormPart {
  step: Pick<ScenarioStepDto, 'key' | 'baseCode' | 'stage' | 'name' | 'result'>
  itemId: string
  itemName: string
  department: string
  form: FormSchemaDto
}

export interface CombineInput {
  scenarioId: string
  title: string
  mode: Mode
  version: number
  shared: readonly SharedFieldSpec[]
  /** Online parts, any order (combined by stage, then the given order) */
  parts: readonly FormPart[]
  /**
   * Every applicable step, offline ones included: a licence a hall-only step of an earlier stage issues (the
   * 结婚证 of 结婚登记) is not asked for either. Default: the parts' steps.
   */
  steps?: readonly Pick<ScenarioStepDto, 'stage' | 'name' | 'result'>[]
}

/** The draft / form key of a scenario's combined form. */
export const combinedFormId = (scenarioId: string) => `scenario-${scenarioId}`

type Entry = FormFieldDto | FormGroupDto

const MAX_FIELD_ID = 40
const MAX_SLOT_ID = 64
const SHARED_SECTION = '共用信息'

/** One top-level entry of one part, where it sits. */
interface Located {
  part: number
  section: number
  index: number
  entry: Entry
}

/** One entry of the combined form and the parts' entries it stands for (the first defines it). */
interface Combined {
  id: string
  label?: string
  members: Located[]
}

/** Form order of two located entries: parts by stage, then sections, then position. */
const compareLocated = (a: Located, b: Located): number => a.part - b.part || a.section - b.section || a.index - b.index

/** Same type (groups: the same list of field ids): same-id entries of two parts are then one answer. */
const signature = (entry: Entry): string => (entry.type === 'group' ? `group:${entry.fields.map((f) => f.id).join(',')}` : entry.type)

/** `base` if free, else base + n (n = from, from + 1, …), cut to `max` characters. */
function allocate(taken: Set<string>, base: string, from: number, max: number, join = ''): string {
  let id = base.slice(0, max)
  for (let n = from; taken.has(id); n++) {
    const suffix = `${join}${n}`
    id = base.slice(0, max - suffix.length) + suffix
  }
  taken.add(id)
  return id
}

/** A showIf with its field renamed through the part's id map. */
const mapShowIf = (showIf: ShowIfDto, map: Record<string, string>): ShowIfDto => ({ field: own(map, showIf.field) ?? showIf.field, in: [...showIf.in] })

const sameShowIf = (a: ShowIfDto | undefined, b: ShowIfDto | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.field === b.field && [...a.in].sort().join('\u0000') === [...b.in].sort().join('\u0000')

/** A copy of a group row field, its showIf renamed when it names a top-level field rather than one of the row. */
function copyRowField(field: FormFieldDto, group: FormGroupDto, map: Record<string, string>): FormFieldDto {
  const { showIf } = field
  const copy: FormFieldDto = { ...field, ...(field.options ? { options: field.options.map((o) => ({ ...o })) } : {}) }
  delete copy.showIf
  if (showIf) copy.showIf = group.fields.some((f) => f.id === showIf.field) ? { field: showIf.field, in: [...showIf.in] } : mapShowIf(showIf, map)
  return copy
}

/**
 * The combined entry: the first member's definition under the combined id, required when any member requires it,
 * and a showIf only when every member shows under the same (renamed) condition, else asked always.
 */
function combinedEntry(c: Combined, maps: Record<string, string>[]): Entry {
  const first = c.members[0]
  const map = maps[first.part]
  const showIfs = c.members.map((m) => (m.entry.showIf ? mapShowIf(m.entry.showIf, maps[m.part]) : undefined))
  const showIf = showIfs.every((s) => sameShowIf(s, showIfs[0])) ? showIfs[0] : undefined
  const required = c.members.some((m) => m.entry.required)
  const label = c.label ?? first.entry.label
  const source = first.entry
  const entry: Entry =
    source.type === 'group'
      ? { ...source, id: c.id, label, required, fields: source.fields.map((f) => copyRowField(f, source, map)) }
      : { ...source, id: c.id, label, required, ...(source.options ? { options: source.options.map((o) => ({ ...o })) } : {}) }
  delete entry.showIf
  if (showIf) entry.showIf = showIf
  return entry
}

function declarationOf(mode: Mode, itemNames: readonly string[]): string {
  const who = mode === 'enterprise' ? '本单位' : '本人'
  const items = itemNames.map((n) => `「${n}」`).join('、')
  return (
    `${who}申请一并办理${items}，郑重承诺：所填写的信息及提交的申请材料真实、合法、有效，复印件、扫描件与原件一致，` +
    `授权调用的电子证照仅用于本次办理；${who}已阅读并知晓上述事项的办事指南，符合受理条件。` +
    `如有隐瞒或提供虚假材料，${who}愿意承担相应的法律责任，并同意将失信行为记入公共信用信息服务平台。`
  )
}

/**
 * The strictest of two slots' upload rules, so a combined answer is valid for every item it goes to: no upload
 * when either takes an e-licence only, the kinds both accept, the fewer files and the smaller size.
 */
function mergeUpload(a: MaterialSlotDto['upload'], b: MaterialSlotDto['upload']): MaterialSlotDto['upload'] {
  if (!a || !b) return null
  const both = a.kinds.filter((k) => b.kinds.includes(k))
  return { kinds: both.length ? both : [...a.kinds], maxFiles: Math.min(a.maxFiles, b.maxFiles), maxBytes: Math.min(a.maxBytes, b.maxBytes) }
}

/** A step whose result is a 营业执照: it founds the business the later steps are applied for. */
const foundsBusiness = (step: Pick<ScenarioStepDto, 'result'>) => step.result.kind === 'licence' && licenceBaseName(step.result.name).startsWith('营业执照')

/**
 * One form for all parts, each shared field once; and how each part's answers come out of it.
 *
 * Sections: the merged applicant section (every part's first section, by field id), 「共用信息」 (fields several
 * parts share: SharedFieldSpec, or the same id and type), then each part's own sections, parts by stage. A part's
 * own field whose id is taken is renamed with the part's 1-based position (shopName2). Material slots are merged
 * by name (materialKey); a slot an earlier-stage part produces (providedByEarlier) is left out and recorded in
 * the part's `providedInCase`. `parts` come back in the input order.
 */
export function combineForms(input: CombineInput): { form: FormSchemaDto; parts: ScenarioFormPartDto[] } {
  const parts = byStage(input.parts, (p) => p.step.stage)
  const maps: Record<string, string>[] = parts.map(() => ({}))
  const taken = new Set<string>()

  // Applicant section: the first section of every part, merged by id. An item applied for by a business that an
  // earlier step of the case founds does not ask for that business's name, code or legal representative: the
  // department takes them from the 营业执照 the case issues (and no other enterprise's details are prefilled).
  const applicant = new Map<string, Combined>()
  const providedFields: Record<string, string>[] = parts.map(() => ({}))
  parts.forEach((part, p) => {
    const first = part.form.sections[0]
    if (!first) return
    const founder = parts.find((o) => o.step.stage < part.step.stage && foundsBusiness(o.step))
    first.fields.forEach((entry, index) => {
      if (founder && entry.type !== 'group' && entry.prefill?.startsWith('enterprise.')) {
        providedFields[p][entry.id] = founder.step.name
        return
      }
      const located = { part: p, section: 0, index, entry }
      // The same source and type is the same answer: 联系电话 and 经办人电话 are both the account's phone.
      const samePrefill =
        entry.type !== 'group' && entry.prefill
          ? [...applicant.values()].find((c) => {
              const e = c.members[0].entry
              return e.id !== entry.id && e.type === entry.type && e.prefill === entry.prefill
            })
          : undefined
      const found = applicant.get(entry.id) ?? samePrefill
      if (found) found.members.push(located)
      else applicant.set(entry.id, { id: entry.id, members: [located] })
      maps[p][entry.id] = entry.id
      taken.add(entry.id)
    })
  })

  // The other top-level entries of every part.
  const rest: Located[] = []
  parts.forEach((part, p) =>
    part.form.sections.forEach((section, s) => {
      if (s > 0) section.fields.forEach((entry, index) => rest.push({ part: p, section: s, index, entry }))
    }),
  )
  const claimed = new Set<Located>()
  const shared: Combined[] = []

  // (a) Explicit shared fields: `${baseCode}:${fieldId}` of two or more parts' fields.
  for (const spec of input.shared) {
    const members: Located[] = []
    for (const ref of spec.fields) {
      const colon = ref.indexOf(':')
      const baseCode = ref.slice(0, colon)
      const fieldId = ref.slice(colon + 1)
      for (const l of rest) {
        if (!claimed.has(l) && !members.includes(l) && l.entry.id === fieldId && parts[l.part].step.baseCode === baseCode) members.push(l)
      }
    }
    if (members.length < 2) continue
    for (const m of members) claimed.add(m)
    shared.push({ id: spec.id, label: spec.label, members })
  }

  // (b) The same id and type in two or more parts; a same-id, same-type applicant field takes them in.
  const bySignature = new Map<string, Located[]>()
  for (const l of rest) {
    if (claimed.has(l)) continue
    const key = `${l.entry.id}\u0000${signature(l.entry)}`
    const list = bySignature.get(key)
    if (list) list.push(l)
    else bySignature.set(key, [l])
  }
  for (const members of bySignature.values()) {
    const id = members[0].entry.id
    const inApplicant = applicant.get(id)
    if (inApplicant && signature(inApplicant.members[0].entry) === signature(members[0].entry)) {
      for (const m of members) claimed.add(m)
      inApplicant.members.push(...members)
      continue
    }
    if (new Set(members.map((m) => m.part)).size < 2) continue
    for (const m of members) claimed.add(m)
    shared.push({ id, members })
  }

  // Ids: shared fields in order of first appearance, then each part's own fields in order.
  const firstOf = (c: Combined) => c.members.reduce((a, b) => (compareLocated(b, a) < 0 ? b : a))
  shared.sort((a, b) => compareLocated(firstOf(a), firstOf(b)))
  for (const c of shared) {
    c.id = allocate(taken, c.id, 2, MAX_FIELD_ID)
    for (const m of c.members) maps[m.part][m.entry.id] = c.id
  }
  for (const c of applicant.values()) for (const m of c.members) maps[m.part][m.entry.id] = c.id
  for (const l of rest) {
    if (!claimed.has(l)) maps[l.part][l.entry.id] = allocate(taken, l.entry.id, l.part + 1, MAX_FIELD_ID)
  }

  // Sections.
  const sections: FormSectionDto[] = []
  const applicantFields = [...applicant.values()].map((c) => combinedEntry(c, maps))
  if (applicantFields.length > 0) sections.push({ title: parts[0].form.sections[0].title, fields: applicantFields })
  if (shared.length > 0) sections.push({ title: SHARED_SECTION, fields: shared.map((c) => combinedEntry(c, maps)) })
  parts.forEach((part, p) =>
    part.form.sections.forEach((section, s) => {
      if (s === 0) return
      const fields = rest
        .filter((l) => l.part === p && l.section === s && !claimed.has(l))
        .map((l) => combinedEntry({ id: maps[p][l.entry.id], members: [l] }, maps))
      if (fields.length > 0) sections.push({ title: `${part.itemName} · ${section.title}`, fields })
    }),
  )

  // Materials.
  const slots = new Map<string, MaterialSlotDto>()
  const slotIds = new Set<string>()
  const materialMaps: Record<string, string>[] = parts.map(() => ({}))
  const provided: Record<string, string>[] = parts.map(() => ({}))
  parts.forEach((part, p) => {
    const others = input.steps ?? parts.filter((_, i) => i !== p).map((o) => o.step)
    for (const slot of part.form.materials) {
      const by = providedByEarlier(slot, part.step.stage, others)
      if (by !== null) {
        provided[p][slot.id] = by
        continue
      }
      const key = materialKey(slot.name)
      const found = slots.get(key)
      if (!found) {
        const id = allocate(slotIds, slot.id, p + 1, MAX_SLOT_ID, '-')
        slots.set(key, { ...slot, id, upload: slot.upload ? { ...slot.upload, kinds: [...slot.upload.kinds] } : null })
        materialMaps[p][slot.id] = id
        continue
      }
      found.requirement = stricter(found.requirement, slot.requirement)
      found.upload = mergeUpload(found.upload, slot.upload)
      if (found.notes.trim() === '') found.notes = slot.notes
      if (found.eLicence === null) found.eLicence = slot.eLicence
      materialMaps[p][slot.id] = found.id
    }
  })

  // Fee: the parts' fees added up, paid before review when any part pays before review.
  const fees = parts.map((p) => p.form.fee).filter((f): f is NonNullable<FormSchemaDto['fee']> => f !== null)
  const fee: FormSchemaDto['fee'] =
    fees.length === 0
      ? null
      : {
          title: '合并缴费',
          amountFen: fees.reduce((sum, f) => sum + f.amountFen, 0),
          basis: fees.map((f) => f.title).join('；'),
          timing: fees.some((f) => f.timing === 'before-review') ? 'before-review' : 'after-acceptance',
        }

  const form: FormSchemaDto = {
    itemId: combinedFormId(input.scenarioId),
    itemName: input.title,
    version: input.version,
    audience: input.mode,
    sections,
    materials: [...slots.values()],
    declaration: declarationOf(input.mode, parts.map((p) => p.itemName)),
    fee,
  }

  const partDtos = new Map<FormPart, ScenarioFormPartDto>()
  parts.forEach((part, p) =>
    partDtos.set(part, {
      stepKey: part.step.key,
      itemId: part.itemId,
      itemName: part.itemName,
      department: part.department,
      stage: part.step.stage,
      fields: maps[p],
      materials: materialMaps[p],
      providedInCase: { ...providedFields[p], ...provided[p] },
      fee: part.form.fee ? { ...part.form.fee } : null,
    }),
  )
  return { form, parts: input.parts.map((part) => partDtos.get(part) as ScenarioFormPartDto) }
}

/**
 * One part's own answers and materials, taken out of the combined ones (what the case provides left out). With the part's own `form`, a 容缺后补 given for a combined slot (deferrable because another item allows it) is
 * left out where this item's slot is merely optional: not providing an optional material is what it means here.
 */
export function partAnswers(
  part: ScenarioFormPartDto,
  answers: AnswersDto,
  materials: MaterialAnswers,
  form?: Pick<FormSchemaDto, 'materials'>,
): { answers: AnswersDto; materials: MaterialAnswers } {
  const ownAnswers: AnswersDto = {}
  for (const [partId, combinedId] of Object.entries(part.fields)) {
    const value = own(answers, combinedId)
    if (value !== undefined) ownAnswers[partId] = value
  }
  const ownMaterials: MaterialAnswers = {}
  for (const [slotId, combinedId] of Object.entries(part.materials)) {
    const value = own(materials, combinedId)
    const optional = form?.materials.find((slot) => slot.id === slotId)?.requirement === 'optional'
    if (value !== undefined && !(optional && value.kind === 'deferred')) ownMaterials[slotId] = value
  }
  return { answers: ownAnswers, materials: ownMaterials }
}

/**
 * A part's form without what the case provides: material slots an earlier step produces, and the founded
 * business's details (what the server validates the part against).
 */
export function partForm(part: ScenarioFormPartDto, form: FormSchemaDto): FormSchemaDto {
  const provided = (id: string) => hasOwn(part.providedInCase, id)
  return {
    ...form,
    sections: form.sections.map((section) => ({ ...section, fields: section.fields.filter((entry) => !provided(entry.id)) })).filter((section) => section.fields.length > 0),
    materials: form.materials.filter((slot) => !provided(slot.id)),
  }
}

/** Messages keyed by the part's own paths (members.0.name, a slot id) → keyed by the combined form's. */
export function toCombinedErrors(part: ScenarioFormPartDto, errors: Record<string, string>): Record<string, string> {
  const combined: Record<string, string> = {}
  for (const [key, message] of Object.entries(errors)) {
    const dot = key.indexOf('.')
    const head = dot < 0 ? key : key.slice(0, dot)
    const field = own(part.fields, head)
    if (field !== undefined) combined[dot < 0 ? field : field + key.slice(dot)] = message
    else combined[own(part.materials, key) ?? key] = message
  }
  return combined
}

// ------------------------------------------------------------------------------------------------------- cases

/** Statuses after which an application moves no more (办结, 不予受理, 撤回, 撤销). */
export const ENDED_STATUSES: readonly ApplicationStatus[] = ['not-accepted', 'approved', 'approved-conditional', 'denied', 'withdrawn', 'revoked']
export const APPROVED_STATUSES: readonly ApplicationStatus[] = ['approved', 'approved-conditional']

export interface CasePartState {
  name: string
  stage: number
  status: ApplicationStatus
  /** A fee of it is waiting to be paid */
  unpaid: boolean
}

/** The case status from its parts: see CASE_STATUSES. */
export function caseStatusOf(parts: readonly CasePartState[]): CaseStatus {
  if (parts.every((p) => ENDED_STATUSES.includes(p.status))) {
    return parts.every((p) => APPROVED_STATUSES.includes(p.status)) ? 'completed' : 'ended'
  }
  return parts.some((p) => p.status === 'supplementing' || p.unpaid) ? 'action-needed' : 'in-progress'
}

/** Names of earlier-stage parts this one waits for: those of an earlier stage not yet approved (none once it ended). */
export function waitingFor(part: CasePartState, parts: readonly CasePartState[]): string[] {
  if (ENDED_STATUSES.includes(part.status)) return []
  return parts.filter((p) => p.stage < part.stage && !APPROVED_STATUSES.includes(p.status)).map((p) => p.name)
}
