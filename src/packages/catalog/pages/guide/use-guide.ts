import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { platform } from '@/platform'
import { scrollToAnchor } from '../../../../hooks/scroll-to-anchor'
import type { ItemDetailDto } from '../../../../api/contract'
import { catalogApi } from '../../../../api/endpoints/catalog'
import { ApiError } from '../../../../api/errors'
import { findRegion } from '../../../../domain/region'
import { appConfig } from '../../../../stores/app-config'
import { catalogState, subscribe, unsubscribe } from '../../../../stores/catalog'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { openPage, openTab, routes, withQuery } from '../../../../routes'
import { readParam } from '../../params'
import { callPhone, copyText, guideUrl, openApply, openBooking, openComplaint, openConsult, requireSignIn, toast } from './actions'
import { setPageTitle } from '../../../../hooks/host-actions'

/** The guide's sections, in reading order; the chips jump to them. */
export const SECTIONS = [
  { id: 'basic', title: '基本信息' },
  { id: 'conditions', title: '受理条件' },
  { id: 'materials', title: '申请材料' },
  { id: 'process', title: '办理流程' },
  { id: 'limits', title: '办理时限' },
  { id: 'fees', title: '收费标准' },
  { id: 'locations', title: '办理地点' },
  { id: 'legal', title: '设定依据' },
  { id: 'result', title: '审批结果' },
  { id: 'faq', title: '常见问题' },
] as const
export type SectionId = (typeof SECTIONS)[number]['id']
export const anchorId = (section: SectionId) => `guide-${section}`

type GuideState = { status: 'loading' } | { status: 'ready'; item: ItemDetailDto } | { status: 'not-found' } | { status: 'error'; error: string }

/**
 * 办事指南: one implementation's full guide (param: id). Reloaded when the user signs in, so 已订阅 is the
 * server's word for this account. Subscribing waits for the server (never optimistic) and ignores taps while
 * a call is out.
 */
export function useGuide() {
  const id = readParam(useRouter().params.id) ?? ''
  const [state, setState] = useState<GuideState>({ status: 'loading' })
  const [subscribed, setSubscribed] = useState(false)
  const [pending, setPending] = useState(false)
  const busy = useRef(false)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const signedIn = useStore(session, (s) => s.status === 'signed-in')
  const regions = useStore(appConfig, (c) => c.data?.regions)
  const item = state.status === 'ready' ? state.item : null

  async function load() {
    if (!id) return setState({ status: 'not-found' })
    try {
      const dto = await catalogApi.getItem(id)
      setState({ status: 'ready', item: dto })
      setSubscribed(dto.subscribed)
      setPageTitle(dto.name)
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setState({ status: 'not-found' })
      // A failed reload keeps the guide already shown
      else if (!item) setState({ status: 'error', error: e instanceof ApiError ? e.message : '加载失败，请稍后重试' })
    }
  }
  useEffect(() => {
    void load()
  }, [id, signedIn]) // eslint-disable-line react-hooks/exhaustive-deps

  // Another page (我的订阅, 首页) changed the subscriptions: follow the server's list.
  const ids = useStore(catalogState, (s) => s.subscribedIds)
  const seenIds = useRef(ids)
  useEffect(() => {
    if (ids === seenIds.current) return
    seenIds.current = ids
    if (ids) setSubscribed(ids.includes(id))
  }, [ids, id])

  useShareAppMessage(() => ({ title: item?.name ?? '办事指南', path: guideUrl(id) }))

  async function toggleSubscribe() {
    if (!item || busy.current || !requireSignIn(guideUrl(id))) return
    busy.current = true
    setPending(true)
    try {
      if (subscribed) {
        await unsubscribe(id)
        setSubscribed(false)
        toast('已取消订阅')
      } else {
        await subscribe(id)
        setSubscribed(true)
        toast('已订阅，可在首页「我的订阅」找到')
      }
    } catch (e) {
      toast(e instanceof ApiError ? e.message : '操作失败，请稍后重试')
    } finally {
      busy.current = false
      setPending(false)
    }
  }

  /** H5: the system share sheet, or the page's address copied (mini-programs share through their button). */
  async function shareLink() {
    if (!item) return
    const url = typeof location === 'undefined' ? guideUrl(id) : `${location.origin}${guideUrl(id)}`
    const shared = await platform.share.shareLink(item.name, url)
    if (shared.status === 'ok' && shared.value === 'copied') toast('链接已复制')
    else if (shared.status === 'failed' || shared.status === 'unsupported') toast(shared.message)
  }

  const jumpTo = (section: SectionId) => scrollToAnchor(anchorId(section))

  const primary = !item
    ? null
    : item.online
      ? { label: '在线办理', run: () => void openApply(item) }
      : item.bookable
        ? { label: '预约办理', run: () => void openBooking(item) }
        : { label: '查看办理地点', run: () => jumpTo('locations') }

  return {
    state,
    item,
    sections: SECTIONS.filter((s) => s.id !== 'faq' || (item?.faq.length ?? 0) > 0),
    /** 跨区域通办 regions by name (the code when the configuration does not list it) */
    scopeRegionNames: (item?.scopeRegions ?? []).map((code) => findRegion(regions ?? [], code)?.name ?? code),
    subscribed,
    pending,
    shareButtonProps: platform.share.buttonProps,
    primary,
    isExpanded: (key: string) => expanded.has(key),
    toggle: (key: string) =>
      setExpanded((open) => {
        const next = new Set(open)
        if (!next.delete(key)) next.add(key)
        return next
      }),
    jumpTo,
    retry: () => {
      setState({ status: 'loading' })
      void load()
    },
    backToServices: () => void openTab(routes.services),
    openDepartment: () => {
      if (item) void openPage(withQuery(routes.store, { id: item.department.id }))
    },
    toggleSubscribe: () => void toggleSubscribe(),
    share: () => void shareLink(),
    call: (phone: string) => void callPhone(phone),
    consult: () => {
      if (item) void openConsult(item)
    },
    complain: () => {
      if (item) void openComplaint(item)
    },
    copy: (text: string, done: string) => void copyText(text, done),
  }
}

export type Guide = ReturnType<typeof useGuide>
