import { beijingDate } from '../../src/domain/working-days'
import { DAY } from '../clock'
import type { MockContext } from '../context'
import { postMessage } from '../handling/messages'
import { allAppointments, type AppointmentRecord } from './bookings'

/**
 * 预约提醒: the day before a visit (Beijing calendar day), a 消息 to the person who booked, once per booking and
 * day (a booking moved to another day is reminded again for that day). Sent by the back office's timer under
 * `npm run mock` (handling/back-office.ts) and at once by `POST /mock/appointments/reminders`.
 */
export const REMINDER_TITLE = '预约提醒'
/** What to bring when the guide lists nothing on paper */
const DEFAULT_TO_BRING = '本人有效身份证件'

export const reminderBody = (a: AppointmentRecord): string =>
  `预约提醒：明天 ${a.slot.start} 在${a.hall.name}办理「${a.itemName}」，请携带${a.materials.length ? a.materials.join('、') : DEFAULT_TO_BRING}。` +
  `预约号 ${a.number}，到达后请出示签到码。`

/** Sends every reminder that is due now; returns how many were sent (the caller saves the store when any were). */
export function sendDueReminders(ctx: MockContext): number {
  const now = ctx.clock.now()
  const tomorrow = beijingDate(now + DAY)
  let sent = 0
  for (const a of allAppointments(ctx)) {
    const key = `${a.date} ${a.slot.id}`
    if (a.status !== 'booked' || a.date !== tomorrow || a.remindedFor === key) continue
    postMessage(ctx, a.userId, { title: REMINDER_TITLE, body: reminderBody(a), applicationId: null })
    a.remindedFor = key
    sent++
  }
  return sent
}
