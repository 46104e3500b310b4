import { stopPullDownRefresh, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { NoticeSummaryDto } from '../../../../api/contract'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { ApiError } from '../../../../api/errors'
import { toast } from '../../../../hooks/host-actions'
import { useRegionScope } from '../../../../hooks/use-region-scope'
import { openPage, routes, withQuery } from '../../../../routes'

/** Notices per request: a feed this light rarely needs a second page */
export const NOTICE_PAGE_SIZE = 20

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')

interface Feed {
  items: NoticeSummaryDto[]
  /** null until the first page has answered */
  total: number | null
  error: string | null
}

/**
 * 通知公告: the notices of the current region and its parent regions, newest first as the server orders them,
 * a page at a time (on reaching the bottom or 「加载更多」). A new region starts over; answers for an older
 * region land nowhere. A failed further page keeps the rows shown and only says so.
 */
export function useNotices() {
  const scope = useRegionScope()
  const [feed, setFeed] = useState<Feed>({ items: [], total: null, error: null })
  const [loadingMore, setLoadingMore] = useState(false)
  const generation = useRef(0)
  const busy = useRef(false)
  /** Rows are on screen: a failed refresh then only says so */
  const shown = useRef(false)

  async function loadFirst() {
    const asked = ++generation.current
    busy.current = false
    setLoadingMore(false)
    try {
      const page = await feedbackApi.notices(scope.scopeCode, 0, NOTICE_PAGE_SIZE)
      if (asked !== generation.current) return
      shown.current = true
      setFeed({ items: page.items, total: page.total, error: null })
    } catch (e) {
      if (asked !== generation.current) return
      if (shown.current) toast(messageOf(e))
      else setFeed({ items: [], total: null, error: messageOf(e) })
    }
  }

  async function loadMore() {
    if (busy.current || feed.total === null || feed.items.length >= feed.total) return
    const asked = generation.current
    busy.current = true
    setLoadingMore(true)
    try {
      const page = await feedbackApi.notices(scope.scopeCode, feed.items.length, NOTICE_PAGE_SIZE)
      if (asked !== generation.current) return
      setFeed((f) => {
        // A notice published meanwhile shifts the pages by one: never show a row twice.
        const seen = new Set(f.items.map((n) => n.id))
        return { items: [...f.items, ...page.items.filter((n) => !seen.has(n.id))], total: page.total, error: null }
      })
    } catch (e) {
      if (asked === generation.current) toast(messageOf(e))
    } finally {
      if (asked === generation.current) {
        busy.current = false
        setLoadingMore(false)
      }
    }
  }

  function startOver() {
    shown.current = false
    setFeed({ items: [], total: null, error: null })
    void loadFirst()
  }

  useEffect(startOver, [scope.scopeCode]) // eslint-disable-line react-hooks/exhaustive-deps

  useReachBottom(() => void loadMore())
  usePullDownRefresh(() => void loadFirst().finally(() => stopPullDownRefresh()))

  return {
    regionLabel: scope.label,
    notices: feed.items,
    total: feed.total,
    loading: feed.total === null && feed.error === null,
    error: feed.total === null ? feed.error : null,
    hasMore: feed.total !== null && feed.items.length < feed.total,
    loadingMore,
    loadMore: () => void loadMore(),
    retry: startOver,
    open: (notice: NoticeSummaryDto) => void openPage(withQuery(routes.notice, { id: notice.id })),
  }
}
