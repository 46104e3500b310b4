import { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { CommunityDto, ItemSummaryDto } from '../../../../api/contract'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { ApiError } from '../../../../api/errors'
import { callPhone, copyText, toast } from '../../../../hooks/host-actions'
import { useRegionScope } from '../../../../hooks/use-region-scope'
import { useSortByDistance, type LatLng } from '../../../../hooks/use-sort-by-distance'
import { appConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { preferences } from '../../../../stores/preferences'
import { openPage, routes, withQuery } from '../../../../routes'
import { communityScope } from '../../model'

type Load = { status: 'loading' } | { status: 'ready'; data: CommunityDto } | { status: 'error'; error: string } | { status: 'not-local' }

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')
/** The server's word that the region is a city or province (or unknown): ask for a 区 or 街道 */
const notLocal = (e: unknown) => e instanceof ApiError && (e.code === 'REGION_NOT_LOCAL' || e.code === 'REGION_NOT_FOUND')

/**
 * 社区服务 of the user's street (or district): its 社区事务受理服务中心, the district's 行政服务中心, every street
 * centre of the district (by name, or nearest first once the user taps 「按距离排序」: the location is asked only
 * then), the street-level items and the district's 便民服务. A city or province asks for a 区 or 街道 first.
 */
export function useCommunity() {
  const regionCode = useStore(preferences, (p) => p.regionCode)
  const subRegion = useStore(preferences, (p) => p.subRegion)
  const regions = useStore(appConfig, (c) => c.data?.regions)
  const scope = useMemo(() => communityScope({ regionCode, subRegion }, regions ?? []), [regionCode, subRegion, regions])
  const code = scope.kind === 'not-local' ? null : scope.code
  const label = useRegionScope().label

  const [state, setState] = useState<Load>({ status: 'loading' })
  const ticket = useRef(0)
  const shown = useRef(false)
  /** Where the user was when they asked for distances: a refresh keeps the order they chose */
  const at = useRef<LatLng | undefined>(undefined)

  /** Loads the region's services (by distance with `at`); true when they are on screen */
  async function load(where = at.current): Promise<boolean> {
    if (!code) return false
    const asked = ++ticket.current
    try {
      const data = await feedbackApi.community(code, where)
      if (asked !== ticket.current) return false
      shown.current = true
      setState({ status: 'ready', data })
      return true
    } catch (e) {
      if (asked !== ticket.current) return false
      if (notLocal(e)) setState({ status: 'not-local' })
      else if (shown.current) toast(messageOf(e))
      else setState({ status: 'error', error: messageOf(e) })
      return false
    }
  }

  const nearest = useSortByDistance(async (here) => {
    if (!(await load(here))) return false
    at.current = here
    return true
  }, '仍按名称排列')

  useEffect(() => {
    shown.current = false
    at.current = undefined
    nearest.reset()
    if (code) {
      setState({ status: 'loading' })
      void load()
    } else {
      ticket.current++
      setState({ status: 'not-local' })
    }
  }, [code]) // eslint-disable-line react-hooks/exhaustive-deps

  usePullDownRefresh(() => void load().finally(() => stopPullDownRefresh()))

  return {
    state,
    regionLabel: label,
    /** A street is chosen (else the page invites choosing one) */
    hasStreet: scope.kind === 'street',
    byDistance: nearest.byDistance,
    locating: nearest.locating,
    note: nearest.note,
    /** Only once the centres are on screen */
    sortByDistance: () => (state.status === 'ready' ? nearest.sortByDistance() : undefined),
    retry: () => {
      setState({ status: 'loading' })
      void load()
    },
    chooseRegion: () => void openPage(routes.region),
    openItem: (item: ItemSummaryDto) => void openPage(withQuery(routes.guide, { id: item.id })),
    openConvenience: () => void openPage(withQuery(routes.itemList, { type: 'convenience', title: '便民服务' })),
    call: (phone: string) => void callPhone(phone),
    copyAddress: (address: string) => void copyText(address, '地址已复制'),
  }
}

export type Community = ReturnType<typeof useCommunity>
