import { randomBytes } from 'node:crypto'
import type {
  AnswersDto,
  ApplicationDetailDto,
  ApplicationFilter,
  ApplicationListDto,
  ApplicationListQuery,
  ApplicationStatus,
  ApplicationSummaryDto,
  ClientPlatform,
  FollowUpRatingBody,
  FormSchemaDto,
  MaterialAnswers,
  Mode,
  RatingBody,
  RatingDto,
  StatusEventDto,
  SubmitBody,
  SupplementBody,
  SupplementRequestDto,
  WithdrawBody,
} from '../../src/api/contract'
import { APPLICATION_FILTERS } from '../../src/api/contract/handling'
import { canBeRated, canWithdraw, filterOf, STATUS_CODE } from '../../src/domain/application-status'
import { allEntries, sanitizeAnswers, validateAnswers, validateMaterials } from '../../src/domain/form'
import { seedEnterprises } from '../fixtures/enterprises'
import { addWorkingDays, beijingDate } from '../../src/domain/working-days'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex } from '../catalog/query'
import { recordApplication } from '../catalog/state'
import type { MockContext } from '../context'
import { httpError, messages } from '../http/errors'
import { listEnterprises } from '../identity/enterprises'
import { cancelFee, createApplicationFee, unpaidFee } from '../payment/application-fees'
import { caseFeeFallsDue, casePartChanged } from '../scenario/progress'
import { own, type UserRecord } from '../store'
import { billFeeOf, checkConvenienceAnswers, settleOnSubmit } from './convenience'
import { markSubmitted } from './drafts'
import { formFor } from './forms'
import { findLicence } from './licences'
import { postMessage } from './messages'
import { findUpload } from './uploads'

/**
 * 办件: what the applicant submitted and everything that happened to it since. The status machine is
 * src/domain/application-status.ts; the back office that moves it on is review.ts (and back-office.ts for
 * the dev timer). Other users' applications are "not found", never "forbidden": no hint that an id exists.
 */

/** Who the timeline names for the applicant's own steps (提交, 补正, 撤回). */
export const APPLICANT = '申请人'
/** Every status message carries this title; the body says what happened. */
export const STATUS_MESSAGE_TITLE = '办件状态更新'
/** What the mock's department answers to a bad rating (差评回访): the follow-up record. */
export const FOLLOW_UP_NOTE = '部门已联系您核实情况并改进……'
/** A 补正 gives the applicant this many working days. */
export const SUPPLEMENT_WORKING_DAYS = 5

export interface ApplicationRecord {
  id: string
  /** 办件编号: SH + Beijing date of submission + 6 digits */
  number: string
  userId: string
  itemId: string
  itemName: string
  /** The implementing department's name (实施主体) */
  department: string
  mode: Mode
  platform: ClientPlatform
  /** 法人 mode: the enterprise applied for */
  enterprise: { id: string; name: string } | null
  submissionKey: string
  formVersion: number
  status: ApplicationStatus
  submittedAt: number
  updatedAt: number
  /** 承诺办结日期, set at 受理 */
  dueDate: string | null
  timeline: StatusEventDto[]
  answers: AnswersDto
  materials: MaterialAnswers
  supplement: SupplementRequestDto | null
  result: ApplicationDetailDto['result']
  rating: RatingDto | null
  /** Fees of this application in the payments slice, oldest first; whether one is unpaid is read from there */
  feeIds: string[]
  /** Back office: the fee whose hold was already noted on the timeline (noted once per fee) */
  holdNotedFor: string | null
  /** The 一件事 case it was submitted in (mock/scenario/cases.ts); absent for an application of its own */
  case?: { id: string; title: string }
}

interface ApplicationsState {
  byId: Record<string, ApplicationRecord>
  /** user id → application ids, oldest first */
  byUser: Record<string, string[]>
  /** `<user id> <submissionKey>` → application id: one application per submission */
  bySubmission: Record<string, string>
  /** Beijing date (YYYYMMDD) → the last 办件编号 sequence handed out that day */
  numbers: Record<string, number>
}

