import { api } from '../app-client'
import type { ApiClient } from '../client'
import type {
  AppointmentDto,
  AppointmentListDto,
  BookBody,
  HallListDto,
  LicenceDetailDto,
  LicencePurpose,
  LicenceUsageListDto,
  RescheduleBody,
  ShowTokenDto,
  SlotCalendarDto,
  VerificationDto,
  VerificationListDto,
} from '../contract'
import { paths } from '../contract/paths'

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))

/** 电子证照 (wallet, 亮证, 用证记录), 验证电子证照 for window staff, and 预约. */
export const createWalletApi = (client: ApiClient) => ({
  getLicence: (id: string, reveal = false) => client.get<LicenceDetailDto>(withId(paths.licence, id), { query: reveal ? { reveal: 'true' } : {} }),
  /** A fresh 亮证 token (needs a recent face check) */
  showLicence: (id: string, purpose: LicencePurpose) => client.post<ShowTokenDto>(withId(paths.showLicence, id), { purpose }),
  licenceUsage: (id: string) => client.get<LicenceUsageListDto>(withId(paths.licenceUsage, id)),
  verify: (token: string, purpose: LicencePurpose) => client.post<VerificationDto>(paths.verifications, { token, purpose }),
  listVerifications: () => client.get<VerificationListDto>(paths.verifications),
  halls: (itemId: string, at?: { lat: number; lng: number }) =>
    client.get<HallListDto>(withId(paths.itemHalls, itemId), { query: at ? { lat: String(at.lat), lng: String(at.lng) } : {} }),
  slots: (itemId: string, hallId: string) => client.get<SlotCalendarDto>(paths.appointmentSlots, { query: { itemId, hallId } }),
  listAppointments: () => client.get<AppointmentListDto>(paths.appointments),
  getAppointment: (id: string) => client.get<AppointmentDto>(withId(paths.appointment, id)),
  book: (body: BookBody) => client.post<AppointmentDto>(paths.appointments, body, { idempotent: true }),
  cancel: (id: string) => client.post<AppointmentDto>(withId(paths.cancelAppointment, id), {}, { idempotent: true }),
  reschedule: (id: string, body: RescheduleBody) => client.post<AppointmentDto>(withId(paths.rescheduleAppointment, id), body, { idempotent: true }),
})

export const walletApi = createWalletApi(api)
