import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Value } from '@sinclair/typebox/value'
import {
  BrowseDto,
  DepartmentListDto,
  ErrorBody,
  type ItemSummaryDto,
  type RegionChildrenDto,
  type SearchResultDto,
} from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { catalog } from '../../../mock/catalog/generate'
import { MAX_SUBSCRIPTIONS } from '../../../mock/catalog/state'
import { allPages, catalogCalls, query, withParam } from './catalog-support'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
let api: ReturnType<typeof catalogCalls>
beforeEach(() => {
  mock = startMock()
  api = catalogCalls(mock)
})
afterEach(() => mock.app.close())

/** 黄浦区 sees 上海市's offices, its own and its streets' (310101xxx), never another district's. */
const inHuangpuScope = (code: string) => code === '310000' || code === '310101' || (code.length === 9 && code.startsWith('310101'))
const ids = (items: { id: string }[]) => items.map((i) => i.id)
const HUANGPU_MARRIAGE = '310101-000125006000-0'

describe('GET /catalog/items: scope, filters, paging, sorting', () => {
  it('lists the city’s, the district’s own and its streets’ implementations for a district, and nothing else', async () => {
    const { total, items } = await allPages(api.list, { region: '310101' })
    expect(items).toHaveLength(total)
    expect(items.filter((i) => !inHuangpuScope(i.regionCode)).map((i) => i.id)).toEqual([])
    const kinds = new Set(items.map((i) => (i.regionCode === '310000' ? 'city' : i.regionCode === '310101' ? 'district' : 'street')))
    expect([...kinds].sort()).toEqual(['city', 'district', 'street'])
    expect(total).toBe(catalog().items.filter((i) => inHuangpuScope(i.regionCode)).length)
  })

  it('lists a street with its district and the city, and 上海市 with every district and street', async () => {
    const street = await allPages(api.list, { region: '310101002' })
    expect(street.items.every((i) => ['310000', '310101', '310101002'].includes(i.regionCode))).toBe(true)
    const city = await api.list({ region: '310000' })
    expect(city.body.total).toBe(catalog().items.filter((i) => i.regionCode.startsWith('31')).length)
  })

  it.each([
    ['mode=enterprise', { mode: 'enterprise' }, (i: ItemSummaryDto) => i.audiences.includes('enterprise')],
    ['level=street', { level: 'street' }, (i: ItemSummaryDto) => i.level === 'street'],
    ['department', { department: '310101-civil-affairs' }, (i: ItemSummaryDto) => i.department.id === '310101-civil-affairs'],
    ['fullyOnline', { fullyOnline: true }, (i: ItemSummaryDto) => i.onlineDepth === 4],
    ['zeroVisit', { zeroVisit: true }, (i: ItemSummaryDto) => i.visits === 0],
    ['crossRegion', { crossRegion: true }, (i: ItemSummaryDto) => i.scope === 'cross-region'],
  ])('filters by %s', async (_name, filter, holds) => {
    const all = await api.list({ region: '310101', limit: 1 })
    const { total, items } = await allPages(api.list, { region: '310101', ...filter })
    expect(total).toBeGreaterThan(0)
    expect(total).toBeLessThan(all.body.total)
    expect(items.filter((i) => !holds(i)).map((i) => i.id)).toEqual([])
  })

  it('filters by theme', async () => {
    const { items, total } = await allPages(api.list, { region: '310101', theme: 'p-marriage' })
    expect(total).toBeGreaterThan(0)
    expect(items.every((i) => catalog().byId.get(i.id)!.themes.includes('p-marriage'))).toBe(true)
  })

  it('pages with a stable total: 20 by default, then disjoint pages, then nothing past the end', async () => {
    const first = await api.list({ region: '310104' })
    expect(first.body.items).toHaveLength(20)
    expect(first.body.offset).toBe(0)
    const a = await api.list({ region: '310104', limit: 7, offset: 0 })
    const b = await api.list({ region: '310104', limit: 7, offset: 7 })
    expect(a.body.total).toBe(first.body.total)
    expect(b.body.total).toBe(first.body.total)
    expect(b.body.offset).toBe(7)
    expect(ids(a.body.items).filter((id) => ids(b.body.items).includes(id))).toEqual([])
    expect(ids(a.body.items)).toEqual(ids(first.body.items).slice(0, 7))
    const past = await api.list({ region: '310104', offset: first.body.total })
    expect(past.body.items).toEqual([])
    expect(past.body.total).toBe(first.body.total)
  })

  it('sorts by 热度 by default, by 上线日期 for newest and by 拼音 for name', async () => {
    const popular = (await api.list({ region: '310105', limit: 100 })).body.items.map((i) => i.usageCount)
    expect(popular).toEqual([...popular].sort((x, y) => y - x))
    const newest = (await api.list({ region: '310105', sort: 'newest', limit: 100 })).body.items.map((i) => i.onlineDate)
    expect(newest).toEqual([...newest].sort().reverse())
    expect(newest[0] > newest[newest.length - 1]).toBe(true)
    const names = (await api.list({ region: '310105', sort: 'name', limit: 100 })).body.items.map((i) => i.name)
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'zh-Hans-CN')))
  })

  it('answers 404 REGION_NOT_FOUND in Chinese for a region it does not know', async () => {
    const res = await api.list({ region: '999999' })
    expect(res.status).toBe(404)
    expect(mock.error(res)).toMatchObject({ code: 'REGION_NOT_FOUND' })
    expect(mock.error(res).message).toMatch(CHINESE)
  })
})

