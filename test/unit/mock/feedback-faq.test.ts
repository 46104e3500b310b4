import type { FaqSuggestionListDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { toRichNodes } from '../../../src/domain/rich-text'
import { catalog } from '../../../mock/catalog/generate'
import { isInScope } from '../../../mock/catalog/seed/regions'
import { regionFaqEntries } from '../../../mock/feedback/faq'
import { CHINESE, startMock, type Mock } from './support'

const MARRIAGE_HUANGPU = '310101-000125006000-0'

let mock: Mock
beforeAll(() => {
  mock = startMock()
})
afterAll(() => mock.app.close())

const suggest = (params: Record<string, string>) =>
  mock.call<FaqSuggestionListDto>('GET', `${paths.faqSuggestions}?${new URLSearchParams(params).toString()}`)

describe('常见问题 suggestions', () => {
  it('finds 结婚登记’s materials first for 「结婚登记要带什么材料」, by the implementation of the user’s district', async () => {
    const res = await suggest({ q: '结婚登记要带什么材料', region: '310101' })
    expect(res.status).toBe(200)
    const [first, ...rest] = res.body.suggestions
    expect(first.item).toEqual({ id: MARRIAGE_HUANGPU, name: '内地居民结婚登记' })
    expect(first.question).toBe('内地居民结婚登记需要准备哪些材料？')
    // The answer is the guide's material list, in the catalog's rich-text subset.
    expect(first.answer).toContain('<li>居民身份证')
    expect(toRichNodes(first.answer).length).toBeGreaterThan(0)
    expect(rest.length).toBeGreaterThan(0)
    for (const s of res.body.suggestions) {
      expect(s.score).toBeGreaterThan(0)
      expect(s.score).toBeLessThanOrEqual(first.score)
    }
  })

  it('suggests only the FAQ of items in the region’s scope, each base item once', async () => {
    const res = await suggest({ q: '社保卡丢了怎么办', region: '310104', limit: '10' })
    expect(res.body.suggestions.length).toBeGreaterThan(0)
    expect(res.body.suggestions[0].question).toContain('社保卡')
    for (const s of res.body.suggestions) expect(isInScope(catalog().byId.get(s.item.id)!.regionCode, '310104')).toBe(true)
    const entries = regionFaqEntries('310104')
    const keys = entries.map((e) => `${catalog().byId.get(e.item.id)!.baseCode} ${e.question}`)
    expect(new Set(keys).size).toBe(keys.length)
    // The array is kept, so the matcher's index is built once per region.
    expect(regionFaqEntries('310104')).toBe(entries)
  })

  it('understands the catalog’s aliases (领证 → 结婚登记)', async () => {
    const res = await suggest({ q: '领证要带什么', region: '310101' })
    expect(res.body.suggestions[0].item.id).toBe(MARRIAGE_HUANGPU)
  })

  it('matches one item’s FAQ only with `item`', async () => {
    const res = await suggest({ q: '节假日可以办吗', region: '310101', item: MARRIAGE_HUANGPU })
    expect(res.body.suggestions.length).toBeGreaterThan(0)
    expect(res.body.suggestions.every((s) => s.item.id === MARRIAGE_HUANGPU)).toBe(true)
    expect(res.body.suggestions[0].question).toBe('节假日可以办理吗？')
  })

  it('honours the limit and answers nothing for gibberish or a single character', async () => {
    expect((await suggest({ q: '营业执照', region: '310101', limit: '2' })).body.suggestions).toHaveLength(2)
    expect((await suggest({ q: '营业执照', region: '310101' })).body.suggestions).toHaveLength(5)
    expect((await suggest({ q: '阿斯顿发生', region: '310101' })).body.suggestions).toEqual([])
    expect((await suggest({ q: '婚', region: '310101' })).body.suggestions).toEqual([])
    expect((await suggest({ q: '   ', region: '310101' })).body.suggestions).toEqual([])
  })

  it('refuses an unknown item or region (404) and bad parameters (400), in Chinese', async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ q: '材料', region: '310101', item: '310101-999999999999-0' }, 404, 'ITEM_NOT_FOUND'],
      [{ q: '材料', region: '310199' }, 404, 'REGION_NOT_FOUND'],
      [{ region: '310101' }, 400, 'VALIDATION_FAILED'],
      [{ q: '材料', region: '310101', limit: '11' }, 400, 'VALIDATION_FAILED'],
      [{ q: '材料', region: 'shanghai' }, 400, 'VALIDATION_FAILED'],
      [{ q: '材料', region: '310101', extra: '1' }, 400, 'VALIDATION_FAILED'],
    ]
    for (const [params, status, code] of cases) {
      const res = await suggest(params)
      expect({ params, status: res.status, code: mock.error(res).code }).toEqual({ params, status, code })
      expect(mock.error(res).message).toMatch(CHINESE)
    }
    expect(mock.error(await suggest({ region: '310101' })).fields).toEqual({ q: '请填写搜索词' })
  })
})