/** The applications slice of the mock's state (persisted and reset with the rest; see store.ts `slice`). */
export const applicationsStateOf = (ctx: MockContext): ApplicationsState =>
  ctx.store.slice<ApplicationsState>('applications', () => ({ byId: {}, byUser: {}, bySubmission: {}, numbers: {} }))

const refuse = {
  notFound: () => httpError(404, 'APPLICATION_NOT_FOUND', '办件不存在'),
  realName: () => httpError(403, 'REAL_NAME_REQUIRED', '请先完成实名认证后再提交申请'),
  enterprise: () => httpError(403, 'ENTERPRISE_REQUIRED', '以法人身份申请前，请先绑定企业'),
  item: () => httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound),
  form: () => httpError(404, 'FORM_NOT_FOUND', messages.formNotFound),
  outdated: () => httpError(409, 'FORM_OUTDATED', '表单已更新，请刷新后重新确认'),
  invalid: (fields: Record<string, string>) => httpError(400, 'INVALID_ANSWERS', '请按提示修改后再提交', { fields }),
  licence: (path: string) => httpError(404, 'LICENCE_NOT_FOUND', '所选电子证照不存在或已失效，请重新选择', { fields: { [path]: '所选电子证照不存在或已失效，请重新选择' } }),
  upload: (path: string) => httpError(404, 'UPLOAD_NOT_FOUND', '上传的文件已失效，请重新上传', { fields: { [path]: '上传的文件已失效，请重新上传' } }),
  notSupplementing: () => httpError(409, 'NOT_SUPPLEMENTING', '该办件当前无需补正'),
  cannotWithdraw: () => httpError(409, 'CANNOT_WITHDRAW', '该办件已作出决定或正在特别程序中，不能撤回'),
  notEnded: () => httpError(409, 'NOT_ENDED', '办结后才能评价'),
  alreadyRated: () => httpError(409, 'ALREADY_RATED', '您已评价过该办件'),
  noFollowUp: () => httpError(409, 'NO_FOLLOW_UP', '该评价没有回访记录，无需追加评价'),
  followUpRated: () => httpError(409, 'ALREADY_RATED', '您已追加过评价'),
}

/** The key of a material slot in `fields`: its id, as validateMaterials (src/domain/form.ts) reports it. */
const materialPath = (slotId: string) => slotId
const hasOwn = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key)
/** The answer key a field path belongs to: 'members' of 'members.0.idNumber'. */
const topOf = (path: string) => path.split('.')[0]

const itemOf = (itemId: string): CatalogItem | undefined => catalogIndex().catalog.byId.get(itemId)

/** Any user's application (the back office), or 404. */
export function applicationById(ctx: MockContext, id: string): ApplicationRecord {
  const application = own(applicationsStateOf(ctx).byId, id) as ApplicationRecord | undefined
  if (!application) throw refuse.notFound()
  return application
}

/** The caller's application; another user's is 404 APPLICATION_NOT_FOUND like one that does not exist. */
export function applicationOf(ctx: MockContext, user: UserRecord, id: string): ApplicationRecord {
  const application = own(applicationsStateOf(ctx).byId, id) as ApplicationRecord | undefined
  if (!application || application.userId !== user.id) throw refuse.notFound()
  return application
}

/** Every application, oldest first (the back office walks them). */
export const allApplications = (ctx: MockContext): ApplicationRecord[] => Object.values(applicationsStateOf(ctx).byId)

/** The owner's record (the back office issues licences to them); null when the user is gone (a reset). */
export const applicantOf = (ctx: MockContext, application: ApplicationRecord): UserRecord | null =>
  (ctx.store.state.users[application.userId] as UserRecord | undefined) ?? null

// ---------------------------------------------------------------------------------------------- views

