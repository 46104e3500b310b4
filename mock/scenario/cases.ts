import { randomBytes } from 'node:crypto'
import type {
  AnswersDto,
  CaseDetailDto,
  CaseListDto,
  CasePartDto,
  CaseSubmitBody,
  CaseSummaryDto,
  FormSchemaDto,
  MaterialAnswers,
  ScenarioFormPartDto,
} from '../../src/api/contract'
import { allEntries, validateAnswers, validateMaterials } from '../../src/domain/form'
import { APPROVED_STATUSES, caseStatusOf, combinedFormId, ENDED_STATUSES, partAnswers, partForm, toCombinedErrors, waitingFor, type CasePartState } from '../../src/domain/scenario'
import { beijingDate } from '../../src/domain/working-days'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex } from '../catalog/query'
import type { MockContext } from '../context'
import {
  checkMaterialRefs,
  createApplication,
  enterpriseFor,
  feeFallsDue,
  toApplicationSummary,
  withVerifiedData,
  type ApplicationRecord,
} from '../handling/applications'
import { markSubmitted } from '../handling/drafts'
import { formFor } from '../handling/forms'
import { httpError, MockHttpError } from '../http/errors'
import type { UserRecord } from '../store'
import { own } from '../store'
import { buildCombinedForm } from './combined-form'
import { scenarioErrors } from './errors'
import { casesStateOf, currentCaseFee, partState, partsOf, type CaseOfflineRecord, type CasePart, type CaseRecord } from './progress'
import { itemSeedOf, regionOr404, scenarioOr404 } from './resolve'

/**
 * 提交一件事 and the cases' views. A submission is checked whole before anything is stored: the scenario and its
 * version, the mode, the question answers, the combined form rebuilt from them (the one the client was shown),
 * and then every part against its item's own form with its answers taken out of the combined ones. Only then,
 * synchronously, one application per part (applications.ts `createApplication`), each linked to the case,
 * and the case: all or nothing, one case per (user, submissionKey). How cases move on: progress.ts.
 */

const refuse = {
  realName: () => httpError(403, 'REAL_NAME_REQUIRED', '请先完成实名认证后再提交申请'),
  invalid: (fields: Record<string, string>) => httpError(400, 'INVALID_ANSWERS', '请按提示修改后再提交', { fields }),
}

/**
 * Whether the form is applied for by an existing enterprise (it asks for the enterprise's registered details).
 * A part whose business an earlier step of the case founds does not (the case provides those details), nor does
 * the founding item itself: 开餐饮店 as a new 个体工商户 needs no bound enterprise, 企业变更 does.
 */
const actsForEnterprise = (form: FormSchemaDto) => allEntries(form).some((e) => e.type !== 'group' && e.prefill?.startsWith('enterprise.') === true)

const itemOf = (itemId: string): CatalogItem | undefined => catalogIndex().catalog.byId.get(itemId)
const isEnded = (a: ApplicationRecord) => ENDED_STATUSES.includes(a.status)

/** The caller's case; another user's is 404 like one that does not exist. */
export function caseOf(ctx: MockContext, user: UserRecord, id: string): CaseRecord {
  const kase = own(casesStateOf(ctx).byId, id) as CaseRecord | undefined
  if (!kase || kase.userId !== user.id) throw scenarioErrors.caseNotFound()
  return kase
}

function nextCaseNumber(ctx: MockContext, now: number): string {
  const state = casesStateOf(ctx)
  const day = beijingDate(now).replace(/-/g, '')
  const seq = (state.numbers[day] ?? 0) + 1
  state.numbers[day] = seq
  return `YJ${day}${String(seq).padStart(6, '0')}`
}

/** A refusal about one part's material (LICENCE_NOT_FOUND, UPLOAD_NOT_FOUND, a wrong licence type) in combined-form paths. */
function inCombinedPaths(part: ScenarioFormPartDto, check: () => void): void {
  try {
    check()
  } catch (error) {
    if (!(error instanceof MockHttpError) || !error.fields) throw error
    throw httpError(error.statusCode, error.code, error.message, { fields: toCombinedErrors(part, error.fields) })
  }
}

interface PreparedPart {
  part: ScenarioFormPartDto
  item: CatalogItem
  /** The item's own form */
  own: FormSchemaDto
  /** What the part is validated against: its form without the slots the case provides */
  checked: FormSchemaDto
  answers: AnswersDto
  materials: MaterialAnswers
  enterprise: { id: string; name: string } | null
}

/**
 * 提交一件事. A repeat of the (user, submissionKey) answers the case the first created, whatever it carries now.
 * Synchronous from the lookup to the last record, so submissions arriving together cannot both create one.
 * The caller saves the store.
 */
