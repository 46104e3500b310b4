import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { platform } from '@/platform'
import type { HomeFeedDto, ItemSummaryDto, ScenarioHitDto } from '../../api/contract'
import { catalogApi } from '../../api/endpoints/catalog'
import { ApiError } from '../../api/errors'
import { useRegionScope } from '../../hooks/use-region-scope'
import { appConfig, loadAppConfig, modeConfig } from '../../stores/app-config'
import { catalogState, knowSubscriptions } from '../../stores/catalog'
import { useStore } from '../../stores/create-store'
import { activeEnterprise, enterprises, loadEnterprises } from '../../stores/enterprises'
import { setMode } from '../../stores/preferences'
import { session } from '../../stores/session'
import { openPage, openTab, routes, withQuery } from '../../routes'

type FeedState = { status: 'loading' | 'ready' | 'error'; data: HomeFeedDto | null; error: string | null }

/**
 * 首页's catalog sections for the region and mode: 我的订阅, 常用服务, 为你推荐, 热门, 新上架, 通知公告 and, outside
 * the home province, 跨区域通办. Reloaded when the region, the mode, the session or a subscription changes; the
 * last feed stays on screen while a newer one loads, so switching back and forth never flashes skeletons.
 */
function useFeed(scopeCode: string, mode: HomeFeedDto['mode'], signedIn: boolean) {
  const feedVersion = useStore(catalogState, (c) => c.feedVersion)
  const [feed, setFeed] = useState<FeedState>({ status: 'loading', data: null, error: null })
  const latest = useRef(0)

  async function load() {
    const ticket = ++latest.current
    setFeed((f) => ({ ...f, status: f.data ? f.status : 'loading' }))
    try {
      const data = await catalogApi.homeFeed(scopeCode, mode)
      if (ticket !== latest.current) return
      if (signedIn) knowSubscriptions(data.subscriptions.map((i) => i.id))
      setFeed({ status: 'ready', data, error: null })
    } catch (e) {
      if (ticket !== latest.current) return
      setFeed((f) => ({ status: f.data ? 'ready' : 'error', data: f.data, error: e instanceof ApiError ? e.message : '加载失败，请稍后重试' }))
    }
  }

  useEffect(() => {
    void load()
  }, [scopeCode, mode, signedIn, feedVersion]) // eslint-disable-line react-hooks/exhaustive-deps
  return { feed, reload: load }
}

/** 首页: what the current mode offers in the current region, and who is signed in. */
export function useHome() {
  const scope = useRegionScope()
  const mode = scope.mode
  const config = useStore(appConfig, (c) => c)
  const status = useStore(session, (s) => s.status)
  const user = useStore(session, (s) => s.user)
  const signedIn = status === 'signed-in'
  const { feed, reload } = useFeed(scope.scopeCode, mode, signedIn)

  const enterprise = useStore(enterprises, activeEnterprise)
  const enterpriseCount = useStore(enterprises, (e) => e.list.length)
  useDidShow(() => {
    if (mode === 'enterprise') void loadEnterprises()
  })

  usePullDownRefresh(() => {
    void Promise.all([loadAppConfig(), reload()]).finally(() => stopPullDownRefresh())
  })

  const current = modeConfig(config.data, mode)
  return {
    mode,
    setMode,
    regionLabel: scope.label,
    loading: config.status === 'loading',
    error: config.status === 'error' ? config.error : null,
    retry: () => void loadAppConfig(),
    modeConfig: current,
    feed: feed.data,
    /** 一件事 of the current mode (the previous mode's feed may still be on screen while the new one loads) */
    scenarios: (feed.data?.scenarios ?? []).filter((s) => s.mode === mode),
    feedLoading: feed.status === 'loading',
    feedError: feed.status === 'error' ? feed.error : null,
    retryFeed: () => void reload(),
    hotline: config.data?.hotline ?? '12345',
    signedIn,
    signingIn: status === 'signing-in' || status === 'idle',
    realNameVerified: user?.realNameVerified ?? false,
    /** 法人 mode acts for one bound enterprise; without one it offers to bind */
    enterprise,
    enterpriseCount,
    openEnterprises: () => void openPage(signedIn ? (enterpriseCount ? routes.security : routes.enterprise) : routes.login),
    openRegion: () => void openPage(routes.region),
    openLogin: () => void openPage(routes.login),
    openSearch: () => void openPage(routes.search),
    openItem: (item: ItemSummaryDto) => void openPage(withQuery(routes.guide, { id: item.id })),
    openScenario: (scenario: ScenarioHitDto) => void openPage(withQuery(routes.scenario, { id: scenario.id })),
    /** More 一件事 than the block shows: 办事 lists them all at the top of 按主题 */
    openAllScenarios: () => void openTab(routes.services),
    /** A 主题 shortcut opens that theme's items in the current region */
    openTheme: (themeId: string, title: string) => void openPage(withQuery(routes.itemList, { theme: themeId, title })),
    openCrossRegion: () => void openPage(withQuery(routes.itemList, { crossRegion: '1', title: '跨区域通办事项' })),
    openSubscriptions: () => void openPage(signedIn ? routes.subscriptions : withQuery(routes.login, { then: routes.subscriptions })),
    callHotline: () => void platform.makePhoneCall(config.data?.hotline ?? '12345'),
  }
}