/** The summary as the list shows it; 待缴费 is read from the payments slice, so a payment clears it at once. */
export function toApplicationSummary(ctx: MockContext, a: ApplicationRecord): ApplicationSummaryDto {
  return {
    id: a.id,
    number: a.number,
    itemId: a.itemId,
    itemName: a.itemName,
    department: a.department,
    status: a.status,
    submittedAt: a.submittedAt,
    updatedAt: a.updatedAt,
    dueDate: a.dueDate,
    unpaidFeeId: unpaidFee(ctx, a.feeIds)?.id ?? null,
    ...(a.case ? { case: { id: a.case.id, title: a.case.title } } : {}),
  }
}

export function toApplicationDetail(ctx: MockContext, a: ApplicationRecord): ApplicationDetailDto {
  return {
    ...toApplicationSummary(ctx, a),
    mode: a.mode,
    timeline: a.timeline.map((e) => ({ ...e })),
    answers: a.answers,
    materials: a.materials,
    supplement: a.supplement,
    result: a.result,
    canWithdraw: canWithdraw(a.status),
    canRate: canBeRated(a.status) && a.rating === null,
    rating: a.rating,
  }
}

/** 我的办件: one tab (filterOf), newest first, paged, with the count of every tab. */
export function listApplications(ctx: MockContext, userId: string, query: ApplicationListQuery): ApplicationListDto {
  const state = applicationsStateOf(ctx)
  const mine = (state.byUser[userId] ?? []).map((id) => state.byId[id]).reverse()
  const counts = Object.fromEntries(APPLICATION_FILTERS.map((f) => [f, 0])) as Record<ApplicationFilter, number>
  for (const a of mine) {
    counts.all++
    counts[filterOf(a.status)]++
  }
  const filter = query.filter ?? 'all'
  const matches = filter === 'all' ? mine : mine.filter((a) => filterOf(a.status) === filter)
  const offset = query.offset ?? 0
  const limit = query.limit ?? 20
  return { applications: matches.slice(offset, offset + limit).map((a) => toApplicationSummary(ctx, a)), total: matches.length, counts }
}

// ---------------------------------------------------------------------------------------------- status changes

/** 「您申请的「X」…」: what a status change tells the applicant in 消息. */
function statusMessage(a: ApplicationRecord, note: string | null): string {
  const item = `「${a.itemName}」`
  const reason = note ? `：${note}` : ''
  switch (a.status) {
    case 'submitted':
      return `您的申请已提交：${item}，办件编号 ${a.number}`
    case 'accepted':
      return `您申请的${item}已受理${a.dueDate ? `，承诺于 ${a.dueDate} 前办结` : ''}`
    case 'not-accepted':
      return `您申请的${item}不予受理${reason}`
    case 'supplementing':
      return `您申请的${item}需要补正${reason}，请在 ${a.supplement ? beijingDate(a.supplement.dueAt) : '规定期限'} 前补正`
    case 'processing':
      return `您申请的${item}正在办理`
    case 'special':
      return `您申请的${item}进入特别程序${reason}`
    case 'approved':
      return `您申请的${item}已办结（通过）${a.result?.licenceId ? '，电子证照已发放到您的卡包' : ''}`
    case 'approved-conditional':
      return `您申请的${item}已办结（容缺通过），请按要求补齐容缺材料`
    case 'denied':
      return `您申请的${item}未通过${reason}`
    case 'withdrawn':
      return `您已撤回${item}的申请`
    case 'revoked':
      return `您申请的${item}的审批结果已被撤销${reason}`
  }
}

/**
 * Appends a timeline event (national code from STATUS_CODE), moves the status when it changes, and tells the
 * applicant in 消息. `message` overrides the standard wording. The caller checked the transition is legal
 * and saves the store.
 */
