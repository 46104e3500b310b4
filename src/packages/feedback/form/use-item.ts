import { useEffect, useRef, useState } from 'react'
import type { ItemDetailDto } from '../../../api/contract'
import { catalogApi } from '../../../api/endpoints/catalog'
import { ApiError } from '../../../api/errors'

/** none: the form is not about an item; missing: the catalog no longer has it (sent as a general one) */
export type ItemStatus = 'none' | 'loading' | 'ready' | 'missing' | 'error'

/**
 * The item a form is about (?item=): its name and department, its 常见问题 and 办理地点. Signed out works too (the
 * guide is public). A failure keeps the form usable: only what the item adds is missing, with 重试.
 */
export function useItem(itemId: string) {
  const [item, setItem] = useState<ItemDetailDto | null>(null)
  const [status, setStatus] = useState<ItemStatus>(itemId ? 'loading' : 'none')
  const [error, setError] = useState<string | null>(null)
  const latest = useRef(0)

  async function load() {
    if (!itemId) return
    const n = ++latest.current
    setStatus('loading')
    try {
      const detail = await catalogApi.getItem(itemId)
      if (n !== latest.current) return
      setItem(detail)
      setStatus('ready')
    } catch (e) {
      if (n !== latest.current) return
      const missing = e instanceof ApiError && e.status === 404
      setStatus(missing ? 'missing' : 'error')
      setError(e instanceof ApiError ? e.message : '加载失败，请稍后重试')
    }
  }

  useEffect(() => {
    void load()
  }, [itemId]) // eslint-disable-line react-hooks/exhaustive-deps

  return {
    item,
    status,
    error,
    /** The item id to send: none when the catalog said it does not exist */
    sendId: itemId && status !== 'missing' ? itemId : undefined,
    retry: () => void load(),
  }
}

export type ItemState = ReturnType<typeof useItem>
