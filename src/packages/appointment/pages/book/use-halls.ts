import { useRef, useState } from 'react'
import type { HallDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { useSortByDistance, type LatLng } from '../../../../hooks/use-sort-by-distance'
import { toast } from '../../model'


const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')

/**
 * Step 1, 选择大厅: the halls that handle the item, as the server orders them (by 所在区), or nearest first once the
 * user asks for it. The location is asked only on that tap, never on opening the page; a refusal keeps the list
 * and says so. A failed reload keeps the list shown.
 */
export function useHalls(itemId: string) {
  const [halls, setHalls] = useState<HallDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const shown = useRef(false)

  async function load(at?: LatLng): Promise<boolean> {
    try {
      const list = await walletApi.halls(itemId, at)
      shown.current = true
      setHalls(list.halls)
      setError(null)
      return true
    } catch (e) {
      if (shown.current) toast(messageOf(e))
      else setError(messageOf(e))
      return false
    }
  }

  const nearest = useSortByDistance(load, '已按所在区排列')

  return {
    halls,
    error: halls ? null : error,
    loading: halls === null && error === null,
    byDistance: nearest.byDistance,
    locating: nearest.locating,
    note: nearest.note,
    load: () => void load(),
    retry: () => {
      setError(null)
      void load()
    },
    sortByDistance: nearest.sortByDistance,
  }
}
