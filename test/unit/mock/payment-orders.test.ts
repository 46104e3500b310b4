import { Value } from '@sinclair/typebox/value'
import { ErrorBody, FeeListDto, IDEMPOTENCY_HEADER, IDEMPOTENT_REPLAY_HEADER, OrderDto, type ClientPlatform } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { MINUTE } from '../../../mock/clock'
import { devMerchant, merchantKeys, rsaVerify, swanSignString, weappSignString } from '../../../mock/payment/signing'
import { notify, orderUrl, payer } from './payment-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

describe('fees', () => {
  it('seeds the demo fees for a user on first listing, unpaid, amounts in whole fen', async () => {
    const alice = await payer(mock)
    const fees = await alice.fees()
    expect(Value.Check(FeeListDto, { fees })).toBe(true)
    expect(fees.map((f) => [f.title, f.department, f.amountFen, f.status, f.paidAt])).toEqual([
      ['居住证补领工本费', '上海市公安局', 2000, 'unpaid', null],
      ['机动车驾驶证补证工本费', '上海市公安局交通警察总队', 1000, 'unpaid', null],
      ['不动产登记费（住宅）', '上海市不动产登记局', 8000, 'unpaid', null],
    ])
    for (const fee of fees) expect(fee.basis).toMatch(CHINESE)
    expect(await alice.fees()).toEqual(fees)
  })

  it('keeps users apart: own ids, and another user’s fee or order is not found', async () => {
    const alice = await payer(mock, 'alice')
    const bob = await payer(mock, 'bob')
    const [aliceFee] = await alice.fees()
    const bobFees = await bob.fees()
    expect(bobFees.map((f) => f.id)).not.toContain(aliceFee.id)

    const bobTries = await bob.order(aliceFee.id)
    expect(bobTries.status).toBe(404)
    expect(mock.error(bobTries)).toEqual({ code: 'FEE_NOT_FOUND', message: '费用不存在或已撤销' })

    const aliceOrder = (await alice.order(aliceFee.id)).body
    const peek = await bob.getOrder(aliceOrder.id)
    expect(peek.status).toBe(404)
    expect(mock.error(peek).code).toBe('ORDER_NOT_FOUND')
  })

  it('needs a signed-in user', async () => {
    expect((await mock.call('GET', paths.fees)).status).toBe(401)
    expect((await mock.call('POST', paths.orders, { feeId: 'fee_x', platform: 'h5' })).status).toBe(401)
    expect((await mock.call('GET', orderUrl('TB1'))).status).toBe(401)
  })
})

describe('creating an order: the host payload per platform, signed with the dev merchant key', () => {
  const create = async (platform: ClientPlatform) => {
    const alice = await payer(mock)
    const [fee] = await alice.fees()
    const res = await alice.order(fee.id, platform)
    expect(res.status).toBe(200)
    expect(Value.Check(OrderDto, res.body)).toBe(true)
    expect(res.body).toMatchObject({ feeId: fee.id, title: fee.title, amountFen: 2000, platform, status: 'created', paidAt: null })
    expect(res.body.sandboxUrl).toBe(`/mock/cashier?order=${res.body.id}`)
    return res.body
  }
  const { publicKey } = merchantKeys()

  it('weapp: requestPayment parameters with a verifiable RSA paySign', async () => {
    const order = await create('weapp')
    if (order.payload?.provider !== 'weapp') throw new Error('expected a weapp payload')
    const { timeStamp, nonceStr, package: pkg, signType, paySign } = order.payload
    expect(timeStamp).toBe(String(Math.floor(mock.clock.now() / 1000)))
    expect(nonceStr.length).toBeLessThanOrEqual(32)
    expect(pkg).toMatch(/^prepay_id=wx\d{14}[0-9a-f]{20}$/)
    expect(signType).toBe('RSA')
    expect(rsaVerify('sha256', weappSignString(devMerchant.weappAppId, timeStamp, nonceStr, pkg), paySign, publicKey)).toBe(true)
    // The signature covers the package: a swapped prepay_id does not verify.
    expect(rsaVerify('sha256', weappSignString(devMerchant.weappAppId, timeStamp, nonceStr, 'prepay_id=wx0'), paySign, publicKey)).toBe(false)
  })

  it('alipay: a 28-digit trade_no for my.tradePay', async () => {
    const order = await create('alipay')
    expect(order.payload).toEqual({ provider: 'alipay', tradeNO: expect.stringMatching(/^\d{28}$/) })
  })

  it('swan: orderInfo with the amount in fen as a string, our order id, and a verifiable rsaSign', async () => {
    const order = await create('swan')
    if (order.payload?.provider !== 'swan') throw new Error('expected a swan payload')
    const info = order.payload.orderInfo
    expect(info).toMatchObject({ appKey: devMerchant.swanAppKey, dealId: devMerchant.swanDealId, totalAmount: '2000', tpOrderId: order.id, dealTitle: '居住证补领工本费', signFieldsRange: '1' })
    const signed = { appKey: info.appKey, dealId: info.dealId, totalAmount: info.totalAmount, tpOrderId: info.tpOrderId }
    expect(rsaVerify('sha1', swanSignString(signed), info.rsaSign, publicKey)).toBe(true)
    expect(rsaVerify('sha1', swanSignString({ ...signed, totalAmount: '1' }), info.rsaSign, publicKey)).toBe(false)
    expect(JSON.parse(info.bizInfo)).toMatchObject({ tpData: { tpOrderId: order.id, totalAmount: '2000' } })
  })

  it('h5: the sandbox cashier URL', async () => {
    const order = await create('h5')
    expect(order.payload).toEqual({ provider: 'h5', url: `/mock/cashier?order=${order.id}` })
  })
})