describe('GET /catalog/items/:id', () => {
  it('answers 404 ITEM_NOT_FOUND in Chinese for an unknown id', async () => {
    const res = await api.item('310101-999999999999-0')
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'ITEM_NOT_FOUND', message: expect.stringMatching(CHINESE) })
  })

  it('counts every view in usageCount and serves the full guide', async () => {
    const first = await api.item(HUANGPU_MARRIAGE)
    const second = await api.item(HUANGPU_MARRIAGE)
    expect(first.status).toBe(200)
    expect(second.body.usageCount).toBe(first.body.usageCount + 1)
    expect(first.body).toMatchObject({ name: '内地居民结婚登记', regionName: '黄浦区', department: { name: '黄浦区民政局' }, subscribed: false })
    expect(first.body.consultPhone).toMatch(/^021-\d{8}$/)
    expect(first.body.locations[0].address).toContain('上海市黄浦区')
    const listed = (await api.list({ region: '310101', department: '310101-civil-affairs', limit: 100 })).body.items.find((i) => i.id === HUANGPU_MARRIAGE)
    expect(listed?.usageCount).toBe(second.body.usageCount)
  })

  it('sets subscribed for the signed-in subscriber only; a bad token is signed out, not an error', async () => {
    const alice = await mock.platformLogin('weapp', 'alice')
    const bob = await mock.platformLogin('weapp', 'bob')
    await api.subscribe(HUANGPU_MARRIAGE, alice)
    expect((await api.item(HUANGPU_MARRIAGE, alice)).body.subscribed).toBe(true)
    expect((await api.item(HUANGPU_MARRIAGE, bob)).body.subscribed).toBe(false)
    const stale = await mock.call('GET', withParam(paths.catalogItem, HUANGPU_MARRIAGE), undefined, { authorization: `Bearer ${'x'.repeat(43)}` })
    expect(stale.status).toBe(200)
    expect((stale.body as { subscribed: boolean }).subscribed).toBe(false)
  })
})

describe('GET /catalog/browse', () => {
  it('counts per 主题 of the mode and per 层级, adding up to the list total', async () => {
    const res = await mock.call<BrowseDto>('GET', `${paths.catalogBrowse}?${query({ region: '310101', mode: 'personal' })}`)
    expect(res.status).toBe(200)
    expect(Value.Check(BrowseDto, res.body)).toBe(true)
    const list = await api.list({ region: '310101', mode: 'personal', limit: 1 })
    expect(res.body.total).toBe(list.body.total)
    expect(res.body.levels.reduce((n, l) => n + l.count, 0)).toBe(res.body.total)
    expect(res.body.themes.map((t) => t.id)).toContain('p-marriage')
    expect(res.body.themes.every((t) => t.id.startsWith('p-'))).toBe(true)
    const marriage = await api.list({ region: '310101', mode: 'personal', theme: 'p-marriage', limit: 1 })
    expect(res.body.themes.find((t) => t.id === 'p-marriage')!.count).toBe(marriage.body.total)
    const cross = await api.list({ region: '310101', mode: 'personal', crossRegion: true, limit: 1 })
    expect(res.body.crossRegionCount).toBe(cross.body.total)
  })
})

