import { platform } from '@/platform'
import type { AnswersDto, DraftBody, DraftDto, MaterialAnswers } from '../api/contract/handling'
import { createIdempotencyKey } from '../api/client'
import { ApiError } from '../api/errors'
import { handlingApi } from '../api/endpoints/handling'
import { createStore } from './create-store'
import { registerPersonalCache, session } from './session'
import { DRAFTS_KEY_PREFIX } from './storage-keys'

/**
 * Drafts (草稿) that never get lost: every change is written to the device synchronously, then saved to the
 * server (debounced, one request at a time, the latest content wins). Local and server copies are merged by
 * `updatedAt`, the newer wins, so a draft follows the user across devices and platforms. Per signed-in user:
 * the apply page requires sign-in before it opens a draft.
 */
export interface LocalDraft extends DraftBody {
  itemName: string
  /** When the server last confirmed this content (epoch ms), null while it never has */
  syncedAt: number | null
}

/** A 一件事 draft's region and answers to its questions (draft key `scenario-<id>`). */
export type DraftScenario = NonNullable<DraftBody['scenario']>

/** saved-local: on the device, not yet on the server; offline: the save waits for the network */
export type DraftSync = 'saved-local' | 'saving' | 'saved' | 'offline' | 'error'

export interface DraftsState {
  byItem: Record<string, LocalDraft>
  sync: Record<string, DraftSync>
}

export { DRAFTS_KEY_PREFIX }
export const SAVE_DEBOUNCE_MS = 800

const keyOf = (userId: string) => `${DRAFTS_KEY_PREFIX}${userId}`
const currentUserId = () => session.get().user?.id ?? null

export const draftsState = createStore<DraftsState>({ byItem: {}, sync: {} })

/** Whose drafts are loaded; a save started for another user is ignored when it comes back. */
let owner: string | null = null
const timers = new Map<string, ReturnType<typeof setTimeout>>()
const inFlight = new Map<string, Promise<void>>()
const again = new Set<string>()

/**
 * A key for the one submission of this draft ([A-Za-z0-9_-], 22 characters, 132 random bits). Uses the Web
 * Crypto API where the host has it (H5, recent base libraries); mini-program hosts without a synchronous one fall
 * back to time plus Math.random, which only has to be unique, not secret.
 */
export function newSubmissionKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    return Array.from(crypto.getRandomValues(new Uint8Array(22)), (b) => alphabet[b & 63]).join('')
  }
  return createIdempotencyKey()
}

const isDraft = (d: unknown): d is LocalDraft => {
  const x = d as LocalDraft
  return !!x && typeof x.itemId === 'string' && typeof x.submissionKey === 'string' && typeof x.updatedAt === 'number' && typeof x.answers === 'object' && x.answers !== null
}

function restore(userId: string | null): Record<string, LocalDraft> {
  if (!userId) return {}
  const saved = platform.storage.get<Record<string, unknown>>(keyOf(userId)) ?? {}
  const drafts: Record<string, LocalDraft> = {}
  for (const [itemId, d] of Object.entries(saved)) {
    if (isDraft(d) && d.itemId === itemId) drafts[itemId] = { ...d, materials: d.materials ?? {}, syncedAt: typeof d.syncedAt === 'number' ? d.syncedAt : null }
  }
  return drafts
}

const syncOf = (d: LocalDraft): DraftSync => (d.syncedAt !== null && d.syncedAt >= d.updatedAt ? 'saved' : 'saved-local')

/** Re-reads the device's copy for the signed-in user (a restart, or another user signed in). */
export function reloadDrafts(): void {
  timers.forEach((t) => clearTimeout(t))
  timers.clear()
  again.clear()
  owner = currentUserId()
  // Drafts hold answers (names, 身份证号): removed from the device at sign-out.
  if (owner) registerPersonalCache(keyOf(owner))
  const byItem = restore(owner)
  const sync: Record<string, DraftSync> = {}
  for (const d of Object.values(byItem)) sync[d.itemId] = syncOf(d)
  draftsState.set({ byItem, sync })
}

reloadDrafts()
session.subscribe(() => {
  if (currentUserId() !== owner) reloadDrafts()
})

const setSync = (itemId: string, value: DraftSync) => draftsState.set((s) => ({ sync: { ...s.sync, [itemId]: value } }))

