import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { AppointmentDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { openPage, openTab, returnTo, routes, withQuery } from '../../../../routes'
import { askForReminder, toast } from '../../model'
import { decodeParam } from '../../../../routes'
import { useHalls } from './use-halls'
import { useSlots } from './use-slots'

export type Phase = 'no-item' | 'signing-in' | 'signed-out' | 'ready'

export const SLOT_FULL_TEXT = '该时段刚刚约满，已刷新剩余名额，请重新选择'

/** What went wrong with the last confirm; `existing` offers the booking the user already has */
export interface Problem {
  tone: 'warning' | 'error'
  text: string
  existing?: boolean
}

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

/**
 * 预约 (params item, application, reschedule): ① 选择大厅 → ② 选择日期 → ③ 选择时段 → 确认. Requires sign-in (a
 * signed-out visitor goes to sign in and comes back here). With `reschedule` the same steps move that booking
 * (改约), starting from its hall. The confirm tap asks for the 预约提醒 before anything is awaited, and books once
 * however often it is tapped; 已约满 reloads the places left, 已有预约 leads to that booking.
 */
export function useBook() {
  const params = useRouter().params
  const itemId = decodeParam(params.item)
  const applicationId = decodeParam(params.application) || undefined
  const rescheduleId = decodeParam(params.reschedule) || undefined
  const here = withQuery(routes.book, { item: itemId, application: applicationId, reschedule: rescheduleId })
  const status = useStore(session, (s) => s.status)
  const signedIn = status === 'signed-in'
  const signedOut = status === 'anonymous' || status === 'failed'

  const halls = useHalls(itemId)
  const slots = useSlots(itemId)
  const [hallId, setHallId] = useState<string | null>(null)
  const [original, setOriginal] = useState<AppointmentDto | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const busy = useRef(false)

  async function loadOriginal(id: string) {
    try {
      setOriginal(await walletApi.getAppointment(id))
    } catch {
      // The steps work without it: only the 「原预约」 line and the preselected hall are missing
    }
  }

  useEffect(() => {
    if (!itemId) return
    if (signedIn) {
      halls.load()
      if (rescheduleId) void loadOriginal(rescheduleId)
    } else if (signedOut) void openPage(withQuery(routes.login, { then: here }))
  }, [itemId, signedIn, signedOut]) // eslint-disable-line react-hooks/exhaustive-deps

  function chooseHall(id: string) {
    if (id === hallId) return
    setHallId(id)
    setProblem(null)
    slots.open(id)
  }

  // 改约 starts from the booking's own hall, once both have come
  useEffect(() => {
    if (original && hallId === null && halls.halls?.some((h) => h.id === original.hall.id)) chooseHall(original.hall.id)
  }, [original, halls.halls]) // eslint-disable-line react-hooks/exhaustive-deps

  const selection = hallId && slots.date && slots.slotId ? { hallId, date: slots.date, slotId: slots.slotId } : null
  const unchanged = !!original && !!selection && original.hall.id === selection.hallId && original.date === selection.date && original.slot.id === selection.slotId

  async function submit(s: { hallId: string; date: string; slotId: string }) {
    try {
      const done = rescheduleId
        ? await walletApi.reschedule(rescheduleId, s)
        : await walletApi.book({ itemId, ...s, ...(applicationId ? { applicationId } : {}) })
      toast(rescheduleId ? '已改约' : '预约成功')
      const detail = withQuery(routes.appointment, { id: done.id })
      // 改约 came from the booking's page, which reloads when shown again; a new booking replaces this page
      if (rescheduleId) void returnTo(detail)
      else void Taro.redirectTo({ url: detail })
    } catch (e) {
      const code = e instanceof ApiError ? e.code : undefined
      if (code === 'SLOT_FULL') {
        setProblem({ tone: 'warning', text: SLOT_FULL_TEXT })
        slots.refresh()
      } else if (code === 'ALREADY_BOOKED') {
        setProblem({ tone: 'warning', text: messageOf(e, '您已预约过本事项'), existing: true })
      } else if (code === 'DATE_OUT_OF_RANGE') {
        setProblem({ tone: 'warning', text: messageOf(e, '该时段已不可预约，请重新选择') })
        slots.refresh()
      } else {
        setProblem({ tone: 'error', text: messageOf(e, rescheduleId ? '改约失败，请稍后重试' : '预约失败，请稍后重试') })
      }
    }
  }

  function confirm() {
    if (busy.current || !selection || unchanged) return
    busy.current = true
    // Inside the tap, before any await (WeChat refuses the prompt otherwise)
    askForReminder()
    setProblem(null)
    setSubmitting(true)
    void submit(selection).finally(() => {
      busy.current = false
      setSubmitting(false)
    })
  }

  /** 已有预约: the user's active booking of this item, found in 我的预约 */
  async function openExisting() {
    try {
      const { appointments } = await walletApi.listAppointments()
      const mine = appointments.find((a) => a.itemId === itemId && a.status === 'booked')
      void openPage(mine ? withQuery(routes.appointment, { id: mine.id }) : routes.appointments)
    } catch {
      void openPage(routes.appointments)
    }
  }

  return {
    itemId,
    phase: (!itemId ? 'no-item' : signedIn ? 'ready' : signedOut ? 'signed-out' : 'signing-in') as Phase,
    rescheduling: !!rescheduleId,
    original,
    halls,
    hallId,
    slots,
    selection,
    unchanged,
    submitting,
    problem,
    chooseHall,
    chooseDay: (date: string) => {
      setProblem(null)
      slots.chooseDay(date)
    },
    chooseSlot: (id: string) => {
      setProblem(null)
      slots.chooseSlot(id)
    },
    confirm,
    openExisting: () => void openExisting(),
    signIn: () => void openPage(withQuery(routes.login, { then: here })),
    browse: () => void openTab(routes.services),
  }
}

export type Book = ReturnType<typeof useBook>
