import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { platform } from '@/platform'
import type { DepartmentStoreDto, ItemSummaryDto } from '../../../../api/contract'
import { catalogApi } from '../../../../api/endpoints/catalog'
import { ApiError } from '../../../../api/errors'
import { LEVEL_LABEL } from '../../../../domain/catalog'
import { findRegion } from '../../../../domain/region'
import { appConfig, modeConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { preferences } from '../../../../stores/preferences'
import { openPage, routes, withQuery } from '../../../../routes'
import { readParam } from '../../params'
import { toast, setPageTitle } from '../../../../hooks/host-actions'

/** A group longer than this shows its first items and 「查看全部 N 项」 */
export const GROUP_PREVIEW = 5

type StoreState =
  | { status: 'loading' }
  | { status: 'ready'; store: DepartmentStoreDto }
  | { status: 'not-found' }
  | { status: 'error'; error: string }

/**
 * 部门旗舰店: one department's page — who it is, how to reach it, its most used items and all its items by
 * 主题. Param: id.
 */
export function useStorePage() {
  const { params } = useRouter()
  const id = readParam(params.id)
  const [state, setState] = useState<StoreState>({ status: 'loading' })
  const mode = useStore(preferences, (p) => p.mode)
  const regions = useStore(appConfig, (c) => c.data?.regions)
  const categories = useStore(appConfig, (c) => modeConfig(c.data, mode)?.categories)

  async function load() {
    if (!id) return setState({ status: 'not-found' })
    setState({ status: 'loading' })
    try {
      const store = await catalogApi.getDepartment(id)
      setState({ status: 'ready', store })
      setPageTitle(store.department.name)
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setState({ status: 'not-found' })
      else setState({ status: 'error', error: e instanceof ApiError ? e.message : '加载失败，请稍后重试' })
    }
  }
  useEffect(() => {
    void load()
  }, [id]) // eslint-disable-line react-hooks/exhaustive-deps

  const store = state.status === 'ready' ? state.store : null
  const department = store?.department
  return {
    state,
    store,
    /** 「上海市 · 市级」 */
    place: department ? [findRegion(regions ?? [], department.regionCode)?.name, LEVEL_LABEL[department.level]].filter(Boolean).join(' · ') : '',
    retry: () => void load(),
    open: (item: ItemSummaryDto) => void openPage(withQuery(routes.guide, { id: item.id })),
    /** The whole group as a list: filtered by this department and, when the group is one of the mode's 主题, by it */
    openGroup: (title: string) => {
      if (!department) return
      const theme = categories?.find((c) => c.title === title)?.id
      void openPage(withQuery(routes.itemList, { department: department.id, theme, title: `${department.shortName} · ${title}` }))
    },
    copyAddress: async () => {
      if (!store) return
      const done = await platform.setClipboard(store.address)
      if (done.status === 'ok') toast('地址已复制')
      else if (done.status !== 'cancelled') toast(done.message)
    },
    call: async (phone: string) => {
      const done = await platform.makePhoneCall(phone)
      // Closing the host's call sheet is the user's choice, not an error.
      if (done.status === 'failed' || done.status === 'unsupported') toast(done.message)
    },
  }
}