describe('one order per fee and platform', () => {
  it('asking again returns the same open order; another platform gets its own', async () => {
    const alice = await payer(mock)
    const [fee] = await alice.fees()
    const first = (await alice.order(fee.id, 'weapp')).body
    const again = (await alice.order(fee.id, 'weapp')).body
    expect(again.id).toBe(first.id)
    expect(again.payload).toEqual(first.payload)
    const other = (await alice.order(fee.id, 'h5')).body
    expect(other.id).not.toBe(first.id)
  })

  it('replays the first answer for a repeated Idempotency-Key', async () => {
    const alice = await payer(mock)
    const [fee] = await alice.fees()
    const headers = { [IDEMPOTENCY_HEADER]: 'order-key-0001' }
    const first = await alice.order(fee.id, 'alipay', {}, headers)
    const replay = await alice.order(fee.id, 'alipay', {}, headers)
    expect(replay.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true')
    expect(replay.body).toEqual(first.body)
  })

  it('refuses a paid fee with 409 ALREADY_PAID on every platform', async () => {
    const alice = await payer(mock)
    const [fee] = await alice.fees()
    const order = (await alice.order(fee.id, 'weapp')).body
    expect((await notify(mock, order.id, 'success')).status).toBe(204)
    for (const platform of ['weapp', 'alipay', 'swan', 'h5'] as const) {
      const res = await alice.order(fee.id, platform)
      expect(res.status).toBe(409)
      expect(mock.error(res)).toEqual({ code: 'ALREADY_PAID', message: '该费用已缴纳，无需重复支付' })
    }
  })

  it('stays created however often the client asks: only a notification pays', async () => {
    const alice = await payer(mock)
    const [fee] = await alice.fees()
    const order = (await alice.order(fee.id, 'alipay')).body
    for (let i = 0; i < 5; i++) {
      mock.clock.advance(1000)
      const res = await alice.getOrder(order.id)
      expect(res.body).toMatchObject({ status: 'created', paidAt: null })
    }
    expect((await alice.fees())[0].status).toBe('unpaid')
  })

  it('closes an unpaid order after 2 hours; asking again opens a new one', async () => {
    const alice = await payer(mock)
    const [fee] = await alice.fees()
    const old = (await alice.order(fee.id, 'weapp')).body
    mock.clock.advance(120 * MINUTE)
    expect((await alice.getOrder(old.id)).body).toMatchObject({ status: 'closed', payload: null, sandboxUrl: null })
    await alice.refreshFace()
    const fresh = (await alice.order(fee.id, 'weapp')).body
    expect(fresh.id).not.toBe(old.id)
    expect(fresh.status).toBe('created')
    expect((await notify(mock, old.id, 'success')).status).toBe(409)
  })
})

describe('malformed requests get a 4xx in Chinese, never a 500', () => {
  const cases: [string, unknown][] = [
    ['no fee id', { platform: 'weapp' }],
    ['an empty fee id', { feeId: '', platform: 'weapp' }],
    ['a number for the fee id', { feeId: 42, platform: 'weapp' }],
    ['an unknown platform', { feeId: 'fee_x', platform: 'qq' }],
    ['an amount from the client (never trusted)', { feeId: 'fee_x', platform: 'h5', amountFen: 1 }],
    ['a return path to another site', { feeId: 'fee_x', platform: 'h5', returnPath: 'https://evil.example/' }],
    ['a JSON array', [{ feeId: 'fee_x', platform: 'h5' }]],
  ]
  it.each(cases)('createOrder with %s → 400', async (_name, body) => {
    const alice = await payer(mock)
    const res = await mock.call('POST', paths.orders, body, alice.auth)
    expect(res.status).toBe(400)
    expect(Value.Check(ErrorBody, res.body)).toBe(true)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('an order id that is too long → 400, an unknown one → 404', async () => {
    const alice = await payer(mock)
    expect((await alice.getOrder('T'.repeat(65))).status).toBe(400)
    const unknown = await alice.getOrder('TB00000000000000000000')
    expect(unknown.status).toBe(404)
    expect(mock.error(unknown).message).toBe('订单不存在')
  })
})

describe('paying is a sensitive action on the server too', () => {
  it('refuses an order without 实名认证, and again when the face check is older than 30 minutes', async () => {
    const session = await mock.platformLogin('weapp', 'no-face')
    const auth = mock.bearer(session)
    const { fees } = (await mock.call<FeeListDto>('GET', paths.fees, undefined, auth)).body
    const refused = await mock.call('POST', paths.orders, { feeId: fees[0].id, platform: 'weapp' }, auth)
    expect(refused.status).toBe(403)
    expect(mock.error(refused)).toEqual({ code: 'FACE_CHECK_REQUIRED', message: '为保障资金安全，支付前请先刷脸确认是本人' })

    const alice = await payer(mock, 'stale')
    const [fee] = await alice.fees()
    expect((await alice.order(fee.id)).status).toBe(200)
    mock.clock.advance(30 * MINUTE)
    const stale = await alice.order((await alice.fees())[1].id)
    expect(stale.status).toBe(403)
    await alice.refreshFace()
    expect((await alice.order((await alice.fees())[1].id)).status).toBe(200)
  })
})
