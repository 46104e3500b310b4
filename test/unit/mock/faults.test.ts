import { FAULT_HEADER } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { startMock, type Mock } from './support'

let mock: Mock
afterEach(() => mock.app.close())

const health = (fault?: string) => mock.call('GET', paths.health, undefined, fault ? { [FAULT_HEADER]: fault } : {})

describe('per-request fault header', () => {
  beforeEach(() => {
    mock = startMock()
  })

  it('status=503 answers 503 with the ErrorBody shape', async () => {
    const res = await health('status=503')
    expect(res.status).toBe(503)
    expect(res.body).toEqual({ code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用' })
  })

  it('times=2;key=K fails the first two requests with key K, then passes', async () => {
    const fault = 'status=503;times=2;key=retry-1'
    expect((await health(fault)).status).toBe(503)
    expect((await health('status=502;times=1;key=other')).status).toBe(502)
    expect((await health(fault)).status).toBe(503)
    expect((await health(fault)).status).toBe(200)
    expect((await health(fault)).status).toBe(200)
  })

  it('times without key counts identical header values', async () => {
    expect((await health('status=500;times=1')).status).toBe(500)
    expect((await health('status=500;times=1')).status).toBe(200)
  })

  it('status=429;retry-after=2 sets Retry-After', async () => {
    const res = await health('status=429;retry-after=2')
    expect(res.status).toBe(429)
    expect(res.headers['retry-after']).toBe('2')
    expect(mock.error(res).message).toBe('操作过于频繁，请稍后再试')
  })

  it('delay=150 waits before answering', async () => {
    const started = Date.now()
    expect((await health('delay=150')).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('drop closes the connection without an answer', async () => {
    await expect(mock.app.inject({ method: 'GET', url: paths.health, headers: { [FAULT_HEADER]: 'drop' } })).rejects.toThrow(
      /destroyed/,
    )
    expect(mock.lines).toContain('GET /api/v1/health dropped')
  })

  it('drop;after acts, then closes the connection', async () => {
    const request = mock.app.inject({ method: 'POST', url: paths.smsSend, payload: { phone: '13800000000' }, headers: { [FAULT_HEADER]: 'drop;after' } })
    await expect(request).rejects.toThrow(/destroyed/)
    expect((await mock.call('POST', paths.smsSend, { phone: '13800000000' })).status).toBe(429)
  })

  it.each(['explode', 'status=200', 'delay=-1', 'times=0;status=503', 'status=503;key=a b'])('rejects the spec %p with 400', async (spec) => {
    const res = await health(spec)
    expect(res.status).toBe(400)
    expect(mock.error(res)).toEqual({ code: 'BAD_FAULT_SPEC', message: '故障注入参数不正确' })
  })

  it('never applies to the /mock/* dev endpoints', async () => {
    const res = await mock.call('GET', mockPaths.outbox, undefined, { [FAULT_HEADER]: 'status=503' })
    expect(res.status).toBe(200)
  })

  it('counts faulted requests in /mock/stats', async () => {
    await health('status=503')
    await health()
    const stats = await mock.call<{ requests: Record<string, number> }>('GET', mockPaths.stats)
    expect(stats.body.requests['GET /api/v1/health']).toBe(2)
  })
})

describe('global fault rates (env MOCK_ERROR_RATE, MOCK_DROP_RATE, MOCK_LATENCY_MS)', () => {
  it('answers 503 when the draw falls under the error rate', async () => {
    let draw = 0.4
    mock = startMock({ faults: { errorRate: 0.5, random: () => draw } })
    expect((await health()).status).toBe(503)
    draw = 0.6
    expect((await health()).status).toBe(200)
  })

  it('drops the connection when the draw falls under the drop rate', async () => {
    mock = startMock({ faults: { dropRate: 1 } })
    await expect(mock.app.inject({ method: 'GET', url: paths.health })).rejects.toThrow(/destroyed/)
  })

  it('adds latency to every API request but not to dev endpoints', async () => {
    mock = startMock({ faults: { latencyMs: 120, errorRate: 1 } })
    const started = Date.now()
    expect((await health()).status).toBe(503)
    expect(Date.now() - started).toBeGreaterThanOrEqual(110)
    const dev = Date.now()
    expect((await mock.call('GET', mockPaths.outbox)).status).toBe(200)
    expect(Date.now() - dev).toBeLessThan(100)
  })
})
