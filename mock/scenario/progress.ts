import type { ApplicationStatus, Mode } from '../../src/api/contract'
import { canTransition } from '../../src/domain/application-status'
import { formatFen } from '../../src/domain/assurance'
import { APPROVED_STATUSES, ENDED_STATUSES, waitingFor, type CasePartState } from '../../src/domain/scenario'
import type { MockContext } from '../context'
import { applicationsStateOf, recordEvent, type ApplicationRecord } from '../handling/applications'
import { formFor } from '../handling/forms'
import { postMessage } from '../handling/messages'
import { cancelFee, createApplicationFee, findFee, unpaidFee } from '../payment/application-fees'
import type { UserRecord } from '../store'

/**
 * 一件事办件 (cases) as they move on: the case records (store slice `cases`), and what the back office and the
 * applicant's actions do to a case through its parts (applications with `case` set):
 *
 * - 分阶段: a part is accepted only once every earlier-stage part of its case is approved (`stageWaitingFor`;
 *   review.ts refuses 受理 with 409, the scripted reviewer waits). Offline steps are not parts: nothing waits
 *   for them.
 * - 前置未通过: when a part ends without approval (不予受理, 不通过, 撤回, 撤销), every later-stage part that has not
 *   ended is closed as 不予受理, 「前置事项「…」未通过，本事项不予受理」. A later part already accepted (possible
 *   only when an approval is revoked afterwards) cannot legally become 不予受理 and goes on.
 * - 合并缴费: when the first fee of a part falls due, one fee is created for the case: the parts' fees added up,
 *   its id on every fee-bearing part, so one payment clears 待缴费 on all of them. A part that ends without
 *   approval while it is unpaid drops out: the fee is cancelled and issued again for the parts still owing.
 * - 办结: once every part has ended, one 消息 「「…」已全部办结」 (or 「已结束」 when not every part was approved).
 *
 * Called by mock/handling (feeFallsDue, review, withdraw, 补正); the submission and the views are cases.ts.
 * handling/applications.ts and this module import each other: functions only, none used while loading.
 */

export interface CasePartRecord {
  applicationId: string
  /** ScenarioStepDto.key */
  stepKey: string
  stage: number
  why: string
}

/** A checklist step done at a hall, as it was when the case was submitted. */
export interface CaseOfflineRecord {
  stepKey: string
  name: string
  why: string
  itemId: string | null
  visits: number
  visitReason: string | null
}

export interface CaseRecord {
  id: string
  /** 一件事办件编号: YJ + Beijing date of submission + 6 digits (办件编号 are SH…) */
  number: string
  userId: string
  scenarioId: string
  title: string
  mode: Mode
  regionCode: string
  regionName: string
  scenarioVersion: number
  submissionKey: string
  submittedAt: number
  updatedAt: number
  /** The online items, by stage then the scenario's order: one application each */
  parts: CasePartRecord[]
  offline: CaseOfflineRecord[]
  /** Combined fees (合并缴费), oldest first: a re-issue cancels the one before */
  feeIds: string[]
  /** When the 消息 that every part has ended went out, or null */
  endedNotifiedAt: number | null
}

interface CasesState {
  byId: Record<string, CaseRecord>
  /** user id → case ids, oldest first */
  byUser: Record<string, string[]>
  /** `<user id> <submissionKey>` → case id: one case per submission */
  bySubmission: Record<string, string>
  /** Beijing date (YYYYMMDD) → the last 一件事办件编号 sequence handed out that day */
  numbers: Record<string, number>
}

/** The cases slice of the mock's state (persisted and reset with the rest; see store.ts `slice`). */
export const casesStateOf = (ctx: MockContext): CasesState =>
  ctx.store.slice<CasesState>('cases', () => ({ byId: {}, byUser: {}, bySubmission: {}, numbers: {} }))

/** Who the timeline names when a part is closed because an earlier one failed: the part's own department. */
const closedNote = (failed: string) => `前置事项「${failed}」未通过，本事项不予受理`
/** A part that ended like this no longer owes its share of the combined fee. */
const RELEASED: readonly ApplicationStatus[] = ['not-accepted', 'denied', 'withdrawn']
/** A part that ended like this closes the later stages. */
const FAILED: readonly ApplicationStatus[] = ['not-accepted', 'denied', 'withdrawn', 'revoked']
export const CASE_MESSAGE_TITLE = '一件事办理结果'

const isEnded = (status: ApplicationStatus) => ENDED_STATUSES.includes(status)

/** The case of an application, or null (not a part of one, or the case is gone). */
export function caseOfPart(ctx: MockContext, a: ApplicationRecord): CaseRecord | null {
  if (!a.case) return null
  return (casesStateOf(ctx).byId[a.case.id] as CaseRecord | undefined) ?? null
}

export interface CasePart {
  part: CasePartRecord
  application: ApplicationRecord
}

/** The parts of a case with their applications, in the case's order. */
export function partsOf(ctx: MockContext, kase: CaseRecord): CasePart[] {
  const { byId } = applicationsStateOf(ctx)
  return kase.parts.flatMap((part) => {
    const application = byId[part.applicationId] as ApplicationRecord | undefined
    return application ? [{ part, application }] : []
  })
}

