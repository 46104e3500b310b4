import { Type } from '@sinclair/typebox'
import { ErrorBody } from './common'
import { AUTH_ERRORS, IDEMPOTENCY_ERRORS, errors, type EndpointSpec } from './endpoint-spec'
import { paymentMockPaths, paymentPaths } from './paths-payment'
import { CreateOrderBody, FeeListDto, OrderDto, OrderIdParams } from './payment'

export const paymentEndpoints = {
  fees: {
    method: 'GET',
    path: paymentPaths.fees,
    summary: '待缴与已缴费用',
    tag: 'payment',
    auth: true,
    idempotent: false,
    responses: { 200: FeeListDto, ...errors(...AUTH_ERRORS) },
  },
  createOrder: {
    method: 'POST',
    path: paymentPaths.orders,
    summary: '为一笔费用下单，返回当前平台的支付参数',
    description:
      'weapp: JSAPI order (/v3/pay/transactions/jsapi) → signed requestPayment params; alipay: alipay.trade.create → trade_no; ' +
      'swan: 聚合收银台 orderInfo signed with the platform key (rsaSign); h5: a cashier URL. One order per fee: asking again ' +
      'returns the same order; a paid fee is refused (409 ALREADY_PAID).',
    tag: 'payment',
    auth: true,
    idempotent: true,
    body: CreateOrderBody,
    responses: { 200: OrderDto, ...errors(...AUTH_ERRORS, 403, 404, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['FEE_NOT_FOUND', 'ALREADY_PAID', 'FACE_CHECK_REQUIRED'],
  },
  order: {
    method: 'GET',
    path: paymentPaths.order,
    summary: '查询订单（支付结果以服务端确认为准）',
    description: 'Poll after the host payment returns: `paid` only after the provider notification or the server’s own query.',
    tag: 'payment',
    auth: true,
    idempotent: false,
    params: OrderIdParams,
    responses: { 200: OrderDto, ...errors(...AUTH_ERRORS, 404) },
    errorCodes: ['ORDER_NOT_FOUND'],
  },
} satisfies Record<string, EndpointSpec>

export const paymentDevEndpoints = {
  cashierPage: {
    method: 'GET',
    path: paymentMockPaths.cashier,
    summary: '（开发）沙箱收银台页面',
    tag: 'mock',
    auth: false,
    idempotent: false,
    html: true,
    query: Type.Object({ order: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
    responses: { 200: null, 400: ErrorBody, 404: ErrorBody },
  },
  cashierAction: {
    method: 'POST',
    path: paymentMockPaths.cashier,
    summary: '（开发）沙箱收银台：支付或取消，并跳回应用',
    description: 'Form post {order, action: pay|cancel}; paying sends the simulated provider notification, then 303 to the return path.',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: Type.Object({ order: Type.String({ maxLength: 64 }), action: Type.Union([Type.Literal('pay'), Type.Literal('cancel')]) }, { additionalProperties: false }),
    responses: { 303: null, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
  },
  payNotify: {
    method: 'POST',
    path: paymentMockPaths.payNotify,
    summary: '（开发）模拟支付平台的支付结果通知',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: Type.Object({ orderId: Type.String({ maxLength: 64 }), outcome: Type.Union([Type.Literal('success'), Type.Literal('fail')]) }, { additionalProperties: false }),
    responses: { 204: null, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
  },
} satisfies Record<string, EndpointSpec>
