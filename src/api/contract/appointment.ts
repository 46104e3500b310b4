import { Type, type Static, type TLiteral } from '@sinclair/typebox'

/**
 * 预约 for items that need a visit: halls that handle the item (nearest first when the caller sends a location),
 * time slots with their remaining capacity over the next 14 working days, and the user's bookings (book,
 * reschedule, cancel; at most one active booking per item per person; never overbooked).
 */

const Literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[], description ? { description } : {})

const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
/** A slot of a day: 'HHMM-HHMM' (0900-1000) */
const SlotId = Type.String({ pattern: '^\\d{4}-\\d{4}$' })

/** 办理大厅 that handles an item. */
export const HallDto = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 80 }),
    name: Type.String(),
    address: Type.String(),
    hours: Type.String(),
    phone: Type.String(),
    regionCode: Type.String(),
    /** Metres from the caller, when a location was sent */
    distanceM: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  },
  { $id: 'HallDto', additionalProperties: false },
)
export type HallDto = Static<typeof HallDto>

export const HallListDto = Type.Object({ halls: Type.Array(HallDto) }, { $id: 'HallListDto', additionalProperties: false })
export type HallListDto = Static<typeof HallListDto>

export const HallQuery = Type.Object(
  {
    /** GCJ-02 / WGS-84 degrees, from the platform's location (only with the user's permission) */
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  },
  { additionalProperties: false },
)
export type HallQuery = Static<typeof HallQuery>

export const SlotDto = Type.Object(
  {
    id: SlotId,
    /** 'HH:MM' */
    start: Type.String(),
    end: Type.String(),
    capacity: Type.Integer({ minimum: 1 }),
    remaining: Type.Integer({ minimum: 0 }),
  },
  { $id: 'SlotDto', additionalProperties: false },
)
export type SlotDto = Static<typeof SlotDto>

/** The bookable days (the next 14 working days, holidays excluded) of one hall for one item. */
export const SlotCalendarDto = Type.Object(
  {
    itemId: Type.String(),
    hallId: Type.String(),
    days: Type.Array(Type.Object({ date: DateString, slots: Type.Array(SlotDto) }, { additionalProperties: false })),
  },
  { $id: 'SlotCalendarDto', additionalProperties: false },
)
export type SlotCalendarDto = Static<typeof SlotCalendarDto>

export const SlotQuery = Type.Object({ itemId: Type.String({ minLength: 1, maxLength: 80 }), hallId: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: false })
export type SlotQuery = Static<typeof SlotQuery>

export const BookBody = Type.Object(
  {
    itemId: Type.String({ minLength: 1, maxLength: 80 }),
    hallId: Type.String({ minLength: 1, maxLength: 80 }),
    date: DateString,
    slotId: SlotId,
    /** The application the visit is for, when a visit follows an online application */
    applicationId: Type.Optional(Type.String({ maxLength: 80 })),
  },
  { $id: 'BookBody', additionalProperties: false },
)
export type BookBody = Static<typeof BookBody>

export const RescheduleBody = Type.Omit(BookBody, ['itemId', 'applicationId'], { $id: 'RescheduleBody', additionalProperties: false })
export type RescheduleBody = Static<typeof RescheduleBody>

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'checked-in', 'missed'] as const
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

export const AppointmentDto = Type.Object(
  {
    id: Type.String(),
    /** 预约号 people quote at the hall */
    number: Type.String(),
    itemId: Type.String(),
    itemName: Type.String(),
    department: Type.String(),
    hall: HallDto,
    date: DateString,
    slot: Type.Object({ id: SlotId, start: Type.String(), end: Type.String() }, { additionalProperties: false }),
    status: Literals(APPOINTMENT_STATUSES),
    /** 签到码: shown as a QR code at the hall's kiosk */
    checkInCode: Type.String(),
    /** 需携带的材料 (names from the guide) */
    materials: Type.Array(Type.String()),
    applicationId: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.Integer(),
    updatedAt: Type.Integer(),
  },
  { $id: 'AppointmentDto', additionalProperties: false },
)
export type AppointmentDto = Static<typeof AppointmentDto>

export const AppointmentListDto = Type.Object({ appointments: Type.Array(AppointmentDto) }, { $id: 'AppointmentListDto', additionalProperties: false })
export type AppointmentListDto = Static<typeof AppointmentListDto>
