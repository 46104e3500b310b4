import { createAuthApi } from '../../../src/api/endpoints/auth'
import { createCatalogApi } from '../../../src/api/endpoints/catalog'
import { ApiError } from '../../../src/api/errors'
import { startHttpMock, type HttpMock } from './support/http-mock'

/**
 * The client's catalog endpoints against the real mock over HTTP: query strings, path parameters, optional
 * sign-in (personalised answers) and the Chinese errors the pages show.
 */
let mock: HttpMock
let token: string | null
let catalog: ReturnType<typeof createCatalogApi>
beforeAll(async () => {
  mock = await startHttpMock()
  catalog = createCatalogApi(mock.client({ getToken: () => token }))
})
afterAll(() => mock.close())
beforeEach(() => {
  token = null
})

const signIn = async (user: string) => {
  token = (await createAuthApi(mock.client()).loginWithPlatformCode({ platform: 'weapp', code: await mock.issueCode('weapp', user) })).token
}

describe('catalog endpoints over HTTP', () => {
  it('searches by pinyin initials in a district, with highlights on the name', async () => {
    const result = await catalog.search({ q: 'jhdj', region: '310101', mode: 'personal', limit: 5 })
    const first = result.hits[0]
    expect(first.item.name).toContain('结婚登记')
    expect(first.item.regionCode.startsWith('310')).toBe(true)
    const [s, e] = first.highlights[0]
    expect(first.item.name.slice(s, e)).toBe('结婚登记')
    expect(result.total).toBeGreaterThan(0)
  })

  it('finds the colloquial name and the 一件事 behind it (开饭店)', async () => {
    const result = await catalog.search({ q: '开饭店', region: '310000', limit: 20 })
    expect(result.hits.some((h) => h.item.name.startsWith('食品经营许可'))).toBe(true)
    expect(result.scenarios.map((s) => s.title)).toContain('我要开餐饮店')
  })

  it('counts hits per kind of office and filters by one, keeping the counts', async () => {
    const all = await catalog.search({ q: '护照', region: '310000', limit: 50 })
    expect(all.departments.length).toBeGreaterThan(0)
    const [top] = all.departments
    expect(top.count).toBeLessThanOrEqual(all.total)
    const only = await catalog.search({ q: '护照', region: '310000', department: top.key, limit: 50 })
    expect(only.total).toBe(top.count)
    expect(only.hits.every((h) => h.item.department.id.endsWith(`-${top.key}`))).toBe(true)
    expect(only.departments).toEqual(all.departments)
  })

  it('lists a theme page by page, and the pages add up to the total', async () => {
    const first = await catalog.listItems({ region: '310101', mode: 'personal', theme: 'p-marriage', limit: 5, offset: 0 })
    expect(first.total).toBeGreaterThan(5)
    const second = await catalog.listItems({ region: '310101', mode: 'personal', theme: 'p-marriage', limit: 5, offset: 5 })
    expect(second.offset).toBe(5)
    const ids = [...first.items, ...second.items].map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('opens a guide, counts the view, and says whether the caller subscribes', async () => {
    const [item] = (await catalog.listItems({ region: '310101', mode: 'personal', limit: 1 })).items
    const guide = await catalog.getItem(item.id)
    expect(guide.id).toBe(item.id)
    expect(guide.subscribed).toBe(false)
    expect(guide.usageCount).toBeGreaterThan(item.usageCount)
    expect(guide.materials.length).toBeGreaterThan(0)
  })

  it('subscribes, reorders and unsubscribes for the signed-in user; the home feed pins the subscriptions', async () => {
    await signIn('catalog-api')
    const items = (await catalog.listItems({ region: '310101', mode: 'personal', limit: 2 })).items
    await catalog.subscribe(items[0].id)
    const both = await catalog.subscribe(items[1].id)
    expect(both.items.map((i) => i.id)).toEqual([items[0].id, items[1].id])
    expect((await catalog.subscribe(items[1].id)).items).toHaveLength(2)
    const reordered = await catalog.reorderSubscriptions([items[1].id, items[0].id])
    expect(reordered.items.map((i) => i.id)).toEqual([items[1].id, items[0].id])
    expect((await catalog.getItem(items[0].id)).subscribed).toBe(true)
    const feed = await catalog.homeFeed('310101', 'personal')
    expect(feed.subscriptions.map((i) => i.id)).toEqual([items[1].id, items[0].id])
    expect(feed.recommendations.every((r) => !reordered.items.some((i) => i.id === r.item.id))).toBe(true)
    expect((await catalog.unsubscribe(items[0].id)).items.map((i) => i.id)).toEqual([items[1].id])
  })

  it('refuses subscriptions to a signed-out caller with a Chinese message', async () => {
    const error = await catalog.listSubscriptions().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('unauthorized')
  })

  it('serves departments, a store page and the streets of a district', async () => {
    const { departments } = await catalog.listDepartments('310101', 'personal')
    expect(departments.length).toBeGreaterThan(5)
    const store = await catalog.getDepartment(departments[0].id)
    expect(store.department.id).toBe(departments[0].id)
    expect(store.consultPhone).not.toBe(store.complaintPhone)
    const { children } = await catalog.regionChildren('310101')
    expect(children.length).toBeGreaterThanOrEqual(6)
    expect(children.every((c) => c.level === 'street' && c.parentCode === '310101')).toBe(true)
  })

  it('roams to 嘉兴: the home feed lists only cross-region items of 嘉兴', async () => {
    const feed = await catalog.homeFeed('330400', 'enterprise')
    expect(feed.roaming?.regionName).toBe('嘉兴市')
    expect(feed.roaming!.crossRegionItems.length).toBeGreaterThan(0)
    for (const item of feed.roaming!.crossRegionItems) {
      expect(item.scope).toBe('cross-region')
      expect(item.regionCode.startsWith('3304')).toBe(true)
    }
  })

  it('answers an unknown item and an unknown region with a 404 in Chinese', async () => {
    const missing = (await catalog.getItem('no-such-item').catch((e: unknown) => e)) as ApiError
    expect(missing.status).toBe(404)
    expect(missing.message).toMatch(/[\u4e00-\u9fa5]/)
    const region = (await catalog.browse('999999', 'personal').catch((e: unknown) => e)) as ApiError
    expect(region.status).toBe(404)
  })
})
