import { useEffect, useRef, useState, type DependencyList } from 'react'
import { ApiError } from '../api/errors'

/** Rows per request: a screen and a half on a phone, a modest answer on a slow network. */
export const PAGE_SIZE = 30

/** Rows beyond the drawn window whose page is fetched ahead, so scrolling on rarely meets a placeholder */
export const LOOKAHEAD_ROWS = 10

/** One answer of a paged endpoint; `meta` carries what the first page says about the whole result (search). */
export interface PageAnswer<T, M = undefined> {
  items: T[]
  total: number
  meta?: M
}

export type FetchPage<T, M = undefined> = (offset: number, limit: number) => Promise<PageAnswer<T, M>>

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')

/**
 * The paging state behind a virtual list, without React: a sparse set of loaded pages, the requests in flight
 * (a page is never asked for twice at once), the pages that failed (not retried until `retry`, so a list
 * scrolled past a failure does not hammer the server), and a generation that makes answers from before a
 * reset (other filters, another query) land nowhere.
 */
export function createPageLoader<T, M = undefined>(onChange: () => void, pageSize = PAGE_SIZE) {
  let fetchPage: FetchPage<T, M> | null = null
  let generation = 0
  let pages = new Map<number, T[]>()
  let inflight = new Set<number>()
  let failed = new Set<number>()
  let total: number | null = null
  let meta: M | undefined
  let error: string | null = null

  function load(page: number) {
    if (!fetchPage || page < 0 || pages.has(page) || inflight.has(page) || failed.has(page)) return
    if (total !== null && page * pageSize >= total) return
    const asked = generation
    inflight.add(page)
    fetchPage(page * pageSize, pageSize).then(
      (answer) => {
        if (asked !== generation) return
        inflight.delete(page)
        pages.set(page, answer.items)
        total = answer.total
        if (page === 0) meta = answer.meta
        if (failed.size === 0) error = null
        onChange()
      },
      (e: unknown) => {
        if (asked !== generation) return
        inflight.delete(page)
        failed.add(page)
        error = messageOf(e)
        onChange()
      },
    )
    onChange()
  }

  /** Rows loaded without a gap from the first one */
  function loadedCount() {
    let n = 0
    for (let p = 0; pages.has(p); p++) {
      const rows = pages.get(p)!
      n += rows.length
      if (rows.length < pageSize) break
    }
    return total === null ? n : Math.min(n, total)
  }

  return {
    /** Forgets everything; `next` serves the new pages (null: nothing to load, e.g. an empty search box) */
    reset(next: FetchPage<T, M> | null) {
      generation++
      fetchPage = next
      pages = new Map()
      inflight = new Set()
      failed = new Set()
      total = null
      meta = undefined
      error = null
    },
    /** Loads the pages covering rows [start, end) that are neither loaded nor on their way */
    ensure(start: number, end: number) {
      if (end <= start) return
      for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) load(p)
    },
    /** Loads the page after the loaded run (prefetch before the user reaches it) */
    loadMore: () => load(Math.ceil(loadedCount() / pageSize)),
    /** Asks again for the pages that failed (the first page when none did) */
    retry() {
      const again = failed.size ? [...failed] : [0]
      failed = new Set()
      error = null
      again.forEach(load)
      onChange()
    },
    rowAt: (index: number): T | undefined => pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    loadedCount,
    get generation() {
      return generation
    },
    get total() {
      return total
    },
    get meta() {
      return meta
    },
    get error() {
      return error
    },
    /** Pages on their way */
    get pending() {
      return inflight.size
    },
    get enabled() {
      return fetchPage !== null
    },
  }
}

export type PageLoader<T, M = undefined> = ReturnType<typeof createPageLoader<T, M>>

const sameDeps = (a: DependencyList, b: DependencyList) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]))

/**
 * Server-paged rows for a virtual list: `rowAt(i)` is the row or undefined (draw a placeholder), `ensure(start,
 * end)` loads what the window shows (and LOOKAHEAD_ROWS more), `loadMore()` continues the run from the top. Everything resets when `deps` change (filters,
 * query, region); pass `null` as `fetchPage` to load nothing. `fetchPage` may change every render: the latest
 * one is used.
 */
export function useItemPages<T, M = undefined>(fetchPage: FetchPage<T, M> | null, deps: DependencyList) {
  const [, rerender] = useState(0)
  const [loader] = useState(() => createPageLoader<T, M>(() => rerender((v) => v + 1)))
  const latest = useRef(fetchPage)
  latest.current = fetchPage

  // Reset during render, not in an effect: the first render with new deps must not show the old rows.
  const seen = useRef<DependencyList | null>(null)
  const enabled = fetchPage !== null
  const key = [...deps, enabled]
  if (!seen.current || !sameDeps(seen.current, key)) {
    seen.current = key
    loader.reset(enabled ? (offset, limit) => latest.current!(offset, limit) : null)
  }
  const generation = loader.generation
  useEffect(() => loader.ensure(0, 1), [loader, generation])

  return {
    /** All matching rows; null until the first page answered */
    total: loader.total,
    /** The first page is on its way */
    loading: loader.enabled && loader.total === null && loader.error === null,
    /** Chinese, fit for the user */
    error: loader.error,
    retry: loader.retry,
    rowAt: loader.rowAt,
    /** Loads the pages under rows [start, end) and a little beyond (give it the drawn window) */
    ensure: (start: number, end: number) => loader.ensure(start, end + LOOKAHEAD_ROWS),
    loadMore: loader.loadMore,
    loadedCount: loader.loadedCount(),
    meta: loader.meta,
    pending: loader.pending,
  }
}
