import { platform } from '@/platform'
import { catalogApi } from '../api/endpoints/catalog'
import { createStore } from './create-store'
import { RECENT_SEARCHES_KEY } from './storage-keys'

/**
 * Catalog state the pages share: which items the user subscribes to (so a guide, a list and 首页 agree without
 * refetching), a counter that tells 首页 its feed is stale, and the recent searches kept on this device.
 */
export interface CatalogState {
  /** Subscribed item ids in the user's order; null until known */
  subscribedIds: string[] | null
  /** Bumped whenever something 首页 shows has changed (a subscription) */
  feedVersion: number
  /** 最近搜索, newest first */
  recentSearches: string[]
}

export { RECENT_SEARCHES_KEY }
export const MAX_RECENT_SEARCHES = 10

// Recent searches reveal what someone looked for: personal, removed on sign-out with the session.

const savedRecent = platform.storage.get<unknown>(RECENT_SEARCHES_KEY)

export const catalogState = createStore<CatalogState>({
  subscribedIds: null,
  feedVersion: 0,
  recentSearches: Array.isArray(savedRecent) ? savedRecent.filter((q): q is string => typeof q === 'string').slice(0, MAX_RECENT_SEARCHES) : [],
})

/** The server's list is the truth; every subscription call answers it. */
const adopt = (itemIds: string[]) => catalogState.set((s) => ({ subscribedIds: itemIds, feedVersion: s.feedVersion + 1 }))

export async function subscribe(itemId: string) {
  const list = await catalogApi.subscribe(itemId)
  adopt(list.items.map((i) => i.id))
}

export async function unsubscribe(itemId: string) {
  const list = await catalogApi.unsubscribe(itemId)
  adopt(list.items.map((i) => i.id))
}

export async function reorderSubscriptions(itemIds: string[]) {
  const list = await catalogApi.reorderSubscriptions(itemIds)
  adopt(list.items.map((i) => i.id))
  return list
}

/** Called with what the server said in a guide or feed, so every page agrees. */
export const knowSubscriptions = (itemIds: string[]) => catalogState.set({ subscribedIds: itemIds })

/** Remembers a search (trimmed, deduplicated, newest first, at most MAX_RECENT_SEARCHES). */
export function rememberSearch(query: string) {
  const q = query.trim()
  if (!q) return
  const next = [q, ...catalogState.get().recentSearches.filter((r) => r !== q)].slice(0, MAX_RECENT_SEARCHES)
  catalogState.set({ recentSearches: next })
  platform.storage.set(RECENT_SEARCHES_KEY, next)
}

export function clearRecentSearches() {
  catalogState.set({ recentSearches: [] })
  platform.storage.remove(RECENT_SEARCHES_KEY)
}
