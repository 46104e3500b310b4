import { randomBytes, randomInt } from 'node:crypto'
import type { AppointmentDto, AppointmentListDto, AppointmentStatus, BookBody, HallDto, RescheduleBody } from '../../src/api/contract'
import { beijingDate } from '../../src/domain/working-days'
import type { CatalogItem } from '../catalog/model'
import { variantKeyOf } from '../catalog/query'
import type { MockContext } from '../context'
import { applicationOf } from '../handling/applications'
import { httpError } from '../http/errors'
import type { UserRecord } from '../store'
import { own } from '../store'
import { bookableItem, hallFor, type Hall } from './halls'
import { beijingInstant, bookableSlot, capacityOf, slotKey, type SlotTemplate } from './slots'

/**
 * 我的预约 (store slice `appointments`): book, list, cancel, reschedule. Every change that checks places and
 * takes one is a single synchronous step (no await between the count and the write), so requests arriving
 * together are served one after the other and a slot is never overbooked. Places are counted in `taken` per
 * hall, date and slot; a booking holds its place until cancelled or moved.
 */
export interface AppointmentRecord {
  id: string
  userId: string
  /** 预约号: YY + Beijing date of booking + 6-digit counter of that day */
  number: string
  itemId: string
  itemName: string
  /** baseCode + 业务办理项: the same item in another district counts as the same item (one active booking) */
  serviceKey: string
  /** The department of the hall's implementation (who receives the visit) */
  department: string
  hall: Omit<HallDto, 'distanceM'>
  date: string
  slot: SlotTemplate
  /** Stored status; a booking whose slot has ended reads `missed` (see statusOf) */
  status: Exclude<AppointmentStatus, 'missed'>
  checkInCode: string
  materials: string[]
  applicationId: string | null
  createdAt: number
  updatedAt: number
  /** `date slotId` the reminder was sent for (a moved booking is reminded again for its new day) */
  remindedFor: string | null
}

interface AppointmentsState {
  byId: Record<string, AppointmentRecord>
  /** user id → booking ids, oldest first */
  byUser: Record<string, string[]>
  /** slotKey → active bookings holding a place there */
  taken: Record<string, number>
  /** 签到码 → booking id */
  codes: Record<string, string>
  numberDay: string
  numberSeq: number
}

export const appointmentsStateOf = (ctx: MockContext): AppointmentsState =>
  ctx.store.slice<AppointmentsState>('appointments', () => ({ byId: {}, byUser: {}, taken: {}, codes: {}, numberDay: '', numberSeq: 0 }))

export const MESSAGES = {
  slotFull: '该时段已约满，请选择其他时段',
  alreadyBooked: '您已预约该事项，可在我的预约中改约或取消',
  notFound: '预约不存在',
  notActive: '该预约已取消或已过期，无法操作',
} as const

/** `missed` once the slot has ended without a check-in; otherwise the stored status. */
export function statusOf(a: AppointmentRecord, now: number): AppointmentStatus {
  return a.status === 'booked' && beijingInstant(a.date, a.slot.end) <= now ? 'missed' : a.status
}

/** 需携带的材料: the guide's materials that are handed in on paper (originals or copies), unless merely optional. */
export const materialsToBring = (item: CatalogItem): string[] =>
  item.materials.filter((m) => m.forms.includes('paper') && m.originals + m.copies > 0 && m.requirement !== 'optional').map((m) => m.name)

export const toAppointmentDto = (a: AppointmentRecord, now: number): AppointmentDto => ({
  id: a.id,
  number: a.number,
  itemId: a.itemId,
  itemName: a.itemName,
  department: a.department,
  hall: { ...a.hall, distanceM: null },
  date: a.date,
  slot: { ...a.slot },
  status: statusOf(a, now),
  checkInCode: a.checkInCode,
  materials: [...a.materials],
  applicationId: a.applicationId,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
})

