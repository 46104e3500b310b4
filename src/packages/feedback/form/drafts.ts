import { platform } from '@/platform'
import type { ContactPreference, UploadDto } from '../../../api/contract'
import { createIdempotencyKey } from '../../../api/client'
import { session } from '../../../stores/session'
import { FEEDBACK_DRAFTS_KEY } from '../../../stores/storage-keys'

/**
 * The drafts of the 咨询 / 投诉 / 找茬 forms, on the device only: every change is written at once, so a network
 * failure, a closed page or a restart loses nothing. One draft per form (kind, plus the item or the reported
 * page), each with the submissionKey it was created with, kept until the server has the record: a retry or a
 * double tap files one. They may hold personal detail, so they go at sign-out and never pass to another account.
 */
export interface FeedbackDraft {
  category: string | null
  content: string
  contact: ContactPreference
  /** 投诉: the 办理地点 by name; '' when the user said 不涉及具体大厅, null before they chose */
  hall: string | null
  /** Uploaded files (the server knows them by id) */
  attachments: UploadDto[]
  submissionKey: string
  updatedAt: number
}

export { FEEDBACK_DRAFTS_KEY }

interface Saved {
  /** Whose drafts these are; null while written signed out (the account that signs in adopts them) */
  owner: string | null
  drafts: Record<string, FeedbackDraft>
}

const CONTACTS: readonly string[] = ['phone', 'message', 'none']

const isUpload = (u: unknown): u is UploadDto => {
  const x = u as UploadDto
  return !!x && typeof x.id === 'string' && typeof x.name === 'string' && (x.kind === 'image' || x.kind === 'pdf') && typeof x.bytes === 'number'
}

const isDraft = (d: unknown): d is FeedbackDraft => {
  const x = d as FeedbackDraft
  return (
    !!x &&
    (x.category === null || typeof x.category === 'string') &&
    typeof x.content === 'string' &&
    CONTACTS.includes(x.contact) &&
    (x.hall === null || typeof x.hall === 'string') &&
    Array.isArray(x.attachments) &&
    x.attachments.every(isUpload) &&
    typeof x.submissionKey === 'string' &&
    typeof x.updatedAt === 'number'
  )
}

const userId = () => session.get().user?.id ?? null

/** The device's drafts that belong to whoever is signed in now */
function readAll(): Saved {
  const saved = platform.storage.get<Saved>(FEEDBACK_DRAFTS_KEY)
  const me = userId()
  if (!saved || typeof saved !== 'object' || typeof saved.drafts !== 'object' || saved.drafts === null) return { owner: me, drafts: {} }
  if (saved.owner !== null && saved.owner !== me) return { owner: me, drafts: {} }
  const drafts: Record<string, FeedbackDraft> = {}
  for (const [key, d] of Object.entries(saved.drafts)) if (isDraft(d)) drafts[key] = d
  return { owner: saved.owner ?? me, drafts }
}

const writeAll = (saved: Saved) => platform.storage.set(FEEDBACK_DRAFTS_KEY, { owner: userId() ?? saved.owner, drafts: saved.drafts })

/** A new draft: nothing chosen, 站内消息 for the reply, a fresh submissionKey */
export const freshDraft = (): FeedbackDraft => ({
  category: null,
  content: '',
  contact: 'message',
  hall: null,
  attachments: [],
  submissionKey: createIdempotencyKey(),
  updatedAt: Date.now(),
})

/** The saved draft of a form, or a fresh one (stored with the first change). */
export const loadDraft = (key: string): FeedbackDraft => readAll().drafts[key] ?? freshDraft()

export function saveDraft(key: string, draft: FeedbackDraft): void {
  const saved = readAll()
  writeAll({ ...saved, drafts: { ...saved.drafts, [key]: draft } })
}

/** After the record is filed, or when the user says an answer solved it */
export function clearDraft(key: string): void {
  const saved = readAll()
  if (!(key in saved.drafts)) return
  const drafts = { ...saved.drafts }
  delete drafts[key]
  writeAll({ ...saved, drafts })
}

/** The draft's key: one per kind and item (a general one without), a 找茬 also per page */
export const draftKeyOf = (kind: string, itemId: string, page?: string) => [kind, itemId || 'general', ...(page ? [page] : [])].join('|')
