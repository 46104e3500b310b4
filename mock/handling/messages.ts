import type { MarkReadBody, MessageDto, MessageListDto } from '../../src/api/contract'
import type { MockContext } from '../context'

/** 消息中心 keeps at most this many messages per user (the oldest go first). */
export const MAX_MESSAGES = 200

interface MessagesState {
  /** user id → that user's messages, oldest first */
  byUser: Record<string, MessageDto[]>
  /** Last message number handed out: ids are `msg-<n>`, deterministic from a reset */
  seq: number
}

/** The messages slice of the mock's state (persisted and reset with the rest; see store.ts `slice`). */
const messagesStateOf = (ctx: MockContext): MessagesState => ctx.store.slice<MessagesState>('messages', () => ({ byUser: {}, seq: 0 }))

/**
 * A new unread 消息 for the user (one per status change of their applications, one per answer to their 咨询 /
 * 投诉 / 找茬 with `feedbackId`). The caller saves the store. Text only: never an ID number, a phone number or a
 * token in a title or body.
 */
export function postMessage(
  ctx: MockContext,
  userId: string,
  message: { title: string; body: string; applicationId: string | null; feedbackId?: string | null },
): MessageDto {
  const state = messagesStateOf(ctx)
  const dto: MessageDto = { id: `msg-${++state.seq}`, ...message, at: ctx.clock.now(), read: false }
  const list = (state.byUser[userId] ??= [])
  list.push(dto)
  if (list.length > MAX_MESSAGES) list.splice(0, list.length - MAX_MESSAGES)
  return dto
}

/** The user's 消息, newest first, with the unread count. */
export function messagesOf(ctx: MockContext, userId: string): MessageListDto {
  const list = messagesStateOf(ctx).byUser[userId] ?? []
  return { messages: [...list].reverse(), unread: list.reduce((n, m) => (m.read ? n : n + 1), 0) }
}

/** Marks the given messages (ids of other users' messages, or unknown ids, are ignored) or all of them read. */
export function markRead(ctx: MockContext, userId: string, ids: MarkReadBody['ids']): MessageListDto {
  const list = messagesStateOf(ctx).byUser[userId] ?? []
  const wanted = ids === 'all' ? null : new Set(ids)
  for (const message of list) if (!wanted || wanted.has(message.id)) message.read = true
  return messagesOf(ctx, userId)
}
