/**
 * The catalog search benchmark, shared by `npm run bench` (scripts/bench.ts) and `npm run bench:search`
 * (scripts/bench-search.ts, no app build needed): index build time, then a realistic mix of queries in
 * process against the full generated catalog, and over HTTP through the search route.
 */
import { performance } from 'node:perf_hooks'
import { catalogPaths } from '../src/api/contract/paths-catalog'
import { catalog } from '../mock/catalog/generate'
import type { CatalogItem } from '../mock/catalog/model'
import { itemFilter } from '../mock/catalog/query'
import { createSearchIndex } from '../mock/catalog/search'
import { fullPinyinOf, initialsOf } from '../mock/catalog/search-text'
import { distance } from '../mock/catalog/seed/regions'
import { buildServer } from '../mock/server'
import { seededRandom } from '../test/support/seeded-random'

/** p95 of one in-process query on the full catalog must stay within this. */
export const SEARCH_BUDGET_P95_MS = 20

/** The scopes measured: the whole of Shanghai (every district's and street's items) and one district. */
export const SEARCH_SCOPES = [
  { region: '310000', name: '上海市' },
  { region: '310101', name: '黄浦区' },
] as const

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0
}
const ms = (x: number) => +x.toFixed(3)


const MISSES = ['火星移民', '量子纠缠登记', 'qwxzv', '宠物恐龙许可', 'zzzzkk', '月球土地', '时光机备案', 'xyzq']

export type QueryKind = 'name' | 'prefix' | 'contains' | 'alias' | 'pinyin' | 'initials' | 'department' | 'multi-term' | 'miss'

/**
 * `count` queries drawn from the catalog itself, in a mix like real traffic: names, prefixes and parts of
 * names, aliases, full pinyin (also cut short), initials, department names, two-term queries and misses.
 */
export function searchQueries(items: readonly CatalogItem[], count: number, seed = 20261101): { q: string; kind: QueryKind }[] {
  const rnd = seededRandom(seed) // every run asks the same queries
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]
  const names = [...new Set(items.map((i) => i.name))]
  const bases = [...new Set(items.map((i) => i.name.replace(/（[^（）]*）$/, '')))]
  const aliases = [...new Set(items.flatMap((i) => i.aliases))]
  const departments = [...new Set(items.flatMap((i) => [i.department.name, i.department.shortName]))]
  const slice = (s: string, from: number, len: number) => Array.from(s).slice(from, from + len).join('')
  const mix: [QueryKind, number, () => string][] = [
    ['name', 12, () => pick(names)],
    ['prefix', 18, () => slice(pick(bases), 0, 2 + Math.floor(rnd() * 3))],
    ['contains', 10, () => {
      const s = pick(bases)
      const len = Array.from(s).length
      return slice(s, Math.floor(rnd() * Math.max(1, len - 2)), 2)
    }],
    ['alias', 15, () => pick(aliases.length ? aliases : bases)],
    ['pinyin', 10, () => {
      const full = fullPinyinOf(pick(rnd() < 0.5 && aliases.length ? aliases : bases))
      return rnd() < 0.5 ? full : full.slice(0, Math.max(2, Math.floor(full.length * 0.6)))
    }],
    ['initials', 12, () => initialsOf(pick(rnd() < 0.6 && aliases.length ? aliases : bases)).slice(0, 2 + Math.floor(rnd() * 4))],
    ['department', 10, () => pick(departments)],
    ['multi-term', 6, () => {
      const s = pick(bases)
      const len = Array.from(s).length
      return len >= 4 ? `${slice(s, 0, 2)} ${slice(s, len - 2, 2)}` : s
    }],
    ['miss', 7, () => pick(MISSES)],
  ]
  const weight = mix.reduce((n, [, w]) => n + w, 0)
  const out: { q: string; kind: QueryKind }[] = []
  while (out.length < count) {
    let r = rnd() * weight
    const [kind, , make] = mix.find(([, w]) => (r -= w) < 0) ?? mix[mix.length - 1]
    const q = make().slice(0, 40)
    if (q.trim()) out.push({ q, kind })
  }
  return out
}

export interface SearchScopeFigures {
  region: string
  name: string
  queries: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Share of queries with at least one hit */
  hitRate: number
}

export interface SearchInProcessFigures {
  items: number
  distinctNames: number
  distinctDepartments: number
  /** catalog() generation, for reference (not part of search) */
  catalogMs: number
  /** createSearchIndex over the full catalog (pinyin of every distinct string included) */
  indexBuildMs: number
  budgetP95Ms: number
  scopes: SearchScopeFigures[]
  /** Slowest query kinds over all scopes: p95 per kind */
  byKind: Record<string, { queries: number; p95Ms: number }>
}

