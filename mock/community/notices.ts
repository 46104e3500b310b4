import type { NoticeDetailDto, NoticeListQuery, NoticePageDto } from '../../src/api/contract'
import { beijingDate } from '../../src/domain/working-days'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex } from '../catalog/query'
import { itemSeeds } from '../catalog/seed/index'
import { noticeSeeds, notices, type NoticeSeed } from '../catalog/seed/notices'
import { ancestorsOf, distance, isWithin, regionByCode } from '../catalog/seed/regions'
import { httpError } from '../http/errors'
import { noticeBodies } from './notice-bodies'
import { hotlineOf, regionHall } from './offices'

/**
 * 通知公告: the list of a region (its own and its parent regions' notices, newest first, paged) and one
 * notice with its body, 文号 and the catalog items it concerns. A light feed: no comments, no likes.
 */

const DEFAULT_LIMIT = 20
export const NOTICE_NOT_FOUND_MESSAGE = '该通知公告不存在或已撤下'

/** Notices of a region and its parents, newest first. An unknown region simply has none. */
export function noticePage(query: NoticeListQuery): NoticePageDto {
  const { region, offset = 0, limit = DEFAULT_LIMIT } = query
  const codes = new Set(regionByCode(region) ? [region, ...ancestorsOf(region).map((r) => r.code)] : [])
  const matches = notices.filter((n) => codes.has(n.regionCode)).sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1))
  return { items: matches.slice(offset, offset + limit), total: matches.length, offset }
}

const seedByName = new Map(itemSeeds.map((s) => [s.name, s]))

/**
 * The implementation (first 业务办理项) of a named item that serves the notice's region: its own or a parent
 * region's; for a district's notice about a street-level item, its most used street's (街道级 items are 全市
 * 通办). A city's notice about district items links none: which district's would be a guess.
 */
function nearestItem(name: string, regionCode: string): CatalogItem | null {
  const seed = seedByName.get(name)
  if (!seed) return null
  const district = regionByCode(regionCode)?.level === 'district'
  let best: { item: CatalogItem; d: number } | null = null
  for (const item of catalogIndex().byVariantKey.get(`${seed.baseCode}-0`) ?? []) {
    const serves = isWithin(regionCode, item.regionCode) || (district && regionByCode(item.regionCode)?.parentCode === regionCode)
    if (!serves) continue
    const d = distance(item.regionCode, regionCode)
    // The list is in seeded-usage order: on a tie the most used stays.
    if (!best || d < best.d) best = { item, d }
  }
  return best?.item ?? null
}

/** 2026年12月24日 */
const chineseDate = (epochMs: number) => {
  const [y, m, d] = beijingDate(epochMs).split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

function bodyOf(seed: NoticeSeed): string {
  const region = regionByCode(seed.regionCode)!
  const hall = regionHall(region)
  const values: Record<string, string> = {
    r: seed.regionName,
    hall: seed.hallName,
    addr: hall.address,
    phone: hall.phone,
    hotline: `${hotlineOf(seed.regionCode)}（12345）`,
    date: chineseDate(seed.publishedAt),
  }
  return (noticeBodies[seed.body] ?? []).map((p) => p.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all)).join('')
}

const byId = new Map(noticeSeeds.map((n) => [n.id, n]))
const details = new Map<string, NoticeDetailDto>()

/** One notice with its body; 404 NOTICE_NOT_FOUND. Built on first request, then kept. */
export function noticeDetail(id: string): NoticeDetailDto {
  const seed = byId.get(id)
  if (!seed) throw httpError(404, 'NOTICE_NOT_FOUND', NOTICE_NOT_FOUND_MESSAGE)
  let detail = details.get(id)
  if (!detail) {
    const items = seed.itemNames.map((name) => nearestItem(name, seed.regionCode)).filter((i): i is CatalogItem => i !== null)
    detail = {
      id: seed.id,
      title: seed.title,
      department: seed.department,
      regionCode: seed.regionCode,
      publishedAt: seed.publishedAt,
      body: bodyOf(seed),
      docNumber: seed.docNumber,
      items: items.map((i) => ({ id: i.id, name: i.name })),
    }
    details.set(id, detail)
  }
  return detail
}
