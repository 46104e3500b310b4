import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { platform } from '@/platform'
import type { FeeDto } from '../../../../api/contract/payment'
import { createOrder, listFees } from '../../../../api/endpoints/payment'
import { ApiError } from '../../../../api/errors'
import { ensureAssurance } from '../../../../hooks/use-guard'
import { openPage, routes, withQuery } from '../../../../routes'
import { toast } from '../../../../hooks/host-actions'

/**
 * 我的缴费: the fees the user owes. Paying needs a fresh face check; the server creates the order for this
 * platform, the host pays, and the result page waits for the server's confirmation.
 */
export function useFees() {
  const [fees, setFees] = useState<FeeDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [payingId, setPayingId] = useState<string | null>(null)
  const paying = useRef(false)

  async function load() {
    try {
      setFees((await listFees()).fees)
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '加载失败，请稍后重试')
    }
  }
  useDidShow(() => void load())

  async function pay(fee: FeeDto) {
    // One payment at a time: a double tap never creates a second order (and the server keeps one per fee).
    if (paying.current || !ensureAssurance(routes.fees)) return
    paying.current = true
    setPayingId(fee.id)
    try {
      const order = await createOrder({ feeId: fee.id, platform: platform.name, returnPath: withQuery(routes.payResult, {}) })
      if (!order.payload) {
        void openPage(withQuery(routes.payResult, { order: order.id }))
        return
      }
      const host = await platform.pay(order.payload)
      if (host.status === 'cancelled') {
        toast('已取消支付')
        return
      }
      if (host.status === 'unsupported' && order.sandboxUrl) {
        void Taro.showModal({ title: '当前环境无法调起支付', content: `${host.message}\n开发环境可在浏览器打开沙箱收银台完成支付。`, showCancel: false })
        return
      }
      // H5 has left for the cashier page; elsewhere the result page asks the server (never the host's word).
      if (platform.name !== 'h5') void openPage(withQuery(routes.payResult, { order: order.id, host: host.status }))
    } catch (e) {
      toast(e instanceof ApiError ? e.message : '下单失败，请稍后重试')
    } finally {
      paying.current = false
      setPayingId(null)
    }
  }

  return {
    loading: fees === null && !error,
    error,
    unpaid: (fees ?? []).filter((f) => f.status === 'unpaid'),
    paid: (fees ?? []).filter((f) => f.status === 'paid'),
    payingId,
    pay: (fee: FeeDto) => void pay(fee),
    retry: () => void load(),
  }
}
