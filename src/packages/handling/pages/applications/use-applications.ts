import { useDidShow, useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { ApplicationFilter, ApplicationListDto, ApplicationSummaryDto, CaseSummaryDto } from '../../../../api/contract'
import { handlingApi } from '../../../../api/endpoints/handling'
import { scenarioApi } from '../../../../api/endpoints/scenario'
import { ApiError } from '../../../../api/errors'
import { FILTER_LABEL } from '../../../../domain/application-status'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { openPage, openTab, routes, withQuery } from '../../../../routes'

/** The tabs, in order (APPLICATION_FILTERS of the contract; the schema module stays out of the bundle). */
export const FILTERS: readonly ApplicationFilter[] = ['all', 'in-progress', 'supplementing', 'done', 'withdrawn']

/** 办件 per request: a few screens of cards. */
export const PAGE_SIZE = 20

const readFilter = (value: string | undefined): ApplicationFilter => FILTERS.find((f) => f === value) ?? 'all'
const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')

interface ListState {
  items: ApplicationSummaryDto[]
  total: number
}

/**
 * 我的办件: the user's applications by tab (全部 / 办理中 / 待补正 / 已办结 / 已撤回) with the server's counts, paged
 * 20 at a time (more on reaching the bottom, or with 「加载更多」). Reloads the first page on every show, so a
 * status changed meanwhile (补正 submitted, 撤回) is never stale. Answers from a tab left meanwhile land nowhere.
 * Above 全部, the user's 一件事 cases; they come from a request of their own whose failure leaves the list alone.
 */
export function useApplications() {
  const { params } = useRouter()
  const signedIn = useStore(session, (s) => s.status === 'signed-in')
  const signingIn = useStore(session, (s) => s.status === 'idle' || s.status === 'signing-in')
  const [filter, setFilter] = useState<ApplicationFilter>(() => readFilter(params.filter))
  const [list, setList] = useState<ListState | null>(null)
  const [counts, setCounts] = useState<ApplicationListDto['counts'] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [moreError, setMoreError] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [cases, setCases] = useState<CaseSummaryDto[]>([])
  const generation = useRef(0)
  const busyMore = useRef(false)
  const shown = useRef(false)

  async function loadFirst(which: ApplicationFilter) {
    const asked = ++generation.current
    busyMore.current = false
    setLoadingMore(false)
    setMoreError(null)
    try {
      const page = await handlingApi.listApplications({ filter: which, offset: 0, limit: PAGE_SIZE })
      if (asked !== generation.current) return
      setList({ items: page.applications, total: page.total })
      setCounts(page.counts)
      setError(null)
    } catch (e) {
      if (asked !== generation.current) return
      setError(messageOf(e))
    }
  }

  async function loadCases() {
    try {
      setCases((await scenarioApi.listCases()).cases)
    } catch {
      // The 一件事 block is a shortcut: without it the list is complete (each application names its case).
    }
  }

  async function loadMore() {
    if (!list || busyMore.current || list.items.length >= list.total) return
    busyMore.current = true
    const asked = generation.current
    setLoadingMore(true)
    setMoreError(null)
    try {
      const page = await handlingApi.listApplications({ filter, offset: list.items.length, limit: PAGE_SIZE })
      if (asked !== generation.current) return
      setList((l) => {
        const seen = new Set((l?.items ?? []).map((a) => a.id))
        return { items: [...(l?.items ?? []), ...page.applications.filter((a) => !seen.has(a.id))], total: page.total }
      })
      setCounts(page.counts)
    } catch (e) {
      if (asked === generation.current) setMoreError(messageOf(e))
    } finally {
      if (asked === generation.current) {
        busyMore.current = false
        setLoadingMore(false)
      }
    }
  }

  useEffect(() => {
    if (signedIn) void loadFirst(filter)
  }, [signedIn, filter]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (signedIn) void loadCases()
    else setCases([])
  }, [signedIn])

  // The first show is the mount (the effects above load); later shows are returns from a detail page.
  useDidShow(() => {
    if (shown.current && signedIn) {
      void loadFirst(filter)
      void loadCases()
    }
    shown.current = true
  })
  useReachBottom(() => void loadMore())

  function select(next: ApplicationFilter) {
    if (next === filter) return
    setList(null)
    setError(null)
    setFilter(next)
  }

  return {
    signedIn,
    signingIn,
    filter,
    tabs: FILTERS.map((f) => ({ filter: f, label: FILTER_LABEL[f], count: counts ? counts[f] : null })),
    loading: signedIn && list === null && !error,
    /** Only when nothing is shown yet; a failed refresh keeps the cards it had */
    error: list === null ? error : null,
    items: list?.items ?? [],
    /** 一件事 cases, on 全部 only: the other tabs filter applications by their own status */
    cases: filter === 'all' ? cases : [],
    hasMore: !!list && list.items.length < list.total,
    loadingMore,
    moreError,
    select,
    loadMore: () => void loadMore(),
    retry: () => {
      setError(null)
      void loadFirst(filter)
    },
    open: (a: ApplicationSummaryDto) => void openPage(withQuery(routes.application, { id: a.id })),
    openCase: (c: CaseSummaryDto) => void openPage(withQuery(routes.case, { id: c.id })),
    browse: () => void openTab(routes.services),
    openLogin: () => void openPage(routes.login),
  }
}
