import Taro, { useRouter } from '@tarojs/taro'
import { useMemo, useRef, useState } from 'react'
import type { AppointmentDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { qrPngDataUri } from '../../../../domain/qr'
import { useMyRecord } from '../../../../hooks/use-my-record'
import { openPage, routes, withQuery } from '../../../../routes'
import { callPhone, copyText, toast, whenText } from '../../model'
import { decodeParam } from '../../../../routes'

export type { RecordPhase as Phase } from '../../../../hooks/use-my-record'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

/** The 签到码 as a PNG data URI (an <Image> shows it on every host, no canvas), or null when it cannot be drawn */
function checkInImage(code: string | undefined): string | null {
  if (!code) return null
  try {
    return qrPngDataUri(code, { moduleSize: 8, margin: 4 }).uri
  } catch {
    // The code is also printed as text: staff can key it in
    return null
  }
}

/**
 * 预约详情 (param id): the 签到码 while the booking stands, the hall (call, copy the address), the time, the
 * materials to bring, 改约 and 取消预约 (asked first). Requires sign-in; reloads on every show, so coming back from
 * 改约 shows the new time.
 */
export function useAppointment() {
  const id = decodeParam(useRouter().params.id)
  const here = withQuery(routes.appointment, { id })
  const record = useMyRecord(id, walletApi.getAppointment, { here, signInFirst: true })
  const { phase, detail, setDetail, error, load } = record
  const [cancelling, setCancelling] = useState(false)
  const busy = useRef(false)

  async function cancel(d: AppointmentDto) {
    if (busy.current) return
    busy.current = true
    try {
      // Button texts of at most 4 characters: WeChat shows no modal otherwise (src/platform/README.md, Host limits)
      const { confirm } = await Taro.showModal({
        title: '取消预约',
        content: `确定取消 ${whenText(d.date, d.slot)} 在「${d.hall.name}」的预约吗？取消后名额将释放给他人。`,
        confirmText: '取消预约',
        cancelText: '再想想',
      })
      if (!confirm) return
      setCancelling(true)
      setDetail(await walletApi.cancel(d.id))
      toast('已取消预约')
    } catch (e) {
      toast(messageOf(e, '取消失败，请稍后重试'))
      if (e instanceof ApiError && e.status === 409) void load()
    } finally {
      busy.current = false
      setCancelling(false)
    }
  }

  const checkInCode = detail?.status === 'booked' ? detail.checkInCode : undefined
  const qr = useMemo(() => checkInImage(checkInCode), [checkInCode])

  return {
    phase,
    detail,
    error,
    /** Only a standing booking shows its 签到码 */
    qr,
    showCode: !!checkInCode,
    cancelling,
    retry: record.retry,
    signIn: record.signIn,
    openList: () => void openPage(routes.appointments),
    openGuide: () => {
      if (detail) void openPage(withQuery(routes.guide, { id: detail.itemId }))
    },
    reschedule: () => {
      if (detail) void openPage(withQuery(routes.book, { item: detail.itemId, reschedule: detail.id }))
    },
    /** A new booking of the same item, after a cancelled or missed one */
    rebook: () => {
      if (detail) void openPage(withQuery(routes.book, { item: detail.itemId, application: detail.applicationId ?? undefined }))
    },
    cancel: () => {
      if (detail) void cancel(detail)
    },
    call: (phone: string) => void callPhone(phone),
    copyAddress: (address: string) => void copyText(address, '地址已复制'),
  }
}

export type Appointment = ReturnType<typeof useAppointment>
