import { platform, type PlatformName } from '@/platform'
import type { Mode } from '../api/contract/config'
import type { ApplicationDetailDto, SubmitBody } from '../api/contract/handling'
import type { CaseDetailDto, CaseSubmitBody } from '../api/contract/scenario'
import { ApiError } from '../api/errors'
import { handlingApi } from '../api/endpoints/handling'
import { scenarioApi } from '../api/endpoints/scenario'
import { createStore } from './create-store'
import { draftsState, flushDraft, forgetDraft, renewSubmissionKey, type LocalDraft } from './drafts'
import { registerPersonalCache, session } from './session'
import { SUBMISSIONS_KEY_PREFIX } from './storage-keys'

/**
 * The submission outbox: one application per draft, even offline. The request carries the draft's
 * submissionKey (also its Idempotency-Key), so however often it is retried, after a timeout, a lost answer or a
 * restart, the server answers the one application it created. A submission whose outcome is unknown is kept on
 * the device and sent again when the network returns, at launch, and every 15 s (backing off) meanwhile.
 *
 * A 一件事 draft (key `scenario-<id>`) goes the same way as a case (一件事办件: one application per item, all or
 * none); only the body and the endpoint differ (see `bodyOf` and `post`).
 */
export interface SubmissionState {
  status: 'idle' | 'submitting' | 'waiting-network' | 'done' | 'error'
  /** Chinese, for the page */
  error: string | null
  /** Per-field Chinese messages of a refused submission (field id, group path, or material slot id) */
  fieldErrors: Record<string, string>
  applicationId: string | null
  /** The 一件事办件 a `scenario-<id>` draft became (optional: item submissions never set it) */
  caseId?: string | null
}

/**
 * Subscribe-message templates for 办件状态更新, per platform (ids from each console: 微信公众平台 订阅消息,
 * 支付宝 消息模板, 百度 消息模板). Data, not code: replace with the deployment's own ids. H5 has none.
 */
export const SUBSCRIBE_TEMPLATES: Record<PlatformName, string[]> = {
  weapp: ['tb-application-status-weapp'],
  alipay: ['tb-application-status-alipay'],
  swan: ['tb-application-status-swan'],
  h5: [],
}

export const OFFLINE_MESSAGE = '网络不可用，申请已保存，联网后将自动提交'
export const SERVER_DOWN_MESSAGE = '服务暂时不可用，申请已保存，稍后将自动提交'
export const IN_PROGRESS_MESSAGE = '申请正在处理中，请稍候'
export const RETRY_FIRST_MS = 15_000
export const RETRY_MAX_MS = 120_000
/** Our own earlier attempt is still being handled (409 REQUEST_IN_PROGRESS): ask again soon. */
const IN_PROGRESS_RETRY_MS = 2_000

export { SUBMISSIONS_KEY_PREFIX }

/** What goes out: an item's application, or a 一件事's case. */
type Body = SubmitBody | CaseSubmitBody
/** What the server created */
export type Submitted = ApplicationDetailDto | CaseDetailDto
type Extra = { mode: Mode; declarationAccepted: true }

/** What is kept per draft while the outcome is unknown: the exact body, so every retry is the same request. */
interface Pending {
  body: Body
  since: number
}

/** The prefix of a 一件事's draft key (combinedFormId in domain/scenario.ts; a constant here keeps that module out of the main package) */
const SCENARIO_PREFIX = 'scenario-'
/** The 一件事 of a `scenario-<id>` draft key, or null for an item's draft. */
const scenarioOf = (key: string) => (key.startsWith(SCENARIO_PREFIX) ? key.slice(SCENARIO_PREFIX.length) : null)

/** The one difference between the two kinds: where the body goes. */
const post = (body: Body): Promise<Submitted> => ('scenarioId' in body ? scenarioApi.submitCase(body) : handlingApi.submit(body))

