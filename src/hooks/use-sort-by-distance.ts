import { useRef, useState } from 'react'
import { platform } from '@/platform'

export interface LatLng {
  lat: number
  lng: number
}

/** Why a list is not sorted by distance, and what the host said (how to allow it in settings) */
export interface LocationNote {
  title: string
  detail?: string
}

/**
 * 「按距离排序」 on a tap (预约's halls, 社区's centres): asks the platform for the location only then, never on opening
 * a page; reloads with it through `reload` (true when the list is on screen); a refusal or a host without location
 * keeps the list in its own order and says so, ending with `keptOrder` (已按所在区排列, 仍按名称排列). One ask at a time.
 */
export function useSortByDistance(reload: (at: LatLng) => Promise<boolean>, keptOrder: string) {
  const [byDistance, setByDistance] = useState(false)
  const [locating, setLocating] = useState(false)
  const [note, setNote] = useState<LocationNote | null>(null)
  const busy = useRef(false)

  async function sortByDistance() {
    if (busy.current) return
    busy.current = true
    setLocating(true)
    setNote(null)
    try {
      const where = await platform.getLocation()
      if (where.status === 'ok') {
        if (await reload({ lat: where.value.latitude, lng: where.value.longitude })) setByDistance(true)
      } else if (where.status === 'unsupported') {
        setNote({ title: `当前环境无法定位，${keptOrder}`, detail: where.message })
      } else {
        // cancelled (the permission prompt closed) or failed (refused before, or no fix): the same to the user
        setNote({ title: `未获得位置权限，${keptOrder}`, detail: where.status === 'failed' ? where.message : undefined })
      }
    } finally {
      busy.current = false
      setLocating(false)
    }
  }

  /** Back to the list's own order (another region was chosen) */
  const reset = () => {
    setByDistance(false)
    setNote(null)
  }

  return { byDistance, locating, note, sortByDistance: () => void sortByDistance(), reset }
}
