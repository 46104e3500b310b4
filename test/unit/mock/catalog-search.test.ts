/**
 * Catalog search on a small hand-built fixture (ranking, matching, paging) and the 一件事 scenarios; the
 * generated catalog has its own file (catalog-search-catalog.test.ts).
 */
import { createSearchIndex } from '../../../mock/catalog/search'
import { fullPinyinOf, initialsOf, normaliseQuery } from '../../../mock/catalog/search-text'
import { matchScenarios, scenarioSeeds } from '../../../mock/catalog/seed/scenarios'
import { fixture, scopeOf } from './catalog-search-fixture'

const index = createSearchIndex(fixture)
const HUANGPU = '310101'
const XUHUI = '310104'
const SHANGHAI = '310000'

const search = (q: string, region = HUANGPU, extra: Parameters<typeof scopeOf>[1] = {}) => index.search(q, scopeOf(region, extra))
const names = (q: string, region?: string) => search(q, region).hits.map((h) => h.item.name)

describe('catalog search: ranking', () => {
  it('ranks the exact name (variant ignored) before a prefix, and a prefix before contains, whatever the usage', () => {
    const { hits, total } = search('食品经营许可')
    expect(total).toBe(4)
    expect(hits.map((h) => h.item.name)).toEqual([
      '食品经营许可（新办）', // exact, ignoring （新办）; more used than （变更）
      '食品经营许可（变更）',
      '食品经营许可证补办', // prefix
      '集体用餐配送单位食品经营许可', // contains, though used the most
    ])
    expect(hits[0]).toMatchObject({ highlights: [[0, 6]], matchedBy: null })
    expect(hits[3].highlights).toEqual([[8, 14]])
  })

  it('finds the marriage registration by its colloquial alias 领证, matched by 别名', () => {
    const { hits } = search('领证')
    expect(hits[0].item.name).toBe('内地居民结婚登记')
    expect(hits[0]).toMatchObject({ highlights: [], matchedBy: '别名：领证' })
  })

  it('finds items by full pinyin and highlights the characters it spells', () => {
    const { hits } = search('jiehundengji')
    expect(hits[0].item.name).toBe('内地居民结婚登记')
    expect(hits[0]).toMatchObject({ highlights: [[4, 8]], matchedBy: '拼音：jiehundengji' })
    expect(search('jiehun').hits[0].item.name).toBe('内地居民结婚登记')
    expect(search('jie hun deng ji').hits[0].item.name).toBe('内地居民结婚登记')
  })

  it('finds items by pinyin initials (jhdj → 内地居民结婚登记 through its alias 结婚登记), highlighting 结婚登记', () => {
    const { hits } = search('jhdj')
    expect(hits[0].item.name).toBe('内地居民结婚登记')
    expect(hits[0].item.regionCode).toBe(HUANGPU)
    expect(hits[0]).toMatchObject({ highlights: [[4, 8]], matchedBy: '拼音首字母：jhdj' })
    expect(names('jszhz')[0]).toBe('机动车驾驶证换证')
    expect(names('JSZHZ')[0]).toBe('机动车驾驶证换证')
  })

  it('reads 多音字 in context and also by their other readings', () => {
    expect(fullPinyinOf('银行')).toBe('yinhang')
    expect(fullPinyinOf('行政')).toBe('xingzheng')
    expect(fullPinyinOf('重庆')).toBe('chongqing')
    expect(fullPinyinOf('长宁')).toBe('changning')
    expect(initialsOf('长三角')).toBe('csj')
    expect(names('yinhang')).toEqual(['银行卡绑定公积金账户'])
    expect(names('xingzheng')).toEqual(['行政复议申请'])
    // pinyin-pro reads 还款 as hai kuan; huan is kept as another reading
    expect(search('huankuan').hits[0]).toMatchObject({ item: { name: '住房公积金贷款提前还款' }, matchedBy: '拼音：huankuan' })
  })

  it('lists a department’s items for its name or short name, saying so in matchedBy', () => {
    const { hits, total } = search('民政')
    expect(total).toBe(5) // 黄浦区民政局 and 上海市民政局; not 徐汇区's
    expect(new Set(hits.map((h) => h.item.department.shortName))).toEqual(new Set(['民政']))
    expect(hits.every((h) => h.highlights.length === 0 && h.matchedBy === `部门：${h.item.department.name}`)).toBe(true)
    expect(hits[0].matchedBy).toBe('部门：黄浦区民政局') // the caller's own district first
    expect(search('黄浦区民政局').total).toBe(3)
  })

  it('requires every term of a multi-term query to match', () => {
    const hits = search('食品 许可').hits
    expect(hits.map((h) => h.item.name).sort()).toEqual(
      ['食品经营许可（新办）', '食品经营许可（变更）', '食品经营许可证补办', '集体用餐配送单位食品经营许可', '食品生产许可'].sort(),
    )
    expect(hits.find((h) => h.item.name === '食品生产许可')!.highlights).toEqual([
      [0, 2],
      [4, 6],
    ])
    // a term may match the department: only 黄浦区's marriage registration
    expect(search('黄浦 结婚', SHANGHAI).hits.map((h) => h.item.id)).toEqual([fixture[0].id])
    expect(search('食品 驾驶证').total).toBe(0)
  })

  it('puts the caller’s own district’s implementation before another district’s', () => {
    const scope = (region: string) => ({ accept: () => true, distance: (it: (typeof fixture)[number]) => (it.regionCode === region ? 0 : 1) })
    expect(search('结婚登记', SHANGHAI, scope(HUANGPU)).hits.map((h) => h.item.regionCode)).toEqual([HUANGPU, XUHUI])
    expect(search('结婚登记', SHANGHAI, scope(XUHUI)).hits.map((h) => h.item.regionCode)).toEqual([XUHUI, HUANGPU])
    // same distance: more used first (徐汇区's is used more)
    expect(search('结婚登记', SHANGHAI, { accept: () => true, distance: () => 0 }).hits[0].item.regionCode).toBe(XUHUI)
  })

  it('counts and returns only accepted items', () => {
    expect(search('结婚登记', HUANGPU).hits.map((h) => h.item.regionCode)).toEqual([HUANGPU])
    const enterprise = search('许可', SHANGHAI, { accept: (it) => it.audiences.includes('enterprise') })
    expect(enterprise.total).toBe(6)
    expect(search('许可', SHANGHAI, { accept: (it) => it.audiences.includes('personal') }).total).toBe(0)
  })

  it('pages with offset and limit, total counting every match', () => {
    const all = search('许可', SHANGHAI, { limit: 100 })
    expect(all.total).toBe(all.hits.length)
    const page = (offset: number) => search('许可', SHANGHAI, { offset, limit: 2 })
    expect(page(0).hits.map((h) => h.item.id)).toEqual(all.hits.slice(0, 2).map((h) => h.item.id))
    expect(page(2).hits.map((h) => h.item.id)).toEqual(all.hits.slice(2, 4).map((h) => h.item.id))
    expect(page(2).total).toBe(all.total)
    expect(page(all.total).hits).toEqual([])
  })

  it('answers nothing for a miss, and survives any input', () => {
    expect(search('火星移民')).toEqual({ hits: [], total: 0 })
    expect(search('xyzq')).toEqual({ hits: [], total: 0 })
    expect(search('   ').total).toBe(0)
    expect(search('！？。，').total).toBe(0)
    expect(search('结'.repeat(500)).total).toBe(0)
    expect(search('ｊｈｄｊ').hits[0].item.name).toBe('内地居民结婚登记') // full-width letters
    expect(search(' 领证！').hits[0].item.name).toBe('内地居民结婚登记')
  })

  it('normalises queries: trim, full-width, case, punctuation as separators, at most 40 characters', () => {
    expect(normaliseQuery('  ＪＨＤＪ ')).toEqual({ terms: ['jhdj'], compact: 'jhdj' })
    expect(normaliseQuery('食品，许可')).toEqual({ terms: ['食品', '许可'], compact: '食品许可' })
    expect(normaliseQuery("xi'an")).toEqual({ terms: ['xi', 'an'], compact: 'xian' })
    expect(Array.from(normaliseQuery('好'.repeat(100)).compact)).toHaveLength(40)
  })
})

