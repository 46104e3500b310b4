import type { Mode, ScenarioHitDto } from '../../../src/api/contract'
import { hasLatin, matchPinyin, normaliseQuery, textEntry } from '../search-text'
import { enterpriseScenarios } from './scenarios-enterprise'
import { personalScenarios } from './scenarios-personal'
import type { ScenarioSeed } from './types'

/** Every 一件事, personal first (the seeds: scenarios-personal.ts, scenarios-enterprise.ts; the type: types.ts). */
export const scenarioSeeds: readonly ScenarioSeed[] = [...personalScenarios, ...enterpriseScenarios]

/** How many distinct items a scenario may include (steps of one base item and variant count once). */
export const itemCountOf = (seed: ScenarioSeed) => new Set(seed.steps.map((s) => `${s.baseCode} ${s.variant ?? ''}`)).size

/** A scenario as cards and search hits show it. */
export const toScenarioHit = (seed: ScenarioSeed): ScenarioHitDto => ({
  id: seed.id,
  title: seed.title,
  summary: seed.summary,
  mode: seed.mode,
  icon: seed.icon,
  itemCount: itemCountOf(seed),
})

/**
 * Scenarios matching a query, best first, filtered by mode when given: the title or a keyword contains the
 * query, the query contains a keyword (我想开饭店), or the query is the 首字母 or 全拼 of a keyword or the
 * title from its start (kfd → 开饭店, jiehun → 结婚, wyjh → 我要结婚). One character or one letter alone matches
 * only a whole keyword.
 */
export function matchScenarios(q: string, mode?: Mode): ScenarioHitDto[] {
  const { compact } = normaliseQuery(q)
  if (!compact) return []
  const long = Array.from(compact).length >= 2
  const latin = hasLatin(compact)
  const scored: { seed: ScenarioSeed; score: number }[] = []
  scenarioSeeds.forEach((seed) => {
    if (mode && seed.mode !== mode) return
    const title = textEntry(seed.title).norm
    const keywords = seed.keywords.map((k) => textEntry(k))
    let score = Infinity
    if (title === compact) score = 0
    else if (keywords.some((k) => k.norm === compact)) score = 1
    else if (long && title.includes(compact)) score = 2
    else if (keywords.some((k) => k.norm.length >= 2 && compact.includes(k.norm))) score = 3
    else if (long && keywords.some((k) => k.norm.includes(compact))) score = 4
    else if (latin && long) {
      const prefix = (e: ReturnType<typeof textEntry>) => {
        const m = matchPinyin(e, compact)
        return m !== null && m.prefix && !m.alternative && m.kind !== 'mixed'
      }
      if (keywords.some(prefix) || prefix(textEntry(seed.title))) score = 5
    }
    if (score < Infinity) scored.push({ seed, score })
  })
  return scored
    .sort((a, b) => a.score - b.score)
    .map(({ seed }) => toScenarioHit(seed))
}
