import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { ItemSummaryDto } from '../../../../api/contract'
import { catalogApi } from '../../../../api/endpoints/catalog'
import { ApiError } from '../../../../api/errors'
import { reorderSubscriptions, unsubscribe } from '../../../../stores/catalog'
import { openPage, openTab, routes, withQuery } from '../../../../routes'
import { toast } from '../../../../hooks/host-actions'

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '操作失败，请稍后重试')

/**
 * 我的订阅 (the service supermarket's shelf): the subscribed items in the order 首页 pins them, moved up or down
 * with buttons (easier than dragging on an old phone or for a screen reader) and removed one by one. Every change
 * waits for the server, and one change runs at a time, so a double tap never moves an item twice.
 */
export function useSubscriptions() {
  const [items, setItems] = useState<ItemSummaryDto[] | null>(null)
  const [max, setMax] = useState(30)
  const [error, setError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const busy = useRef(false)

  async function load() {
    try {
      const list = await catalogApi.listSubscriptions()
      setItems(list.items)
      setMax(list.max)
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  useDidShow(() => void load())

  async function change(id: string, run: () => Promise<ItemSummaryDto[]>, done?: string) {
    if (busy.current) return
    busy.current = true
    setBusyId(id)
    try {
      setItems(await run())
      if (done) toast(done)
    } catch (e) {
      toast(messageOf(e))
    } finally {
      busy.current = false
      setBusyId(null)
    }
  }

  function move(index: number, by: -1 | 1) {
    const list = items ?? []
    const to = index + by
    if (to < 0 || to >= list.length) return
    const ids = list.map((i) => i.id)
    ;[ids[index], ids[to]] = [ids[to], ids[index]]
    void change(list[index].id, async () => (await reorderSubscriptions(ids)).items)
  }

  function remove(item: ItemSummaryDto) {
    void change(
      item.id,
      async () => {
        await unsubscribe(item.id)
        return (items ?? []).filter((i) => i.id !== item.id)
      },
      '已取消订阅',
    )
  }

  return {
    loading: items === null && !error,
    error,
    items: items ?? [],
    max,
    busyId,
    retry: () => void load(),
    moveUp: (index: number) => move(index, -1),
    moveDown: (index: number) => move(index, 1),
    remove,
    openItem: (item: ItemSummaryDto) => void openPage(withQuery(routes.guide, { id: item.id })),
    browse: () => void openTab(routes.services),
  }
}
