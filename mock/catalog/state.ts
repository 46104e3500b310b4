import type { MockContext } from '../context'
import { httpError, messages } from '../http/errors'
import type { CatalogItem } from './model'

/** 我的订阅 holds at most this many items. */
export const MAX_SUBSCRIPTIONS = 30

/** What a user did with one item: guide views (浏览) and applications (办理), and when last. */
export interface ItemHistory {
  views: number
  applications: number
  /** Epoch ms */
  lastAt: number
}

export interface CatalogState {
  /** Item id → usage counted since the seed (views and applications); the seed's own figure is in the catalog */
  usage: Record<string, number>
  /** User id → subscribed item ids, in the user's order */
  subscriptions: Record<string, string[]>
  /** User id → item id → their history with it */
  history: Record<string, Record<string, ItemHistory>>
}

/** The catalog slice of the mock's state (persisted and reset with the rest; see store.ts `slice`). */
export const catalogStateOf = (ctx: MockContext): CatalogState =>
  ctx.store.slice<CatalogState>('catalog', () => ({ usage: {}, subscriptions: {}, history: {} }))

/** 办件量 + 浏览量: the seeded figure plus what was counted live. */
export const usageOf = (state: CatalogState, item: CatalogItem): number => item.seedUsage + (state.usage[item.id] ?? 0)

function touch(ctx: MockContext, itemId: string, userId: string | null, field: 'views' | 'applications') {
  const state = catalogStateOf(ctx)
  state.usage[itemId] = (state.usage[itemId] ?? 0) + 1
  if (!userId) return
  const mine = (state.history[userId] ??= {})
  const entry = (mine[itemId] ??= { views: 0, applications: 0, lastAt: 0 })
  entry[field]++
  entry.lastAt = ctx.clock.now()
}

/** A guide was opened: usage +1, and the signed-in user's history. The caller saves the store. */
export const recordView = (ctx: MockContext, itemId: string, userId: string | null) => touch(ctx, itemId, userId, 'views')

/** An application was submitted online (the online-handling issue calls this). The caller saves the store. */
export const recordApplication = (ctx: MockContext, itemId: string, userId: string) => touch(ctx, itemId, userId, 'applications')

export const subscriptionsOf = (state: CatalogState, userId: string): readonly string[] => state.subscriptions[userId] ?? []

/** Appends the item; subscribing again changes nothing. 409 SUBSCRIPTION_LIMIT past the maximum. */
export function subscribe(ctx: MockContext, userId: string, itemId: string): readonly string[] {
  const state = catalogStateOf(ctx)
  const list = (state.subscriptions[userId] ??= [])
  if (list.includes(itemId)) return list
  if (list.length >= MAX_SUBSCRIPTIONS) throw httpError(409, 'SUBSCRIPTION_LIMIT', messages.subscriptionLimit(MAX_SUBSCRIPTIONS))
  list.push(itemId)
  return list
}

/** Removes the item; not subscribed changes nothing. */
export function unsubscribe(ctx: MockContext, userId: string, itemId: string): readonly string[] {
  const state = catalogStateOf(ctx)
  const list = state.subscriptions[userId] ?? []
  const at = list.indexOf(itemId)
  if (at >= 0) list.splice(at, 1)
  return list
}

/**
 * The same subscriptions in a new order; anything else is 422 ORDER_MISMATCH (the list changed elsewhere).
 * Ids the catalog no longer has (a persisted state from older seeds) are not shown, so they are not expected
 * either, and are dropped.
 */
export function reorderSubscriptions(ctx: MockContext, userId: string, itemIds: readonly string[], exists: (id: string) => boolean): readonly string[] {
  const state = catalogStateOf(ctx)
  const current = (state.subscriptions[userId] ?? []).filter(exists)
  const same = itemIds.length === current.length && new Set(itemIds).size === itemIds.length && itemIds.every((id) => current.includes(id))
  if (!same) throw httpError(422, 'ORDER_MISMATCH', messages.orderMismatch)
  state.subscriptions[userId] = [...itemIds]
  return state.subscriptions[userId]
}
