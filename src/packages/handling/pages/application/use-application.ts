import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { ApplicationDetailDto, FormSchemaDto, RegionDto } from '../../../../api/contract'
import { catalogApi } from '../../../../api/endpoints/catalog'
import { handlingApi } from '../../../../api/endpoints/handling'
import { ApiError } from '../../../../api/errors'
import { isEnded } from '../../../../domain/application-status'
import { beijingDate, isCalendarDate, workingDaysBetween } from '../../../../domain/working-days'
import { appConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { openPage, routes, withQuery } from '../../../../routes'
import { answerRows, fieldLabels, materialNames, materialRows } from './submitted'
import { toast } from '../../../../hooks/host-actions'

const NO_REGIONS: RegionDto[] = []
const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

/** Whether the item's form (for the labels of 申请内容) has come */
export type FormState = 'ready' | 'error' | 'loading'

/** WithdrawBody.reason: 2–200 characters */
export const REASON_MIN = 2
export const REASON_MAX = 200

/** 「剩余 3 个工作日」, 「今日到期」 or 「已超过 2 个工作日」 until the 承诺办结日期, counted in Beijing 工作日. */
export function remainingText(dueDate: string, now: number): string | null {
  if (!isCalendarDate(dueDate)) return null
  const days = workingDaysBetween(beijingDate(now), dueDate)
  if (days > 0) return `剩余 ${days} 个工作日`
  if (days === 0) return '今日到期'
  return `已超过 ${-days} 个工作日`
}

/**
 * 办件详情 (param id): the header, the 办理进度 timeline, what is asked (补正) or owed (缴费), the result, what was
 * submitted (labelled by the item's form), the rating, and 撤回 with a reason. Reloads on every show, so coming
 * back from 补正, 缴费 or 评价 shows the new state.
 */
export function useApplication() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const regions = useStore(appConfig, (c) => c.data?.regions ?? NO_REGIONS)
  const [detail, setDetail] = useState<ApplicationDetailDto | null>(null)
  const [error, setError] = useState<string | null>(id ? null : '未找到该办件')
  const [form, setForm] = useState<FormSchemaDto | null>(null)
  const [formError, setFormError] = useState(false)
  const [sheet, setSheet] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [withdrawing, setWithdrawing] = useState(false)
  const busy = useRef(false)
  /** 到办事现场次数 of the item, from its guide: a visit can be booked (预约) from here */
  const [visit, setVisit] = useState<{ itemId: string; visits: number; bookable: boolean; reason: string | null } | null>(null)

  async function loadVisit(itemId: string) {
    if (visit?.itemId === itemId) return
    try {
      const item = await catalogApi.getItem(itemId)
      setVisit({ itemId, visits: item.visits, bookable: item.bookable, reason: item.visitReason })
    } catch {
      // Only the 预约 entry is missing; the 办件 itself is all there
    }
  }

  async function loadForm(itemId: string) {
    if (form?.itemId === itemId) return
    try {
      setForm(await handlingApi.getForm(itemId))
      setFormError(false)
    } catch {
      setFormError(true)
    }
  }

  async function load() {
    if (!id) return
    try {
      const d = await handlingApi.getApplication(id)
      setDetail(d)
      setError(null)
      void loadForm(d.itemId)
      void loadVisit(d.itemId)
    } catch (e) {
      setError(messageOf(e, '加载失败，请稍后重试'))
    }
  }
  useDidShow(() => void load())

  async function withdraw() {
    if (busy.current || !detail) return
    const text = reason.trim()
    if (text.length < REASON_MIN) {
      setReasonError(`请填写撤回原因（至少 ${REASON_MIN} 个字）`)
      return
    }
    busy.current = true
    setWithdrawing(true)
    try {
      setDetail(await handlingApi.withdraw(detail.id, { reason: text.slice(0, REASON_MAX) }))
      setSheet(false)
      setReason('')
      toast('已撤回申请', 'success')
    } catch (e) {
      setReasonError(messageOf(e, '撤回失败，请稍后重试'))
    } finally {
      busy.current = false
      setWithdrawing(false)
    }
  }

  const d = detail
  const lastNote = d ? [...d.timeline].sort((a, b) => a.at - b.at).filter((e) => e.status === d.status).pop()?.note ?? null : null
  return {
    loading: !d && !error,
    error: d ? null : error,
    retry: () => void load(),
    detail: d,
    // Not while waiting for 补正: the time the applicant takes does not count against the promise (补正期间不计入承诺时限).
    remaining: d?.dueDate && !isEnded(d.status) && d.status !== 'supplementing' ? remainingText(d.dueDate, Date.now()) : null,
    /** Why it ended badly (不予受理, 不通过, 撤销) or why it was withdrawn */
    decisionNote: d && ['not-accepted', 'denied', 'revoked', 'withdrawn'].includes(d.status) ? lastNote : null,
    supplement:
      d?.status === 'supplementing' && d.supplement
        ? { ...d.supplement, fieldLabels: fieldLabels(form, d.supplement.fields), materialNames: materialNames(form, d.supplement.materials) }
        : null,
    answers: d && form ? answerRows(form, d.answers, regions) : [],
    materials: d && form ? materialRows(form, d.materials) : [],
    /** 需到现场办理 while the 办件 runs and the item takes bookings */
    visit: d && visit?.itemId === d.itemId && visit.visits > 0 && visit.bookable && !isEnded(d.status) ? { visits: visit.visits, reason: visit.reason } : null,
    openBooking: () => {
      if (d) void openPage(withQuery(routes.book, { item: d.itemId, application: d.id }))
    },
    formState: (form ? 'ready' : formError ? 'error' : 'loading') as FormState,
    retryForm: () => {
      setFormError(false)
      if (d) void loadForm(d.itemId)
    },
    sheet,
    reason,
    reasonError,
    withdrawing,
    openWithdraw: () => {
      setReasonError(null)
      setSheet(true)
    },
    closeWithdraw: () => {
      if (!busy.current) setSheet(false)
    },
    setReason: (value: string) => {
      setReason(value.slice(0, REASON_MAX))
      setReasonError(null)
    },
    withdraw: () => void withdraw(),
    openSupplement: () => void openPage(withQuery(routes.supplement, { id })),
    openFees: () => void openPage(routes.fees),
    openLicences: () => void openPage(routes.licences),
    /** 所属一件事: the case this application was submitted with */
    openCase: () => {
      if (d?.case) void openPage(withQuery(routes.case, { id: d.case.id }))
    },
    openRating: () => void openPage(withQuery(routes.rating, { id })),
    openFollowUp: () => void openPage(withQuery(routes.rating, { id, followUp: '1' })),
  }
}