export function recordEvent(
  ctx: MockContext,
  a: ApplicationRecord,
  status: ApplicationStatus,
  options: { by: string; note?: string | null; message?: string | null },
): StatusEventDto {
  const now = ctx.clock.now()
  const event: StatusEventDto = { status, code: STATUS_CODE[status], at: now, by: options.by, note: options.note ?? null }
  a.timeline.push(event)
  a.status = status
  a.updatedAt = now
  const body = options.message === undefined ? statusMessage(a, event.note) : options.message
  if (body !== null) postMessage(ctx, a.userId, { title: STATUS_MESSAGE_TITLE, body, applicationId: a.id })
  return event
}

/** Calendar days after a Beijing date (自然日 limits). */
function addNaturalDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** 承诺办结日期 counted from acceptance today: working days, or calendar days for 自然日 limits. */
export function dueDateFrom(now: number, item: CatalogItem | undefined): string | null {
  if (!item) return null
  const today = beijingDate(now)
  const { value, unit } = item.promisedLimit
  return unit === 'natural' ? addNaturalDays(today, value) : addWorkingDays(today, value)
}

/** The end (23:59:59 Beijing) of the day `days` working days from now: a 补正 deadline. */
export const workingDeadline = (now: number, days: number): number => Date.parse(`${addWorkingDays(beijingDate(now), days)}T23:59:59+08:00`)

/**
 * Creates the form's fee for the application when it falls due at this moment and none was created yet. A part
 * of a 一件事 case gets the case's one combined fee instead (合并缴费, mock/scenario/progress.ts).
 */
export function feeFallsDue(ctx: MockContext, a: ApplicationRecord, timing: 'before-review' | 'after-acceptance'): void {
  const user = applicantOf(ctx, a)
  if (a.feeIds.length > 0 || !user) return
  // 生活缴费: the bill of the 户号 is the fee, paid before review to the utility (convenience.ts).
  const bill = timing === 'before-review' ? billFeeOf(ctx, a) : null
  const formFee = formFor(a.itemId)?.fee
  const fee = bill ?? (formFee?.timing === timing ? formFee : null)
  if (!fee) return
  if (a.case) {
    caseFeeFallsDue(ctx, a, user)
    return
  }
  const record = createApplicationFee(ctx, user, {
    applicationId: a.id,
    title: fee.title,
    department: bill?.department ?? a.department,
    amountFen: fee.amountFen,
    basis: fee.basis,
  })
  a.feeIds.push(record.id)
}

/**
 * 受理 (by the department, or again after the applicant's 补正): the promised date is counted from today, and an
 * after-acceptance fee falls due.
 */
export function accepted(ctx: MockContext, a: ApplicationRecord, options: { by: string; note?: string | null; message?: string | null }) {
  a.dueDate = dueDateFrom(ctx.clock.now(), itemOf(a.itemId))
  a.supplement = null
  feeFallsDue(ctx, a, 'after-acceptance')
  recordEvent(ctx, a, 'accepted', options)
}

/**
 * An application that ends without approval (撤回, 不予受理, 不通过) owes nothing more: its unpaid fees are
 * cancelled. A part of a 一件事 case shares the case's combined fee with the other parts: that one is re-issued
 * for the parts still owing it once the status changed (casePartChanged), never cancelled here.
 */
export function releaseUnpaidFees(ctx: MockContext, a: ApplicationRecord): void {
  if (a.case) return
  for (const feeId of a.feeIds) cancelFee(ctx, feeId)
}

// ---------------------------------------------------------------------------------------------- submit

function nextNumber(ctx: MockContext, now: number): string {
  const state = applicationsStateOf(ctx)
  const day = beijingDate(now).replace(/-/g, '')
  const seq = (state.numbers[day] ?? 0) + 1
  state.numbers[day] = seq
  return `SH${day}${String(seq).padStart(6, '0')}`
}

/**
 * Licences must be the caller's (or their enterprise's) and valid, uploads the caller's. Only slots of the form
 * are looked at (validateMaterials reports unknown ones).
 */