/** The caller's booking; another user's is 404 like an unknown one. */
export function appointmentOf(ctx: MockContext, userId: string, id: string): AppointmentRecord {
  const a = own(appointmentsStateOf(ctx).byId, id)
  if (!a || a.userId !== userId) throw httpError(404, 'APPOINTMENT_NOT_FOUND', MESSAGES.notFound)
  return a
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
/** 签到码: QD + 8 characters without look-alikes (0/O, 1/I), unique among all bookings. */
function newCheckInCode(state: AppointmentsState): string {
  for (;;) {
    let code = 'QD'
    for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
    if (!(code in state.codes)) return code
  }
}

function newNumber(state: AppointmentsState, now: number): string {
  const day = beijingDate(now)
  if (state.numberDay !== day) Object.assign(state, { numberDay: day, numberSeq: 0 })
  return `YY${day.replace(/-/g, '')}${String(++state.numberSeq).padStart(6, '0')}`
}

/** Takes a place in the slot, or 409 SLOT_FULL (nothing taken). Synchronous with the count, by design. */
function take(state: AppointmentsState, hall: Hall, date: string, slot: SlotTemplate) {
  const key = slotKey(date, hall.id, slot.id)
  const held = state.taken[key] ?? 0
  if (held >= capacityOf(hall.id)) throw httpError(409, 'SLOT_FULL', MESSAGES.slotFull)
  state.taken[key] = held + 1
}

function release(state: AppointmentsState, a: AppointmentRecord) {
  const key = slotKey(a.date, a.hall.id, a.slot.id)
  if ((state.taken[key] ?? 0) > 1) state.taken[key]--
  else delete state.taken[key]
}

/** Drops the place counts of days gone by (they can no longer be booked). */
function pruneTaken(state: AppointmentsState, today: string) {
  for (const key of Object.keys(state.taken)) if (key.slice(0, 10) < today) delete state.taken[key]
}

const hallFields = (hall: Hall): Omit<HallDto, 'distanceM'> => ({
  id: hall.id,
  name: hall.name,
  address: hall.address,
  hours: hall.hours,
  phone: hall.phone,
  regionCode: hall.regionCode,
})

/** 预约. Checks everything, then takes the place and stores the booking in the same synchronous step. */
export function book(ctx: MockContext, user: UserRecord, body: BookBody): AppointmentRecord {
  const now = ctx.clock.now()
  const item = bookableItem(body.itemId)
  const hall = hallFor(item, body.hallId)
  const slot = bookableSlot(hall.id, body.date, body.slotId, now)
  if (body.applicationId !== undefined) applicationOf(ctx, user, body.applicationId)
  const state = appointmentsStateOf(ctx)
  const serviceKey = variantKeyOf(item)
  const active = (state.byUser[user.id] ?? []).some((id) => {
    const a = state.byId[id]
    return a.serviceKey === serviceKey && statusOf(a, now) === 'booked'
  })
  if (active) throw httpError(409, 'ALREADY_BOOKED', MESSAGES.alreadyBooked)
  pruneTaken(state, beijingDate(now))
  take(state, hall, body.date, slot)
  const record: AppointmentRecord = {
    id: `apt-${randomBytes(8).toString('hex')}`,
    userId: user.id,
    number: newNumber(state, now),
    itemId: item.id,
    itemName: item.name,
    serviceKey,
    department: hall.implementation.department.name,
    hall: hallFields(hall),
    date: body.date,
    slot: { ...slot },
    status: 'booked',
    checkInCode: newCheckInCode(state),
    materials: materialsToBring(item),
    applicationId: body.applicationId ?? null,
    createdAt: now,
    updatedAt: now,
    remindedFor: null,
  }
  state.byId[record.id] = record
  state.codes[record.checkInCode] = record.id
  ;(state.byUser[user.id] ??= []).push(record.id)
  return record
}

function activeOf(ctx: MockContext, userId: string, id: string): AppointmentRecord {
  const a = appointmentOf(ctx, userId, id)
  if (statusOf(a, ctx.clock.now()) !== 'booked') throw httpError(409, 'APPOINTMENT_NOT_ACTIVE', MESSAGES.notActive)
  return a
}

/** 取消预约: booked → cancelled, its place freed; 409 APPOINTMENT_NOT_ACTIVE otherwise. */
export function cancel(ctx: MockContext, userId: string, id: string): AppointmentRecord {
  const a = activeOf(ctx, userId, id)
  release(appointmentsStateOf(ctx), a)
  a.status = 'cancelled'
  a.updatedAt = ctx.clock.now()
  return a
}

/**
 * 改约: the same item at a new hall, date and slot. The new place is taken first; only then is the old one
 * freed, so a full slot (409 SLOT_FULL) leaves the booking exactly as it was. Moving to where it is changes nothing.
 */
export function reschedule(ctx: MockContext, userId: string, id: string, body: RescheduleBody): AppointmentRecord {
  const now = ctx.clock.now()
  const a = activeOf(ctx, userId, id)
  const item = bookableItem(a.itemId)
  const hall = hallFor(item, body.hallId)
  const slot = bookableSlot(hall.id, body.date, body.slotId, now)
  if (hall.id === a.hall.id && body.date === a.date && slot.id === a.slot.id) return a
  const state = appointmentsStateOf(ctx)
  take(state, hall, body.date, slot)
  release(state, a)
  Object.assign(a, { hall: hallFields(hall), department: hall.implementation.department.name, date: body.date, slot: { ...slot }, updatedAt: now, remindedFor: null })
  return a
}

/** 我的预约: active ones first, soonest first; then the others, latest visit first. */
export function listAppointments(ctx: MockContext, userId: string): AppointmentListDto {
  const now = ctx.clock.now()
  const state = appointmentsStateOf(ctx)
  const when = (a: AppointmentRecord) => `${a.date} ${a.slot.start}`
  const all = (state.byUser[userId] ?? []).map((id) => state.byId[id])
  const active = all.filter((a) => statusOf(a, now) === 'booked').sort((x, y) => (when(x) < when(y) ? -1 : when(x) > when(y) ? 1 : x.createdAt - y.createdAt))
  const rest = all.filter((a) => statusOf(a, now) !== 'booked').sort((x, y) => (when(x) > when(y) ? -1 : when(x) < when(y) ? 1 : y.updatedAt - x.updatedAt))
  return { appointments: [...active, ...rest].map((a) => toAppointmentDto(a, now)) }
}

/** Every booking (the reminder job walks them). */
export const allAppointments = (ctx: MockContext): AppointmentRecord[] => Object.values(appointmentsStateOf(ctx).byId)