/** The body of a draft, or null when a 一件事 draft lacks its answered questions (nothing to submit yet). */
function bodyOf(key: string, draft: LocalDraft, extra: Extra): Body | null {
  const content = {
    answers: draft.answers,
    materials: draft.materials,
    declarationAccepted: extra.declarationAccepted,
    submissionKey: draft.submissionKey,
    mode: extra.mode,
    platform: platform.name,
  }
  const scenarioId = scenarioOf(key)
  if (scenarioId === null) return { itemId: key, formVersion: draft.formVersion, ...content }
  if (!draft.scenario) return null
  const { regionCode, version, answers } = draft.scenario
  return { scenarioId, regionCode, scenarioAnswers: answers, scenarioVersion: version, ...content }
}

export const submissionsState = createStore<Record<string, SubmissionState>>({})

const idle: SubmissionState = { status: 'idle', error: null, fieldErrors: {}, applicationId: null, caseId: null }
const set = (itemId: string, patch: Partial<SubmissionState>) =>
  submissionsState.set((s) => ({ [itemId]: { ...(s[itemId] ?? idle), ...patch } }))

let owner: string | null = null
const keyOf = (userId: string) => `${SUBMISSIONS_KEY_PREFIX}${userId}`
const readOutbox = (): Record<string, Pending> => (owner ? platform.storage.get<Record<string, Pending>>(keyOf(owner)) ?? {} : {})
function writeOutbox(itemId: string, pending: Pending | null) {
  if (!owner) return
  const outbox = { ...readOutbox() }
  if (pending) outbox[itemId] = pending
  else delete outbox[itemId]
  platform.storage.set(keyOf(owner), outbox)
}

const inFlight = new Map<string, Promise<Submitted | null>>()
const timers = new Map<string, ReturnType<typeof setTimeout>>()
const attempts = new Map<string, number>()

function schedule(itemId: string, ms?: number) {
  clearTimeout(timers.get(itemId))
  const n = attempts.get(itemId) ?? 0
  attempts.set(itemId, n + 1)
  const delay = ms ?? Math.min(RETRY_FIRST_MS * 2 ** n, RETRY_MAX_MS)
  timers.set(
    itemId,
    setTimeout(() => {
      timers.delete(itemId)
      void resume(itemId)
    }, delay),
  )
}

function stopRetrying(itemId: string) {
  clearTimeout(timers.get(itemId))
  timers.delete(itemId)
  attempts.delete(itemId)
}

/** Loads the outbox of whoever is signed in now; pending submissions show as waiting. */
function load() {
  timers.forEach((t) => clearTimeout(t))
  timers.clear()
  attempts.clear()
  owner = session.get().user?.id ?? null
  // The outbox holds whole applications (names, 身份证号): removed from the device at sign-out.
  if (owner) registerPersonalCache(keyOf(owner))
  const next: Record<string, SubmissionState> = {}
  for (const itemId of Object.keys(readOutbox())) next[itemId] = { ...idle, status: 'waiting-network', error: OFFLINE_MESSAGE }
  // The store only merges: entries of the previous user are reset, not left behind.
  const cleared = Object.fromEntries(Object.keys(submissionsState.get()).map((k) => [k, idle]))
  submissionsState.set({ ...cleared, ...next })
}

load()
session.subscribe(() => {
  if ((session.get().user?.id ?? null) === owner) return
  load()
  if (owner) void resumePendingSubmissions()
})
platform.onNetworkChange((online) => {
  if (online) void resumePendingSubmissions()
})

const isApiError = (e: unknown): e is ApiError => e instanceof ApiError

/**
 * Why to keep the submission and try again, or null when the answer is final. No answer, a 5xx, a 429 or our own
 * earlier attempt still being handled leave the outcome open; the same key makes the next attempt safe.
 */
function waitingMessage(error: ApiError): string | null {
  if (error.kind === 'network' || error.kind === 'timeout') return OFFLINE_MESSAGE
  if (error.code === 'REQUEST_IN_PROGRESS') return IN_PROGRESS_MESSAGE
  if (error.kind === 'server' || error.status === 429) return SERVER_DOWN_MESSAGE
  return null
}

async function succeed(itemId: string, created: Submitted | null) {
  writeOutbox(itemId, null)
  stopRetrying(itemId)
  await forgetDraft(itemId)
  const id = created?.id ?? null
  const isCase = scenarioOf(itemId) !== null
  set(itemId, { status: 'done', error: null, fieldErrors: {}, applicationId: isCase ? null : id, caseId: isCase ? id : null })
  return created
}

