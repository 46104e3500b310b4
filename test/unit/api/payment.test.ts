import { FAULT_HEADER } from '../../../src/api/contract'
import { mockPaths } from '../../../src/api/contract/paths'
import { createAuthApi } from '../../../src/api/endpoints/auth'
import { createIdentityApi } from '../../../src/api/endpoints/identity'
import { createPaymentApi } from '../../../src/api/endpoints/payment'
import { CITIZEN } from '../../../mock/fixtures/identities'
import { ApiError } from '../../../src/api/errors'
import { startHttpMock, type HttpMock } from './support/http-mock'

let mock: HttpMock
let token: string | null
let pay: ReturnType<typeof createPaymentApi>
beforeEach(async () => {
  mock = await startHttpMock()
  const auth = createAuthApi(mock.client())
  token = (await auth.loginWithPlatformCode({ platform: 'weapp', code: await mock.issueCode('weapp', 'payer') })).token
  pay = createPaymentApi(mock.client({ getToken: () => token }))
  // Paying needs 实名 and a fresh face check; the simulated WeChat provider passes this identity.
  const identity = createIdentityApi(mock.client({ getToken: () => token }))
  const ticket = await identity.startRealName({ ...CITIZEN, consent: true, platform: 'weapp' })
  expect((await identity.confirmFace({ ticketId: ticket.ticketId })).status).toBe('passed')
})
afterEach(() => mock.close())

/** What the provider would do after the payer confirmed in the host. */
const providerNotifies = (orderId: string, outcome: 'success' | 'fail') =>
  fetch(`${mock.baseUrl}${mockPaths.payNotify}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orderId, outcome }),
  })

describe('payment endpoints', () => {
  it('listFees → createOrder → getOrder stays created until the provider notifies → paid', async () => {
    const { fees } = await pay.listFees()
    expect(fees.map((f) => f.amountFen)).toEqual([2000, 1000, 8000])
    const order = await pay.createOrder({ feeId: fees[1].id, platform: 'weapp' })
    expect(order).toMatchObject({ feeId: fees[1].id, amountFen: 1000, status: 'created', payload: { provider: 'weapp', signType: 'RSA' } })
    expect(await pay.getOrder(order.id)).toMatchObject({ status: 'created' })

    expect((await providerNotifies(order.id, 'success')).status).toBe(204)
    expect(await pay.getOrder(order.id)).toMatchObject({ status: 'paid', payload: null })
    expect((await pay.listFees()).fees[1].status).toBe('paid')
  })

  it('createOrder twice gives the same order; a paid fee is refused with the server’s message', async () => {
    const [fee] = (await pay.listFees()).fees
    const first = await pay.createOrder({ feeId: fee.id, platform: 'h5' })
    expect((await pay.createOrder({ feeId: fee.id, platform: 'h5' })).id).toBe(first.id)
    await providerNotifies(first.id, 'success')
    const error = await pay.createOrder({ feeId: fee.id, platform: 'h5' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'client', status: 409, code: 'ALREADY_PAID', message: '该费用已缴纳，无需重复支付' })
  })

  it('a createOrder whose answer was lost is retried with its key and returns the one order', async () => {
    const [fee] = (await pay.listFees()).fees
    const lossy = createPaymentApi(mock.client({ getToken: () => token, headers: { [FAULT_HEADER]: 'status=502;after;times=1;key=order-lost' } }))
    const order = await lossy.createOrder({ feeId: fee.id, platform: 'alipay' })
    expect(await mock.received('POST /api/v1/payments/orders')).toBe(2)
    expect((await pay.createOrder({ feeId: fee.id, platform: 'alipay' })).id).toBe(order.id)
  })

  it('getOrder escapes the id: a slash is part of the id, not another route', async () => {
    const error = await pay.getOrder('TB1/../../fees').catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'client', status: 404, code: 'ORDER_NOT_FOUND' })
  })
})
