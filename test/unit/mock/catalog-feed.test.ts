import type { HomeFeedDto, Mode } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { homeFeed, noticesFor, type FeedInput } from '../../../mock/catalog/feed'
import type { CatalogItem } from '../../../mock/catalog/model'
import { catalogIndex, variantKeyOf } from '../../../mock/catalog/query'
import { isWithin, regionByCode } from '../../../mock/catalog/seed/regions'
import type { CatalogState } from '../../../mock/catalog/state'
import { catalogCalls, query } from './catalog-support'
import { startMock } from './support'

/**
 * 首页 as pure functions of the catalog, the state, the region, the mode and the user (mock/catalog/feed.ts),
 * then once through the route, signed out and signed in.
 */
const index = catalogIndex()
const emptyState = (): CatalogState => ({ usage: {}, subscriptions: {}, history: {} })
const feed = (region: string, mode: Mode, state = emptyState(), userId: string | null = null): HomeFeedDto =>
  homeFeed({ index, state, region: regionByCode(region)!, mode, userId } satisfies FeedInput)

const item = (id: string): CatalogItem => index.catalog.byId.get(id)!
const keys = (items: { id: string }[]) => items.map((i) => variantKeyOf(item(i.id)))
const huangpuItems = index.bySeedUsage.filter((i) => i.regionCode === '310101' && i.audiences.includes('personal'))
const MARRIAGE = '310101-000125006000-0'

describe('home feed signed out', () => {
  const home = feed('310101', 'personal')

  it('has no personal sections', () => {
    expect(home.subscriptions).toEqual([])
    expect(home.frequent).toEqual([])
  })

  it('titles the province’s hot list 全市热门 for Shanghai, one implementation per service, most used first', () => {
    expect(home.provinceHot.title).toBe('全市热门')
    expect(home.provinceHot.items.length).toBe(8)
    expect(new Set(keys(home.provinceHot.items)).size).toBe(8)
    const usage = home.provinceHot.items.map((i) => i.usageCount)
    expect(usage).toEqual([...usage].sort((a, b) => b - a))
    // A district's service is shown by the user's own district.
    for (const i of home.provinceHot.items) if (i.level === 'district') expect(i.regionCode).toBe('310101')
  })

  it('shows the district’s own hot list (黄浦热门), and none for the province itself', () => {
    expect(home.localHot?.title).toBe('黄浦热门')
    expect(home.localHot!.items.length).toBe(6)
    expect(home.localHot!.items.every((i) => isWithin(i.regionCode, '310101'))).toBe(true)
    expect(feed('310101002', 'personal').localHot?.title).toBe('黄浦热门')
    expect(feed('310000', 'personal').localHot).toBeNull()
  })

  it('lists the newest services in scope, each once', () => {
    const dates = home.newest.map((i) => i.onlineDate)
    expect(home.newest.length).toBe(6)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(new Set(keys(home.newest)).size).toBe(home.newest.length)
    expect(home.newest.every((i) => ['310000', '310101'].includes(i.regionCode) || isWithin(i.regionCode, '310101'))).toBe(true)
  })

  it('recommends by region, mode and 新上架, each with a reason', () => {
    expect(home.recommendations.length).toBe(6)
    expect(new Set(home.recommendations.map((r) => r.basis))).toEqual(new Set(['region', 'mode', 'new']))
    for (const r of home.recommendations) expect(r.reason.length).toBeGreaterThan(0)
    expect(home.recommendations.find((r) => r.basis === 'region')!.reason).toMatch(/^黄浦热门，[\d.]+万? 人在办$/)
    expect(home.recommendations.find((r) => r.basis === 'mode')!.reason).toBe('市民常办')
    expect(feed('310101', 'enterprise').recommendations.find((r) => r.basis === 'mode')!.reason).toBe('企业常办')
    expect(new Set(keys(home.recommendations.map((r) => r.item))).size).toBe(6)
  })

  it('keeps enterprise and personal services apart', () => {
    const enterprise = feed('310101', 'enterprise')
    const all = [...enterprise.provinceHot.items, ...enterprise.localHot!.items, ...enterprise.newest, ...enterprise.recommendations.map((r) => r.item)]
    expect(all.filter((i) => !i.audiences.includes('enterprise')).map((i) => i.name)).toEqual([])
  })

  it('shows the newest notices of the district and the city', () => {
    expect(home.notices).toHaveLength(3)
    expect(home.notices.every((n) => ['310101', '310000'].includes(n.regionCode))).toBe(true)
    const times = home.notices.map((n) => n.publishedAt)
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(noticesFor(regionByCode('330400')!).every((n) => n.regionCode === '330400')).toBe(true)
  })

  it('has no roaming section inside Shanghai', () => {
    expect(home.roaming).toBeNull()
  })
})

