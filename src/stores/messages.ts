import type { MessageDto, MessageListDto } from '../api/contract/handling'
import { handlingApi } from '../api/endpoints/handling'
import { createStore } from './create-store'
import { session } from './session'

/**
 * 消息中心: the user's messages (one per status change of their applications) and the unread count for the badge.
 * Kept in memory only (nothing personal on the device), and forgotten when the signed-in user changes.
 */
export interface MessagesState {
  unread: number
  /** Newest first; null until loaded */
  list: MessageDto[] | null
}

export const messagesState = createStore<MessagesState>({ unread: 0, list: null })

let owner = session.get().user?.id ?? null
/** Answers older than the latest change are ignored (a slow refresh must not undo a mark-read). */
let version = 0

session.subscribe(() => {
  const user = session.get().user?.id ?? null
  if (user === owner) return
  owner = user
  version++
  messagesState.set({ unread: 0, list: null })
})

function adopt(at: number, dto: MessageListDto) {
  if (at !== version) return
  messagesState.set({ unread: dto.unread, list: dto.messages })
}

let refreshing: Promise<void> | null = null

/** Loads the messages and the unread count. Rejects with an ApiError (Chinese message); the state stays as it was. */
export function refreshMessages(): Promise<void> {
  refreshing ??= (async () => {
    const at = version
    try {
      adopt(at, await handlingApi.listMessages())
    } finally {
      refreshing = null
    }
  })()
  return refreshing
}

/** Marks messages read: at once on the screen, then as the server answers. Restores the list when it fails. */
export async function markRead(ids: string[]): Promise<void> {
  if (ids.length === 0) return
  const before = messagesState.get()
  const wanted = new Set(ids)
  const list = before.list?.map((m) => (wanted.has(m.id) ? { ...m, read: true } : m)) ?? null
  const unread = list ? list.filter((m) => !m.read).length : before.unread
  const at = ++version
  messagesState.set({ list, unread })
  try {
    adopt(at, await handlingApi.markRead({ ids }))
  } catch (e) {
    if (at === version) messagesState.set(before)
    throw e
  }
}

/** 全部已读 */
export async function markAllRead(): Promise<void> {
  const before = messagesState.get()
  const at = ++version
  messagesState.set({ unread: 0, list: before.list?.map((m) => (m.read ? m : { ...m, read: true })) ?? null })
  try {
    adopt(at, await handlingApi.markRead({ ids: 'all' }))
  } catch (e) {
    if (at === version) messagesState.set(before)
    throw e
  }
}
