import { Value } from '@sinclair/typebox/value'
import { ErrorBody, type OrderDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { payer } from './payment-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

const form = { 'content-type': 'application/x-www-form-urlencoded' }
const RESULT = '/packages/pay/pages/result/index'

async function h5Order(extra: Record<string, unknown> = {}, feeIndex = 0) {
  const alice = await payer(mock)
  const fee = (await alice.fees())[feeIndex]
  const order: OrderDto = (await alice.order(fee.id, 'h5', extra)).body
  return { alice, fee, order }
}
const page = (id: string) => mock.call<string>('GET', `${mockPaths.cashier}?order=${encodeURIComponent(id)}`)

describe('the sandbox cashier page', () => {
  it('shows the title, the amount in 元, the department and the two buttons', async () => {
    const { order } = await h5Order()
    const res = await page(order.id)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    for (const text of ['收银台（沙箱）', '居住证补领工本费', '20.00 元', '上海市公安局', '确认支付', '取消', `value="${order.id}"`]) {
      expect(res.body).toContain(text)
    }
  })

  it('offers no pay button for a paid order', async () => {
    const { order } = await h5Order({}, 2)
    await mock.call('POST', mockPaths.cashier, { order: order.id, action: 'pay' })
    const res = await page(order.id)
    expect(res.body).toContain('80.00 元')
    expect(res.body).toContain('已支付')
    expect(res.body).not.toContain('确认支付')
  })

  it('unknown order → 404, missing order → 400', async () => {
    expect((await page('TB00000000000000000000')).status).toBe(404)
    expect((await mock.call('GET', mockPaths.cashier)).status).toBe(400)
  })
})

describe('paying and cancelling in the cashier', () => {
  it('pay (form post) → 303 back to the result page, and the order is paid through the notification', async () => {
    const { alice, order } = await h5Order()
    const res = await mock.call('POST', mockPaths.cashier, `order=${order.id}&action=pay`, form)
    expect(res.status).toBe(303)
    expect(res.headers.location).toBe(`${RESULT}?order=${order.id}`)
    expect((await alice.getOrder(order.id)).body.status).toBe('paid')
    expect((await alice.fees())[0].status).toBe('paid')
  })

  it('pay (JSON) works too, and uses the return path the client gave', async () => {
    const { order } = await h5Order({ returnPath: '/packages/pay/pages/result/index?from=sheet' })
    const res = await mock.call('POST', mockPaths.cashier, { order: order.id, action: 'pay' })
    expect(res.status).toBe(303)
    expect(res.headers.location).toBe(`${RESULT}?from=sheet&order=${order.id}`)
  })

  it('cancel → 303 back with cancelled=1; nothing is paid', async () => {
    const { alice, order } = await h5Order()
    const res = await mock.call('POST', mockPaths.cashier, `order=${order.id}&action=cancel`, form)
    expect(res.status).toBe(303)
    expect(res.headers.location).toBe(`${RESULT}?order=${order.id}&cancelled=1`)
    expect((await alice.getOrder(order.id)).body.status).toBe('created')
    expect((await alice.fees())[0].status).toBe('unpaid')
  })

  it('paying a paid order again → 409 ALREADY_PAID, nothing changes', async () => {
    const { alice, order } = await h5Order()
    await mock.call('POST', mockPaths.cashier, { order: order.id, action: 'pay' })
    const paid = (await alice.getOrder(order.id)).body
    mock.clock.advance(5000)
    const again = await mock.call('POST', mockPaths.cashier, `order=${order.id}&action=pay`, form)
    expect(again.status).toBe(409)
    expect(mock.error(again)).toEqual({ code: 'ALREADY_PAID', message: '该订单已支付，无需重复支付' })
    expect((await alice.getOrder(order.id)).body).toEqual(paid)
  })

  const bad: [string, unknown, Record<string, string>][] = [
    ['no action', 'order=TB1', form],
    ['an unknown action', 'order=TB1&action=refund', form],
    ['an extra field', 'order=TB1&action=pay&amountFen=1', form],
    ['an empty form', '', form],
    ['plain text', 'pay TB1', { 'content-type': 'text/plain' }],
    ['XML', '<pay order="TB1"/>', { 'content-type': 'application/xml' }],
    ['a JSON array', '[]', { 'content-type': 'application/json' }],
    ['malformed JSON', '{"order":', { 'content-type': 'application/json' }],
  ]
  it.each(bad)('%s → 400 in Chinese', async (_name, payload, headers) => {
    const res = await mock.call('POST', mockPaths.cashier, payload, headers)
    expect(res.status).toBe(400)
    expect(Value.Check(ErrorBody, res.body)).toBe(true)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('an unknown order → 404', async () => {
    expect((await mock.call('POST', mockPaths.cashier, 'order=TB0&action=pay', form)).status).toBe(404)
  })

  it('the form parser stays in the cashier’s scope: the API still answers a form body with 415', async () => {
    const res = await mock.call('POST', paths.smsSend, 'phone=13800000000', form)
    expect(res.status).toBe(415)
  })
})
