import type { FastifyInstance } from 'fastify'
import type { CreateOrderBody, OrderIdParams } from '../../src/api/contract'
import { paymentDevEndpoints, paymentEndpoints } from '../../src/api/contract/endpoints-payment'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { httpError } from '../http/errors'
import { acceptFormBodies } from '../http/form-body'
import { renderCashierPage } from '../payment/cashier-page'
import { providerNotification, receiveNotification } from '../payment/notifications'
import { closeIfExpired, createOrder, feesOf, orderById, orderOf, returnHref, toFeeDto, toOrderDto } from '../payment/orders'
import { paymentsOf } from '../payment/state'
import { requireAuth } from '../plugins/auth'

/** Fees, orders, the sandbox cashier and the simulated notification: src/api/contract/endpoints-payment.ts. */
export function registerPaymentRoutes(app: FastifyInstance, ctx: MockContext) {
  const { store } = ctx
  const authed = requireAuth(ctx)

  app.get(paymentEndpoints.fees.path, endpointRoute(paymentEndpoints.fees, authed), async (request) => {
    const user = request.auth!.user
    const seeding = !(user.id in paymentsOf(ctx).feesByUser)
    const fees = feesOf(ctx, user)
    if (seeding) store.save()
    return { fees: fees.map(toFeeDto) }
  })

  app.post<{ Body: CreateOrderBody }>(
    paymentEndpoints.createOrder.path,
    endpointRoute(paymentEndpoints.createOrder, authed),
    async (request) => {
      try {
        return toOrderDto(createOrder(ctx, request.auth!.user, request.body))
      } finally {
        store.save()
      }
    },
  )

  // Polled after the host's pay call returns: `paid` only once a verified notification said so.
  app.get<{ Params: OrderIdParams }>(paymentEndpoints.order.path, endpointRoute(paymentEndpoints.order, authed), async (request) => {
    const order = orderOf(ctx, request.auth!.user, request.params.id)
    if (closeIfExpired(order, ctx.clock.now())) store.save()
    return toOrderDto(order)
  })

  // The cashier's form posts application/x-www-form-urlencoded. The parser (http/form-body.ts, shared with the
  // identity provider page) is added in this encapsulated scope only, so the API keeps answering forms with 415.
  void app.register(async (scope) => registerSandboxRoutes(scope, ctx))
}

function registerSandboxRoutes(scope: FastifyInstance, ctx: MockContext) {
  const { store } = ctx
  acceptFormBodies(scope)
  // These dev endpoints document 400 but not 415: any other body type is simply a bad request here.
  if (!scope.hasContentTypeParser('*')) {
    scope.addContentTypeParser('*', (_request, _payload, done) => {
      done(httpError(400, 'BAD_REQUEST', '请求格式不正确，请以表单或 JSON 提交'))
    })
  }

  scope.get<{ Querystring: { order: string } }>(
    paymentDevEndpoints.cashierPage.path,
    endpointRoute(paymentDevEndpoints.cashierPage),
    async (request, reply) => {
      const order = orderById(ctx, request.query.order)
      if (closeIfExpired(order, ctx.clock.now())) store.save()
      const fee = paymentsOf(ctx).fees[order.feeId]
      const page = renderCashierPage({
        orderId: order.id,
        title: order.title,
        department: fee.department,
        amountFen: order.amountFen,
        status: order.status,
        backHref: returnHref(order),
      })
      return reply.type('text/html; charset=utf-8').send(page)
    },
  )

  scope.post<{ Body: { order: string; action: 'pay' | 'cancel' } }>(
    paymentDevEndpoints.cashierAction.path,
    endpointRoute(paymentDevEndpoints.cashierAction),
    async (request, reply) => {
      const order = orderById(ctx, request.body.order)
      try {
        closeIfExpired(order, ctx.clock.now())
        if (request.body.action === 'cancel') return reply.redirect(returnHref(order, order.status !== 'paid'), 303)
        if (order.status === 'paid') throw httpError(409, 'ALREADY_PAID', '该订单已支付，无需重复支付')
        if (order.status === 'closed') throw httpError(409, 'ORDER_CLOSED', '订单已关闭，请返回应用重新发起支付')
        // The payer confirmed: the provider notifies our server, which verifies it like any notification.
        receiveNotification(ctx, providerNotification(order, 'success', ctx.clock.now()))
        return reply.redirect(returnHref(order), 303)
      } finally {
        store.save()
      }
    },
  )

  scope.post<{ Body: { orderId: string; outcome: 'success' | 'fail' } }>(
    paymentDevEndpoints.payNotify.path,
    endpointRoute(paymentDevEndpoints.payNotify),
    async (request, reply) => {
      const order = orderById(ctx, request.body.orderId)
      try {
        receiveNotification(ctx, providerNotification(order, request.body.outcome, ctx.clock.now()))
      } finally {
        store.save()
      }
      return reply.code(204).send()
    },
  )
}
