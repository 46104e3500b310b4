import type { DraftBody, DraftDto } from '../../src/api/contract'
import { catalog } from '../catalog/generate'
import type { MockContext } from '../context'
import { httpError, messages } from '../http/errors'
import { scenarioErrors } from '../scenario/errors'
import { regionOr404, scenarioOr404, scenarioSeedById } from '../scenario/resolve'
import { formFor } from './forms'

/**
 * 草稿 (drafts), store slice `drafts`: one per user and item, so a form started on one platform continues on
 * another. The newer by `updatedAt` (the client's clock of the last change) wins; the stored one on a tie, so a
 * retried save changes nothing. Answers are kept as sent: the request schema checks their shape, completeness
 * is checked only at submission.
 *
 * A draft is submitted at most once: the submission records its `submissionKey` (markSubmitted), and a device
 * that still holds the draft and saves it again is told so (409 DRAFT_SUBMITTED) instead of reviving it.
 *
 * A 一件事's combined form has its draft under the key `scenario-<id>` (combinedFormId in src/domain/scenario.ts): the scenario must
 * exist (404 SCENARIO_NOT_FOUND), `formVersion` and `scenario.version` be its version (409 SCENARIO_OUTDATED:
 * the client migrates an older draft before saving it), and `scenario` (the region and the question answers)
 * is required (400); it is listed with the scenario's title as `itemName`. An item's draft may not carry a
 * `scenario` (400).
 */

type StoredDraft = Omit<DraftBody, 'itemId'>

interface DraftsState {
  /** userId → itemId (or `scenario-<id>`) → the draft as saved */
  byUser: Record<string, Record<string, StoredDraft>>
  /** userId → submissionKey → when it was submitted (epoch ms) */
  submitted: Record<string, Record<string, number>>
}

/** Submission keys kept per user (the oldest are forgotten first). */
const MAX_SUBMITTED_KEYS = 500

const draftsOf = (ctx: MockContext) => ctx.store.slice<DraftsState>('drafts', () => ({ byUser: {}, submitted: {} }))

const has = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key)

const SCENARIO_PREFIX = 'scenario-'
/** The scenario id of a combined form's draft key, or null for an item's. */
const scenarioIdOf = (key: string): string | null => (key.startsWith(SCENARIO_PREFIX) ? key.slice(SCENARIO_PREFIX.length) : null)

/** The DTO of a stored draft; undefined when its item (or scenario) left the catalog. */
function toDto(itemId: string, draft: StoredDraft): DraftDto | undefined {
  const scenarioId = scenarioIdOf(itemId)
  const name = scenarioId === null ? catalog().byId.get(itemId)?.name : scenarioSeedById(scenarioId)?.title
  if (name === undefined || (scenarioId !== null && !draft.scenario)) return undefined
  const dto: DraftDto = { itemId, itemName: name, formVersion: draft.formVersion, answers: draft.answers, materials: draft.materials, updatedAt: draft.updatedAt, submissionKey: draft.submissionKey }
  if (scenarioId !== null && draft.scenario) dto.scenario = { regionCode: draft.scenario.regionCode, version: draft.scenario.version, answers: draft.scenario.answers }
  return dto
}

/** What a combined form's draft must be (see above); an item's must have an online form and no scenario. */
function checkDraftTarget(key: string, body: DraftBody): void {
  const scenarioId = scenarioIdOf(key)
  if (scenarioId === null) {
    if (!catalog().byId.has(key)) throw httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound)
    if (!formFor(key)) throw httpError(404, 'FORM_NOT_FOUND', messages.formNotFound)
    if (body.scenario) throw scenarioErrors.draftScenarioUnexpected()
    return
  }
  const seed = scenarioOr404(scenarioId)
  if (!body.scenario) throw scenarioErrors.draftScenarioMissing()
  if (body.formVersion !== seed.version || body.scenario.version !== seed.version) throw scenarioErrors.outdated()
  regionOr404(body.scenario.regionCode)
}

/** The user's drafts, most recently changed first. */
export function listDrafts(ctx: MockContext, userId: string): DraftDto[] {
  const mine = draftsOf(ctx).byUser[userId] ?? {}
  return Object.entries(mine)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .map(([itemId, draft]) => toDto(itemId, draft))
    .filter((d): d is DraftDto => d !== undefined)
}

/** The user's draft of one item, or undefined. */
export function draftOf(ctx: MockContext, userId: string, itemId: string): DraftDto | undefined {
  const mine = draftsOf(ctx).byUser[userId]
  return mine && has(mine, itemId) ? toDto(itemId, mine[itemId]) : undefined
}

/** Whether the user already submitted an application with this key. */
export const isSubmitted = (ctx: MockContext, userId: string, submissionKey: string): boolean => has(draftsOf(ctx).submitted[userId] ?? {}, submissionKey)

/**
 * Saves a draft unless the stored one is newer or as new, and answers the one kept. 400 when the body names
 * another item than the path, 404 ITEM_NOT_FOUND / FORM_NOT_FOUND for an item without an online form, 409
 * DRAFT_SUBMITTED when the key was already submitted; for a combined form's draft, see above. The caller saves
 * the store.
 */
export function saveDraft(ctx: MockContext, userId: string, itemId: string, body: DraftBody): DraftDto {
  if (body.itemId !== itemId) throw httpError(400, 'VALIDATION_FAILED', messages.draftItemMismatch, { fields: { itemId: messages.draftItemMismatch } })
  checkDraftTarget(itemId, body)
  if (isSubmitted(ctx, userId, body.submissionKey)) throw httpError(409, 'DRAFT_SUBMITTED', messages.draftSubmitted)
  const mine = (draftsOf(ctx).byUser[userId] ??= {})
  const stored = has(mine, itemId) ? mine[itemId] : undefined
  if (!stored || body.updatedAt > stored.updatedAt) {
    const draft: StoredDraft = { formVersion: body.formVersion, answers: body.answers, materials: body.materials, updatedAt: body.updatedAt, submissionKey: body.submissionKey }
    if (body.scenario) draft.scenario = { regionCode: body.scenario.regionCode, version: body.scenario.version, answers: body.scenario.answers }
    mine[itemId] = draft
  }
  return toDto(itemId, mine[itemId])!
}

/** Removes the user's draft of the item (nothing when there is none). The caller saves the store. */
export function deleteDraft(ctx: MockContext, userId: string, itemId: string): void {
  const mine = draftsOf(ctx).byUser[userId]
  if (!mine || !has(mine, itemId)) return
  delete mine[itemId]
  if (Object.keys(mine).length === 0) delete draftsOf(ctx).byUser[userId]
}

/**
 * Called at submission: the key can no longer be saved as a draft (409 DRAFT_SUBMITTED), and the item's draft
 * goes if it carries that key (a draft saved meanwhile under a new key stays). The caller saves the store.
 */
export function markSubmitted(ctx: MockContext, userId: string, itemId: string, submissionKey: string): void {
  const state = draftsOf(ctx)
  const keys = (state.submitted[userId] ??= {})
  keys[submissionKey] = ctx.clock.now()
  const all = Object.entries(keys)
  if (all.length > MAX_SUBMITTED_KEYS) {
    for (const [key] of all.sort(([, a], [, b]) => a - b).slice(0, all.length - MAX_SUBMITTED_KEYS)) delete keys[key]
  }
  const mine = state.byUser[userId]
  if (mine && has(mine, itemId) && mine[itemId].submissionKey === submissionKey) deleteDraft(ctx, userId, itemId)
}