describe('departments and their stores', () => {
  it('lists the district’s offices and the city’s, with counts for the mode', async () => {
    const res = await mock.call<DepartmentListDto>('GET', `${paths.departments}?${query({ region: '310101' })}`)
    expect(res.status).toBe(200)
    const regions = new Set(res.body.departments.map((d) => d.regionCode))
    expect([...regions].sort()).toEqual(['310000', '310101'])
    expect(res.body.departments[0].level).toBe('city')
    const enterprise = await mock.call<DepartmentListDto>('GET', `${paths.departments}?${query({ region: '310101', mode: 'enterprise' })}`)
    const civil = (list: DepartmentListDto) => list.departments.find((d) => d.id === '310101-civil-affairs')?.itemCount ?? 0
    expect(civil(res.body)).toBeGreaterThan(0)
    expect(civil(enterprise.body)).toBeLessThan(civil(res.body))
    for (const d of enterprise.body.departments) expect(d.itemCount).toBeGreaterThan(0)
  })

  it('opens a store: its items grouped by 主题, the most used first', async () => {
    const res = await api.store('310101-civil-affairs')
    expect(res.status).toBe(200)
    const store = res.body
    expect(store.department).toMatchObject({ name: '黄浦区民政局', regionCode: '310101' })
    expect(store.introduction).toContain('黄浦区民政局')
    expect(store.consultPhone).not.toBe(store.complaintPhone)
    const grouped = store.groups.flatMap((g) => g.items)
    expect(grouped).toHaveLength(store.department.itemCount)
    expect(grouped.every((i) => i.department.id === '310101-civil-affairs')).toBe(true)
    expect(store.groups.map((g) => g.title)).toContain('婚姻登记')
    expect(store.hotItems.length).toBeLessThanOrEqual(5)
    const usage = store.hotItems.map((i) => i.usageCount)
    expect(usage).toEqual([...usage].sort((x, y) => y - x))
    expect(usage[0]).toBe(Math.max(...grouped.map((i) => i.usageCount)))
  })

  it('answers 404 DEPARTMENT_NOT_FOUND in Chinese', async () => {
    const res = await api.store('310101-nothing')
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'DEPARTMENT_NOT_FOUND', message: expect.stringMatching(CHINESE) })
  })
})

describe('GET /regions/:code/children', () => {
  const children = (code: string) => mock.call<RegionChildrenDto>('GET', withParam(paths.regionChildren, code))

  it('lists the streets of 黄浦区 and the districts of 嘉兴市', async () => {
    const huangpu = await children('310101')
    expect(huangpu.body.parent.name).toBe('黄浦区')
    expect(huangpu.body.children.length).toBeGreaterThanOrEqual(6)
    expect(huangpu.body.children.every((c) => c.level === 'street' && c.parentCode === '310101' && /^310101\d{3}$/.test(c.code))).toBe(true)
    expect(huangpu.body.children).toContainEqual(expect.objectContaining({ code: '310101002', name: '南京东路街道', shortName: '南京东路' }))
    const jiaxing = await children('330400')
    expect(jiaxing.body.children.map((c) => c.name)).toEqual(expect.arrayContaining(['南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市']))
    expect(jiaxing.body.children.find((c) => c.code === '330402')).toMatchObject({ level: 'district', parentCode: '330400', shortName: '南湖' })
    expect((await children('330402')).body.children.length).toBeGreaterThanOrEqual(2)
    expect((await children('310101002')).body.children).toEqual([])
  })

  it('answers 404 REGION_NOT_FOUND for an unknown code', async () => {
    const res = await children('310199')
    expect(res.status).toBe(404)
    expect(mock.error(res).code).toBe('REGION_NOT_FOUND')
  })
})

describe('GET /catalog/search', () => {
  it('finds items in the caller’s scope and suggests hot items when nothing matches', async () => {
    const hit = await mock.call<SearchResultDto>('GET', `${paths.catalogSearch}?${query({ region: '310101', q: '结婚' })}`)
    expect(hit.status).toBe(200)
    expect(hit.body.total).toBeGreaterThan(0)
    expect(hit.body.hits.every((h) => inHuangpuScope(h.item.regionCode))).toBe(true)
    expect(hit.body.hits[0].item.regionCode).toBe('310101')
    expect(hit.body.suggestions).toEqual([])
    const none = await mock.call<SearchResultDto>('GET', `${paths.catalogSearch}?${query({ region: '310101', q: 'qqqqxxxx', mode: 'personal' })}`)
    expect(none.body).toMatchObject({ total: 0, hits: [] })
    expect(none.body.suggestions.length).toBeGreaterThan(0)
    expect(none.body.suggestions.length).toBeLessThanOrEqual(5)
    expect(none.body.tookMs).toBeGreaterThanOrEqual(0)
  })
})

