import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { startTransition, useEffect, useRef, useState } from 'react'
import type { HomeFeedDto, ItemSummaryDto, NoticeSummaryDto, ScenarioHitDto } from '../../api/contract'
import { catalogApi } from '../../api/endpoints/catalog'
import { ApiError } from '../../api/errors'
import { callPhone, toast } from '../../hooks/host-actions'
import { useRegionScope } from '../../hooks/use-region-scope'
import { appConfig, loadAppConfig, modeConfig } from '../../stores/app-config'
import { catalogState, knowSubscriptions } from '../../stores/catalog'
import { useStore } from '../../stores/create-store'
import { activeEnterprise, enterprises, loadEnterprises } from '../../stores/enterprises'
import { preferences, setElderMode, setMode } from '../../stores/preferences'
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
      // ~300 elements: an interruptible render, so a tap on the tiles above is answered while it is built.
      // @see https://react.dev/reference/react/startTransition
      startTransition(() => setFeed({ status: 'ready', data, error: null }))
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

/** 服务入口: the services every citizen looks for on 首页, in both modes and in 长辈模式 */
export const SERVICE_ENTRIES = [
  { id: 'community', title: '社区服务', hint: '街道受理中心和办公时间', icon: 'house', url: routes.community },
  { id: 'convenience', title: '便民服务', hint: '生活缴费、外币兑换预约', icon: 'wallet', url: withQuery(routes.itemList, { type: 'convenience', title: '便民服务' }) },
  { id: 'notices', title: '通知公告', hint: '本地区的通知和公告', icon: 'bell', url: routes.notices },
  { id: 'consult', title: '我要咨询', hint: '向部门提问，答复发到消息', icon: 'message', url: routes.consult },
  { id: 'complain', title: '我要投诉', hint: '对办事过程不满意', icon: 'info', url: routes.complain },
] as const

export type ServiceEntry = (typeof SERVICE_ENTRIES)[number]

/** 首页: what the current mode offers in the current region, and who is signed in. */
export function useHome() {
  const scope = useRegionScope()
  const mode = scope.mode
  const config = useStore(appConfig, (c) => c)
  const status = useStore(session, (s) => s.status)
  const user = useStore(session, (s) => s.user)
  const signedIn = status === 'signed-in'
  const { feed, reload } = useFeed(scope.scopeCode, mode, signedIn)
  const elderMode = useStore(preferences, (p) => p.elderMode)

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
    /** 长辈模式: the simpler home (see index.tsx), switched right here as well as in 设置 */
    elderMode,
    toggleElderMode: () => {
      setElderMode(!elderMode)
      toast(elderMode ? '已切换为标准模式' : '已切换为长辈模式')
    },
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
    openEntry: (entry: ServiceEntry) => void openPage(entry.url),
    openNotices: () => void openPage(routes.notices),
    openNotice: (notice: NoticeSummaryDto) => void openPage(withQuery(routes.notice, { id: notice.id })),
    openSubscriptions: () => void openPage(signedIn ? routes.subscriptions : withQuery(routes.login, { then: routes.subscriptions })),
    callHotline: () => void callPhone(config.data?.hotline ?? '12345'),
  }
}