describe('home feed outside Shanghai: 嘉兴市', () => {
  const home = feed('330400', 'enterprise')

  it('titles the province’s hot list 全省热门 and roams with 嘉兴’s cross-region items only', () => {
    expect(home.provinceHot.title).toBe('全省热门')
    expect(home.provinceHot.items.every((i) => i.regionCode.startsWith('33'))).toBe(true)
    expect(home.localHot?.title).toBe('嘉兴热门')
    const roaming = home.roaming!
    expect(roaming.regionName).toBe('嘉兴市')
    expect(roaming.crossRegionItems.length).toBeGreaterThan(0)
    expect(roaming.crossRegionItems.length).toBeLessThanOrEqual(10)
    expect(roaming.crossRegionItems.filter((i) => i.scope !== 'cross-region' || !isWithin(i.regionCode, '330400')).map((i) => i.id)).toEqual([])
    const expected = index.catalog.items.filter((i) => i.scope === 'cross-region' && isWithin(i.regionCode, '330400') && i.audiences.includes('enterprise')).length
    expect(roaming.crossRegionCount).toBe(expected)
  })
})

describe('home feed signed in', () => {
  const [first, second, third] = huangpuItems.filter((i) => i.themes.length > 0).slice(3, 6)
  const state = emptyState()
  state.subscriptions.u1 = [second.id, first.id, 'gone-item', index.bySeedUsage.find((i) => i.audiences.join() === 'enterprise')!.id]
  state.history.u1 = {
    [third.id]: { views: 2, applications: 1, lastAt: 2 },
    [MARRIAGE]: { views: 5, applications: 0, lastAt: 1 },
  }
  const home = feed('310101', 'personal', state, 'u1')

  it('puts the subscriptions first in the user’s order (of this mode, known items only)', () => {
    expect(home.subscriptions.map((i) => i.id)).toEqual([second.id, first.id])
  })

  it('builds 常用服务 from the user’s own views and applications, most first', () => {
    expect(home.frequent.map((i) => i.id)).toEqual([MARRIAGE, third.id])
  })

  it('recommends with reasons from subscriptions and history, never a subscribed service', () => {
    const bases = home.recommendations.map((r) => r.basis)
    expect(bases).toContain('subscription')
    expect(bases).toContain('history')
    const bySubscription = home.recommendations.find((r) => r.basis === 'subscription')!
    expect([`因为你订阅了「${second.name}」`, `因为你订阅了「${first.name}」`]).toContain(bySubscription.reason)
    const subscribed = item(bySubscription.reason.includes(second.name) ? second.id : first.id)
    expect(item(bySubscription.item.id).themes.some((t) => subscribed.themes.includes(t))).toBe(true)
    expect(home.recommendations.find((r) => r.basis === 'history')!.reason).toBe(`因为你浏览过「${item(MARRIAGE).name}」`)
    const subscribedKeys = new Set([first, second].map(variantKeyOf))
    expect(home.recommendations.filter((r) => subscribedKeys.has(variantKeyOf(item(r.item.id)))).map((r) => r.item.name)).toEqual([])
    expect(home.recommendations.length).toBeLessThanOrEqual(6)
  })

  it('says 办理过 for a service the user applied for', () => {
    const applied = emptyState()
    applied.history.u1 = { [third.id]: { views: 1, applications: 2, lastAt: 1 } }
    const reasons = feed('310101', 'personal', applied, 'u1').recommendations.map((r) => r.reason)
    expect(reasons).toContain(`因为你办理过「${third.name}」`)
  })
})

describe('GET /catalog/home', () => {
  it('is personalised with a session: subscriptions and views show up; signed out they do not', async () => {
    const mock = startMock()
    try {
      const api = catalogCalls(mock)
      const url = `${paths.catalogHome}?${query({ region: '310101', mode: 'personal' })}`
      const alice = await mock.platformLogin('weapp', 'alice')
      await api.subscribe(huangpuItems[1].id, alice)
      await api.subscribe(huangpuItems[0].id, alice)
      await api.item(MARRIAGE, alice)
      const signedIn = await mock.call<HomeFeedDto>('GET', url, undefined, mock.bearer(alice))
      expect(signedIn.status).toBe(200)
      expect(signedIn.body.subscriptions.map((i) => i.id)).toEqual([huangpuItems[1].id, huangpuItems[0].id])
      expect(signedIn.body.frequent.map((i) => i.id)).toEqual([MARRIAGE])
      const signedOut = await mock.call<HomeFeedDto>('GET', url)
      expect(signedOut.body.subscriptions).toEqual([])
      expect(signedOut.body.frequent).toEqual([])
      expect((await mock.call('GET', `${paths.catalogHome}?${query({ region: '310199', mode: 'personal' })}`)).status).toBe(404)
    } finally {
      await mock.app.close()
    }
  })
})
