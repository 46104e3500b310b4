import type { SlotCalendarDto, SlotDto } from '../../src/api/contract'
import { addWorkingDays, beijingDate, isCalendarDate, isWorkingDay } from '../../src/domain/working-days'
import { hash } from '../catalog/hash'
import { httpError } from '../http/errors'

/**
 * 预约时段: each hall opens 09:00–11:30 and 13:30–17:00 on 工作日 (weekends and 法定节假日 off, 调休 weekends
 * worked: src/domain/working-days.ts), cut into 30- or 60-minute slots (the last of a half-day may be shorter),
 * each with a few places. Step and places are fixed per hall by the hash of its id. Times are Beijing time.
 */
export interface SlotTemplate {
  /** 'HHMM-HHMM' */
  id: string
  /** 'HH:MM' */
  start: string
  end: string
}

/** How far ahead one may book: this many 工作日, today included while a slot of today is still ahead. */
export const BOOKING_WINDOW_DAYS = 14
const HALF_DAYS: [from: number, to: number][] = [
  [9 * 60, 11 * 60 + 30],
  [13 * 60 + 30, 17 * 60],
]
/** The latest a slot starts on any hall (both steps end the day with 16:30–17:00) */
const LAST_START_MIN = 16 * 60 + 30

export const DATE_OUT_OF_RANGE = {
  outside: `只能预约未来${BOOKING_WINDOW_DAYS}个工作日内的时段，请重新选择日期`,
  past: '该时段已过，请选择其他时段',
  unknownSlot: '该时段不可预约，请重新选择',
} as const

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** 30 or 60 minutes, by hall. */
export const slotMinutesOf = (hallId: string): 30 | 60 => (hash(`${hallId}:step`) % 2 === 0 ? 30 : 60)

/** Places per slot: 2 to 4, by hall. */
export const capacityOf = (hallId: string): number => 2 + (hash(`${hallId}:capacity`) % 3)

const templates = new Map<number, SlotTemplate[]>()
/** A hall's slots of one day, in order. */
export function slotTemplates(hallId: string): readonly SlotTemplate[] {
  const step = slotMinutesOf(hallId)
  let list = templates.get(step)
  if (!list) {
    list = []
    for (const [from, to] of HALF_DAYS) {
      for (let t = from; t < to; t += step) {
        const end = Math.min(t + step, to)
        list.push({ id: `${hhmm(t).replace(':', '')}-${hhmm(end).replace(':', '')}`, start: hhmm(t), end: hhmm(end) })
      }
    }
    templates.set(step, list)
  }
  return list
}

/** Epoch ms of 'HH:MM' on a Beijing calendar date. */
export const beijingInstant = (date: string, time: string): number => Date.parse(`${date}T${time}:00+08:00`)

/**
 * The bookable dates: {@link BOOKING_WINDOW_DAYS} 工作日, starting today while today is a working day with a slot
 * still to start, else with the next working day.
 */
export function bookableDays(now: number): string[] {
  const today = beijingDate(now)
  const first = isWorkingDay(today) && now < beijingInstant(today, hhmm(LAST_START_MIN)) ? today : addWorkingDays(today, 1)
  return Array.from({ length: BOOKING_WINDOW_DAYS }, (_, i) => addWorkingDays(first, i))
}

/** The slot of a hall on a date, if it may be booked now; else 400 DATE_OUT_OF_RANGE with the reason. */
export function bookableSlot(hallId: string, date: string, slotId: string, now: number): SlotTemplate {
  const refuse = (message: string) => httpError(400, 'DATE_OUT_OF_RANGE', message)
  if (!isCalendarDate(date) || !bookableDays(now).includes(date)) throw refuse(DATE_OUT_OF_RANGE.outside)
  const slot = slotTemplates(hallId).find((s) => s.id === slotId)
  if (!slot) throw refuse(DATE_OUT_OF_RANGE.unknownSlot)
  if (beijingInstant(date, slot.start) <= now) throw refuse(DATE_OUT_OF_RANGE.past)
  return slot
}

/** The key of one slot of one hall on one date (dates first, so old keys are easy to drop). */
export const slotKey = (date: string, hallId: string, slotId: string) => `${date}|${hallId}|${slotId}`

/**
 * The calendar of one hall for one item: every bookable day with the slots still ahead and their remaining
 * places (`taken`: how many active bookings hold a slot; places are the hall's, shared by its items).
 */
export function slotCalendar(itemId: string, hallId: string, now: number, taken: (key: string) => number): SlotCalendarDto {
  const capacity = capacityOf(hallId)
  const days = bookableDays(now).map((date) => ({
    date,
    slots: slotTemplates(hallId)
      .filter((s) => beijingInstant(date, s.start) > now)
      .map((s): SlotDto => ({ ...s, capacity, remaining: Math.max(0, capacity - taken(slotKey(date, hallId, s.id))) })),
  }))
  return { itemId, hallId, days }
}