/** Writes one draft (or removes it with null) to the store and, synchronously, to the device. */
function writeLocal(itemId: string, draft: LocalDraft | null, sync?: DraftSync) {
  if (!owner) return
  const byItem = { ...draftsState.get().byItem }
  const nextSync = { ...draftsState.get().sync }
  if (draft) byItem[itemId] = draft
  else delete byItem[itemId]
  if (draft && sync) nextSync[itemId] = sync
  if (!draft) delete nextSync[itemId]
  platform.storage.set(keyOf(owner), byItem)
  draftsState.set({ byItem, sync: nextSync })
}

const bodyOf = ({ itemId, formVersion, answers, materials, updatedAt, submissionKey, scenario }: LocalDraft): DraftBody => ({
  itemId,
  formVersion,
  answers,
  materials,
  updatedAt,
  submissionKey,
  ...(scenario ? { scenario } : {}),
})

const fromServer = (dto: DraftDto): LocalDraft => ({ ...dto, syncedAt: Date.now() })

const isCode = (e: unknown, status: number, code?: string) => e instanceof ApiError && e.status === status && (code === undefined || e.code === code)
const isOffline = (e: unknown) => e instanceof ApiError && (e.kind === 'network' || e.kind === 'timeout')

/** One PUT of the current content. True when the server now holds it (or a newer one we adopted). */
async function saveOnce(itemId: string): Promise<boolean> {
  const sent = draftsState.get().byItem[itemId]
  if (!sent) return true
  const user = owner
  setSync(itemId, 'saving')
  try {
    const kept = await handlingApi.saveDraft(itemId, bodyOf(sent))
    const current = draftsState.get().byItem[itemId]
    if (owner !== user || !current) return true
    if (kept.updatedAt > current.updatedAt) writeLocal(itemId, fromServer(kept), 'saved')
    else if (current.updatedAt === sent.updatedAt) writeLocal(itemId, { ...current, syncedAt: Date.now() }, 'saved')
    else setSync(itemId, 'saved-local')
    return true
  } catch (e) {
    if (owner !== user || !draftsState.get().byItem[itemId]) return true
    // Submitted meanwhile (another device, or a submission whose answer was lost): nothing left to edit.
    if (isCode(e, 409, 'DRAFT_SUBMITTED')) writeLocal(itemId, null)
    else setSync(itemId, isOffline(e) ? 'offline' : 'error')
    return false
  }
}

/** Saves now; one request per item at a time, and changes made meanwhile go out right after it. */
function push(itemId: string): Promise<void> {
  clearTimeout(timers.get(itemId))
  timers.delete(itemId)
  const running = inFlight.get(itemId)
  if (running) {
    again.add(itemId)
    return running
  }
  const run = (async () => {
    try {
      let saved: boolean
      do {
        again.delete(itemId)
        saved = await saveOnce(itemId)
        const d = draftsState.get().byItem[itemId]
        if (saved && d && draftsState.get().sync[itemId] === 'saved-local' && !timers.has(itemId)) again.add(itemId)
      } while (saved && again.has(itemId))
    } finally {
      again.delete(itemId)
      inFlight.delete(itemId)
    }
  })()
  inFlight.set(itemId, run)
  return run
}

// Back online: the saves that waited go out.
platform.onNetworkChange((online) => {
  if (!online) return
  const { sync } = draftsState.get()
  for (const itemId of Object.keys(sync)) if (sync[itemId] === 'offline' && !timers.has(itemId)) void push(itemId)
})

const opening = new Map<string, Promise<LocalDraft>>()

/**
 * The draft of an item for the signed-in user: the device's copy and the server's, the newer by updatedAt (the
 * server's is kept on the device; a newer local one is pushed). A new draft has empty answers and a fresh
 * submissionKey. Works offline from the device's copy. Rejects when nobody is signed in.
 */
export function openDraft(itemId: string, itemName: string, formVersion: number): Promise<LocalDraft> {
  let run = opening.get(itemId)
  if (!run) {
    run = open(itemId, itemName, formVersion).finally(() => opening.delete(itemId))
    opening.set(itemId, run)
  }
  return run
}

