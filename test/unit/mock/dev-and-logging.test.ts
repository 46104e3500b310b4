import { FAULT_HEADER, type OutboxDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { buildServer } from '../../../mock/server'
import { PHONE, startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

describe('request log', () => {
  it('writes one line per request: method, route, status, ms, and no personal data', async () => {
    const session = await mock.smsLogin()
    mock.lines.length = 0
    await mock.call('GET', `${paths.me}?phone=${PHONE}&token=${session.token}`, undefined, mock.bearer(session))
    await mock.call('POST', paths.smsSend, { phone: '13700001111' })
    await mock.call('GET', `/no/such/route?phone=${PHONE}`)
    const requestLines = mock.lines.filter((l) => !l.startsWith('sms '))
    expect(requestLines).toHaveLength(3)
    for (const line of requestLines) expect(line).toMatch(/^(GET|POST) \/\S* \d{3} \d+ms$/)
    expect(requestLines[0]).toMatch(/^GET \/api\/v1\/me 200 \d+ms$/)
    const all = mock.lines.join('\n')
    for (const secret of [PHONE, '13700001111', session.token, '?']) expect(all).not.toContain(secret)
  })

  it('writes nothing when quiet', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const app = buildServer({ quiet: true })
      await app.inject({ method: 'POST', url: paths.smsSend, payload: { phone: PHONE } })
      await app.inject({ method: 'GET', url: paths.health, headers: { [FAULT_HEADER]: 'status=503' } })
      await app.close()
      expect(write).not.toHaveBeenCalled()
    } finally {
      write.mockRestore()
    }
  })
})

describe('GET /mock/stats and POST /mock/reset', () => {
  it('counts API requests by route pattern, not dev requests', async () => {
    await mock.call('GET', paths.health)
    await mock.call('GET', paths.health)
    await mock.call('POST', paths.smsSend, { phone: PHONE })
    await mock.call('GET', mockPaths.outbox)
    const stats = await mock.call<{ requests: Record<string, number> }>('GET', mockPaths.stats)
    expect(stats.body.requests).toEqual({ 'GET /api/v1/health': 2, 'POST /api/v1/auth/sms/send': 1 })
  })

  it('resets state and counters to the seed', async () => {
    const session = await mock.smsLogin()
    expect((await mock.call('POST', mockPaths.reset)).status).toBe(204)
    expect((await mock.call<{ requests: object }>('GET', mockPaths.stats)).body.requests).toEqual({})
    expect((await mock.call<OutboxDto>('GET', mockPaths.outbox)).body.messages).toEqual([])
    expect((await mock.call('GET', paths.me, undefined, mock.bearer(session))).status).toBe(401)
    // The cooldown is gone with the rest of the state.
    expect((await mock.call('POST', paths.smsSend, { phone: PHONE })).status).toBe(200)
  })
})
