import { isWorkingDay } from '../../../src/domain/working-days'
import { haversineM } from '../../../mock/appointments/geo'
import { hallsHandling, MAX_HALLS } from '../../../mock/appointments/halls'
import { capacityOf, slotTemplates } from '../../../mock/appointments/slots'
import { catalog } from '../../../mock/catalog/generate'
import { childrenOf } from '../../../mock/catalog/seed/regions'
import { CHINESE } from './support'
import { ITEM, ITEM_IN_XUHUI, MONDAY_10AM, NOT_BOOKABLE_ITEM, beijing, startAppointmentsMock, type AppointmentsMock } from './appointments-support'

let mock: AppointmentsMock
afterEach(() => mock.app.close())

describe('GET /catalog/items/:id/halls', () => {
  beforeEach(() => {
    mock = startAppointmentsMock()
  })

  it('lists the item’s own hall first, then the same service’s halls in every other district of the city', async () => {
    const res = await mock.halls(ITEM.id)
    expect(res.status).toBe(200)
    const { halls } = res.body
    expect(halls[0]).toMatchObject({ id: ITEM.department.id, name: ITEM.locations[0].name, address: ITEM.locations[0].address, regionCode: '310101', distanceM: null })
    expect(halls[0].phone).toBe(ITEM.consultPhone)
    // 区级: one hall per Shanghai district, each once
    expect(new Set(halls.map((h) => h.regionCode))).toEqual(new Set(childrenOf('310000').map((d) => d.code)))
    expect(new Set(halls.map((h) => h.id)).size).toBe(halls.length)
    expect(halls.map((h) => h.id)).toContain(ITEM_IN_XUHUI.department.id)
    for (const h of halls) expect(h.name).toMatch(CHINESE)
  })

  it('sorts by distance with the caller’s location and says how far each hall is', async () => {
    // Standing right at 闵行区's hall: it comes first, then ever further ones.
    const minhang = hallsHandling(ITEM).find((h) => h.regionCode === '310112')!
    const res = await mock.halls(ITEM.id, `?lat=${minhang.point.lat}&lng=${minhang.point.lng}`)
    const { halls } = res.body
    expect(halls[0]).toMatchObject({ id: minhang.id, distanceM: 0 })
    const distances = halls.map((h) => h.distanceM!)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    // 崇明 is the far end of Shanghai from 闵行
    expect(halls[halls.length - 1].regionCode).toBe('310151')
    expect(distances[distances.length - 1]).toBeGreaterThan(30_000)
    const xuhui = hallsHandling(ITEM).find((h) => h.regionCode === '310104')!
    expect(halls.find((h) => h.id === xuhui.id)!.distanceM).toBe(Math.round(haversineM(minhang.point, xuhui.point)))
  })

  it('gives every hall a stable point near its district (the same address, the same point)', () => {
    const again = hallsHandling(ITEM_IN_XUHUI)
    expect(again).toBe(hallsHandling(ITEM))
    const huangpu = hallsHandling(ITEM).find((h) => h.regionCode === '310101')!
    // 人民广场 is about 1 km from 黄浦区's centre; every central hall lies within a few km of it
    expect(haversineM(huangpu.point, { lat: 31.2304, lng: 121.4737 })).toBeLessThan(5_000)
  })

  it('caps a 街道级 item’s list and puts the own district’s streets first without a location', async () => {
    const street = catalog().items.find((i) => i.level === 'street' && i.bookable && i.regionCode.startsWith('310101'))!
    const { halls } = (await mock.halls(street.id)).body
    expect(halls).toHaveLength(MAX_HALLS)
    expect(halls[0].regionCode).toBe(street.regionCode)
    const huangpuStreets = childrenOf('310101').length
    expect(halls.slice(0, huangpuStreets).every((h) => h.regionCode.startsWith('310101'))).toBe(true)
    expect(hallsHandling(street).length).toBeGreaterThan(200)
  })

  it('uses a location only when both coordinates are sent', async () => {
    const res = await mock.halls(ITEM.id, '?lat=31.1')
    expect(res.status).toBe(200)
    expect(res.body.halls[0]).toMatchObject({ id: ITEM.department.id, distanceM: null })
    expect((await mock.halls(ITEM.id, '?lat=91&lng=121')).status).toBe(400)
  })

  it('answers 404 for an unknown item and 400 NOT_BOOKABLE for one done without a visit', async () => {
    const unknown = await mock.halls('310101-000000000000-0')
    expect(unknown.status).toBe(404)
    expect(mock.error(unknown).code).toBe('ITEM_NOT_FOUND')
    const online = await mock.halls(NOT_BOOKABLE_ITEM.id)
    expect(online.status).toBe(400)
    expect(mock.error(online)).toEqual({ code: 'NOT_BOOKABLE', message: '该事项无需预约' })
  })
})