async function open(itemId: string, itemName: string, formVersion: number): Promise<LocalDraft> {
  if (currentUserId() !== owner) reloadDrafts()
  if (!owner) throw new Error('请先登录后再办理')
  const user = owner
  let server: DraftDto | null = null
  let failure: unknown = null
  try {
    server = await handlingApi.getDraft(itemId)
  } catch (e) {
    if (!isCode(e, 404)) failure = e
  }
  if (owner !== user) throw new Error('登录状态已变化，请重新打开')
  const local = draftsState.get().byItem[itemId]
  if (server && (!local || server.updatedAt > local.updatedAt)) writeLocal(itemId, fromServer(server), 'saved')
  else if (server && local && server.updatedAt === local.updatedAt) writeLocal(itemId, { ...local, syncedAt: Date.now() }, 'saved')
  else if (local && failure) setSync(itemId, isOffline(failure) ? 'offline' : 'error')
  else if (local) await push(itemId)

  const existing = draftsState.get().byItem[itemId]
  if (existing) {
    // A newer form version keeps the answers by field id (the form engine ignores ids it no longer has).
    if (existing.formVersion !== formVersion || existing.itemName !== itemName) writeLocal(itemId, { ...existing, formVersion, itemName })
    return draftsState.get().byItem[itemId]
  }
  const fresh: LocalDraft = { itemId, itemName, formVersion, answers: {}, materials: {}, updatedAt: Date.now(), submissionKey: newSubmissionKey(), syncedAt: null }
  writeLocal(itemId, fresh, 'saved-local')
  return fresh
}

/** Stamps a change: Date.now(), but always after the previous stamp so "newer" stays well defined. */
const stamp = (previous: number) => Math.max(Date.now(), previous + 1)

/**
 * Merges a change into the draft key by key (an answer set to null is cleared; a material answer with no files
 * left is removed), stores it on the device at once, and saves it to the server after a short pause.
 */
export function updateDraft(itemId: string, patch: { answers?: AnswersDto; materials?: MaterialAnswers; scenario?: DraftScenario }): void {
  const draft = draftsState.get().byItem[itemId]
  if (!draft) return
  const materials: MaterialAnswers = { ...draft.materials, ...patch.materials }
  for (const id of Object.keys(materials)) {
    const m = materials[id]
    if (m.kind === 'upload' && m.fileIds.length === 0) delete materials[id]
  }
  const next: LocalDraft = {
    ...draft,
    answers: { ...draft.answers, ...patch.answers },
    materials,
    // A 一件事's region and question answers are replaced as a whole (an unasked question's answer goes).
    ...(patch.scenario ? { scenario: patch.scenario } : {}),
    updatedAt: stamp(draft.updatedAt),
  }
  writeLocal(itemId, next, 'saved-local')
  clearTimeout(timers.get(itemId))
  timers.set(
    itemId,
    setTimeout(() => {
      timers.delete(itemId)
      void push(itemId)
    }, SAVE_DEBOUNCE_MS),
  )
}

/** Saves the latest content now (before submitting, or when the page hides). Never rejects: see `sync`. */
export function flushDraft(itemId: string): Promise<void> {
  const { byItem, sync } = draftsState.get()
  const upToDate = sync[itemId] === 'saved' && !timers.has(itemId) && !inFlight.has(itemId)
  return byItem[itemId] && !upToDate ? push(itemId) : Promise.resolve()
}

/** Removes the draft from the device only (after a successful submission, the server already dropped it). */
export async function forgetDraft(itemId: string): Promise<void> {
  clearTimeout(timers.get(itemId))
  timers.delete(itemId)
  await inFlight.get(itemId)
  writeLocal(itemId, null)
}

/**
 * 删除草稿: on the server first, then on the device. Rejects with an ApiError (Chinese message) when the server
 * cannot be reached, and keeps the draft, so a discarded draft never comes back from the server later.
 */
export async function discardDraft(itemId: string): Promise<void> {
  clearTimeout(timers.get(itemId))
  timers.delete(itemId)
  await inFlight.get(itemId)
  await handlingApi.deleteDraft(itemId)
  writeLocal(itemId, null)
}

/**
 * A new submissionKey after the server refused a submission outright (400/403/404: nothing was created). The
 * server keeps its answer per key for a day, so a corrected draft needs a key of its own.
 */
export function renewSubmissionKey(itemId: string): void {
  const draft = draftsState.get().byItem[itemId]
  if (!draft) return
  writeLocal(itemId, { ...draft, submissionKey: newSubmissionKey(), updatedAt: stamp(draft.updatedAt) }, 'saved-local')
  void push(itemId)
}

/** The signed-in user's drafts on this device, most recently changed first. */
export const listLocalDrafts = (): LocalDraft[] => Object.values(draftsState.get().byItem).sort((a, b) => b.updatedAt - a.updatedAt)