export function checkMaterialRefs(ctx: MockContext, user: UserRecord, form: FormSchemaDto, materials: MaterialAnswers, only?: readonly string[]) {
  const wrongType: Record<string, string> = {}
  for (const slot of form.materials) {
    if (only && !only.includes(slot.id)) continue
    const answer = materials[slot.id] as MaterialAnswers[string] | undefined
    if (!answer) continue
    const path = materialPath(slot.id)
    if (answer.kind === 'licence') {
      const licence = findLicence(ctx, user, answer.licenceId)
      if (!licence || licence.status !== 'valid') throw refuse.licence(path)
      if (slot.eLicence && licence.type !== slot.eLicence) wrongType[path] = `请选择「${slot.eLicence}」电子证照`
    } else if (answer.kind === 'upload') {
      for (const fileId of answer.fileIds) if (!findUpload(ctx, user.id, fileId)) throw refuse.upload(path)
    }
  }
  if (Object.keys(wrongType).length > 0) throw refuse.invalid(wrongType)
}

/** 法人 mode: the enterprise named in the answers (a prefilled 统一社会信用代码) when bound, else the first bound. */
export function enterpriseFor(ctx: MockContext, user: UserRecord, form: FormSchemaDto, answers: AnswersDto): { id: string; name: string } {
  const bound = listEnterprises(ctx, user)
  if (bound.length === 0) throw refuse.enterprise()
  const creditField = allEntries(form).find((f) => f.type !== 'group' && f.prefill === 'enterprise.creditCode')
  const named = creditField ? bound.find((e) => e.creditCode === answers[creditField.id]) : undefined
  const chosen = named ?? bound[0]
  return { id: chosen.id, name: chosen.name }
}

/**
 * What the server knows better than the client: the verified identity (实名), the account's phone and the
 * enterprise's legal representative. The client only ever holds masked values, so it sends these fields empty
 * (or a person as 本人 without name and number), and they are filled here before validation. A field the user
 * may correct (editable) keeps what they typed.
 */
export function withVerifiedData(form: FormSchemaDto, answers: AnswersDto, user: UserRecord, enterpriseId: string | null): AnswersDto {
  const identity = user.realName
  const legalRep = enterpriseId ? seedEnterprises.find((e) => e.id === enterpriseId)?.legalRep.name : undefined
  const truth: Record<string, string | null | undefined> = {
    'identity.name': identity?.name,
    'identity.idNumber': identity?.idNumber,
    'account.phone': user.phone,
    'enterprise.legalRep': legalRep,
  }
  const self = (value: unknown) =>
    identity && value && typeof value === 'object' && (value as { relation?: string }).relation === 'self'
      ? { relation: 'self' as const, name: identity.name, idNumber: identity.idNumber }
      : value
  const filled: AnswersDto = { ...answers }
  for (const entry of allEntries(form)) {
    const current = filled[entry.id]
    if (entry.type === 'group') {
      if (Array.isArray(current)) {
        const personIds = entry.fields.filter((f) => f.type === 'person').map((f) => f.id)
        filled[entry.id] = current.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, personIds.includes(k) ? (self(v) as typeof v) : v])))
      }
      continue
    }
    // A person is filled as a whole (本人), never with the prefill's text (a person field prefilled from the
    // identity, e.g. 个体工商户's 经营者, would otherwise become a bare name).
    if (entry.type === 'person') {
      filled[entry.id] = self(current) as AnswersDto[string]
      continue
    }
    const known = entry.prefill ? truth[entry.prefill] : undefined
    const typed = typeof current === 'string' && current.trim() !== ''
    if (known && (entry.editable === false || !typed)) filled[entry.id] = known
  }
  return filled
}

/** What a new application is made of, checked by the caller (submitApplication, or a 一件事 case). */
export interface NewApplication {
  item: CatalogItem
  form: FormSchemaDto
  /** Validated, with the verified data filled in (withVerifiedData) */
  answers: AnswersDto
  materials: MaterialAnswers
  mode: Mode
  platform: ClientPlatform
  enterprise: { id: string; name: string } | null
  submissionKey: string
  case?: { id: string; title: string }
}

