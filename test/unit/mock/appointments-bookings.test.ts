import { IDEMPOTENCY_HEADER, IDEMPOTENT_REPLAY_HEADER, type AppointmentDto, type AppointmentListDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { materialsToBring } from '../../../mock/appointments/bookings'
import { capacityOf } from '../../../mock/appointments/slots'
import { DAY } from '../../../mock/clock'
import { ITEM, ITEM_IN_XUHUI, NOT_BOOKABLE_ITEM, OTHER_ITEM, THIRD_ITEM, startAppointmentsMock, withId, type AppointmentsMock } from './appointments-support'

let mock: AppointmentsMock
let alice: Record<string, string>
beforeEach(async () => {
  mock = startAppointmentsMock()
  alice = await mock.signIn('alice')
})
afterEach(() => mock.app.close())

const list = async (auth = alice) => (await mock.call<AppointmentListDto>('GET', paths.appointments, undefined, auth)).body.appointments
const get = (id: string, auth = alice) => mock.call<AppointmentDto>('GET', withId(paths.appointment, id), undefined, auth)
const cancel = (id: string, auth = alice) => mock.call<AppointmentDto>('POST', withId(paths.cancelAppointment, id), undefined, auth)
const reschedule = (id: string, body: { hallId: string; date: string; slotId: string }, auth = alice) =>
  mock.call<AppointmentDto>('POST', withId(paths.rescheduleAppointment, id), body, auth)
const remaining = async (body: { itemId: string; hallId: string; date: string; slotId: string }) => {
  const { days } = (await mock.calendar(body.itemId, body.hallId)).body
  return days.find((d) => d.date === body.date)!.slots.find((s) => s.id === body.slotId)!.remaining
}
/** Fills a slot with other people's bookings. */
const fill = async (body: { itemId: string; hallId: string; date: string; slotId: string }) => {
  for (let i = 0; i < capacityOf(body.hallId); i++) expect((await mock.book(await mock.signIn(`filler-${i}`), body)).status).toBe(200)
}

describe('POST /me/appointments', () => {
  it('books a place: 预约号, 签到码, the hall, the slot and the paper materials to bring', async () => {
    const body = await mock.bodyFor()
    const before = await remaining(body)
    const res = await mock.book(alice, body)
    expect(res.status).toBe(200)
    const a = res.body
    expect(a).toMatchObject({
      itemId: ITEM.id,
      itemName: ITEM.name,
      department: ITEM.department.name,
      hall: { id: body.hallId, name: ITEM.locations[0].name, distanceM: null },
      date: body.date,
      slot: { id: body.slotId },
      status: 'booked',
      materials: materialsToBring(ITEM),
      applicationId: null,
    })
    expect(a.number).toMatch(/^YY20260105\d{6}$/)
    expect(a.checkInCode).toMatch(/^QD[A-HJ-NP-Z2-9]{8}$/)
    expect(a.slot.start).toBe(`${body.slotId.slice(0, 2)}:${body.slotId.slice(2, 4)}`)
    expect(await remaining(body)).toBe(before - 1)
    expect((await get(a.id)).body).toEqual(a)
  })

  it('allows one active booking per item (also at another district’s hall), and answers the same booking to an idempotent repeat', async () => {
    const body = await mock.bodyFor()
    const key = { [IDEMPOTENCY_HEADER]: 'book-aaaaaaaa' }
    const first = await mock.book(alice, body, key)
    const repeat = await mock.book(alice, body, key)
    expect(repeat.status).toBe(200)
    expect(repeat.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true')
    expect(repeat.body.id).toBe(first.body.id)

    const again = await mock.book(alice, await mock.bodyFor(ITEM, 2, 1))
    expect(again.status).toBe(409)
    expect(mock.error(again)).toEqual({ code: 'ALREADY_BOOKED', message: '您已预约该事项，可在我的预约中改约或取消' })
    const xuhui = await mock.book(alice, await mock.bodyFor(ITEM_IN_XUHUI, 2, 1))
    expect(mock.error(xuhui).code).toBe('ALREADY_BOOKED')
    // Another item is fine
    expect((await mock.book(alice, await mock.bodyFor(OTHER_ITEM))).status).toBe(200)
    expect(await list()).toHaveLength(2)
  })

  it('books another district’s hall for the item: that hall’s department receives the visit', async () => {
    const { days } = (await mock.calendar(ITEM.id, ITEM_IN_XUHUI.department.id)).body
    const res = await mock.book(alice, { itemId: ITEM.id, hallId: ITEM_IN_XUHUI.department.id, date: days[1].date, slotId: days[1].slots[0].id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ itemId: ITEM.id, department: ITEM_IN_XUHUI.department.name, hall: { regionCode: '310104' } })
  })

  it('refuses a full slot with SLOT_FULL and takes nothing', async () => {
    const body = await mock.bodyFor()
    await fill(body)
    expect(await remaining(body)).toBe(0)
    const res = await mock.book(alice, body)
    expect(res.status).toBe(409)
    expect(mock.error(res)).toEqual({ code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段' })
    expect(await list()).toEqual([])
  })

  it('refuses dates outside the window, non-working days, past and unknown slots with DATE_OUT_OF_RANGE', async () => {
    const body = await mock.bodyFor()
    const refused = async (patch: Partial<typeof body>) => {
      const res = await mock.book(alice, { ...body, ...patch })
      expect(res.status).toBe(400)
      expect(mock.error(res).code).toBe('DATE_OUT_OF_RANGE')
      return mock.error(res).message
    }
    expect(await refused({ date: '2026-01-10' })).toBe('只能预约未来14个工作日内的时段，请重新选择日期') // a Saturday
    expect(await refused({ date: '2026-01-23' })).toMatch(/14个工作日/) // the 15th working day
    expect(await refused({ date: '2026-01-02' })).toMatch(/14个工作日/) // 元旦, and past
    expect(await refused({ date: '2026-02-30' })).toMatch(/14个工作日/)
    expect(await refused({ slotId: '0800-0830' })).toBe('该时段不可预约，请重新选择')
    expect(await list()).toEqual([])
  })

  it('refuses 09:00 today at 10:00 as past', async () => {
    const { hallId } = await mock.ownHall()
    const res = await mock.book(alice, { itemId: ITEM.id, hallId, date: '2026-01-05', slotId: (await mock.bodyFor(ITEM, 1, 0)).slotId })
    expect(mock.error(res)).toEqual({ code: 'DATE_OUT_OF_RANGE', message: '该时段已过，请选择其他时段' })
  })

  it('answers 404 for an unknown item or a hall that does not handle it, 400 NOT_BOOKABLE, 401 signed out', async () => {
    const body = await mock.bodyFor()
    expect(mock.error(await mock.book(alice, { ...body, itemId: '310101-000000000000-0' })).code).toBe('ITEM_NOT_FOUND')
    expect(mock.error(await mock.book(alice, { ...body, hallId: '310101-no-such-office' })).code).toBe('HALL_NOT_FOUND')
    expect(mock.error(await mock.book(alice, { ...body, itemId: NOT_BOOKABLE_ITEM.id })).code).toBe('NOT_BOOKABLE')
    expect((await mock.book({}, body)).status).toBe(401)
    expect(mock.error(await mock.book(alice, { ...body, applicationId: 'app-0000000000000000' })).code).toBe('APPLICATION_NOT_FOUND')
  })
})

describe('我的预约: list, detail, cancel, reschedule', () => {
  it('hides another user’s booking (404) and lists only one’s own', async () => {
    const mine = (await mock.book(alice, await mock.bodyFor())).body
    const bob = await mock.signIn('bob')
    const res = await get(mine.id, bob)
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'APPOINTMENT_NOT_FOUND', message: '预约不存在' })
    expect(mock.error(await cancel(mine.id, bob)).code).toBe('APPOINTMENT_NOT_FOUND')
    expect(await list(bob)).toEqual([])
    expect((await get(mine.id)).status).toBe(200)
  })

  it('cancels a booking and frees its place; cancelling again is APPOINTMENT_NOT_ACTIVE', async () => {
    const body = await mock.bodyFor()
    await fill({ ...body })
    const bob = await mock.signIn('filler-0')
    const bobs = (await list(bob))[0]
    const res = await cancel(bobs.id, bob)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('cancelled')
    expect(await remaining(body)).toBe(1)
    expect((await mock.book(alice, body)).status).toBe(200)
    const twice = await cancel(bobs.id, bob)
    expect(twice.status).toBe(409)
    expect(mock.error(twice)).toEqual({ code: 'APPOINTMENT_NOT_ACTIVE', message: '该预约已取消或已过期，无法操作' })
    // the item may be booked again once cancelled
    expect((await mock.book(bob, await mock.bodyFor(ITEM, 3, 0))).status).toBe(200)
  })

  it('reschedules: the new place is taken and the old one freed', async () => {
    const from = await mock.bodyFor(ITEM, 1, 0)
    const to = await mock.bodyFor(ITEM, 4, 2)
    const booked = (await mock.book(alice, from)).body
    const before = await remaining(to)
    const res = await reschedule(booked.id, { hallId: to.hallId, date: to.date, slotId: to.slotId })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: booked.id, number: booked.number, checkInCode: booked.checkInCode, date: to.date, slot: { id: to.slotId }, status: 'booked' })
    expect(await remaining(to)).toBe(before - 1)
    expect(await remaining(from)).toBe(capacityOf(from.hallId))
  })

  it('keeps the old booking when the new slot is full (SLOT_FULL)', async () => {
    const from = await mock.bodyFor(ITEM, 1, 0)
    const to = await mock.bodyFor(ITEM, 2, 0)
    const booked = (await mock.book(alice, from)).body
    await fill(to)
    const res = await reschedule(booked.id, { hallId: to.hallId, date: to.date, slotId: to.slotId })
    expect(res.status).toBe(409)
    expect(mock.error(res).code).toBe('SLOT_FULL')
    expect((await get(booked.id)).body).toEqual(booked)
    expect(await remaining(from)).toBe(capacityOf(from.hallId) - 1)
    expect(await remaining(to)).toBe(0)
  })

  it('refuses to move a cancelled booking, and to an out-of-range date', async () => {
    const booked = (await mock.book(alice, await mock.bodyFor())).body
    const bad = await reschedule(booked.id, { hallId: booked.hall.id, date: '2026-01-10', slotId: booked.slot.id })
    expect(mock.error(bad).code).toBe('DATE_OUT_OF_RANGE')
    await cancel(booked.id)
    const moved = await reschedule(booked.id, { hallId: booked.hall.id, date: booked.date, slotId: booked.slot.id })
    expect(mock.error(moved).code).toBe('APPOINTMENT_NOT_ACTIVE')
  })

  it('reads missed once the slot has ended, and then the item may be booked again', async () => {
    const body = await mock.bodyFor(ITEM, 0, 0)
    const booked = (await mock.book(alice, body)).body
    mock.clock.advance(DAY)
    expect((await get(booked.id)).body.status).toBe('missed')
    expect(mock.error(await cancel(booked.id)).code).toBe('APPOINTMENT_NOT_ACTIVE')
    expect((await mock.book(alice, await mock.bodyFor(ITEM, 2, 0))).status).toBe(200)
  })

  it('lists active bookings soonest first, then the others latest first', async () => {
    const later = (await mock.book(alice, await mock.bodyFor(ITEM, 5, 0))).body
    const sooner = (await mock.book(alice, await mock.bodyFor(OTHER_ITEM, 2, 0))).body
    const gone = (await mock.book(alice, await mock.bodyFor(THIRD_ITEM, 3, 0))).body
    await cancel(gone.id)
    expect((await list()).map((a) => [a.id, a.status])).toEqual([
      [sooner.id, 'booked'],
      [later.id, 'booked'],
      [gone.id, 'cancelled'],
    ])
  })
})
