/**
 * Catalog search over the real generated catalog (~20,000 implementations), with the search route's own
 * scope and distance: the cases people actually type. Kept apart from catalog-search.test.ts so the ranking
 * tests on the fixture do not depend on the seeds.
 */
import { catalog } from '../../../mock/catalog/generate'
import { itemFilter } from '../../../mock/catalog/query'
import { createSearchIndex } from '../../../mock/catalog/search'
import { distance } from '../../../mock/catalog/seed/regions'

const HUANGPU = '310101'

describe('catalog search: the generated catalog', () => {
  // The real 实施清单 (~20,000 implementations) with the route's own scope and distance
  const items = catalog().items
  const real = createSearchIndex(items)
  const find = (q: string, region = HUANGPU, limit = 20) =>
    real.search(q, {
      accept: itemFilter({ region }),
      distance: (item) => distance(item.regionCode, region),
      usage: (item) => item.seedUsage,
      offset: 0,
      limit,
    })

  it('finds 结婚登记 first for jhdj and for 领证', () => {
    const initials = find('jhdj').hits[0]
    expect(initials.item.name).toContain('结婚登记')
    expect(initials.matchedBy).toBe('拼音首字母：jhdj')
    const start = initials.item.name.indexOf('结婚登记')
    expect(initials.highlights).toContainEqual([start, start + 4])
    const alias = find('领证').hits[0]
    expect(alias.item.name).toContain('结婚登记')
    expect(alias.matchedBy).toBe('别名：领证')
  })

  it('finds 食品经营许可 for 开饭店', () => {
    const hits = find('开饭店', HUANGPU, 100).hits
    expect(hits.some((h) => h.item.name.startsWith('食品经营许可'))).toBe(true)
  })

  it('finds 驾驶证换证 by full pinyin and by initials', () => {
    for (const q of ['jiashizheng', 'jszhz']) {
      const names = find(q, HUANGPU, 10).hits.map((h) => h.item.name)
      expect(names.some((n) => /驾驶证.*换/.test(n))).toBe(true)
    }
  })

  it('lists every 民政 item of the scope for 民政, own district first', () => {
    const inScope = items.filter(itemFilter({ region: HUANGPU }))
    const expected = inScope.filter((i) => `${i.department.name}${i.department.shortName}${i.name}${i.aliases.join('')}`.includes('民政'))
    const { hits, total } = find('民政', HUANGPU, 100)
    expect(total).toBe(expected.length)
    expect(total).toBeGreaterThan(0)
    expect(hits[0].item.department.name).toBe('黄浦区民政局')
    expect(hits.filter((h) => h.matchedBy?.startsWith('部门：')).every((h) => h.matchedBy === `部门：${h.item.department.name}` && h.highlights.length === 0)).toBe(true)
  })
})
