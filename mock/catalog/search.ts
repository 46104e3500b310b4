import type { CatalogItem } from './model'
import {
  charRanges,
  hasLatin,
  isHan,
  matchPinyin,
  mergeRanges,
  normaliseQuery,
  normText,
  rangesOf,
  textEntry,
  type PinyinMatch,
  type TextEntry,
} from './search-text'

/**
 * Catalog search (搜索事项) over the generated 实施清单: names, 别名/俗称, 拼音全拼 and 首字母, departments.
 *
 * The catalog has ~20,000 implementations but only a few hundred distinct names: the index groups items by
 * name (and by department name) when it is built, so a query is matched against those few hundred keys and
 * their aliases, never against every item. The accepted items of the matched keys are then bucketed by tier,
 * counted, and only the buckets that reach the requested page are sorted.
 */

export interface SearchOptions<T> {
  /** Filters (region scope, mode, level, department, …): only accepted items are counted and returned */
  accept(item: T): boolean
  /** Distance from the caller's region (0 = the caller's own district): nearer first within a tier */
  distance(item: T): number
  /** Live usage (办件量 + 浏览量): more used first among equally near items */
  usage(item: T): number
  offset: number
  limit: number
}

export interface SearchHit<T> {
  item: T
  /** [start, end) ranges of `item.name` that matched; empty when only an alias or the department matched */
  highlights: [number, number][]
  /** null for a plain name match, else 「别名：领证」「拼音：jiehun」「拼音首字母：jhdj」「部门：上海市民政局」 */
  matchedBy: string | null
}

type Searchable = Pick<CatalogItem, 'id' | 'name' | 'aliases' | 'department' | 'departmentKey'>

/** Ranking tiers, best first. */
export const TIER = {
  /** 事项名称 equals the query, ignoring the variant suffix (食品经营许可 for 食品经营许可（新办）) */
  nameExact: 0,
  namePrefix: 1,
  /** the name contains the query (also with the query's spaces removed) */
  nameContains: 2,
  aliasExact: 3,
  aliasContains: 4,
  /** the name has all the query's characters in order (食品许可 → 食品经营许可); Chinese, 3+ characters */
  nameChars: 5,
  /** 全拼 from the start of the name or an alias (jiehun) */
  pinyinPrefix: 6,
  pinyinContains: 7,
  /** 首字母 from the start of the name or an alias (jhdj → alias 结婚登记) */
  initialsPrefix: 8,
  initialsContains: 9,
  /** 全拼 and 首字母 mixed (jiehundj), or characters and letters (结婚dj) */
  pinyinMixed: 10,
  /** only through another reading of a 多音字 than the one in context */
  pinyinAlternative: 11,
  /** 部门 name or short name (民政 → 上海市民政局, 黄浦区民政局) */
  department: 12,
} as const
const TIER_COUNT = 13

interface KeyMatch {
  tier: number
  highlights: [number, number][]
  matchedBy: string | null
}

/** Items sharing one 事项名称 (every region's implementation of one base item and variant). */
interface NameKey {
  entry: TextEntry
  /** Normalised name without the variant suffix */
  baseNorm: string
  aliases: TextEntry[]
  items: number[]
}

/** Items of one department (by name: 上海市民政局 and 黄浦区民政局 are two keys). */
interface DeptKey {
  nameNorm: string
  shortNorm: string
  items: number[]
  match: KeyMatch
}

/** 食品经营许可（新办） → 食品经营许可 */
const baseName = (name: string) => name.replace(/\s*[（(][^（）()]*[）)]\s*$/, '')