/**
 * Stores a new application, 已接件: its 办件编号, the submitted event (and its 消息), the item's usage. No check
 * and no fee here: the caller validated everything before, and lets a 即办 fee fall due after (feeFallsDue).
 * Synchronous, like everything between a submission's checks and its last record.
 */
export function createApplication(ctx: MockContext, user: UserRecord, input: NewApplication): ApplicationRecord {
  const state = applicationsStateOf(ctx)
  const now = ctx.clock.now()
  const id = `app-${randomBytes(8).toString('hex')}`
  const application: ApplicationRecord = {
    id,
    number: nextNumber(ctx, now),
    userId: user.id,
    itemId: input.item.id,
    itemName: input.item.name,
    department: input.item.department.name,
    mode: input.mode,
    platform: input.platform,
    enterprise: input.enterprise,
    submissionKey: input.submissionKey,
    formVersion: input.form.version,
    status: 'submitted',
    submittedAt: now,
    updatedAt: now,
    dueDate: null,
    timeline: [],
    answers: sanitizeAnswers(input.form, input.answers),
    materials: input.materials,
    supplement: null,
    result: null,
    rating: null,
    feeIds: [],
    holdNotedFor: null,
    ...(input.case ? { case: { ...input.case } } : {}),
  }
  state.byId[id] = application
  ;(state.byUser[user.id] ??= []).push(id)
  recordEvent(ctx, application, 'submitted', { by: APPLICANT })
  recordApplication(ctx, input.item.id, user.id)
  return application
}

/**
 * 提交申请. One application per (user, submissionKey): a repeat answers the application the first created,
 * whatever its Idempotency-Key and whatever it carries now. Synchronous from the lookup to the record being
 * stored, so two requests arriving together cannot both create one. The caller saves the store.
 */
export function submitApplication(ctx: MockContext, user: UserRecord, body: SubmitBody): { application: ApplicationRecord; created: boolean } {
  const state = applicationsStateOf(ctx)
  const submission = `${user.id} ${body.submissionKey}`
  const existing = state.bySubmission[submission] as string | undefined
  if (existing && state.byId[existing]) return { application: state.byId[existing], created: false }

  if (!user.realName) throw refuse.realName()
  const item = itemOf(body.itemId)
  if (!item) throw refuse.item()
  const form = formFor(item.id)
  if (!form) throw refuse.form()
  const enterprise = body.mode === 'enterprise' ? enterpriseFor(ctx, user, form, body.answers) : null
  if (body.formVersion !== form.version) throw refuse.outdated()
  const now = ctx.clock.now()
  const answers = withVerifiedData(form, body.answers, user, enterprise?.id ?? null)
  const fields = { ...validateAnswers(form, answers, { today: beijingDate(now) }), ...validateMaterials(form.materials, body.materials, {}) }
  if (Object.keys(fields).length > 0) throw refuse.invalid(fields)
  checkMaterialRefs(ctx, user, form, body.materials)
  checkConvenienceAnswers(ctx, user, item, answers)

  const application = createApplication(ctx, user, {
    item,
    form,
    answers,
    materials: body.materials,
    mode: body.mode,
    platform: body.platform,
    enterprise,
    submissionKey: body.submissionKey,
  })
  state.bySubmission[submission] = application.id
  // The key can no longer be saved as a draft, and the draft that carried it goes (drafts.ts).
  markSubmitted(ctx, user.id, item.id, body.submissionKey)
  feeFallsDue(ctx, application, 'before-review')
  // 旅游电子合同查询 is answered at once (convenience.ts).
  settleOnSubmit(ctx, application)
  return { application, created: true }
}

// ---------------------------------------------------------------------------------------------- applicant actions

