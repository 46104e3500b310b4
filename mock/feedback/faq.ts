import type { FaqSuggestionListDto, FaqSuggestQuery, MaterialDto } from '../../src/api/contract'
import { faqIndex, type FaqEntry } from '../../src/domain/faq'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex, itemFilter, lruCache } from '../catalog/query'
import { distance, regionByCode } from '../catalog/seed/regions'
import { httpError, messages } from '../http/errors'

/**
 * 常见问题 suggestions: the FAQ of the items a user of the region sees (the region, its parents and its
 * sub-regions, as lists and search scope them), one implementation per base item (the nearest), matched by
 * src/domain/faq.ts. Besides the guide's own FAQ each item answers the question everyone asks first, 「X 需要
 * 准备哪些材料？」, from its 申请材料 list. Entry arrays are kept per region and per item, so the matcher's index
 * (memoised per array) is built once for each.
 */

const REQUIREMENT: Record<MaterialDto['requirement'], string> = { required: '必要', optional: '非必要', deferrable: '容缺后补' }

function materialsEntry(item: CatalogItem): FaqEntry | null {
  if (item.materials.length === 0) return null
  const rows = item.materials.map((m) => {
    const copies = m.originals > 0 ? `原件 ${m.originals} 份` : m.copies > 0 ? `复印件 ${m.copies} 份` : m.forms.includes('electronic') ? '电子材料' : ''
    return `<li>${m.name}（${[REQUIREMENT[m.requirement], copies].filter(Boolean).join('，')}）</li>`
  })
  return {
    question: `${item.name}需要准备哪些材料？`,
    answer: `<p>申请「${item.name}」需提交以下材料：</p><ul>${rows.join('')}</ul><p>可通过电子证照调用的材料无需另行提交，具体以办事指南为准。</p>`,
    item: { id: item.id, name: item.name },
    keywords: item.aliases,
  }
}

const perItem = lruCache<FaqEntry[]>(256)

/** One item's FAQ (the guide's, then its materials question), as suggestion entries. */
export function itemFaqEntries(item: CatalogItem): FaqEntry[] {
  return perItem(item.id, () => {
    const ref = { id: item.id, name: item.name }
    const own = item.faq.map((f) => ({ question: f.question, answer: f.answer, item: ref, keywords: item.aliases }))
    const materials = materialsEntry(item)
    return materials ? [...own, materials] : own
  })
}

const perRegion = lruCache<FaqEntry[]>(64)

/** The FAQ of a region's scope: each base item once, by its implementation nearest the region. */
export function regionFaqEntries(region: string): FaqEntry[] {
  return perRegion(region, () => {
    const accept = itemFilter({ region })
    const nearest = new Map<string, { item: CatalogItem; d: number }>()
    // Seeded-usage order: on a tie in distance the most used implementation (and 业务办理项) stays.
    for (const item of catalogIndex().bySeedUsage) {
      if (!accept(item)) continue
      const d = distance(item.regionCode, region)
      const seen = nearest.get(item.baseCode)
      if (!seen || d < seen.d) nearest.set(item.baseCode, { item, d })
    }
    return [...nearest.values()].flatMap(({ item }) => itemFaqEntries(item))
  })
}

const DEFAULT_LIMIT = 5

/** GET /faqs/suggestions: 404 REGION_NOT_FOUND, 404 ITEM_NOT_FOUND for an unknown `item`. */
export function suggestFaqs(query: FaqSuggestQuery): FaqSuggestionListDto {
  if (!regionByCode(query.region)) throw httpError(404, 'REGION_NOT_FOUND', messages.regionNotFound)
  let entries: FaqEntry[]
  if (query.item) {
    const item = catalogIndex().catalog.byId.get(query.item)
    if (!item) throw httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound)
    entries = itemFaqEntries(item)
  } else entries = regionFaqEntries(query.region)
  const matches = faqIndex(entries).match(query.q, query.limit ?? DEFAULT_LIMIT)
  return { suggestions: matches.map(({ question, answer, item, score }) => ({ question, answer, item: { ...item }, score })) }
}
