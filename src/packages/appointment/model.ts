import { callPhone, copyText, toast } from '../../hooks/host-actions'
import { platform, type PlatformName } from '@/platform'
import type { AppointmentDto, AppointmentStatus, SlotDto } from '../../api/contract'
import type { BadgeTone } from '../../domain/catalog'
import { beijingDate } from '../../domain/working-days'

/**
 * What the three 预约 pages share: status words, how dates, slots and distances read, the order of 我的预约, the
 * reminder's subscribe templates, and calling or copying through the host.
 */

/**
 * Subscribe-message templates for the 预约提醒 (sent the day before), per platform, like SUBSCRIBE_TEMPLATES in
 * stores/submissions.ts. Data, not code: replace with the deployment's own ids. H5 has none.
 */
export const REMINDER_TEMPLATES: Record<PlatformName, string[]> = {
  weapp: ['tb-appointment-reminder-weapp'],
  alipay: ['tb-appointment-reminder-alipay'],
  swan: ['tb-appointment-reminder-swan'],
  h5: [],
}

/**
 * Asks for the reminder, the platform's way. Call it synchronously inside the tap, before anything is awaited (see
 * Platform.requestSubscribe). Never blocks and never fails the booking: a refusal only means no reminder.
 */
export function askForReminder() {
  const ids = REMINDER_TEMPLATES[platform.name]
  if (ids.length === 0) return
  platform.requestSubscribe(ids).catch(() => undefined)
}

/** A status in words (colour only supports it) */
export const STATUS_LABEL: Record<AppointmentStatus, { text: string; tone: BadgeTone }> = {
  booked: { text: '已预约', tone: 'accent' },
  cancelled: { text: '已取消', tone: 'info' },
  'checked-in': { text: '已签到', tone: 'success' },
  missed: { text: '已过期未到', tone: 'warning' },
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 周一 for a 'YYYY-MM-DD' calendar date (no time zone involved: the date is already Beijing's). */
export function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? ''
}

/** A day chip: 「周一 12/01」 */
export const dayChipLabel = (date: string) => `${weekdayOf(date)} ${date.slice(5, 7)}/${date.slice(8, 10)}`

/** 「2026-12-01 周二 09:00-10:00」 */
export const whenText = (date: string, slot: { start: string; end: string }) => `${date} ${weekdayOf(date)} ${slot.start}-${slot.end}`

/** Minutes since midnight of 'HH:MM' */
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Beijing's date and minute of the day at `now` */
function beijingClock(now: number) {
  const at = new Date(now + 8 * 3_600_000)
  return { date: beijingDate(now), minutes: at.getUTCHours() * 60 + at.getUTCMinutes() }
}

/** A slot that can no longer be booked: no place left, or today's and already begun (the server refuses those too). */
export function slotClosed(date: string, slot: SlotDto, now: number): boolean {
  if (slot.remaining <= 0) return true
  const clock = beijingClock(now)
  return date < clock.date || (date === clock.date && minutesOf(slot.start) <= clock.minutes)
}

/** 我的预约's order: the coming ones first, soonest first; then the rest (past, cancelled), latest first. */
export function sortAppointments(list: AppointmentDto[], now: number): AppointmentDto[] {
  const today = beijingDate(now)
  const key = (a: AppointmentDto) => `${a.date} ${a.slot.start}`
  const upcoming = list.filter((a) => a.status === 'booked' && a.date >= today).sort((a, b) => key(a).localeCompare(key(b)))
  const rest = list.filter((a) => !upcoming.includes(a)).sort((a, b) => key(b).localeCompare(key(a)))
  return [...upcoming, ...rest]
}

export { callPhone, copyText, toast }
