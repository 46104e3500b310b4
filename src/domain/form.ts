import type {
  AnswersDto,
  FormFieldDto,
  FormGroupDto,
  FormSchemaDto,
  LeafAnswer,
  LicenceDto,
  MaterialAnswers,
  MaterialSlotDto,
  ShowIfDto,
} from '../api/contract'
import { checkCreditCode } from './credit-code'
import { checkIdCard, checkPersonName } from './id-card'
import { checkPhone, normalisePhone } from './phone'
import { beijingDate, isCalendarDate } from './working-days'

/**
 * The form engine of 在线办理 (online handling), shared by the client and the mock server: the server validates a
 * submission (提交) and a 补正 with exactly this code, so the messages the user sees before submitting are the ones
 * the server would answer with.
 *
 * - 显示条件 (showIf): a field shows only when an earlier answer (a select's value, or a person's 关系) is one of
 *   the listed values. A hidden field is never required and its answer is ignored (and dropped on save). Hiding
 *   cascades: a field that depends on a hidden field is hidden too.
 * - 重复组 (repeatable group, e.g. 家庭成员): answered as a list of rows; its fields are addressed as
 *   'group.index.field' (`members.0.idNumber`).
 * - 预填 (prefill): from 实名认证, the account's 手机号, the active enterprise (法人) or a valid 电子证照; never over
 *   something the user typed.
 * - 申请材料 (materials): each slot is provided by 上传, by an 电子证照 (免提交), or 容缺后补 where the guide allows.
 *
 * Every message is short Chinese that names the field; id-number, credit-code, phone and person names reuse the
 * messages of their validators (id-card.ts, credit-code.ts, phone.ts).
 */

/** 'name' at the top level, or 'members.0.idNumber' inside row 0 of the group 'members'. */
export type FieldPath = string

type Entry = FormFieldDto | FormGroupDto
type Row = Record<string, LeafAnswer>
type AnswerValue = AnswersDto[string]

const RELATIONS: readonly string[] = ['self', 'spouse', 'child', 'parent', 'other']
const REGION_CODE = /^(\d{6}|\d{9})$/
const DECIMAL = /^-?\d+(\.\d+)?$/

const hasOwn = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key)
const own = <T>(obj: Record<string, T>, key: string): T | undefined => (hasOwn(obj, key) ? obj[key] : undefined)
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim() !== ''
/** Length as people count it: a rare character outside the BMP is one character, not two UTF-16 units. */
const charCount = (s: string): number => Array.from(s).length

/** Every field and group of the form, in order. */
export function allEntries(schema: Pick<FormSchemaDto, 'sections'>): (FormFieldDto | FormGroupDto)[] {
  const entries: Entry[] = []
  for (const section of schema.sections) entries.push(...section.fields)
  return entries
}

/** What a condition compares: a select's value, or a person's relation. */
function conditionValue(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  if (isObject(v) && typeof v.relation === 'string') return v.relation
  return null
}

/**
 * Whether an entry shows (显示条件). `showIf.field` is looked up in `row` first when the entry sits in a group row
 * (and the row has that field), else among the top-level answers.
 */
