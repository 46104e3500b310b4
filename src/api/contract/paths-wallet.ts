/** 电子证照 wallet, 亮证 verification and 预约 paths (schema-free, for the client bundle). */
export const walletPaths = {
  licence: '/api/v1/me/licences/:id',
  showLicence: '/api/v1/me/licences/:id/show',
  licenceUsage: '/api/v1/me/licences/:id/usage',
  verifications: '/api/v1/staff/verifications',
  itemHalls: '/api/v1/catalog/items/:id/halls',
  appointmentSlots: '/api/v1/appointments/slots',
  appointments: '/api/v1/me/appointments',
  appointment: '/api/v1/me/appointments/:id',
  cancelAppointment: '/api/v1/me/appointments/:id/cancel',
  rescheduleAppointment: '/api/v1/me/appointments/:id/reschedule',
} as const

export const walletMockPaths = {
  /** Revoke a licence (the issuer withdrew it): POST */
  revokeLicence: '/mock/licences/:id/revoke',
  /** Send the reminders of tomorrow's appointments now (the back office does it daily): POST */
  appointmentReminders: '/mock/appointments/reminders',
} as const
