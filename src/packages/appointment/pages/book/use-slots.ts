import { useRef, useState } from 'react'
import type { SlotCalendarDto, SlotDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { dayChipLabel, slotClosed } from '../../model'

/** The server offers the next 14 working days; never more chips than that */
export const BOOKABLE_DAYS = 14

export interface DayChip {
  date: string
  /** 周一 12/01 */
  label: string
  /** No slot left: 「已约满」 (every place taken) or 「已截止」 (today's slots have begun) */
  closed: '已约满' | '已截止' | null
}

export interface SlotChip {
  slot: SlotDto
  /** 「余 2」, 「已满」 or 「已过」 */
  text: string
  disabled: boolean
}

/** The chips of a calendar at `now`: every day with whether any place is left. */
export function dayChips(calendar: SlotCalendarDto, now: number): DayChip[] {
  return calendar.days.slice(0, BOOKABLE_DAYS).map(({ date, slots }) => ({
    date,
    label: dayChipLabel(date),
    closed: slots.every((s) => s.remaining <= 0) ? '已约满' : slots.every((s) => slotClosed(date, s, now)) ? '已截止' : null,
  }))
}

export function slotChips(calendar: SlotCalendarDto | null, date: string | null, now: number): SlotChip[] {
  const day = calendar?.days.find((d) => d.date === date)
  if (!day) return []
  return day.slots.map((slot) => {
    const disabled = slotClosed(day.date, slot, now)
    return { slot, disabled, text: slot.remaining <= 0 ? '已满' : disabled ? '已过' : `余 ${slot.remaining}` }
  })
}

/**
 * Steps 2 and 3, 选择日期 and 选择时段, for the chosen hall. Switching halls drops the answer of the one before
 * (the latest request wins). A reload after 「已约满」 keeps the chosen day when it still has places.
 */
export function useSlots(itemId: string) {
  const [calendar, setCalendar] = useState<SlotCalendarDto | null>(null)
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const [error, setError] = useState<string | null>(null)
  const [date, setDate] = useState<string | null>(null)
  const [slotId, setSlotId] = useState<string | null>(null)
  const latest = useRef(0)
  const hall = useRef<string | null>(null)

  async function load(hallId: string, keepDay: boolean) {
    const n = ++latest.current
    hall.current = hallId
    setSlotId(null)
    if (!keepDay) {
      setStatus('loading')
      setCalendar(null)
      setDate(null)
    }
    try {
      const answer = await walletApi.slots(itemId, hallId)
      if (n !== latest.current) return
      const open = dayChips(answer, Date.now()).filter((d) => !d.closed)
      setCalendar(answer)
      setStatus('ready')
      setError(null)
      setDate((chosen) => (keepDay && open.some((d) => d.date === chosen) ? chosen : open[0]?.date ?? null))
    } catch (e) {
      if (n !== latest.current) return
      setError(e instanceof ApiError ? e.message : '加载失败，请稍后重试')
      setStatus('error')
    }
  }

  const now = Date.now()
  return {
    status,
    error,
    days: calendar ? dayChips(calendar, now) : [],
    date,
    slots: slotChips(calendar, date, now),
    slotId,
    /** Loads the calendar of a hall afresh */
    open: (hallId: string) => void load(hallId, false),
    /** Reloads the places left (after 已约满), keeping the chosen day */
    refresh: () => {
      if (hall.current) void load(hall.current, true)
    },
    retry: () => {
      if (hall.current) void load(hall.current, false)
    },
    chooseDay: (d: string) => {
      setDate(d)
      setSlotId(null)
    },
    chooseSlot: (id: string) => setSlotId(id),
  }
}

export type Slots = ReturnType<typeof useSlots>