export function submitCase(ctx: MockContext, user: UserRecord, body: CaseSubmitBody): { kase: CaseRecord; created: boolean } {
  const state = casesStateOf(ctx)
  const submission = `${user.id} ${body.submissionKey}`
  const existing = state.bySubmission[submission] as string | undefined
  if (existing && state.byId[existing]) return { kase: state.byId[existing], created: false }

  // ---- every check, before anything is stored
  if (!user.realName) throw refuse.realName()
  const seed = scenarioOr404(body.scenarioId)
  const region = regionOr404(body.regionCode)
  if (body.scenarioVersion !== seed.version) throw scenarioErrors.outdated()
  if (body.mode !== seed.mode) throw scenarioErrors.modeMismatch(seed.mode)
  const built = buildCombinedForm(ctx, seed, region, body.scenarioAnswers)
  const { form, parts } = built.dto
  const enterprise = body.mode === 'enterprise' && actsForEnterprise(form) ? enterpriseFor(ctx, user, form, body.answers) : null
  const now = ctx.clock.now()
  const today = beijingDate(now)
  const answers = withVerifiedData(form, body.answers, user, enterprise?.id ?? null)
  const combinedErrors = { ...validateAnswers(form, answers, { today }), ...validateMaterials(form.materials, body.materials, {}) }
  if (Object.keys(combinedErrors).length > 0) throw refuse.invalid(combinedErrors)
  checkMaterialRefs(ctx, user, form, body.materials)

  const prepared: PreparedPart[] = []
  const partErrors: Record<string, string> = {}
  for (const part of parts) {
    const item = itemOf(part.itemId)
    const own = formFor(part.itemId)
    if (!item || !own) throw scenarioErrors.noOnlineItems() // cannot happen: the combined form was built from them
    const taken = partAnswers(part, answers, body.materials, own)
    const checked = partForm(part, own)
    const partEnterprise = body.mode === 'enterprise' && actsForEnterprise(checked) ? enterpriseFor(ctx, user, checked, taken.answers) : null
    const verified = withVerifiedData(checked, taken.answers, user, partEnterprise?.id ?? null)
    const errors = { ...validateAnswers(checked, verified, { today }), ...validateMaterials(checked.materials, taken.materials, {}) }
    Object.assign(partErrors, toCombinedErrors(part, errors))
    prepared.push({ part, item, own, checked, answers: verified, materials: taken.materials, enterprise: partEnterprise })
  }
  if (Object.keys(partErrors).length > 0) throw refuse.invalid(partErrors)
  for (const p of prepared) inCombinedPaths(p.part, () => checkMaterialRefs(ctx, user, p.checked, p.materials))

  // ---- stored at once: nothing above has changed the state
  const id = `case-${randomBytes(8).toString('hex')}`
  const link = { id, title: seed.title }
  const applications = prepared.map((p) =>
    createApplication(ctx, user, {
      item: p.item,
      form: p.own,
      answers: p.answers,
      materials: p.materials,
      mode: body.mode,
      platform: body.platform,
      enterprise: p.enterprise,
      submissionKey: body.submissionKey,
      case: link,
    }),
  )
  const stepByKey = new Map(built.checklist.steps.map((s) => [s.key, s]))
  const offline: CaseOfflineRecord[] = [...built.checklist.offline, ...built.checklist.unavailable].map((step) => {
    // Not implemented in the region: what the base item says about visits.
    const guide = (step.item ? itemOf(step.item.id) : undefined) ?? itemSeedOf(step.baseCode)
    return {
      stepKey: step.key,
      name: step.name,
      why: step.why,
      itemId: step.item?.id ?? null,
      visits: guide?.visits ?? 1,
      visitReason: guide?.visitReason ?? null,
    }
  })
  const kase: CaseRecord = {
    id,
    number: nextCaseNumber(ctx, now),
    userId: user.id,
    scenarioId: seed.id,
    title: seed.title,
    mode: seed.mode,
    regionCode: region.code,
    regionName: region.name,
    scenarioVersion: seed.version,
    submissionKey: body.submissionKey,
    submittedAt: now,
    updatedAt: now,
    parts: prepared.map((p, i) => ({ applicationId: applications[i].id, stepKey: p.part.stepKey, stage: p.part.stage, why: stepByKey.get(p.part.stepKey)?.why ?? '' })),
    offline,
    feeIds: [],
    endedNotifiedAt: null,
  }
  state.byId[id] = kase
  ;(state.byUser[user.id] ??= []).push(id)
  state.bySubmission[submission] = id
  // The key can no longer be saved as the combined form's draft, and that draft goes (drafts.ts).
  markSubmitted(ctx, user.id, combinedFormId(seed.id), body.submissionKey)
  // A 即办 fee of any part falls due now: the case's one combined fee (progress.ts).
  for (const a of applications) feeFallsDue(ctx, a, 'before-review')
  return { kase, created: true }
}

// ---------------------------------------------------------------------------------------------- views

