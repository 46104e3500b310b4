import { useRef, useState } from 'react'
import { platform } from '@/platform'
import type { HallDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { toast } from '../../model'

export const REFUSED_NOTE = '未获得位置权限，已按所在区排列'
const UNAVAILABLE_NOTE = '当前环境无法定位，已按所在区排列'

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')

/** Why the list is not sorted by distance, and what the host said (how to allow it in settings) */
export interface LocationNote {
  title: string
  detail?: string
}

/**
 * Step 1, 选择大厅: the halls that handle the item, as the server orders them (by 所在区), or nearest first once the
 * user asks for it. The location is asked only on that tap, never on opening the page; a refusal keeps the list
 * and says so. A failed reload keeps the list shown.
 */
export function useHalls(itemId: string) {
  const [halls, setHalls] = useState<HallDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [byDistance, setByDistance] = useState(false)
  const [locating, setLocating] = useState(false)
  const [note, setNote] = useState<LocationNote | null>(null)
  const shown = useRef(false)
  const busy = useRef(false)

  async function load(at?: { lat: number; lng: number }): Promise<boolean> {
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

  async function sortByDistance() {
    if (busy.current) return
    busy.current = true
    setLocating(true)
    setNote(null)
    try {
      const where = await platform.getLocation()
      if (where.status === 'ok') {
        if (await load({ lat: where.value.latitude, lng: where.value.longitude })) setByDistance(true)
      } else if (where.status === 'unsupported') {
        setNote({ title: UNAVAILABLE_NOTE, detail: where.message })
      } else {
        // cancelled (the user closed the permission prompt) or failed (refused before, or no fix): the same to the user
        setNote({ title: REFUSED_NOTE, detail: where.status === 'failed' ? where.message : undefined })
      }
    } finally {
      busy.current = false
      setLocating(false)
    }
  }

  return {
    halls,
    error: halls ? null : error,
    loading: halls === null && error === null,
    byDistance,
    locating,
    note,
    load: () => void load(),
    retry: () => {
      setError(null)
      void load()
    },
    sortByDistance: () => void sortByDistance(),
  }
}
