import { paths } from '../../../src/api/contract/paths'
import type { FuzzCase } from '../../support/fuzz/cases'
import { checkAnswer, runFuzz } from '../../support/fuzz/run'
import { buildWorld, type FuzzWorld } from '../../support/fuzz/world'

/**
 * The API fuzzer (test/support/fuzz, `npm run fuzz`) over every endpoint of the contract: every 2nd payload
 * per field (deterministic; `npm run fuzz` sends all of them). Zero violations: no 5xx, every 4xx a JSON
 * ErrorBody with a Chinese message, never the other user's data, Object.prototype untouched.
 */
jest.setTimeout(120_000)

describe('API fuzzing', () => {
  it('finds no violation on any endpoint', async () => {
    const report = await runFuzz({ stride: 3 })
    const summary = report.violations.map((v) => `${v.endpoint} ${v.probe}: ${v.problem} (${v.status})`)
    expect(summary).toEqual([])
    expect(report.endpoints).toBeGreaterThanOrEqual(89)
    expect(report.requests).toBeGreaterThan(report.endpoints * 20)
    expect(report.byClass['5xx']).toBe(0)
    // The probes reach handlers too, not only the validator.
    expect(report.byClass['2xx']).toBeGreaterThan(100)
    // Thousands of hostile requests carrying both users' phones, ID numbers and tokens: none reached the log.
    const personal = [report.world.a, report.world.b].flatMap((u) => [u.phone, u.person.idNumber, u.token])
    expect(report.logLines.filter((line) => personal.some((p) => line.includes(p)))).toEqual([])
  })

  describe('its checks can fail', () => {
    let world: FuzzWorld
    beforeAll(async () => {
      world = await buildWorld({ quiet: true })
    })
    afterAll(() => world.app.close())
    const asA: FuzzCase = { endpoint: 'me', probe: 'test', actor: 'A', method: 'GET', url: paths.me, headers: {} }

    it('flags B’s phone, ID number or record id in an answer to A, but not an id A sent itself', () => {
      const json = 'application/json'
      expect(checkAnswer(asA, 200, json, JSON.stringify({ phone: world.b.phone }), world)).toHaveLength(1)
      expect(checkAnswer(asA, 200, json, JSON.stringify({ id: world.b.person.idNumber }), world)).toHaveLength(1)
      expect(checkAnswer(asA, 200, json, JSON.stringify({ name: world.a.person.name, phone: world.a.phone }), world)).toEqual([])
      const sent = { ...asA, url: `/api/v1/me/applications/${world.b.ids.application[0]}` }
      expect(checkAnswer(sent, 404, json, JSON.stringify({ code: 'X', message: `办件 ${world.b.ids.application[0]} 不存在` }), world)).toEqual([])
    })

    it('flags a 5xx, an English or missing error message, and a non-JSON 4xx', () => {
      expect(checkAnswer(asA, 500, 'application/json', '{"code":"X","message":"服务暂时不可用"}', world)).toEqual(['status 500'])
      expect(checkAnswer(asA, 400, 'application/json', '{"code":"X","message":"Bad Request"}', world)).toHaveLength(1)
      expect(checkAnswer(asA, 400, 'text/plain', '请求格式不正确', world)).toHaveLength(1)
      expect(checkAnswer(asA, 404, 'application/json', '{"message":"不存在"}', world)).toHaveLength(1)
    })
  })
})