export function isVisible(entry: { showIf?: ShowIfDto }, answers: AnswersDto, row?: Record<string, LeafAnswer>): boolean {
  const cond = entry.showIf
  if (!cond) return true
  const source = row && hasOwn(row, cond.field) ? row[cond.field] : own(answers, cond.field)
  const value = conditionValue(source)
  return value !== null && cond.in.includes(value)
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution: which entries show, in order, with hidden answers treated as not given (so hiding cascades).

interface ResolvedRow {
  index: number
  raw: unknown
  /** Every field of the group: its answer, or null when hidden or missing */
  values: Row
  visible: Set<string>
}

interface ResolvedEntry {
  entry: Entry
  visible: boolean
  value: AnswerValue | undefined
  /** Group rows (only for a visible group answered with a list) */
  rows: ResolvedRow[]
}

function resolveRow(group: FormGroupDto, raw: unknown, index: number, top: AnswersDto): ResolvedRow {
  const source: Record<string, unknown> = isObject(raw) ? raw : {}
  const values: Row = {}
  for (const field of group.fields) values[field.id] = null
  const visible = new Set<string>()
  for (const field of group.fields) {
    if (!isVisible(field, top, values)) continue
    visible.add(field.id)
    const v = own(source, field.id)
    values[field.id] = v === undefined || Array.isArray(v) ? null : (v as LeafAnswer)
  }
  return { index, raw, values, visible }
}

function resolve(schema: Pick<FormSchemaDto, 'sections'>, answers: AnswersDto): ResolvedEntry[] {
  const effective: AnswersDto = {}
  const resolved: ResolvedEntry[] = []
  for (const entry of allEntries(schema)) {
    const value = own(answers, entry.id)
    const visible = isVisible(entry, effective)
    if (entry.type === 'group') {
      const rows = visible && Array.isArray(value) ? value.map((row, i) => resolveRow(entry, row, i, effective)) : []
      effective[entry.id] = visible && Array.isArray(value) ? rows.map((r) => r.values) : null
      resolved.push({ entry, visible, value, rows })
    } else {
      effective[entry.id] = visible && value !== undefined && !Array.isArray(value) ? value : null
      resolved.push({ entry, visible, value, rows: [] })
    }
  }
  return resolved
}

// ---------------------------------------------------------------------------------------------------------------
// Answers

/**
 * Whether a value counts as answered: a non-blank string, a number, a person with a name or 身份证号 (a relation
 * alone is the picker's default), an address with a region or a detail, a non-empty list of rows.
 */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number') return !Number.isNaN(value)
  if (Array.isArray(value)) return value.length > 0
  if (isObject(value)) {
    if (hasOwn(value, 'relation') || hasOwn(value, 'idNumber')) return filled(value.name) || filled(value.idNumber)
    if (hasOwn(value, 'regionCode') || hasOwn(value, 'detail')) return filled(value.regionCode) || filled(value.detail)
    return Object.keys(value).some((k) => isAnswered(value[k]))
  }
  return true
}

const emptyRow = (group: FormGroupDto): Row => {
  const row: Row = {}
  for (const field of group.fields) row[field.id] = null
  return row
}

/** A blank form: every field null, every group with `minItems` blank rows. */
export function emptyAnswers(schema: Pick<FormSchemaDto, 'sections'>): AnswersDto {
  const answers: AnswersDto = {}
  for (const entry of allEntries(schema)) {
    answers[entry.id] = entry.type === 'group' ? Array.from({ length: entry.minItems }, () => emptyRow(entry)) : null
  }
  return answers
}

/** The fewest rows a group takes: its minItems, and at least one when it is required. */
const minRows = (group: FormGroupDto): number => Math.max(group.minItems, group.required ? 1 : 0)

/**
 * For the progress line (「已填写 3/8 项」): the required fields that show, in each group row too (a group with
 * fewer rows than it needs adds one unanswered item), and how many of them are answered (not necessarily valid).
 */
export function countAnswered(schema: Pick<FormSchemaDto, 'sections'>, answers: AnswersDto): { answered: number; required: number } {
  let answered = 0
  let required = 0
  for (const { entry, visible, value, rows } of resolve(schema, answers)) {
    if (!visible) continue
    if (entry.type === 'group') {
      // A group short of rows is one item still to do; its rows count through their fields.
      if ((Array.isArray(value) ? value.length : 0) < minRows(entry)) required++
      for (const row of rows) {
        for (const field of entry.fields) {
          if (!field.required || !row.visible.has(field.id)) continue
          required++
          if (isAnswered(row.values[field.id])) answered++
        }
      }
    } else if (entry.required) {
      required++
      if (isAnswered(value)) answered++
    }
  }
  return { answered, required }
}

/**
 * What the server stores: only the answers of fields the form has and that show (unknown keys and hidden
 * answers dropped, in group rows too). Answers are not otherwise changed: validate first.
 */
