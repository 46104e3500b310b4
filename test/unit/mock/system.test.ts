import { Value } from '@sinclair/typebox/value'
import { AppConfigDto, CONTRACT_VERSION, HealthDto, type ModeDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { CONTENT_ICONS } from '../../../src/api/contract/icons'
import { startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

describe('GET health', () => {
  it('reports ok, the contract version and uptime by the server clock', async () => {
    mock.clock.advance(90_000)
    const res = await mock.call<HealthDto>('GET', paths.health)
    expect(res.status).toBe(200)
    expect(Value.Check(HealthDto, res.body)).toBe(true)
    expect(res.body).toEqual({ status: 'ok', contractVersion: CONTRACT_VERSION, uptimeSeconds: 90 })
  })
})

describe('GET config', () => {
  let config: AppConfigDto
  const mode = (id: ModeDto['id']) => config.modes.find((m) => m.id === id)!
  beforeEach(async () => {
    const res = await mock.call<AppConfigDto>('GET', paths.config)
    expect(res.status).toBe(200)
    config = res.body
  })

  it('matches the contract schema', () => {
    expect(Value.Check(AppConfigDto, config)).toBe(true)
    expect(config.hotline).toBe('12345')
    expect(config.contractVersion).toBe(CONTRACT_VERSION)
  })

  it('has 上海市 as the default region with its 16 districts', () => {
    expect(config.defaultRegionCode).toBe('310000')
    const shanghai = config.regions.find((r) => r.code === '310000')
    expect(shanghai).toMatchObject({ name: '上海市', shortName: '上海', level: 'province', parentCode: null })
    const districts = config.regions.filter((r) => r.parentCode === '310000')
    expect(districts).toHaveLength(16)
    expect(districts.every((d) => d.level === 'district')).toBe(true)
    expect(districts.find((d) => d.code === '310115')).toMatchObject({ name: '浦东新区', shortName: '浦东' })
  })

  it('marks 松江 and the eight G60 corridor cities, and nothing else, as g60', () => {
    const g60 = config.regions.filter((r) => r.g60).map((r) => r.code).sort()
    expect(g60).toEqual(['310117', '320500', '330100', '330400', '330500', '330700', '340100', '340200', '341800'])
    expect(config.regions.find((r) => r.code === '330400')).toMatchObject({ name: '嘉兴市', shortName: '嘉兴', level: 'city' })
  })

  it('has unique codes and no parent outside the list', () => {
    const codes = config.regions.map((r) => r.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const r of config.regions) if (r.parentCode) expect(codes).toContain(r.parentCode)
  })

  it('offers 个人 and 法人 modes with about eight entries and categories each', () => {
    expect(mode('personal')).toMatchObject({ label: '个人', audience: '市民办事' })
    expect(mode('enterprise')).toMatchObject({ label: '法人', audience: '企业办事' })
    for (const m of config.modes) {
      expect(m.quickEntries.length).toBeGreaterThanOrEqual(8)
      expect(m.categories.length).toBeGreaterThanOrEqual(8)
      for (const c of m.categories) expect(c.examples.length).toBeGreaterThan(0)
    }
  })

  it('never mixes enterprise and citizen services', () => {
    const ids = (m: ModeDto) => [...m.quickEntries, ...m.categories].flatMap((x) => [x.id, x.title])
    const personal = new Set(ids(mode('personal')))
    expect(ids(mode('enterprise')).filter((x) => personal.has(x))).toEqual([])
  })

  it('links every shortcut to a category of its own mode and uses known icons only', () => {
    for (const m of config.modes) {
      const categories = m.categories.map((c) => c.id)
      for (const e of m.quickEntries) expect(categories).toContain(e.categoryId)
      for (const x of [...m.quickEntries, ...m.categories]) expect(CONTENT_ICONS).toContain(x.icon)
    }
  })
})

describe('CORS', () => {
  it('answers a preflight from the H5 dev server and exposes Retry-After', async () => {
    const res = await mock.app.inject({
      method: 'OPTIONS',
      url: paths.smsSend,
      headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    })
    expect(res.statusCode).toBe(204)
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:10086')
    const get = await mock.app.inject({ method: 'GET', url: paths.health, headers: { origin: 'http://localhost:10086' } })
    expect(get.headers['access-control-expose-headers']).toContain('retry-after')
  })
})
