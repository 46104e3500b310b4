import type { AddressInfo } from 'node:net'
import type { AppointmentDto, AppointmentListDto, BookBody, ErrorBody, SessionDto, SlotCalendarDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { capacityOf } from '../../../mock/appointments/slots'
import type { CatalogItem } from '../../../mock/catalog/model'
import { manualClock } from '../../../mock/clock'
import { buildServer } from '../../../mock/server'
import { ITEM, MONDAY_10AM, OTHER_ITEM, withId } from './appointments-support'

/**
 * Many people at once over a real socket: the requests really arrive together and interleave in the server,
 * as they would from phones. Whatever the order, a slot never holds more bookings than its places.
 */
const app = buildServer({ clock: manualClock(MONDAY_10AM), quiet: true })
let base = ''

beforeAll(async () => {
  await app.listen({ host: '127.0.0.1', port: 0 })
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
})
afterAll(() => app.close())

async function http<T>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as T }
}

async function signIn(user: string): Promise<string> {
  const { code } = (await http<{ code: string }>('POST', mockPaths.issueCode, { platform: 'alipay', user })).body
  return (await http<SessionDto>('POST', paths.platformLogin, { platform: 'alipay', code })).body.token
}

const people = (prefix: string, n: number) => Promise.all(Array.from({ length: n }, (_, i) => signIn(`${prefix}-${i}`)))

async function calendar(itemId: string, hallId: string) {
  return (await http<SlotCalendarDto>('GET', `${paths.appointmentSlots}?itemId=${itemId}&hallId=${hallId}`)).body.days
}

/** The item's own hall (its office), a day of the window and a slot of that day. */
async function slot(item: CatalogItem, day: number, index: number): Promise<BookBody & { remaining: () => Promise<number> }> {
  const itemId = item.id
  const hallId = item.department.id
  const days = await calendar(itemId, hallId)
  const date = days[day].date
  const slotId = days[day].slots[index].id
  const remaining = async () => (await calendar(itemId, hallId)).find((d) => d.date === date)!.slots.find((s) => s.id === slotId)!.remaining
  return { itemId, hallId, date, slotId, remaining }
}

const codes = (answers: { status: number; body: unknown }[]) =>
  answers.reduce<Record<string, number>>((count, a) => {
    const key = a.status === 200 ? 'booked' : (a.body as ErrorBody).code
    return { ...count, [key]: (count[key] ?? 0) + 1 }
  }, {})

it('30 people booking the same slot at once: exactly its places are booked, everyone else gets SLOT_FULL', async () => {
  const target = await slot(ITEM, 2, 0)
  const places = capacityOf(target.hallId)
  expect(places).toBeGreaterThanOrEqual(2)
  const tokens = await people('crowd', 30)
  const { itemId, hallId, date, slotId } = target
  const answers = await Promise.all(tokens.map((t) => http<AppointmentDto>('POST', paths.appointments, { itemId, hallId, date, slotId }, t)))
  expect(codes(answers)).toEqual({ booked: places, SLOT_FULL: 30 - places })
  expect(await target.remaining()).toBe(0)
  const numbers = answers.filter((a) => a.status === 200).map((a) => (a.body as AppointmentDto).checkInCode)
  expect(new Set(numbers).size).toBe(places)
})

it('one person tapping 10 slots at once for one item ends with one booking', async () => {
  const [token] = await people('eager', 1)
  const bodies = await Promise.all(Array.from({ length: 10 }, (_, i) => slot(OTHER_ITEM, 3 + (i % 5), Math.floor(i / 5))))
  const answers = await Promise.all(bodies.map(({ itemId, hallId, date, slotId }) => http('POST', paths.appointments, { itemId, hallId, date, slotId }, token)))
  expect(codes(answers)).toEqual({ booked: 1, ALREADY_BOOKED: 9 })
  const mine = (await http<AppointmentListDto>('GET', paths.appointments, undefined, token)).body.appointments
  expect(mine).toHaveLength(1)
})

it('people moving into one slot at once: as many as it has places, the rest keep their old booking', async () => {
  const target = await slot(ITEM, 6, 1)
  const places = capacityOf(target.hallId)
  const tokens = await people('movers', 8)
  const booked = await Promise.all(
    tokens.map(async (t, i) => {
      const from = await slot(ITEM, 7 + (i % 4), Math.floor(i / 4))
      return (await http<AppointmentDto>('POST', paths.appointments, { itemId: from.itemId, hallId: from.hallId, date: from.date, slotId: from.slotId }, t)).body
    }),
  )
  const move = { hallId: target.hallId, date: target.date, slotId: target.slotId }
  const answers = await Promise.all(booked.map((a, i) => http<AppointmentDto>('POST', withId(paths.rescheduleAppointment, a.id), move, tokens[i])))
  expect(codes(answers)).toEqual({ booked: places, SLOT_FULL: 8 - places })
  expect(await target.remaining()).toBe(0)
  // Those refused still hold their original slot
  const after = await Promise.all(booked.map((a, i) => http<AppointmentDto>('GET', withId(paths.appointment, a.id), undefined, tokens[i])))
  const stayed = after.filter((a) => a.body.date !== target.date)
  expect(stayed).toHaveLength(8 - places)
  for (const a of stayed) expect(booked.find((b) => b.id === a.body.id)).toEqual(a.body)
})
