import type { AnswersDto, FormSchemaDto, ReviewBody, SupplementRequestDto } from '../../src/api/contract'
import { canTransition, REVIEW_TARGET } from '../../src/domain/application-status'
import { allEntries } from '../../src/domain/form'
import { catalogIndex } from '../catalog/query'
import type { MockContext } from '../context'
import { httpError } from '../http/errors'
import { casePartChanged, stageWaitingFor } from '../scenario/progress'
import {
  accepted,
  applicantOf,
  applicationById,
  recordEvent,
  releaseUnpaidFees,
  SUPPLEMENT_WORKING_DAYS,
  workingDeadline,
  type ApplicationRecord,
} from './applications'
import { formFor } from './forms'
import { findLicence, issueLicence } from './licences'

/**
 * The back office (审批后台) of the mock: a reviewer's actions on an application, only along the legal moves of
 * src/domain/application-status.ts. Tests and developers drive it through POST /mock/applications/:id/review;
 * back-office.ts runs a scripted reviewer on a timer for `npm run mock`. Fees are not checked here (a reviewer
 * may act on an unpaid application); the scripted reviewer waits for them.
 */

/** 补正 reason when the reviewer gives none. */
export const DEFAULT_SUPPLEMENT_REASON = '请补充清晰的材料扫描件'
const DEFAULT_NOT_ACCEPTED_REASON = '申请材料不齐全或不符合法定形式'
const DEFAULT_REVOKED_REASON = '审批结果依法撤销'

const refuse = {
  illegal: () => httpError(409, 'ILLEGAL_TRANSITION', '当前状态不能执行该操作'),
  stageWaiting: (names: string[]) =>
    httpError(409, 'STAGE_NOT_READY', `该事项须待前置事项${names.map((n) => `「${n}」`).join('、')}办结（通过）后才能受理`),
  noteRequired: () => httpError(400, 'NOTE_REQUIRED', '请填写不予通过的理由', { fields: { note: '请填写不予通过的理由' } }),
  unknownTargets: (fields: Record<string, string>) => httpError(400, 'UNKNOWN_SUPPLEMENT_TARGET', '补正的字段或材料不在表单中', { fields }),
}

/** What to 补正: the asked fields and materials, checked against the form; by default the first required material. */
function supplementRequest(form: FormSchemaDto | null, body: ReviewBody, reason: string, dueAt: number): SupplementRequestDto {
  const entries = new Set(form ? allEntries(form).map((e) => e.id) : [])
  const slots = form?.materials ?? []
  const fields = [...new Set(body.fields ?? [])]
  let materials = [...new Set(body.materials ?? [])]
  if (fields.length === 0 && materials.length === 0) {
    const first = slots.find((s) => s.requirement === 'required') ?? slots[0]
    materials = first ? [first.id] : []
  }
  const unknown: Record<string, string> = {}
  for (const f of fields) if (!entries.has(f.split('.')[0])) unknown[`fields.${f}`] = `表单中没有字段「${f}」`
  for (const m of materials) if (!slots.some((s) => s.id === m)) unknown[`materials.${m}`] = `表单中没有材料「${m}」`
  if (Object.keys(unknown).length > 0) throw refuse.unknownTargets(unknown)
  return { reason, fields, materials, dueAt }
}

const LICENCE_FIELD_TYPES: readonly string[] = ['text', 'textarea', 'select', 'date', 'number', 'amount', 'address', 'region']
const MAX_LICENCE_FIELDS = 12

/**
 * What an issued licence carries besides its name: the item's form answers that describe the permit (名称, 地址,
 * 日期, 选择项, by field id), never an ID number, a phone number or a person.
 */
export function licenceFields(form: FormSchemaDto | null, answers: AnswersDto): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const entry of form ? allEntries(form) : []) {
    if (Object.keys(fields).length >= MAX_LICENCE_FIELDS) break
    if (entry.type === 'group' || !LICENCE_FIELD_TYPES.includes(entry.type)) continue
    const value = answers[entry.id]
    if (typeof value === 'number') fields[entry.id] = String(value)
    else if (typeof value === 'string' && value.trim() !== '') {
      fields[entry.id] = entry.type === 'select' ? entry.options?.find((o) => o.value === value)?.label ?? value : value
    } else if (value && typeof value === 'object' && !Array.isArray(value) && 'detail' in value) fields[entry.id] = value.detail
  }
  return fields
}

