import type { FastifyInstance } from 'fastify'
import { identityDevEndpoints } from '../../src/api/contract/endpoints-identity'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { acceptFormBodies, refuseOtherBodies } from '../http/form-body'
import { maskName } from './person'
import { renderProviderPage } from './provider-page'
import { liveTicket, reportScan } from './tickets'

type Outcome = 'pass' | 'fail'

/** Back to the app with the ticket id only; the app then asks the server for the verdict. */
const returnUrl = (returnPath: string, ticketId: string) =>
  `${returnPath}${returnPath.includes('?') ? '&' : '?'}faceTicket=${encodeURIComponent(ticketId)}`

/**
 * The simulated face provider (development only): the H5 provider page and its form, and a way for tests
 * and fake hosts to report a face scan. Registered in their own scope, the only one that parses HTML forms.
 */
export function registerFaceProviderRoutes(app: FastifyInstance, ctx: MockContext) {
  const { faceProviderPage, faceProviderVerdict, faceOutcome } = identityDevEndpoints

  void app.register(async (scope) => {
    acceptFormBodies(scope)
    refuseOtherBodies(scope)

    scope.get<{ Querystring: { ticket: string } }>(faceProviderPage.path, endpointRoute(faceProviderPage), async (request, reply) => {
      const ticket = liveTicket(ctx, request.query.ticket)
      const page = renderProviderPage({ id: ticket.id, purpose: ticket.purpose, expiresAt: ticket.expiresAt, nameMasked: maskName(ticket.person.name) })
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page)
    })

    scope.post<{ Body: { ticket: string; outcome: Outcome } }>(faceProviderVerdict.path, endpointRoute(faceProviderVerdict), async (request, reply) => {
      const ticket = reportScan(ctx, request.body.ticket, request.body.outcome)
      ctx.store.save()
      return reply.redirect(returnUrl(ticket.returnPath, ticket.id), 303)
    })

    scope.post<{ Body: { ticketId: string; outcome: Outcome } }>(faceOutcome.path, endpointRoute(faceOutcome), async (request, reply) => {
      reportScan(ctx, request.body.ticketId, request.body.outcome)
      ctx.store.save()
      return reply.code(204).send()
    })
  })
}