/** One attempt with the kept body; decides what the outcome means for the outbox. */
async function send(itemId: string, body: Body): Promise<Submitted | null> {
  const user = owner
  set(itemId, { status: 'submitting', error: null, fieldErrors: {} })
  try {
    const created = await post(body)
    return owner === user ? await succeed(itemId, created) : created
  } catch (e) {
    if (owner !== user) return null
    const error = isApiError(e) ? e : new ApiError({ kind: 'network' })
    // The draft was submitted already (its answer was lost): the server holds the application (or case).
    if (error.status === 409 && error.code?.startsWith('DRAFT')) return succeed(itemId, null)
    const waiting = waitingMessage(error)
    if (waiting) {
      set(itemId, { status: 'waiting-network', error: waiting })
      schedule(itemId, error.code === 'REQUEST_IN_PROGRESS' ? IN_PROGRESS_RETRY_MS : undefined)
      return null
    }
    // Refused: nothing was created. The draft stays for the user to correct.
    writeOutbox(itemId, null)
    stopRetrying(itemId)
    set(itemId, { status: 'error', error: error.message, fieldErrors: error.fields ?? {} })
    // The server keeps a refusal per key for a day; the corrected draft must go out under a new one.
    if (error.status === 400 || error.status === 403 || error.status === 404) renewSubmissionKey(itemId)
    return null
  }
}

/** Sends a kept submission again (timer, network back, launch); one attempt per item at a time. */
function resume(itemId: string): Promise<Submitted | null> {
  const running = inFlight.get(itemId)
  if (running) return running
  const pending = readOutbox()[itemId]
  if (!pending) return Promise.resolve(null)
  return track(itemId, send(itemId, pending.body))
}

function track(itemId: string, run: Promise<Submitted | null>) {
  const tracked = run.finally(() => inFlight.delete(itemId))
  inFlight.set(itemId, tracked)
  return tracked
}

/** Asks to be told about status changes, the platform's way. Never blocks, never fails the submission. */
function askForNotifications() {
  const ids = SUBSCRIBE_TEMPLATES[platform.name]
  if (ids.length === 0) return
  platform.requestSubscribe(ids).catch(() => undefined)
}

/**
 * 提交: the draft's content under its submissionKey. A second call while one runs (a double tap) answers the same
 * promise. Resolves the application (for a `scenario-<id>` draft, the case), or null when it is waiting for the
 * network or was refused (see `submissionsState[itemId]`). Call it from the tap handler: the subscribe prompt must
 * start inside the tap (see Platform.requestSubscribe), so it is asked here, before anything is awaited.
 */
export function submitDraft(itemId: string, extra: Extra): Promise<Submitted | null> {
  const running = inFlight.get(itemId)
  if (running) return running
  askForNotifications()
  stopRetrying(itemId)
  return track(itemId, submitNow(itemId, extra))
}

async function submitNow(itemId: string, extra: Extra): Promise<Submitted | null> {
  set(itemId, { status: 'submitting', error: null, fieldErrors: {} })
  // Already sent once with an unknown outcome: send exactly that again (the server may hold it).
  const kept = readOutbox()[itemId]
  if (kept) return send(itemId, kept.body)
  await flushDraft(itemId)
  const draft = draftsState.get().byItem[itemId]
  if (!draft) {
    set(itemId, { status: 'error', error: '草稿不存在，请重新填写' })
    return null
  }
  const body = bodyOf(itemId, draft, extra)
  if (!body) {
    set(itemId, { status: 'error', error: '请先回答办理情形的问题' })
    return null
  }
  // Kept before it goes out: if the app is killed mid-request, the next launch sends it again.
  writeOutbox(itemId, { body, since: Date.now() })
  return send(itemId, body)
}

/** Sends every kept submission of the signed-in user again (app launch, network back). */
export async function resumePendingSubmissions(): Promise<void> {
  if ((session.get().user?.id ?? null) !== owner) load()
  await Promise.all(Object.keys(readOutbox()).map((itemId) => resume(itemId)))
}

/** Back to idle (the page leaves after a refusal or a success). */
export const resetSubmission = (itemId: string) => set(itemId, idle)