describe('catalog search: 一件事 scenarios', () => {
  const ids = (q: string, mode?: 'personal' | 'enterprise') => matchScenarios(q, mode).map((s) => s.id)

  it('has the eight scenarios, with kebab-case ids and one-sentence summaries', () => {
    expect(scenarioSeeds.length).toBeGreaterThanOrEqual(8)
    for (const s of scenarioSeeds) {
      expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(s.summary).toMatch(/^[^。]+。$/)
    }
    expect(new Set(scenarioSeeds.map((s) => s.id)).size).toBe(scenarioSeeds.length)
  })

  it('matches keywords and titles', () => {
    expect(ids('开饭店')).toEqual(['my-restaurant'])
    expect(matchScenarios('结婚')[0]).toMatchObject({ title: '我要结婚', mode: 'personal' })
    expect(matchScenarios('生孩子')[0].title).toBe('新生儿出生一件事')
    expect(ids('我想开饭店')).toEqual(['my-restaurant'])
    expect(ids('kfd')).toEqual(['my-restaurant'])
    expect(ids('jiehun')).toEqual(['getting-married'])
    expect(ids('火星')).toEqual([])
  })

  it('filters by mode', () => {
    expect(ids('开饭店', 'personal')).toEqual([])
    expect(ids('开饭店', 'enterprise')).toEqual(['my-restaurant'])
    expect(ids('一件事', 'enterprise')).toEqual(['company-setup', 'company-change'])
    expect(matchScenarios('一件事', 'personal').every((s) => s.mode === 'personal')).toBe(true)
  })
})