/** In process: build the index once, then `perScope` queries in each scope (page of 20, some second pages). */
export function searchInProcess(options: { items?: readonly CatalogItem[]; perScope?: number } = {}): SearchInProcessFigures {
  const t0 = performance.now()
  const items = options.items ?? catalog().items
  const catalogMs = performance.now() - t0
  const t1 = performance.now()
  const index = createSearchIndex(items)
  const indexBuildMs = performance.now() - t1

  const perScope = options.perScope ?? 1500
  const queries = searchQueries(items, perScope)
  const kinds = new Map<string, number[]>()
  const scopes = SEARCH_SCOPES.map(({ region, name }): SearchScopeFigures => {
    const options = {
      accept: itemFilter({ region }),
      distance: (item: CatalogItem) => distance(item.regionCode, region),
      usage: (item: CatalogItem) => item.seedUsage,
      offset: 0,
      limit: 20,
    }
    // warm-up (JIT), not counted
    for (const { q } of queries.slice(0, 50)) index.search(q, options)
    const times: number[] = []
    let found = 0
    queries.forEach(({ q, kind }, n) => {
      const start = performance.now()
      const { total } = index.search(q, { ...options, offset: n % 10 === 9 ? 20 : 0 })
      const took = performance.now() - start
      times.push(took)
      if (total > 0) found++
      const list = kinds.get(kind) ?? kinds.set(kind, []).get(kind)!
      list.push(took)
    })
    return {
      region,
      name,
      queries: times.length,
      p50Ms: ms(quantile(times, 0.5)),
      p95Ms: ms(quantile(times, 0.95)),
      maxMs: ms(Math.max(...times)),
      hitRate: +(found / times.length).toFixed(3),
    }
  })
  return {
    items: items.length,
    distinctNames: new Set(items.map((i) => i.name)).size,
    distinctDepartments: new Set(items.map((i) => i.department.name)).size,
    catalogMs: Math.round(catalogMs),
    indexBuildMs: Math.round(indexBuildMs),
    budgetP95Ms: SEARCH_BUDGET_P95_MS,
    scopes,
    byKind: Object.fromEntries([...kinds].map(([k, t]) => [k, { queries: t.length, p95Ms: ms(quantile(t, 0.95)) }])),
  }
}

export interface SearchHttpFigures {
  requests: number
  region: string
  p50Ms: number
  p95Ms: number
  /** Server-reported search time (SearchResultDto.tookMs), p95 */
  tookP95Ms: number
}

/**
 * Over HTTP through the real route (`app.inject`, so no sockets: validation, hooks, the contract check and
 * serialisation count). Null while the search route is not registered.
 */
export async function searchOverHttp(requests = 500, region = '310101'): Promise<SearchHttpFigures | null> {
  const app = buildServer({ quiet: true })
  try {
    await app.ready()
    if (!app.hasRoute({ method: 'GET', url: catalogPaths.catalogSearch })) return null
    const queries = searchQueries(catalog().items, requests, 7)
    // warm-up: the first search builds the catalog and the index
    await app.inject({ method: 'GET', url: catalogPaths.catalogSearch, query: { q: '结婚', region } })
    const times: number[] = []
    const took: number[] = []
    for (const { q } of queries) {
      const start = performance.now()
      const res = await app.inject({ method: 'GET', url: catalogPaths.catalogSearch, query: { q, region } })
      times.push(performance.now() - start)
      if (res.statusCode !== 200) throw new Error(`search ${JSON.stringify(q)} answered ${res.statusCode}: ${res.body}`)
      took.push((res.json() as { tookMs: number }).tookMs)
    }
    return { requests, region, p50Ms: ms(quantile(times, 0.5)), p95Ms: ms(quantile(times, 0.95)), tookP95Ms: ms(quantile(took, 0.95)) }
  } finally {
    await app.close()
  }
}

/** The figures as table lines, with the budget next to the in-process p95. */
export function searchLines(inProcess: SearchInProcessFigures, http: SearchHttpFigures | null): string[] {
  const over = (p95: number) => (p95 <= inProcess.budgetP95Ms ? 'within' : 'OVER')
  return [
    `Catalog search (${inProcess.items} items, ${inProcess.distinctNames} distinct names, ${inProcess.distinctDepartments} departments)`,
    `  index build ${inProcess.indexBuildMs} ms (catalog generation ${inProcess.catalogMs} ms, not included)`,
    ...inProcess.scopes.map(
      (s) =>
        `  in process, ${s.name.padEnd(4, '　')} p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms (budget ${inProcess.budgetP95Ms} ms: ${over(s.p95Ms)}), ` +
        `max ${s.maxMs} ms over ${s.queries} queries, ${Math.round(s.hitRate * 100)} % with hits`,
    ),
    `  p95 by kind: ${Object.entries(inProcess.byKind)
      .map(([k, v]) => `${k} ${v.p95Ms}`)
      .join(', ')} (ms)`,
    http
      ? `  over HTTP (app.inject, ${http.region}) p50 ${http.p50Ms} ms, p95 ${http.p95Ms} ms over ${http.requests} requests (server tookMs p95 ${http.tookP95Ms} ms)`
      : `  over HTTP: skipped, ${catalogPaths.catalogSearch} is not registered yet (searchOverHttp runs once it is)`,
  ]
}