const quoted = (names: readonly string[]) => names.map((n) => `「${n}」`).join('、')
const lastNote = (a: ApplicationRecord) => a.timeline.at(-1)?.note ?? null

/** What is next for one part, one sentence. */
function partNext(a: ApplicationRecord, state: CasePartState, waiting: readonly string[]): string {
  const note = lastNote(a)
  switch (a.status) {
    case 'approved':
      return '已办结'
    case 'approved-conditional':
      return '已办结（容缺通过），请按要求补齐容缺材料'
    case 'not-accepted':
      return note ? `不予受理：${note}` : '不予受理'
    case 'denied':
      return note ? `未通过：${note}` : '未通过'
    case 'withdrawn':
      return '已撤回'
    case 'revoked':
      return note ? `审批结果已撤销：${note}` : '审批结果已撤销'
    case 'supplementing':
      return a.supplement ? `请在 ${beijingDate(a.supplement.dueAt)} 前补正` : '请按要求补正'
  }
  if (state.unpaid) return '请缴纳费用'
  if (waiting.length > 0) return `等待${quoted(waiting)}办结后受理`
  switch (a.status) {
    case 'submitted':
      return `等待${a.department}受理`
    case 'special':
      return `${a.department}特别程序中`
    default:
      return a.dueDate ? `${a.department}正在办理，承诺 ${a.dueDate} 前办结` : `${a.department}正在办理`
  }
}

/** What is next for the whole case, one sentence. */
function caseNext(ctx: MockContext, kase: CaseRecord, parts: readonly CasePart[], states: readonly CasePartState[]): string {
  const status = caseStatusOf(states)
  if (status === 'completed') return '已全部办结'
  if (status === 'ended') {
    const failed = parts.filter((p) => !APPROVED_STATUSES.includes(p.application.status)).map((p) => p.application.itemName)
    return `已结束，${quoted(failed)}未通过`
  }
  const supplementing = parts.find((p) => p.application.status === 'supplementing')
  if (supplementing) {
    const { application } = supplementing
    const due = application.supplement ? ` ${beijingDate(application.supplement.dueAt)} 前` : ''
    return `请在${due}补正「${application.itemName}」的材料`
  }
  const fee = currentCaseFee(ctx, kase)
  if (fee && fee.paidAt === null) return '请缴纳合并费用'
  const unpaid = parts.find((_, i) => states[i].unpaid)
  if (unpaid) return `请缴纳「${unpaid.application.itemName}」的费用`
  const open = parts.filter((p) => !isEnded(p.application)).sort((a, b) => a.part.stage - b.part.stage)[0]
  const { application } = open
  return application.status === 'submitted' ? `等待${application.department}受理「${application.itemName}」` : `${application.department}正在办理「${application.itemName}」`
}

function summaryOf(ctx: MockContext, kase: CaseRecord, parts: readonly CasePart[], states: readonly CasePartState[]): CaseSummaryDto {
  return {
    id: kase.id,
    number: kase.number,
    scenarioId: kase.scenarioId,
    title: kase.title,
    status: caseStatusOf(states),
    submittedAt: kase.submittedAt,
    updatedAt: Math.max(kase.updatedAt, ...parts.map((p) => p.application.updatedAt)),
    total: parts.length,
    ended: parts.filter((p) => isEnded(p.application)).length,
    next: caseNext(ctx, kase, parts, states),
  }
}

export function toCaseSummary(ctx: MockContext, kase: CaseRecord): CaseSummaryDto {
  const parts = partsOf(ctx, kase)
  return summaryOf(ctx, kase, parts, parts.map((p) => partState(ctx, p)))
}

export function toCaseDetail(ctx: MockContext, kase: CaseRecord): CaseDetailDto {
  const parts = partsOf(ctx, kase)
  const states = parts.map((p) => partState(ctx, p))
  const partDtos: CasePartDto[] = parts.map((p, i) => {
    const waiting = waitingFor(states[i], states)
    return {
      stepKey: p.part.stepKey,
      stage: p.part.stage,
      why: p.part.why,
      application: toApplicationSummary(ctx, p.application),
      waitingFor: waiting,
      next: partNext(p.application, states[i], waiting),
    }
  })
  const fee = currentCaseFee(ctx, kase)
  return {
    ...summaryOf(ctx, kase, parts, states),
    mode: kase.mode,
    regionName: kase.regionName,
    parts: partDtos,
    offline: kase.offline.map((o) => ({ ...o })),
    fee: fee ? { id: fee.id, title: fee.title, amountFen: fee.amountFen, paid: fee.paidAt !== null } : null,
  }
}

/** 我的一件事: newest first. */
export function listCases(ctx: MockContext, userId: string): CaseListDto {
  const state = casesStateOf(ctx)
  const mine = (state.byUser[userId] ?? []).map((id) => state.byId[id]).reverse()
  return { cases: mine.map((kase) => toCaseSummary(ctx, kase)) }
}
