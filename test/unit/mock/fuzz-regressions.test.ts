import { mockPaths, paths } from '../../../src/api/contract/paths'
import { CHINESE, startMock, type Mock } from './support'

/** What the API fuzzer (npm run fuzz) found, kept as plain regression tests. */
let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

describe('fuzzer findings', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty'])('an id named %s is not found, not a property of Object.prototype', async (name) => {
    const review = await mock.call('POST', mockPaths.review.replace(':id', name), { action: 'accept' })
    expect(review.status).toBe(404)
    const cashier = await mock.call('GET', `${mockPaths.cashier}?order=${name}`)
    expect(cashier.status).toBe(404)
    const notify = await mock.call('POST', mockPaths.payNotify, { orderId: name, outcome: 'success' })
    expect(notify.status).toBe(404)
    const session = await mock.platformLogin('weapp', 'alice')
    const order = await mock.call('POST', paths.orders, { feeId: name, platform: 'weapp' }, mock.bearer(session))
    expect(order.status).toBe(404)
    const confirm = await mock.call('POST', paths.faceConfirm, { ticketId: name }, mock.bearer(session))
    expect(confirm.status).toBe(404)
  })

  it('answers a path that is not valid percent-encoding with a Chinese 400', async () => {
    const session = await mock.platformLogin('weapp', 'alice')
    const res = await mock.call('GET', '/api/v1/me/applications/%ZZ', undefined, mock.bearer(session))
    expect(res.status).toBe(400)
    expect(mock.error(res)).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(CHINESE) })
  })

  it('answers an id over the router’s parameter limit as not found, in Chinese', async () => {
    const res = await mock.call('GET', `/api/v1/catalog/items/${'x'.repeat(3000)}`)
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'NOT_FOUND', message: expect.stringMatching(CHINESE) })
  })

  it('documents a malformed body on a /mock/* endpoint as the 400 it is', async () => {
    const res = await mock.call('POST', mockPaths.appointmentReminders, '{', { 'content-type': 'application/json' })
    expect(res.status).toBe(400)
    expect(mock.error(res).message).toMatch(CHINESE)
  })
})
