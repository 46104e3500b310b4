import type { CentreDto, CommunityDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { catalog } from '../../../mock/catalog/generate'
import { childrenOf } from '../../../mock/catalog/seed/regions'
import { MAX_ITEMS, MAX_NEARBY } from '../../../mock/community/centres'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
beforeAll(() => {
  mock = startMock()
})
afterAll(() => mock.app.close())

const community = (query: string) => mock.call<CommunityDto>('GET', `${paths.community}?${query}`)
const streetsOf = (district: string) => childrenOf(district).filter((r) => r.level === 'street')
const collator = new Intl.Collator('zh-Hans-CN')

describe('社区 of a street', () => {
  it('serves 外滩街道: its 社区事务受理服务中心, 黄浦区行政服务中心, every street centre of 黄浦, its items, the 便民服务', async () => {
    const res = await community('region=310101013')
    expect(res.status).toBe(200)
    const c = res.body
    expect(c.district).toEqual({ code: '310101', name: '黄浦区' })
    expect(c.street).toEqual({ code: '310101013', name: '外滩街道' })
    expect(c.streetCentre).toMatchObject({
      name: '外滩街道社区事务受理服务中心',
      kind: 'street',
      servesName: '外滩街道',
      regionCode: '310101013',
      distanceM: null,
      address: expect.stringMatching(/^上海市黄浦区.+号$/),
      hours: expect.stringMatching(/^周一至周五/),
      phone: expect.stringMatching(/^021-\d{8}$/),
      extraHours: expect.stringMatching(CHINESE),
    })
    // The same hall as the street's items' 办理地点 in their guides.
    const streetItem = catalog().items.find((i) => i.regionCode === '310101013')!
    expect(streetItem.locations[0]).toMatchObject({ name: c.streetCentre!.name, address: c.streetCentre!.address })
    expect(c.districtCentre).toMatchObject({ name: '黄浦区行政服务中心', kind: 'district', servesName: '黄浦区', regionCode: '310101', address: expect.stringMatching(/^上海市黄浦区/) })

    // Without a location: every street centre of the district, by name.
    expect(c.nearby).toHaveLength(streetsOf('310101').length)
    expect(c.nearby.map((n) => n.servesName)).toEqual([...c.nearby.map((n) => n.servesName)].sort(collator.compare))
    expect(c.nearby.every((n) => n.kind === 'street' && n.distanceM === null)).toBe(true)
    expect(c.nearby.find((n) => n.regionCode === '310101013')).toEqual(c.streetCentre)

    // Street-level items of that street, most used first.
    expect(c.items.length).toBeGreaterThan(0)
    expect(c.items.length).toBeLessThanOrEqual(MAX_ITEMS)
    expect(c.items.every((i) => i.level === 'street' && i.regionCode === '310101013')).toBe(true)
    const usage = c.items.map((i) => i.usageCount)
    expect([...usage].sort((a, b) => b - a)).toEqual(usage)
    // 便民服务 of the district's scope, one each.
    const names = c.convenience.map((i) => i.name)
    expect(names).toEqual(expect.arrayContaining(['外币兑换预约', '旅游电子合同查询', '水费缴纳', '电费缴纳', '燃气费缴纳']))
    expect(c.convenience.every((i) => i.type === 'convenience')).toBe(true)
    expect(new Set(names).size).toBe(names.length)
  })

  it('orders the street centres by distance from the user’s location, with distanceM', async () => {
    // Near 豫园 (黄浦区's old town)
    const c = (await community('region=310101013&lat=31.2272&lng=121.4921')).body
    const distances = c.nearby.map((n) => n.distanceM!)
    expect(distances.every((d) => Number.isInteger(d) && d >= 0)).toBe(true)
    expect([...distances].sort((a, b) => a - b)).toEqual(distances)
    expect(c.streetCentre!.distanceM).toEqual(expect.any(Number))
    expect(c.districtCentre.distanceM).toEqual(expect.any(Number))
    // From somewhere else the order changes: it really is by distance.
    const far = (await community('region=310101013&lat=31.2050&lng=121.4700')).body
    expect(far.nearby.map((n) => n.id)).not.toEqual(c.nearby.map((n) => n.id))
    expect(far.nearby[0].distanceM!).toBeLessThanOrEqual(far.nearby[1].distanceM!)
    // One coordinate alone is no location.
    expect((await community('region=310101013&lat=31.2272')).body.nearby.every((n: CentreDto) => n.distanceM === null)).toBe(true)
  })

  it('is deterministic', async () => {
    expect((await community('region=310101013')).body).toEqual((await community('region=310101013')).body)
  })
})

describe('社区 of a district', () => {
  it('has no street, every street centre, each street-level service once', async () => {
    const c = (await community('region=310104')).body
    expect(c.street).toBeNull()
    expect(c.streetCentre).toBeNull()
    expect(c.districtCentre.name).toBe('徐汇区行政服务中心')
    expect(c.nearby).toHaveLength(streetsOf('310104').length)
    expect(c.items.every((i) => i.level === 'street' && i.regionCode.startsWith('310104'))).toBe(true)
    expect(new Set(c.items.map((i) => i.baseCode)).size).toBe(c.items.length)
  })

  it('lists at most 30 centres in a district with more streets (浦东新区)', async () => {
    expect(streetsOf('310115').length).toBeGreaterThan(MAX_NEARBY)
    expect((await community('region=310115')).body.nearby).toHaveLength(MAX_NEARBY)
    const near = (await community('region=310115&lat=31.2215&lng=121.5447')).body.nearby
    expect(near).toHaveLength(MAX_NEARBY)
  })

  it('works for a G60 city’s district and street (南湖区)', async () => {
    const district = (await community('region=330402')).body
    expect(district.district).toEqual({ code: '330402', name: '南湖区' })
    expect(district.nearby).toHaveLength(streetsOf('330402').length)
    expect(district.nearby[0].phone).toMatch(/^0573-\d{8}$/)
    const street = (await community(`region=${streetsOf('330402')[0].code}`)).body
    expect(street.streetCentre?.name).toBe(`${streetsOf('330402')[0].name}社区事务受理服务中心`)
    expect(street.convenience.find((i) => i.name === '水费缴纳')?.regionCode).toBe('330400')
    expect(street.convenience.every((i) => i.type === 'convenience' && ['330400', '330402'].includes(i.regionCode))).toBe(true)
  })
})

describe('社区: regions it cannot serve', () => {
  it('asks for a district or street above that level (400 REGION_NOT_LOCAL) and knows no unknown code (404)', async () => {
    for (const region of ['310000', '330400', '330000']) {
      const res = await community(`region=${region}`)
      expect({ region, status: res.status, body: res.body }).toEqual({ region, status: 400, body: { code: 'REGION_NOT_LOCAL', message: '请先选择所在的区或街道' } })
    }
    const unknown = await community('region=310199')
    expect({ status: unknown.status, code: mock.error(unknown).code }).toEqual({ status: 404, code: 'REGION_NOT_FOUND' })
    for (const query of ['', 'region=3101', 'region=310101&lat=91&lng=121', 'region=310101&lat=x&lng=1']) {
      const res = await community(query)
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
      expect(mock.error(res).message).toMatch(CHINESE)
    }
  })
})
