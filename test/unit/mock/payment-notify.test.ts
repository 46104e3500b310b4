import { Value } from '@sinclair/typebox/value'
import { ErrorBody, type OrderDto } from '../../../src/api/contract'
import { mockPaths } from '../../../src/api/contract/paths'
import { MINUTE } from '../../../mock/clock'
import { providerNotification, verifyNotification } from '../../../mock/payment/notifications'
import type { OrderRecord } from '../../../mock/payment/state'
import { faceVerified, notify, payer } from './payment-support'
import { CHINESE, PHONE, startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

async function openOrder(platform: 'weapp' | 'alipay' | 'swan' | 'h5' = 'weapp') {
  const alice = await payer(mock)
  const [fee] = await alice.fees()
  const order: OrderDto = (await alice.order(fee.id, platform)).body
  return { alice, fee, order }
}

describe('the provider’s notification decides', () => {
  it('success → order paid with paidAt, fee paid, other open orders for the fee closed', async () => {
    const { alice, fee, order } = await openOrder('weapp')
    const other = (await alice.order(fee.id, 'alipay')).body
    mock.clock.advance(30_000)
    expect((await notify(mock, order.id, 'success')).status).toBe(204)
    const paidAt = new Date(mock.clock.now()).toISOString()
    expect((await alice.getOrder(order.id)).body).toMatchObject({ status: 'paid', paidAt, payload: null, sandboxUrl: null })
    expect((await alice.fees())[0]).toMatchObject({ id: fee.id, status: 'paid', paidAt })
    expect((await alice.getOrder(other.id)).body.status).toBe('closed')
  })

  it('a repeated success changes nothing (providers retry until they get a 2xx)', async () => {
    const { alice, order } = await openOrder()
    await notify(mock, order.id, 'success')
    const before = { order: (await alice.getOrder(order.id)).body, fees: await alice.fees() }
    mock.clock.advance(60_000)
    expect((await notify(mock, order.id, 'success')).status).toBe(204)
    expect((await alice.getOrder(order.id)).body).toEqual(before.order)
    expect(await alice.fees()).toEqual(before.fees)
  })

  it('fail → the order stays open and can still be paid', async () => {
    const { alice, order } = await openOrder('alipay')
    expect((await notify(mock, order.id, 'fail')).status).toBe(204)
    expect((await alice.getOrder(order.id)).body).toMatchObject({ status: 'created', paidAt: null })
    expect((await alice.fees())[0].status).toBe('unpaid')
    expect((await notify(mock, order.id, 'success')).status).toBe(204)
    expect((await alice.getOrder(order.id)).body.status).toBe('paid')
  })

  it('a failure reported for a paid order → 409, and the order stays paid', async () => {
    const { alice, order } = await openOrder()
    await notify(mock, order.id, 'success')
    const res = await notify(mock, order.id, 'fail')
    expect(res.status).toBe(409)
    expect(mock.error(res).code).toBe('ALREADY_PAID')
    expect((await alice.getOrder(order.id)).body.status).toBe('paid')
  })

  it('an unknown order → 404; malformed notifications → 400 in Chinese', async () => {
    expect((await notify(mock, 'TB00000000000000000000', 'success')).status).toBe(404)
    for (const body of [{ orderId: 'x' }, { orderId: 'x', outcome: 'paid' }, { orderId: 'x', outcome: 'success', amountFen: 1 }, 'null', undefined]) {
      const res = await mock.call('POST', mockPaths.payNotify, body, body === 'null' ? { 'content-type': 'application/json' } : {})
      expect(res.status).toBe(400)
      expect(Value.Check(ErrorBody, res.body)).toBe(true)
      expect(mock.error(res).message).toMatch(CHINESE)
    }
  })
})

describe('verifying the provider’s signature', () => {
  const order: OrderRecord = {
    id: 'TB20260105100000123456',
    userId: 'u1',
    feeId: 'fee_1',
    platform: 'weapp',
    title: '居住证补领工本费',
    amountFen: 2000,
    status: 'created',
    createdAt: 0,
    paidAt: null,
    returnPath: '/',
    refs: { timeStamp: '0', nonceStr: 'n', prepayId: 'wx1', tradeNo: '1' },
    transactionId: null,
  }
  const now = Date.parse('2026-01-05T02:00:00Z')

  it('accepts what the provider signed', () => {
    const signed = providerNotification(order, 'success', now)
    expect(verifyNotification(signed, now)).toMatchObject({ orderId: order.id, outcome: 'success', amountFen: 2000 })
  })

  it('rejects a changed body, a foreign signature and a stale timestamp', () => {
    const signed = providerNotification(order, 'success', now)
    expect(verifyNotification({ ...signed, body: signed.body.replace('2000', '1') }, now)).toBeNull()
    expect(verifyNotification({ ...signed, signature: providerNotification(order, 'fail', now).signature }, now)).toBeNull()
    expect(verifyNotification(signed, now + 6 * MINUTE)).toBeNull()
  })
})

describe('logs', () => {
  it('carry no phone number, token, order or fee id', async () => {
    const session = await mock.smsLogin(PHONE)
    const auth = mock.bearer(session)
    await faceVerified(mock, auth)
    const fees = (await mock.call<{ fees: { id: string }[] }>('GET', '/api/v1/payments/fees', undefined, auth)).body.fees
    const order = (await mock.call<OrderDto>('POST', '/api/v1/payments/orders', { feeId: fees[0].id, platform: 'h5' }, auth)).body
    await mock.call('GET', `/mock/cashier?order=${order.id}`)
    await mock.call('POST', '/mock/cashier', `order=${order.id}&action=pay`, { 'content-type': 'application/x-www-form-urlencoded' })
    await notify(mock, order.id, 'success')
    const text = mock.lines.join('\n')
    expect(mock.lines.length).toBeGreaterThan(0)
    for (const secret of [PHONE, session.token, order.id, fees[0].id]) expect(text).not.toContain(secret)
  })
})