/** 办结（通过）: the item's result, and for an e-licence the licence itself, issued to the applicant's wallet. */
function decide(ctx: MockContext, a: ApplicationRecord) {
  const item = catalogIndex().catalog.byId.get(a.itemId)
  const result = item?.result ?? { kind: 'approval' as const, name: '审批决定书' }
  a.result = { kind: result.kind, name: result.name, licenceId: null }
  const user = applicantOf(ctx, a)
  if (result.kind !== 'licence' || !user) return
  const licence = issueLicence(ctx, user, {
    type: result.name,
    holder: a.enterprise?.name ?? user.realName?.name ?? user.displayName,
    issuer: a.department,
    applicationId: a.id,
    fields: licenceFields(formFor(a.itemId), a.answers),
  })
  a.result.licenceId = licence.id
}

/**
 * One reviewer action, when the status machine allows it (409 ILLEGAL_TRANSITION otherwise): 受理 (承诺办结日期,
 * an after-acceptance fee), 不予受理, 补正 request, 办理, 特别程序, 办结 (result, e-licence), 不通过 (needs a
 * reason, 400 NOTE_REQUIRED), 撤销 (the issued licence is revoked). Each is a timeline event by the
 * department and a 消息 to the applicant. A part of a 一件事 case is accepted (or asked for 补正 before 受理)
 * only once every earlier-stage part is approved (409 STAGE_NOT_READY), and its case follows each change
 * (mock/scenario/progress.ts). The caller saves the store.
 */
export function review(ctx: MockContext, applicationId: string, body: ReviewBody): ApplicationRecord {
  const a = applicationById(ctx, applicationId)
  const target = REVIEW_TARGET[body.action]
  if (!canTransition(a.status, target)) throw refuse.illegal()
  // A 补正 asked before 受理 ends in 受理 by the applicant's 补正: refused too while earlier stages are pending.
  if (body.action === 'accept' || (body.action === 'request-supplement' && a.status === 'submitted')) {
    const waiting = stageWaitingFor(ctx, a)
    if (waiting.length > 0) throw refuse.stageWaiting(waiting)
  }
  const by = a.department
  const note = body.note?.trim() || null
  switch (body.action) {
    case 'accept':
      accepted(ctx, a, { by, note })
      break
    case 'not-accept':
      a.supplement = null
      releaseUnpaidFees(ctx, a)
      recordEvent(ctx, a, target, { by, note: note ?? DEFAULT_NOT_ACCEPTED_REASON })
      break
    case 'request-supplement': {
      const reason = note ?? DEFAULT_SUPPLEMENT_REASON
      a.supplement = supplementRequest(formFor(a.itemId), body, reason, workingDeadline(ctx.clock.now(), SUPPLEMENT_WORKING_DAYS))
      recordEvent(ctx, a, target, { by, note: reason })
      break
    }
    case 'approve':
    case 'approve-conditional':
      decide(ctx, a)
      recordEvent(ctx, a, target, { by, note })
      break
    case 'deny':
      if (!note) throw refuse.noteRequired()
      releaseUnpaidFees(ctx, a)
      recordEvent(ctx, a, target, { by, note })
      break
    case 'revoke': {
      const user = applicantOf(ctx, a)
      const licence = a.result?.licenceId && user ? findLicence(ctx, user, a.result.licenceId) : null
      if (licence) licence.status = 'revoked'
      recordEvent(ctx, a, target, { by, note: note ?? DEFAULT_REVOKED_REASON })
      break
    }
    default:
      // 办理 (process), 特别程序 start and end: a status change and nothing else
      recordEvent(ctx, a, target, { by, note })
  }
  casePartChanged(ctx, a)
  return a
}