export function sanitizeAnswers(schema: Pick<FormSchemaDto, 'sections'>, answers: AnswersDto): AnswersDto {
  const clean: AnswersDto = {}
  for (const { entry, visible, value, rows } of resolve(schema, answers)) {
    if (!visible || value === undefined) continue
    if (entry.type === 'group') {
      if (!Array.isArray(value)) continue
      clean[entry.id] = rows
        .filter((row) => isObject(row.raw))
        .map((row) => {
          const raw = row.raw as Row
          const kept: Row = {}
          for (const field of entry.fields) if (row.visible.has(field.id) && hasOwn(raw, field.id)) kept[field.id] = raw[field.id]
          return kept
        })
    } else if (!Array.isArray(value)) {
      clean[entry.id] = value
    }
  }
  return clean
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

const PICKED_TYPES: readonly string[] = ['select', 'region', 'date']

const requiredMessage = (field: FormFieldDto): string => (PICKED_TYPES.includes(field.type) ? `请选择${field.label}` : `请填写${field.label}`)
const formatMessage = (label: string): string => `${label}格式不正确`

const patterns = new Map<string, RegExp | null>()
/** The whole answer must match (like the HTML `pattern` attribute). A pattern that does not compile is skipped. */
function matchesPattern(pattern: string, value: string): boolean {
  let re = patterns.get(pattern)
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${pattern})$`)
    } catch {
      re = null
    }
    patterns.set(pattern, re)
  }
  return re === null || re.test(value)
}

/** A number, or the text of one ('12', '-3.5'), as text; null when it is neither. */
function numericText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null
  if (typeof value === 'string') {
    const text = value.trim()
    return DECIMAL.test(text) ? text : null
  }
  return null
}

function numericBound(bound: number | string | undefined): number | null {
  if (typeof bound === 'number') return Number.isFinite(bound) ? bound : null
  if (typeof bound === 'string' && DECIMAL.test(bound.trim())) return Number(bound)
  return null
}

function dateBound(bound: number | string | undefined, today: string): string | null {
  if (bound === 'today') return today
  return typeof bound === 'string' && isCalendarDate(bound) ? bound : null
}

/** 2026-10-01 → 2026年10月1日 */
const chineseDate = (date: string): string => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
const utcMidnight = (date: string): Date => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))))

/** 固定电话 with its 区号 (021-12345678, 0571 8888 8888), or a 中国大陆手机号 with phone.ts's messages. */
function checkAnyPhone(input: string): string | null {
  const digits = normalisePhone(input)
  if (digits.startsWith('0')) return /^0\d{9,11}$/.test(digits) ? null : '固定电话格式不正确，如 021-12345678'
  if (/^[2-9]\d{6,7}$/.test(digits)) return '固定电话请加区号，如 021-12345678'
  const check = checkPhone(input)
  return check.ok ? null : check.message
}

function checkNumber(field: FormFieldDto, value: unknown, unit: string): string | null {
  const { label } = field
  const text = numericText(value)
  if (text === null) return `${label}应为数字`
  const n = Number(text)
  if (field.type === 'amount') {
    if (n < 0) return `${label}不能为负数`
    if (/\.\d{3,}$/.test(text)) return `${label}最多两位小数`
  }
  const min = numericBound(field.min)
  const max = numericBound(field.max)
  if (min !== null && n < min) return `${label}不能小于 ${min}${unit}`
  if (max !== null && n > max) return `${label}不能大于 ${max}${unit}`
  return null
}

function checkDate(field: FormFieldDto, value: unknown, today: string): string | null {
  const { label } = field
  if (typeof value !== 'string' || !isCalendarDate(value.trim())) return `${label}不正确`
  const date = value.trim()
  const min = dateBound(field.min, today)
  const max = dateBound(field.max, today)
  if (min !== null && date < min) return field.min === 'today' ? `${label}不能早于今天` : `${label}不能早于${chineseDate(min)}`
  if (max !== null && date > max) return field.max === 'today' ? `${label}不能晚于今天` : `${label}不能晚于${chineseDate(max)}`
  return null
}

function checkPerson(label: string, value: unknown, today: string): string | null {
  if (!isObject(value)) return formatMessage(label)
  if (typeof value.relation !== 'string' || !RELATIONS.includes(value.relation)) return `请选择${label}与申请人的关系`
  const name = checkPersonName(typeof value.name === 'string' ? value.name : '')
  if (!name.ok) return name.message
  const id = checkIdCard(typeof value.idNumber === 'string' ? value.idNumber : '', utcMidnight(today))
  return id.ok ? null : id.message
}

function checkAddress(label: string, value: unknown): string | null {
  if (!isObject(value)) return formatMessage(label)
  if (typeof value.regionCode !== 'string' || !REGION_CODE.test(value.regionCode)) return `请选择${label}所在地区`
  const detail = typeof value.detail === 'string' ? value.detail.trim() : ''
  if (detail === '') return `请填写${label}详细地址`
  const length = charCount(detail)
  if (length < 5 || length > 120) return `${label}详细地址应为 5–120 个字`
  return null
}

/** One field's message, or null when it is fine. The caller has checked that the field shows. */
function checkField(field: FormFieldDto, value: unknown, today: string): string | null {
  if (!isAnswered(value)) return field.required ? requiredMessage(field) : null
  const { label } = field
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return formatMessage(label)
      if (field.maxLength !== undefined && charCount(value) > field.maxLength) return `${label}不能超过 ${field.maxLength} 个字`
      if (field.pattern !== undefined && !matchesPattern(field.pattern, value.trim())) return field.patternMessage ?? formatMessage(label)
      return null
    }
    case 'number':
      return checkNumber(field, value, '')
    case 'amount':
      return checkNumber(field, value, ' 元')
    case 'date':
      return checkDate(field, value, today)
    case 'select':
      return typeof value === 'string' && (field.options ?? []).some((o) => o.value === value) ? null : `请重新选择${label}`
    case 'region':
      return typeof value === 'string' && REGION_CODE.test(value) ? null : `请重新选择${label}`
    case 'id-number': {
      if (typeof value !== 'string') return formatMessage(label)
      const check = checkIdCard(value, utcMidnight(today))
      return check.ok ? null : check.message
    }
    case 'credit-code': {
      if (typeof value !== 'string') return formatMessage(label)
      const check = checkCreditCode(value)
      return check.ok ? null : check.message
    }
    case 'phone':
      return typeof value === 'string' ? checkAnyPhone(value) : formatMessage(label)
    case 'person':
      return checkPerson(label, value, today)
    case 'address':
      return checkAddress(label, value)
  }
}

function checkGroupSize(group: FormGroupDto, value: unknown): string | null {
  if (value !== null && value !== undefined && !Array.isArray(value)) return formatMessage(group.label)
  const count = Array.isArray(value) ? value.length : 0
  const min = minRows(group)
  if (count < min) return `请至少添加 ${min} 项${group.label}`
  if (count > group.maxItems) return `${group.label}最多添加 ${group.maxItems} 项`
  return null
}

/**
 * Checks the answers against the form: what is required, each type's rules, group sizes and rows. Hidden fields
 * are skipped; unknown answer keys are ignored (sanitizeAnswers drops them). Returns one message per failing
 * path, empty when all is well.
 *
 * `today` ('YYYY-MM-DD', Beijing) resolves date bounds of 'today' and rejects birth dates in the future;
 * it defaults to the current Beijing date. `only` (补正) validates just these paths: a group id covers the
 * group's size and all its rows, 'group.i' one row, 'group.i.field' one field of it.
 */
export function validateAnswers(
  schema: Pick<FormSchemaDto, 'sections'>,
  answers: AnswersDto,
  opts: { today?: string; only?: FieldPath[] } = {},
): Record<FieldPath, string> {
  const today = opts.today !== undefined && isCalendarDate(opts.today) ? opts.today : beijingDate(Date.now())
  const only = opts.only
  const selected = (path: FieldPath): boolean => !only || only.some((p) => path === p || path.startsWith(`${p}.`))
  const errors: Record<FieldPath, string> = {}
  const report = (path: FieldPath, message: string | null) => {
    if (message !== null) errors[path] = message
  }
  for (const { entry, visible, value, rows } of resolve(schema, answers)) {
    if (!visible) continue
    if (entry.type !== 'group') {
      if (selected(entry.id)) report(entry.id, checkField(entry, value, today))
      continue
    }
    if (selected(entry.id)) report(entry.id, checkGroupSize(entry, value))
    for (const row of rows) {
      const rowPath = `${entry.id}.${row.index}`
      if (!isObject(row.raw)) {
        if (selected(rowPath)) report(rowPath, `第 ${row.index + 1} 项${entry.label}格式不正确`)
        continue
      }
      for (const field of entry.fields) {
        const path = `${rowPath}.${field.id}`
        if (row.visible.has(field.id) && selected(path)) report(path, checkField(field, own(row.raw, field.id), today))
      }
    }
  }
  return errors
}

/**
 * Checks how each material is provided: a required or 容缺 slot needs an answer; 容缺后补 only where the slot is
 * deferrable; an 电子证照 only where the slot names one; an upload only where the slot takes uploads, within
 * its file count. Unknown slot ids in `materials` are ignored. `only` (补正) checks just these slots.
 */
export function validateMaterials(slots: MaterialSlotDto[], materials: MaterialAnswers, opts: { only?: string[] } = {}): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const slot of slots) {
    if (opts.only && !opts.only.includes(slot.id)) continue
    const { name } = slot
    const answer = own(materials, slot.id)
    if (!answer) {
      if (slot.requirement !== 'optional') errors[slot.id] = `请提供${name}`
      continue
    }
    switch (answer.kind) {
      case 'deferred':
        if (slot.requirement !== 'deferrable') errors[slot.id] = `${name}不可容缺后补`
        break
      case 'licence':
        if (!slot.eLicence) errors[slot.id] = `${name}不能使用电子证照`
        else if (!answer.licenceId || answer.consent !== true) errors[slot.id] = `请提供${name}`
        break
      case 'upload':
        if (!slot.upload) errors[slot.id] = `${name}不支持上传`
        else if (!Array.isArray(answer.fileIds) || answer.fileIds.length === 0) errors[slot.id] = `请提供${name}`
        else if (answer.fileIds.length > slot.upload.maxFiles) errors[slot.id] = `${name}最多上传 ${slot.upload.maxFiles} 个文件`
        break
      default:
        errors[slot.id] = `请提供${name}`
    }
  }
  return errors
}

// ---------------------------------------------------------------------------------------------------------------
// Prefill

/** What the user has that a form may be prefilled from. */
export interface PrefillContext {
  /** 实名认证 (null when not verified) */
  identity?: { name: string; idNumber: string } | null
  /** The account's 手机号 */
  phone?: string | null
  /** The active enterprise in 法人 mode */
  enterprise?: { name: string; creditCode: string; legalRep: string } | null
  /** The user's 电子证照 */
  licences?: Pick<LicenceDto, 'type' | 'status' | 'fields'>[]
}

const FROM_IDENTITY = '来自实名认证'
const FROM_PHONE = '来自账号手机号'
const FROM_ENTERPRISE = '来自企业信息'
const fromLicence = (type: string): string => `来自电子证照「${type}」`

/** The value of a prefill source and its label, or null when the user does not have it. */
function lookup(source: string, ctx: PrefillContext): { value: string; label: string } | null {
  const hit = (value: string | undefined, label: string) => (filled(value) ? { value: value as string, label } : null)
  switch (source) {
    case 'identity.name':
      return ctx.identity ? hit(ctx.identity.name, FROM_IDENTITY) : null
    case 'identity.idNumber':
      return ctx.identity ? hit(ctx.identity.idNumber, FROM_IDENTITY) : null
    case 'account.phone':
      return ctx.phone ? hit(ctx.phone, FROM_PHONE) : null
    case 'enterprise.name':
      return ctx.enterprise ? hit(ctx.enterprise.name, FROM_ENTERPRISE) : null
    case 'enterprise.creditCode':
      return ctx.enterprise ? hit(ctx.enterprise.creditCode, FROM_ENTERPRISE) : null
    case 'enterprise.legalRep':
      return ctx.enterprise ? hit(ctx.enterprise.legalRep, FROM_ENTERPRISE) : null
  }
  const m = /^licence:([^:]+):([A-Za-z]+)$/.exec(source)
  if (!m) return null
  const [, type, name] = m
  const licence = (ctx.licences ?? []).find((l) => l.type === type && l.status === 'valid' && filled(own(l.fields, name)))
  return licence ? { value: licence.fields[name], label: fromLicence(type) } : null
}

/** The answer a field takes from a source value, or null when it cannot take it. */
function prefillAnswer(field: FormFieldDto, value: string): LeafAnswer {
  switch (field.type) {
    case 'select':
      return (field.options ?? []).some((o) => o.value === value) ? value : null
    case 'region':
      return REGION_CODE.test(value) ? value : null
    case 'address':
      // A licence gives the address as one line: the user picks the region, the line is the detail.
      return { regionCode: '', detail: value }
    case 'person':
      return null
    default:
      return value
  }
}

/**
 * Fills the top-level fields that have a `prefill` source and no answer yet (never over what the user typed).
 * A person field whose source is the identity becomes 本人: `{ relation: 'self', name, idNumber }`. Returns new
 * answers and, per filled field, where its value came from (「来自实名认证」, 「来自电子证照「居民户口簿」」…).
 */
export function prefill(
  schema: Pick<FormSchemaDto, 'sections'>,
  ctx: PrefillContext,
  current: AnswersDto,
): { answers: AnswersDto; sources: Record<string, string> } {
  const answers: AnswersDto = { ...current }
  const sources: Record<string, string> = {}
  for (const entry of allEntries(schema)) {
    if (entry.type === 'group' || entry.prefill === undefined || isAnswered(own(current, entry.id))) continue
    if (entry.type === 'person') {
      const identity = ctx.identity
      if (entry.prefill.startsWith('identity.') && identity && filled(identity.name) && filled(identity.idNumber)) {
        answers[entry.id] = { relation: 'self', name: identity.name, idNumber: identity.idNumber }
        sources[entry.id] = FROM_IDENTITY
      }
      continue
    }
    const found = lookup(entry.prefill, ctx)
    const value = found && prefillAnswer(entry, found.value)
    if (found && value !== null) {
      answers[entry.id] = value
      sources[entry.id] = found.label
    }
  }
  return { answers, sources }
}