describe('GET /appointments/slots', () => {
  const dates = async (now: number) => {
    mock = startAppointmentsMock(now)
    const { days } = await mock.ownHall()
    return days.map((d) => d.date)
  }

  it('offers the next 14 working days from today, with today’s started slots left out', async () => {
    mock = startAppointmentsMock(MONDAY_10AM)
    const { hallId, days } = await mock.ownHall()
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
      '2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16',
      '2026-01-19', '2026-01-20', '2026-01-21', '2026-01-22',
    ]) // prettier-ignore
    const all = slotTemplates(hallId)
    expect(days[1].slots.map((s) => s.id)).toEqual(all.map((s) => s.id))
    // 10:00: the slots that started at 10:00 or before are gone
    expect(days[0].slots.every((s) => s.start > '10:00')).toBe(true)
    expect(days[0].slots.length).toBe(all.filter((s) => s.start > '10:00').length)
    for (const s of days[1].slots) expect(s).toMatchObject({ capacity: capacityOf(hallId), remaining: capacityOf(hallId) })
  })

  it('cuts 09:00–11:30 and 13:30–17:00 into 30- or 60-minute slots per hall', () => {
    const ids = (step: 30 | 60) => {
      const hall = hallsHandling(ITEM).find((h) => slotTemplates(h.id)[1].start === (step === 30 ? '09:30' : '10:00'))
      return hall ? slotTemplates(hall.id).map((s) => s.id) : null
    }
    expect(ids(30)).toEqual(['0900-0930', '0930-1000', '1000-1030', '1030-1100', '1100-1130', '1330-1400', '1400-1430', '1430-1500', '1500-1530', '1530-1600', '1600-1630', '1630-1700'])
    expect(ids(60)).toEqual(['0900-1000', '1000-1100', '1100-1130', '1330-1430', '1430-1530', '1530-1630', '1630-1700'])
    for (const h of hallsHandling(ITEM)) expect(capacityOf(h.id)).toBeGreaterThanOrEqual(2)
  })

  it('starts with the next working day once today’s last slot has started', async () => {
    expect((await dates(beijing('2026-01-05T16:30')))[0]).toBe('2026-01-06')
  })

  it('skips 国庆节 2026 and counts the 调休 Saturday it works', async () => {
    expect(await dates(beijing('2026-09-29T10:00'))).toEqual([
      '2026-09-29', '2026-09-30',
      // 10-01 … 10-07 off; Saturday 10-10 worked
      '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16',
      '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22',
    ]) // prettier-ignore
  })

  it('skips 春节 2026 (02-15 … 02-23) and counts Saturdays 02-14 and 02-28', async () => {
    const list = await dates(beijing('2026-02-12T18:00'))
    expect(list).toEqual([
      '2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28',
      '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10',
    ]) // prettier-ignore
    expect(list.every(isWorkingDay)).toBe(true)
  })

  it('answers 404 HALL_NOT_FOUND for a hall that does not handle the item, 400 NOT_BOOKABLE, 404 ITEM_NOT_FOUND', async () => {
    mock = startAppointmentsMock()
    const other = catalog().items.find((i) => i.bookable && i.regionCode === '310101' && i.department.id !== ITEM.department.id)!
    const wrongHall = await mock.calendar(ITEM.id, other.department.id)
    expect(wrongHall.status).toBe(404)
    expect(mock.error(wrongHall)).toEqual({ code: 'HALL_NOT_FOUND', message: '该大厅不办理此事项，请重新选择办理地点' })
    expect(mock.error(await mock.calendar(NOT_BOOKABLE_ITEM.id, NOT_BOOKABLE_ITEM.department.id)).code).toBe('NOT_BOOKABLE')
    expect(mock.error(await mock.calendar('310101-000000000000-0', ITEM.department.id)).code).toBe('ITEM_NOT_FOUND')
    // Another district's hall for the same service is bookable for the 黄浦 item
    expect((await mock.calendar(ITEM.id, ITEM_IN_XUHUI.department.id)).status).toBe(200)
  })
})