export function createSearchIndex<T extends Searchable>(items: readonly T[]): { search(q: string, o: SearchOptions<T>): { hits: SearchHit<T>[]; total: number } } {
  const nameKeys: NameKey[] = []
  const deptKeys: DeptKey[] = []
  const itemDept = new Int32Array(items.length)
  {
    const byName = new Map<string, number>()
    const byDept = new Map<string, number>()
    const aliasSources: Set<readonly string[]>[] = []
    items.forEach((item, i) => {
      let k = byName.get(item.name)
      if (k === undefined) {
        k = nameKeys.length
        byName.set(item.name, k)
        nameKeys.push({ entry: textEntry(item.name), baseNorm: normText(baseName(item.name)), aliases: [], items: [] })
        aliasSources.push(new Set())
      }
      const key = nameKeys[k]
      // (implementations of one seed share its alias array: read each array once per key)
      if (!aliasSources[k].has(item.aliases)) {
        aliasSources[k].add(item.aliases)
        for (const alias of item.aliases) {
          const e = textEntry(alias)
          if (e.norm && !key.aliases.includes(e)) key.aliases.push(e)
        }
      }
      key.items.push(i)
      let d = byDept.get(item.department.name)
      if (d === undefined) {
        d = deptKeys.length
        byDept.set(item.department.name, d)
        deptKeys.push({
          nameNorm: normText(item.department.name),
          shortNorm: normText(item.department.shortName),
          items: [],
          match: { tier: TIER.department, highlights: [], matchedBy: `部门：${item.department.name}` },
        })
      }
      deptKeys[d].items.push(i)
      itemDept[i] = d
    })
  }

  // Which query last looked at an item (candidate or not): no item is considered twice per query.
  const seen = new Uint32Array(items.length)
  let stamp = 0

  function search(q: string, o: SearchOptions<T>): { hits: SearchHit<T>[]; total: number } {
    const { terms, compact } = normaliseQuery(q)
    if (!compact) return { hits: [], total: 0 }
    stamp = stamp === 0xffffffff ? 1 : stamp + 1
    if (stamp === 1) seen.fill(0)

    // The phrases to match: the whole query without spaces, and each term when there are several.
    const multi = terms.length > 1
    const phrases = multi ? [compact, ...terms] : [compact]
    const deptAny = phrases.map(() => false)
    const deptHits = phrases.map((p, n) => {
      const hit = new Uint8Array(deptKeys.length)
      deptKeys.forEach((d, j) => {
        if (d.nameNorm.includes(p) || d.shortNorm.includes(p)) {
          hit[j] = 1
          deptAny[n] = true
        }
      })
      return hit
    })

    const buckets: number[][] = Array.from({ length: TIER_COUNT }, () => [])
    const bucketMatch: KeyMatch[][] = Array.from({ length: TIER_COUNT }, () => [])
    const add = (i: number, m: KeyMatch) => {
      if (!o.accept(items[i])) return
      buckets[m.tier].push(i)
      bucketMatch[m.tier].push(m)
    }

    for (const key of nameKeys) {
      let match = matchKey(key, compact)
      let termMatches: (KeyMatch | null)[] | null = null
      if (multi) {
        termMatches = terms.map((t) => matchKey(key, t))
        if (termMatches.every((m) => m !== null)) {
          const all = combine(termMatches as KeyMatch[])
          if (!match || all.tier < match.tier) match = all
        }
      }
      if (match) {
        for (const i of key.items) {
          seen[i] = stamp
          add(i, match)
        }
        continue
      }
      // Several terms, some matching the name: the others must match each item's department (黄浦 结婚登记).
      if (!termMatches || termMatches.every((m) => m === null)) continue
      const others = terms.map((_, t) => t).filter((t) => termMatches![t] === null)
      if (!deptAny[0] && others.some((t) => !deptAny[t + 1])) continue // a term no department matches either
      const named = termMatches.filter((m): m is KeyMatch => m !== null)
      const partial = new Map<number, KeyMatch>()
      for (const i of key.items) {
        seen[i] = stamp
        const d = itemDept[i]
        if (!deptHits[0][d] && !others.every((t) => deptHits[t + 1][d])) continue
        let m = partial.get(d)
        if (!m) {
          m = { ...combine([...named, deptKeys[d].match]), tier: TIER.department }
          partial.set(d, m)
        }
        add(i, m)
      }
    }

    // Departments matching the whole query, or every term.
    deptKeys.forEach((d, j) => {
      if (!deptHits[0][j] && !(multi && deptHits.every((h, p) => p === 0 || h[j]))) return
      for (const i of d.items) {
        if (seen[i] === stamp) continue
        seen[i] = stamp
        add(i, d.match)
      }
    })

    const total = buckets.reduce((n, b) => n + b.length, 0)
    const whole = (x: number) => (Number.isFinite(x) ? Math.max(0, Math.floor(x)) : 0)
    const offset = whole(o.offset)
    const end = Math.min(total, offset + whole(o.limit))
    const hits: SearchHit<T>[] = []
    let before = 0
    for (let t = 0; t < TIER_COUNT && before < end; t++) {
      const bucket = buckets[t]
      if (before + bucket.length > offset && bucket.length) {
        const from = Math.max(0, offset - before)
        const order = ranked(bucket, Math.min(bucket.length, end - before), o)
        for (let k = from; k < order.length; k++) {
          const m = bucketMatch[t][order[k]]
          hits.push({ item: items[bucket[order[k]]], highlights: m.highlights.map((r): [number, number] => [r[0], r[1]]), matchedBy: m.matchedBy })
        }
      }
      before += bucket.length
    }
    return { hits, total }
  }

  /**
   * The first `count` positions of a bucket in rank order (distance, then usage, then name, then id), as
   * indexes into the bucket. Distance and usage are asked only here, for the buckets a page reaches.
   */
  function ranked(bucket: number[], count: number, o: SearchOptions<T>): number[] {
    const n = bucket.length
    const dist = new Float64Array(n)
    const use = new Float64Array(n)
    for (let j = 0; j < n; j++) {
      const item = items[bucket[j]]
      dist[j] = o.distance(item)
      use[j] = o.usage(item)
    }
    const cmp = (a: number, b: number) => {
      const d = dist[a] - dist[b] || use[b] - use[a]
      if (d) return d
      const x = items[bucket[a]]
      const y = items[bucket[b]]
      return x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0
    }
    return topK(n, count, cmp)
  }
  return { search }
}