/**
 * 补正: only what the reviewer asked for is taken (other answers and materials are kept as submitted) and
 * validated, each asked field and material must be sent, and the application returns to 已受理.
 */
export function supplementApplication(ctx: MockContext, user: UserRecord, id: string, body: SupplementBody): ApplicationRecord {
  const a = applicationOf(ctx, user, id)
  if (a.status !== 'supplementing' || !a.supplement) throw refuse.notSupplementing()
  const form = formFor(a.itemId)
  if (!form) throw refuse.form()
  const { fields: askedFields, materials: askedMaterials } = a.supplement
  const answers: AnswersDto = { ...a.answers }
  for (const key of new Set(askedFields.map(topOf))) if (hasOwn(body.answers, key)) answers[key] = body.answers[key]
  Object.assign(answers, withVerifiedData(form, answers, user, a.enterprise?.id ?? null))
  const materials: MaterialAnswers = { ...a.materials }
  for (const m of askedMaterials) if (hasOwn(body.materials, m)) materials[m] = body.materials[m]

  const problems: Record<string, string> = {
    ...(askedFields.length > 0 ? validateAnswers(form, answers, { today: beijingDate(ctx.clock.now()), only: askedFields }) : {}),
    ...(askedMaterials.length > 0 ? validateMaterials(form.materials, materials, { only: askedMaterials }) : {}),
  }
  for (const m of askedMaterials) if (!hasOwn(body.materials, m)) problems[materialPath(m)] ??= '请重新提供此材料'
  if (Object.keys(problems).length > 0) throw refuse.invalid(problems)
  checkMaterialRefs(ctx, user, form, materials, askedMaterials)

  a.answers = sanitizeAnswers(form, answers)
  a.materials = materials
  accepted(ctx, a, { by: APPLICANT, note: '已补正', message: `您申请的「${a.itemName}」已补正，部门将继续办理` })
  casePartChanged(ctx, a)
  return a
}

/** 撤回 before a decision; the reason goes on the timeline, an unpaid fee is cancelled. */
export function withdrawApplication(ctx: MockContext, user: UserRecord, id: string, body: WithdrawBody): ApplicationRecord {
  const a = applicationOf(ctx, user, id)
  if (!canWithdraw(a.status)) throw refuse.cannotWithdraw()
  releaseUnpaidFees(ctx, a)
  a.supplement = null
  recordEvent(ctx, a, 'withdrawn', { by: APPLICANT, note: body.reason })
  casePartChanged(ctx, a)
  return a
}

/** 好差评, once, after the application ended. 整体满意度 ≤ 2 is followed up by the department at once. */
export function rateApplication(ctx: MockContext, user: UserRecord, id: string, body: RatingBody): ApplicationRecord {
  const a = applicationOf(ctx, user, id)
  if (!canBeRated(a.status)) throw refuse.notEnded()
  if (a.rating) throw refuse.alreadyRated()
  const now = ctx.clock.now()
  const followUp = body.scores.overall <= 2 ? { note: FOLLOW_UP_NOTE, at: now } : null
  a.rating = { scores: { ...body.scores }, comment: body.comment, at: now, followUp, followUpRating: null }
  a.updatedAt = now
  if (followUp) {
    postMessage(ctx, a.userId, { title: '差评回访', body: `${a.department}已回访您对「${a.itemName}」的评价，欢迎追加评价`, applicationId: a.id })
  }
  return a
}

/** The one rating after a follow-up (差评回访). */
export function rateFollowUp(ctx: MockContext, user: UserRecord, id: string, body: FollowUpRatingBody): ApplicationRecord {
  const a = applicationOf(ctx, user, id)
  if (!a.rating?.followUp) throw refuse.noFollowUp()
  if (a.rating.followUpRating) throw refuse.followUpRated()
  const now = ctx.clock.now()
  a.rating.followUpRating = { score: body.score, comment: body.comment, at: now }
  a.updatedAt = now
  return a
}
