import { AUTH_ERRORS, IDEMPOTENCY_ERRORS, NoContent, errors, type EndpointSpec } from './endpoint-spec'
import {
  AppointmentDto,
  AppointmentListDto,
  BookBody,
  HallListDto,
  HallQuery,
  RescheduleBody,
  SlotCalendarDto,
  SlotQuery,
} from './appointment'
import { IdParams } from './handling'
import { walletMockPaths, walletPaths } from './paths-wallet'
import {
  LicenceDetailDto,
  LicenceDetailQuery,
  LicenceUsageListDto,
  ShowLicenceBody,
  ShowTokenDto,
  VerificationDto,
  VerificationListDto,
  VerifyTokenBody,
} from './wallet'

/** 电子证照 wallet and 亮证, verification by window staff, and 预约. */
export const walletEndpoints = {
  licence: {
    method: 'GET',
    path: walletPaths.licence,
    summary: '电子证照详情（照面信息，默认脱敏）',
    description:
      'Masked by default. `reveal=true` answers the full values and needs a face check within the assurance window ' +
      '(403 FACE_REQUIRED otherwise). An expired or revoked licence says so in `status`.',
    tag: 'wallet',
    auth: true,
    idempotent: false,
    params: IdParams,
    query: LicenceDetailQuery,
    responses: { 200: LicenceDetailDto, ...errors(...AUTH_ERRORS, 403, 404) },
    errorCodes: ['LICENCE_NOT_FOUND', 'FACE_REQUIRED'],
  },
  showLicence: {
    method: 'POST',
    path: walletPaths.showLicence,
    summary: '亮证：签发短时有效的亮证令牌（二维码内容）',
    description:
      'Needs a recent face check (403 FACE_REQUIRED). The token is `TB1.<payload>.<signature>`, Ed25519-signed, for ' +
      '(licence, holder, purpose, expiry ≤ 60 s, nonce); fetch a new one every `refreshInMs` (30 s). 409 LICENCE_NOT_VALID ' +
      'for an expired or revoked licence, 400 PURPOSE_NOT_ALLOWED for a purpose the licence does not serve.',
    tag: 'wallet',
    auth: true,
    idempotent: false,
    params: IdParams,
    body: ShowLicenceBody,
    responses: { 200: ShowTokenDto, ...errors(...AUTH_ERRORS, 403, 404, 409) },
    errorCodes: ['LICENCE_NOT_FOUND', 'FACE_REQUIRED', 'LICENCE_NOT_VALID', 'PURPOSE_NOT_ALLOWED'],
  },
  licenceUsage: {
    method: 'GET',
    path: walletPaths.licenceUsage,
    summary: '用证记录：谁、在哪里、何时、核验了什么；作为申请材料的使用',
    tag: 'wallet',
    auth: true,
    idempotent: false,
    params: IdParams,
    responses: { 200: LicenceUsageListDto, ...errors(...AUTH_ERRORS, 404) },
    errorCodes: ['LICENCE_NOT_FOUND'],
  },
  verifyLicence: {
    method: 'POST',
    path: walletPaths.verifications,
    summary: '验证电子证照（工作人员）：核验亮证二维码',
    description:
      'Staff accounts only (403 STAFF_ONLY). Answers the holder summary and the fields the purpose allows. Refused, ' +
      'each with a Chinese reason: 400 TOKEN_INVALID (malformed or tampered), 410 TOKEN_EXPIRED, 409 TOKEN_USED (a token ' +
      'verifies once), 409 LICENCE_REVOKED / LICENCE_NOT_VALID, 400 PURPOSE_MISMATCH. Every verification is recorded in the ' +
      "holder's 用证记录.",
    tag: 'wallet',
    auth: true,
    idempotent: false,
    body: VerifyTokenBody,
    responses: { 200: VerificationDto, ...errors(...AUTH_ERRORS, 403, 409, 410) },
    errorCodes: ['STAFF_ONLY', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_USED', 'LICENCE_REVOKED', 'LICENCE_NOT_VALID', 'PURPOSE_MISMATCH'],
  },
  verifications: {
    method: 'GET',
    path: walletPaths.verifications,
    summary: '本人（工作人员）最近的核验记录',
    tag: 'wallet',
    auth: true,
    idempotent: false,
    responses: { 200: VerificationListDto, ...errors(...AUTH_ERRORS, 403) },
    errorCodes: ['STAFF_ONLY'],
  },
  itemHalls: {
    method: 'GET',
    path: walletPaths.itemHalls,
    summary: '可预约的办理大厅（有位置时由近及远）',
    tag: 'appointment',
    auth: false,
    idempotent: false,
    params: IdParams,
    query: HallQuery,
    responses: { 200: HallListDto, ...errors(404) },
    errorCodes: ['ITEM_NOT_FOUND', 'NOT_BOOKABLE'],
  },
  appointmentSlots: {
    method: 'GET',
    path: walletPaths.appointmentSlots,
    summary: '可预约时段（未来 14 个工作日，含剩余名额）',
    tag: 'appointment',
    auth: false,
    idempotent: false,
    query: SlotQuery,
    responses: { 200: SlotCalendarDto, ...errors(404) },
    errorCodes: ['ITEM_NOT_FOUND', 'HALL_NOT_FOUND', 'NOT_BOOKABLE'],
  },
  appointments: {
    method: 'GET',
    path: walletPaths.appointments,
    summary: '我的预约',
    tag: 'appointment',
    auth: true,
    idempotent: false,
    responses: { 200: AppointmentListDto, ...errors(...AUTH_ERRORS) },
  },
  book: {
    method: 'POST',
    path: walletPaths.appointments,
    summary: '预约（同一事项同一人仅一个有效预约；名额用尽即不可约）',
    description:
      'Capacity is checked and taken in one step, so concurrent bookings never overbook (409 SLOT_FULL). 409 ' +
      'ALREADY_BOOKED when the caller has an active booking for the item; 400 DATE_OUT_OF_RANGE outside the next 14 ' +
      'working days or for a slot already past.',
    tag: 'appointment',
    auth: true,
    idempotent: true,
    body: BookBody,
    responses: { 200: AppointmentDto, ...errors(...AUTH_ERRORS, 404, 409, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['ITEM_NOT_FOUND', 'HALL_NOT_FOUND', 'APPLICATION_NOT_FOUND', 'NOT_BOOKABLE', 'SLOT_FULL', 'ALREADY_BOOKED', 'DATE_OUT_OF_RANGE'],
  },
  appointment: {
    method: 'GET',
    path: walletPaths.appointment,
    summary: '预约详情',
    tag: 'appointment',
    auth: true,
    idempotent: false,
    params: IdParams,
    responses: { 200: AppointmentDto, ...errors(...AUTH_ERRORS, 404) },
    errorCodes: ['APPOINTMENT_NOT_FOUND'],
  },
  cancelAppointment: {
    method: 'POST',
    path: walletPaths.cancelAppointment,
    summary: '取消预约（释放名额）',
    tag: 'appointment',
    auth: true,
    idempotent: true,
    params: IdParams,
    responses: { 200: AppointmentDto, ...errors(...AUTH_ERRORS, 404, 409, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['APPOINTMENT_NOT_FOUND', 'APPOINTMENT_NOT_ACTIVE'],
  },
  rescheduleAppointment: {
    method: 'POST',
    path: walletPaths.rescheduleAppointment,
    summary: '改约（新时段有名额时才改，原名额随之释放）',
    tag: 'appointment',
    auth: true,
    idempotent: true,
    params: IdParams,
    body: RescheduleBody,
    responses: { 200: AppointmentDto, ...errors(...AUTH_ERRORS, 404, 409, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['APPOINTMENT_NOT_FOUND', 'APPOINTMENT_NOT_ACTIVE', 'HALL_NOT_FOUND', 'SLOT_FULL', 'DATE_OUT_OF_RANGE'],
  },
} satisfies Record<string, EndpointSpec>

/** The mock's back office for the wallet and appointments (tests and dev). */
export const walletDevEndpoints = {
  revokeLicence: {
    method: 'POST',
    path: walletMockPaths.revokeLicence,
    summary: '（开发）吊销电子证照',
    tag: 'mock',
    auth: false,
    idempotent: false,
    params: IdParams,
    responses: { 204: NoContent, ...errors(404) },
  },
  appointmentReminders: {
    method: 'POST',
    path: walletMockPaths.appointmentReminders,
    summary: '（开发）立即发送明日预约提醒',
    tag: 'mock',
    auth: false,
    idempotent: false,
    responses: { 204: NoContent },
  },
} satisfies Record<string, EndpointSpec>