describe('我的订阅', () => {
  const some = catalog().items.filter((i) => i.regionCode === '310101').slice(0, MAX_SUBSCRIPTIONS + 1).map((i) => i.id)

  it('needs a session (401 in Chinese)', async () => {
    for (const res of [await api.subscriptions(), await api.subscribe(some[0]), await api.unsubscribe(some[0]), await api.reorder([])]) {
      expect(res.status).toBe(401)
      expect(mock.error(res).message).toMatch(CHINESE)
    }
  })

  it('adds to the end, ignores a repeat, removes, and keeps each user’s own list', async () => {
    const alice = await mock.platformLogin('weapp', 'alice')
    const bob = await mock.platformLogin('weapp', 'bob')
    expect((await api.subscriptions(alice)).body).toEqual({ items: [], max: MAX_SUBSCRIPTIONS })
    await api.subscribe(some[0], alice)
    await api.subscribe(some[1], alice)
    const again = await api.subscribe(some[0], alice)
    expect(again.status).toBe(200)
    expect(ids(again.body.items)).toEqual([some[0], some[1]])
    expect((await api.subscriptions(bob)).body.items).toEqual([])
    const removed = await api.unsubscribe(some[0], alice)
    expect(ids(removed.body.items)).toEqual([some[1]])
    expect(ids((await api.unsubscribe(some[0], alice)).body.items)).toEqual([some[1]])
    expect((await api.subscribe('310101-999999999999-0', alice)).status).toBe(404)
  })

  it('reorders only the same set: 422 ORDER_MISMATCH otherwise', async () => {
    const alice = await mock.platformLogin('weapp', 'alice')
    for (const id of some.slice(0, 3)) await api.subscribe(id, alice)
    const reordered = await api.reorder([some[2], some[0], some[1]], alice)
    expect(reordered.status).toBe(200)
    expect(ids(reordered.body.items)).toEqual([some[2], some[0], some[1]])
    expect(ids((await api.subscriptions(alice)).body.items)).toEqual([some[2], some[0], some[1]])
    for (const wrong of [[some[0], some[1]], [some[0], some[1], some[3]], [some[0], some[1], some[2], some[3]]]) {
      const res = await api.reorder(wrong, alice)
      expect(res.status).toBe(422)
      expect(mock.error(res)).toEqual({ code: 'ORDER_MISMATCH', message: expect.stringMatching(CHINESE) })
    }
  })

  it(`stops at ${MAX_SUBSCRIPTIONS} with 409 SUBSCRIPTION_LIMIT`, async () => {
    const alice = await mock.platformLogin('weapp', 'alice')
    for (const id of some.slice(0, MAX_SUBSCRIPTIONS)) expect((await api.subscribe(id, alice)).status).toBe(200)
    const over = await api.subscribe(some[MAX_SUBSCRIPTIONS], alice)
    expect(over.status).toBe(409)
    expect(mock.error(over)).toEqual({ code: 'SUBSCRIPTION_LIMIT', message: expect.stringMatching(CHINESE) })
    expect((await api.subscribe(some[0], alice)).status).toBe(200)
  })

  it('survives a restart with MOCK_PERSIST', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-catalog-'))
    try {
      const first = startMock({ persistPath: join(dir, 'state.json') })
      const alice = await first.platformLogin('weapp', 'alice')
      await catalogCalls(first).subscribe(some[0], alice)
      await first.app.close()
      const second = startMock({ persistPath: join(dir, 'state.json') })
      expect(ids((await catalogCalls(second).subscriptions(alice)).body.items)).toEqual([some[0]])
      await second.app.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('malformed input is a 400 in Chinese, never a 500', () => {
  it.each([
    ['a malformed region', `${paths.catalogItems}?region=abc`],
    ['no region', `${paths.catalogItems}?mode=personal`],
    ['limit 0', `${paths.catalogItems}?region=310101&limit=0`],
    ['limit over 100', `${paths.catalogItems}?region=310101&limit=101`],
    ['a negative offset', `${paths.catalogItems}?region=310101&offset=-1`],
    ['a word for the limit', `${paths.catalogItems}?region=310101&limit=ten`],
    ['an unknown sort', `${paths.catalogItems}?region=310101&sort=random`],
    ['an unknown mode', `${paths.catalogItems}?region=310101&mode=both`],
    ['a non-boolean filter', `${paths.catalogItems}?region=310101&fullyOnline=maybe`],
    ['an unknown parameter', `${paths.catalogItems}?region=310101&admin=1`],
    ['a repeated region', `${paths.catalogItems}?region=310101&region=310104`],
    ['browse without a mode', `${paths.catalogBrowse}?region=310101`],
    ['search without a query', `${paths.catalogSearch}?region=310101`],
    ['search with a query over 40 characters', `${paths.catalogSearch}?region=310101&q=${'办'.repeat(41)}`],
    ['an item id with symbols', withParam(paths.catalogItem, 'a_b')],
    ['a region code with letters', withParam(paths.regionChildren, '31010x')],
  ])('%s', async (_name, url) => {
    const res = await mock.call('GET', url)
    expect(res.status).toBe(400)
    expect(Value.Check(ErrorBody, res.body)).toBe(true)
    expect(mock.error(res).message).toMatch(CHINESE)
  })

  it('rejects a reorder body that is not a list of ids', async () => {
    const alice = await mock.platformLogin('weapp', 'alice')
    for (const body of [{ itemIds: 'x' }, { itemIds: ['a', 'a'] }, { ids: [] }]) {
      const res = await mock.call('PUT', paths.subscriptions, body, mock.bearer(alice))
      expect(res.status).toBe(400)
      expect(mock.error(res).message).toMatch(CHINESE)
    }
  })
})
