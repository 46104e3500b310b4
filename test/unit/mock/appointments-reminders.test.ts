import type { AppointmentDto, MessageListDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { REMINDER_TITLE } from '../../../mock/appointments/reminders'
import { DAY } from '../../../mock/clock'
import { ITEM, OTHER_ITEM, THIRD_ITEM, startAppointmentsMock, withId, type AppointmentsMock } from './appointments-support'

let mock: AppointmentsMock
let alice: Record<string, string>
beforeEach(async () => {
  mock = startAppointmentsMock() // Monday 2026-01-05 10:00
  alice = await mock.signIn('alice')
})
afterEach(() => mock.app.close())

const remind = () => mock.call('POST', mockPaths.appointmentReminders)
const reminders = async (auth = alice) =>
  (await mock.call<MessageListDto>('GET', paths.messages, undefined, auth)).body.messages.filter((m) => m.title === REMINDER_TITLE)

it('reminds the day before, once: when, where, what, and what to bring', async () => {
  const tomorrow = (await mock.book(alice, await mock.bodyFor(ITEM, 1, 0))).body // Tuesday 09:00
  expect(tomorrow.date).toBe('2026-01-06')
  expect((await remind()).status).toBe(204)
  const [message, ...more] = await reminders()
  expect(more).toEqual([])
  expect(message).toMatchObject({ title: '预约提醒', read: false, applicationId: null })
  expect(message.body).toBe(
    `预约提醒：明天 09:00 在${tomorrow.hall.name}办理「${ITEM.name}」，请携带${tomorrow.materials.join('、')}。` +
      `预约号 ${tomorrow.number}，到达后请出示签到码。`,
  )
  await remind()
  mock.clock.advance(3600_000)
  await remind()
  expect(await reminders()).toHaveLength(1)
})

it('does not remind two days ahead until the day before, nor for a cancelled booking', async () => {
  const later = (await mock.book(alice, await mock.bodyFor(ITEM, 2, 0))).body // Wednesday
  const cancelled = (await mock.book(alice, await mock.bodyFor(OTHER_ITEM, 2, 0))).body
  await mock.call('POST', withId(paths.cancelAppointment, cancelled.id), undefined, alice)
  await remind()
  expect(await reminders()).toEqual([])
  mock.clock.advance(DAY) // Tuesday: Wednesday's visit is tomorrow
  await remind()
  const sent = await reminders()
  expect(sent).toHaveLength(1)
  expect(sent[0].body).toContain(later.number)
})

it('reminds again for the new day after a reschedule', async () => {
  const booked = (await mock.book(alice, await mock.bodyFor(ITEM, 1, 0))).body
  await remind()
  const to = await mock.bodyFor(ITEM, 2, 1)
  const moved = await mock.call<AppointmentDto>('POST', withId(paths.rescheduleAppointment, booked.id), { hallId: to.hallId, date: to.date, slotId: to.slotId }, alice)
  expect(moved.status).toBe(200)
  mock.clock.advance(DAY)
  await remind()
  const sent = await reminders()
  expect(sent).toHaveLength(2)
  expect(sent[0].body).toContain(`明天 ${moved.body.slot.start}`)
})

it('is sent by the back office’s timer too (npm run mock)', async () => {
  await mock.book(alice, await mock.bodyFor(THIRD_ITEM, 1, 0))
  const stop = mock.app.backOffice.start({ intervalMs: 10 })
  try {
    for (let i = 0; i < 50 && (await reminders()).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10))
  } finally {
    stop()
  }
  expect(await reminders()).toHaveLength(1)
})
