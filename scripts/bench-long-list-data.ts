/**
 * 5,000-row answers for the long-list benchmarks: the catalog list (办事 → 事项列表) and search. The real mock
 * answers each page; the offset is folded into what the catalog really holds (4,800-odd items in 上海市, 1,500
 * for 登记) and the answer is rewritten to report 5,000 rows, with ids made unique per pass, so every row is a
 * valid contract DTO the app has seen before, only more of them.
 */
import { catalogPaths } from '../src/api/contract/paths-catalog'

export const LONG_LIST_ROWS = 5000

/** The pages the benchmark opens: a 主题-less 事项列表 of 上海市, and a search for 登记. */
export const LONG_LISTS = [
  { name: '办事 事项列表', route: '/packages/catalog/pages/list/index?title=%E5%85%A8%E9%83%A8%E4%BA%8B%E9%A1%B9', pageClass: 'catalog-list' },
  { name: '搜索结果', route: '/packages/catalog/pages/search/index?q=%E7%99%BB%E8%AE%B0', pageClass: 'catalog-search' },
] as const

/** Real rows to fold offsets into (a little under what the mock holds, so a folded page is always full). */
const REAL_ROWS: Record<string, number> = { [catalogPaths.catalogItems]: 4800, [catalogPaths.catalogSearch]: 1500 }

/** Whether `url` is a long-list request this generator answers. */
export const isLongListRequest = (url: URL) => url.pathname in REAL_ROWS

/** The mock URL to ask for the rows of `url`'s page (offset folded into the real rows). */
export function realPageUrl(url: URL): URL {
  const real = new URL(url)
  const offset = Number(url.searchParams.get('offset') ?? 0)
  real.searchParams.set('offset', String(offset % REAL_ROWS[url.pathname]))
  return real
}

interface Row {
  id: string
}
interface ListAnswer {
  total: number
  offset: number
  items?: Row[]
  hits?: { item: Row }[]
}

/** The mock's answer for the folded page, rewritten as page `url` of a 5,000-row result. */
export function longListAnswer(url: URL, real: ListAnswer): ListAnswer {
  const offset = Number(url.searchParams.get('offset') ?? 0)
  const pass = Math.floor(offset / REAL_ROWS[url.pathname])
  const room = Math.max(0, LONG_LIST_ROWS - offset)
  const unique = <T extends Row>(row: T): T => (pass === 0 ? row : { ...row, id: `${row.id}-${pass}` })
  const answer: ListAnswer = { ...real, total: LONG_LIST_ROWS, offset }
  if (real.items) answer.items = real.items.slice(0, room).map(unique)
  if (real.hits) answer.hits = real.hits.slice(0, room).map((h) => ({ ...h, item: unique(h.item) }))
  return answer
}