/**
 * Indexes 0..n-1, the best `k` in order by `cmp`. A full sort when k is a good part of n; otherwise one pass
 * keeping the best k in a sorted array (a page is at most 100 of possibly thousands).
 */
function topK(n: number, k: number, cmp: (a: number, b: number) => number): number[] {
  if (k <= 0) return []
  if (k * 8 >= n) {
    const all = Array.from({ length: n }, (_, j) => j)
    all.sort(cmp)
    return all.slice(0, k)
  }
  const best: number[] = []
  for (let j = 0; j < n; j++) {
    if (best.length === k && cmp(j, best[k - 1]) >= 0) continue
    // binary search for the insertion point
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cmp(best[mid], j) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, j)
    if (best.length > k) best.pop()
  }
  return best
}

/** Several terms' matches as one: the worst tier, all highlights, every distinct way they matched. */
function combine(matches: KeyMatch[]): KeyMatch {
  const by = [...new Set(matches.map((m) => m.matchedBy).filter((b): b is string => b !== null))]
  return {
    tier: Math.max(...matches.map((m) => m.tier)),
    highlights: mergeRanges(matches.map((m) => m.highlights)),
    matchedBy: by.length ? by.join('；') : null,
  }
}

const pinyinTier = (m: PinyinMatch) =>
  m.alternative
    ? TIER.pinyinAlternative
    : m.kind === 'full'
      ? m.prefix
        ? TIER.pinyinPrefix
        : TIER.pinyinContains
      : m.kind === 'initials'
        ? m.prefix
          ? TIER.initialsPrefix
          : TIER.initialsContains
        : TIER.pinyinMixed

const pinyinLabel = (m: PinyinMatch, phrase: string) => (m.kind === 'initials' ? `拼音首字母：${phrase}` : `拼音：${phrase}`)

/** The characters of `phrase` in order within `entry.norm` (leftmost), as norm offsets, or null. */
function inOrder(entry: TextEntry, phrase: string): number[] | null {
  const at: number[] = []
  let from = 0
  for (const ch of phrase) {
    const k = entry.norm.indexOf(ch, from)
    if (k < 0) return null
    at.push(k)
    from = k + ch.length
  }
  return at
}

/** How a phrase (normalised, no spaces) matches one name key, or null. */
function matchKey(key: NameKey, phrase: string): KeyMatch | null {
  const name = key.entry
  const at = name.norm.indexOf(phrase)
  if (at >= 0) {
    const tier = name.norm === phrase || key.baseNorm === phrase ? TIER.nameExact : at === 0 ? TIER.namePrefix : TIER.nameContains
    return { tier, highlights: rangesOf(name, at, at + phrase.length), matchedBy: null }
  }

  let tier: number = TIER_COUNT
  let matchedBy: string | null = null
  for (const alias of key.aliases) {
    if (alias.norm === phrase) {
      tier = TIER.aliasExact
      matchedBy = `别名：${alias.text}`
      break
    }
    if (tier > TIER.aliasContains && alias.norm.includes(phrase)) {
      tier = TIER.aliasContains
      matchedBy = `别名：${alias.text}`
    }
  }

  // The name's own characters, for highlights even when an alias ranks the key.
  let highlights: [number, number][] = []
  let nameTier: number = TIER_COUNT
  const latin = hasLatin(phrase)
  if (!latin) {
    const chars = Array.from(phrase)
    if (chars.length >= 3 && chars.every(isHan)) {
      const offsets = inOrder(name, phrase)
      if (offsets) {
        nameTier = TIER.nameChars
        highlights = mergeRanges(offsets.map((k, n) => rangesOf(name, k, k + chars[n].length)))
      }
    }
  } else {
    const m = matchPinyin(name, phrase)
    if (m) {
      nameTier = pinyinTier(m)
      highlights = charRanges(
        name,
        Array.from({ length: m.to - m.from }, (_, n) => m.from + n),
      )
      if (nameTier < tier) matchedBy = pinyinLabel(m, phrase)
    }
    if (tier > TIER.pinyinPrefix) {
      // Aliases by pinyin from their start (结婚登记 → jhdj), unless one already ranks as well as any pinyin
      // match could. (Within an alias, a pinyin match is mostly noise: hz in 结婚证.)
      for (const alias of key.aliases) {
        const a = matchPinyin(alias, phrase)
        if (!a || !a.prefix) continue
        const t = pinyinTier(a)
        if (t < tier && t < nameTier) {
          tier = t
          matchedBy = pinyinLabel(a, phrase)
        }
      }
    }
  }
  if (nameTier < tier) {
    tier = nameTier
    if (!latin) matchedBy = null
  }
  if (tier === TIER_COUNT) return null
  return { tier, highlights, matchedBy }
}
