import type { FastifyInstance } from 'fastify'
import type { AppointmentDto, BookBody, HallListDto, HallQuery, RescheduleBody, SlotCalendarDto, SlotQuery } from '../../src/api/contract'
import { walletDevEndpoints, walletEndpoints as e } from '../../src/api/contract/endpoints-wallet'
import { appointmentOf, appointmentsStateOf, book, cancel, listAppointments, reschedule, toAppointmentDto, type AppointmentRecord } from '../appointments/bookings'
import { bookableItem, hallFor, listHalls } from '../appointments/halls'
import { sendDueReminders } from '../appointments/reminders'
import { slotCalendar } from '../appointments/slots'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { requireAuth } from '../plugins/auth'

type IdRoute<Body = undefined> = { Params: { id: string }; Body: Body }

/**
 * 预约: halls, slots and 我的预约 (src/api/contract/endpoints-wallet.ts), and the dev endpoint that sends
 * tomorrow's reminders now. Booking, cancelling and moving are synchronous from check to write (see
 * appointments/bookings.ts); every change is saved, also when a step after it fails.
 */
export function registerAppointmentRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const dto = (a: AppointmentRecord): AppointmentDto => toAppointmentDto(a, ctx.clock.now())
  const saving = <T>(act: () => T): T => {
    try {
      return act()
    } finally {
      ctx.store.save()
    }
  }

  app.get<{ Params: { id: string }; Querystring: HallQuery }>(e.itemHalls.path, endpointRoute(e.itemHalls), async (request): Promise<HallListDto> => {
    const { lat, lng } = request.query
    // A location needs both coordinates; one alone is ignored (the list is still useful without it).
    return { halls: listHalls(bookableItem(request.params.id), lat !== undefined && lng !== undefined ? { lat, lng } : null) }
  })

  app.get<{ Querystring: SlotQuery }>(e.appointmentSlots.path, endpointRoute(e.appointmentSlots), async (request): Promise<SlotCalendarDto> => {
    const item = bookableItem(request.query.itemId)
    const hall = hallFor(item, request.query.hallId)
    const taken = appointmentsStateOf(ctx).taken
    return slotCalendar(item.id, hall.id, ctx.clock.now(), (key) => taken[key] ?? 0)
  })

  app.get(e.appointments.path, endpointRoute(e.appointments, authed), async (request) => listAppointments(ctx, request.auth!.user.id))

  // One synchronous step from the place count to the stored booking: see book().
  app.post<{ Body: BookBody }>(e.book.path, endpointRoute(e.book, authed), async (request) => dto(saving(() => book(ctx, request.auth!.user, request.body))))

  app.get<IdRoute>(e.appointment.path, endpointRoute(e.appointment, authed), async (request) => dto(appointmentOf(ctx, request.auth!.user.id, request.params.id)))

  app.post<IdRoute>(e.cancelAppointment.path, endpointRoute(e.cancelAppointment, authed), async (request) =>
    dto(saving(() => cancel(ctx, request.auth!.user.id, request.params.id))),
  )

  app.post<IdRoute<RescheduleBody>>(e.rescheduleAppointment.path, endpointRoute(e.rescheduleAppointment, authed), async (request) =>
    dto(saving(() => reschedule(ctx, request.auth!.user.id, request.params.id, request.body))),
  )

  const dev = walletDevEndpoints.appointmentReminders
  app.post(dev.path, endpointRoute(dev), async (_request, reply) => {
    if (sendDueReminders(ctx) > 0) ctx.store.save()
    return reply.code(204).send()
  })
}
