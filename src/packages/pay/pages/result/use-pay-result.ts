import { useLoad, useRouter, useUnload } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { OrderDto } from '../../../../api/contract/payment'
import { getOrder } from '../../../../api/endpoints/payment'
import { ApiError } from '../../../../api/errors'
import { returnTo, routes } from '../../../../routes'

/** How long the page keeps asking before it says the result is not confirmed yet. */
const POLL_MS = 1500
const POLL_TRIES = 12

/**
 * 支付结果: paid only when the server says so. The page asks the server until the order is confirmed, showing
 * 支付结果确认中 meanwhile; a host "success" alone is never shown as paid.
 */
export function usePayResult() {
  const { params } = useRouter()
  const [order, setOrder] = useState<OrderDto | null>(null)
  const [phase, setPhase] = useState<'checking' | 'paid' | 'unconfirmed' | 'cancelled' | 'error'>(params.cancelled ? 'cancelled' : 'checking')
  const [error, setError] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  async function poll(tries: number) {
    if (!params.order) return
    try {
      const current = await getOrder(params.order)
      setOrder(current)
      if (current.status === 'paid') return setPhase('paid')
      if (current.status === 'closed') return setPhase('error'), setError('订单已关闭，请重新发起缴费')
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'client') return setPhase('error'), setError(e.message)
    }
    if (tries <= 1) return setPhase('unconfirmed')
    timer.current = setTimeout(() => void poll(tries - 1), POLL_MS)
  }

  useLoad(() => {
    if (!params.order) return setPhase('error'), setError('缺少订单信息')
    void poll(params.cancelled ? 1 : POLL_TRIES)
  })
  useUnload(() => {
    if (timer.current) clearTimeout(timer.current)
  })

  return {
    phase,
    order,
    error,
    recheck: () => {
      setPhase('checking')
      void poll(POLL_TRIES)
    },
    done: () => void returnTo(routes.fees),
  }
}
