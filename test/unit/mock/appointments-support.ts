import type { AppointmentDto, BookBody, HallListDto, SlotCalendarDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { manualClock } from '../../../mock/clock'
import { materialsToBring } from '../../../mock/appointments/bookings'
import { catalog } from '../../../mock/catalog/generate'
import type { CatalogItem } from '../../../mock/catalog/model'
import { startMock } from './support'

/** Epoch ms of a Beijing wall-clock time, '2026-01-05T10:00'. */
export const beijing = (local: string) => Date.parse(`${local}:00+08:00`)

/** Monday 2026-01-05 10:00 in Beijing: the 09:30 slots of today have started, the 10:30 ones not yet. */
export const MONDAY_10AM = beijing('2026-01-05T10:00')

const pick = (accept: (item: CatalogItem) => boolean): CatalogItem => {
  const item = catalog().items.find(accept)
  if (!item) throw new Error('no such item in the catalog')
  return item
}

/** A 区级 item of 黄浦区 that needs a visit and has paper materials to bring. */
export const ITEM = pick((i) => i.regionCode === '310101' && i.level === 'district' && i.bookable && materialsToBring(i).length > 0)
/** Another bookable 黄浦区 item (another base item). */
export const OTHER_ITEM = pick((i) => i.regionCode === '310101' && i.level === 'district' && i.bookable && i.baseCode !== ITEM.baseCode)
/** A third one, neither ITEM's nor OTHER_ITEM's base item. */
export const THIRD_ITEM = pick(
  (i) => i.regionCode === '310101' && i.level === 'district' && i.bookable && i.baseCode !== ITEM.baseCode && i.baseCode !== OTHER_ITEM.baseCode,
)
/** 徐汇区's implementation of the same 业务办理项 as ITEM. */
export const ITEM_IN_XUHUI = pick((i) => i.regionCode === '310104' && i.id.slice(7) === ITEM.id.slice(7))
/** An item done without a visit. */
export const NOT_BOOKABLE_ITEM = pick((i) => !i.bookable)

export const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))

/** A quiet mock whose clock starts at `start` (Beijing), with the calls the appointment tests share. */
export function startAppointmentsMock(start = MONDAY_10AM) {
  const clock = manualClock(start)
  const mock = startMock({ clock })

  /** Bearer headers of a new weapp user per name */
  const signIn = async (user: string) => mock.bearer(await mock.platformLogin('weapp', user))
  const halls = (itemId: string, query = '') => mock.call<HallListDto>('GET', `${withId(paths.itemHalls, itemId)}${query}`)
  const calendar = (itemId: string, hallId: string) =>
    mock.call<SlotCalendarDto>('GET', `${paths.appointmentSlots}?itemId=${encodeURIComponent(itemId)}&hallId=${encodeURIComponent(hallId)}`)
  const book = (auth: Record<string, string>, body: BookBody, headers: Record<string, string> = {}) =>
    mock.call<AppointmentDto>('POST', paths.appointments, body, { ...auth, ...headers })

  /** The item's own hall and its calendar. */
  async function ownHall(item = ITEM) {
    const hallId = (await halls(item.id)).body.halls[0].id
    const days = (await calendar(item.id, hallId)).body.days
    return { hallId, days }
  }

  /** A booking body for the item's own hall: the given day of the window (0: first) and slot (index). */
  async function bodyFor(item = ITEM, day = 1, slot = 0): Promise<BookBody> {
    const { hallId, days } = await ownHall(item)
    return { itemId: item.id, hallId, date: days[day].date, slotId: days[day].slots[slot].id }
  }

  return { ...mock, clock, signIn, halls, calendar, book, ownHall, bodyFor }
}

export type AppointmentsMock = ReturnType<typeof startAppointmentsMock>