/** What src/domain/scenario.ts reads of a part. */
export const partState = (ctx: MockContext, { part, application }: CasePart): CasePartState => ({
  name: application.itemName,
  stage: part.stage,
  status: application.status,
  unpaid: unpaidFee(ctx, application.feeIds) !== null,
})

/** 事项名称 of the earlier-stage parts an application of a case waits for before 受理; [] when none (or no case). */
export function stageWaitingFor(ctx: MockContext, a: ApplicationRecord): string[] {
  const kase = caseOfPart(ctx, a)
  if (!kase) return []
  const parts = partsOf(ctx, kase)
  const self = parts.find((p) => p.application.id === a.id)
  if (!self) return []
  return waitingFor(partState(ctx, self), parts.map((p) => partState(ctx, p)))
}

// ---------------------------------------------------------------------------------------------- 合并缴费

/** The case's combined fee as it stands: the newest one not cancelled (paid or not), or null. */
export function currentCaseFee(ctx: MockContext, kase: CaseRecord) {
  for (let i = kase.feeIds.length - 1; i >= 0; i--) {
    const fee = findFee(ctx, kase.feeIds[i])
    if (fee && !fee.cancelledAt) return fee
  }
  return null
}

/** One fee for these parts' fees, its id on each of them. Nothing when none of them has a fee. */
function issueCaseFee(ctx: MockContext, kase: CaseRecord, parts: readonly ApplicationRecord[], user: UserRecord): void {
  const bearing = parts.flatMap((a) => {
    const fee = formFor(a.itemId)?.fee
    return fee ? [{ a, fee }] : []
  })
  if (bearing.length === 0) return
  const record = createApplicationFee(ctx, user, {
    // The first part owing it stands for the case (FeeDto.applicationId); the title names the case.
    applicationId: bearing[0].a.id,
    title: `${kase.title}合并缴费`,
    department: [...new Set(bearing.map(({ a }) => a.department))].join('、'),
    amountFen: bearing.reduce((sum, { fee }) => sum + fee.amountFen, 0),
    basis: bearing.map(({ a, fee }) => `「${a.itemName}」${fee.title} ${formatFen(fee.amountFen)}（${fee.basis}）`).join('；'),
  })
  for (const { a } of bearing) a.feeIds.push(record.id)
  kase.feeIds.push(record.id)
}

/**
 * A fee of a part falls due (feeFallsDue checked its timing and that the part has none yet): the case's one
 * combined fee, for every fee-bearing part that has not ended, unless the case already has one.
 */
export function caseFeeFallsDue(ctx: MockContext, a: ApplicationRecord, user: UserRecord): void {
  const kase = caseOfPart(ctx, a)
  if (!kase || currentCaseFee(ctx, kase)) return
  issueCaseFee(ctx, kase, partsOf(ctx, kase).map((p) => p.application).filter((p) => !isEnded(p.status)), user)
}

/** An unpaid combined fee that still counts a part which ended without approval is issued again without it. */
function reissueCaseFee(ctx: MockContext, kase: CaseRecord, parts: readonly CasePart[]): void {
  const fee = currentCaseFee(ctx, kase)
  if (!fee || fee.paidAt !== null) return
  const owing = parts.map((p) => p.application).filter((a) => a.feeIds.includes(fee.id))
  if (!owing.some((a) => RELEASED.includes(a.status))) return
  cancelFee(ctx, fee.id)
  const user = ctx.store.state.users[kase.userId] as UserRecord | undefined
  if (user) issueCaseFee(ctx, kase, owing.filter((a) => !RELEASED.includes(a.status)), user)
}

// ---------------------------------------------------------------------------------------------- changes

/**
 * After any status change of an application (review, 撤回, 补正): for a part of a case, closes the later stages
 * when it failed, re-issues the combined fee when a part owing it dropped out, and tells the applicant once
 * every part has ended. The caller saves the store.
 */
export function casePartChanged(ctx: MockContext, a: ApplicationRecord): void {
  const kase = caseOfPart(ctx, a)
  if (!kase) return
  const parts = partsOf(ctx, kase)
  const self = parts.find((p) => p.application.id === a.id)
  if (self && FAILED.includes(a.status)) {
    for (const { part, application } of parts) {
      if (part.stage <= self.part.stage || isEnded(application.status) || !canTransition(application.status, 'not-accepted')) continue
      application.supplement = null
      recordEvent(ctx, application, 'not-accepted', { by: application.department, note: closedNote(a.itemName) })
    }
  }
  reissueCaseFee(ctx, kase, parts)
  kase.updatedAt = ctx.clock.now()
  if (kase.endedNotifiedAt === null && parts.length > 0 && parts.every((p) => isEnded(p.application.status))) {
    const approved = parts.every((p) => APPROVED_STATUSES.includes(p.application.status))
    const failed = parts.filter((p) => !APPROVED_STATUSES.includes(p.application.status)).length
    postMessage(ctx, kase.userId, {
      title: CASE_MESSAGE_TITLE,
      body: approved ? `「${kase.title}」已全部办结` : `「${kase.title}」已结束，其中 ${failed} 个事项未通过`,
      applicationId: parts[0].application.id,
    })
    kase.endedNotifiedAt = ctx.clock.now()
  }
}
