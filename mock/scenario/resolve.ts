import type { Mode, RegionDto, ScenarioDto, ScenarioHitDto, ScenarioStepDto } from '../../src/api/contract'
import { catalog } from '../catalog/generate'
import { toSummary, type CatalogItem } from '../catalog/model'
import { itemSeeds } from '../catalog/seed/index'
import { ancestorsOf, childrenOf, regionByCode } from '../catalog/seed/regions'
import { scenarioSeeds, toScenarioHit } from '../catalog/seed/scenarios'
import type { ItemSeed, ScenarioSeed, ScenarioStepSeed } from '../catalog/seed/types'
import { catalogStateOf, usageOf } from '../catalog/state'
import type { MockContext } from '../context'
import { scenarioErrors } from './errors'

/**
 * 一件事 resolved in a region: each step of a seed (a base item and 业务办理项) becomes the implementation (实施清单
 * entry) that serves the region:
 *
 * 1. the region's own (a district's 区级 item);
 * 2. else its nearest ancestor's (a district or a street → the city's, for 市级 items; a street → its
 *    district's, for 区级 items);
 * 3. else, when the region is coarser than the item's level (a city asked for a 区级 or 街道级 item), the first
 *    implementation among its descendants, breadth first in table order (上海市 → 黄浦区's) — so a checklist
 *    read at city level still shows what the item needs; the user picks a district before applying;
 * 4. else none: `item` null, no materials (the region does not implement it).
 */

const itemSeedByBase = new Map<string, ItemSeed>(itemSeeds.map((s) => [s.baseCode, s]))
const scenarioById = new Map<string, ScenarioSeed>(scenarioSeeds.map((s) => [s.id, s]))

/** The base item a step names, when the catalog has it. */
export const itemSeedOf = (baseCode: string): ItemSeed | undefined => itemSeedByBase.get(baseCode)

export const scenarioSeedById = (id: string): ScenarioSeed | undefined => scenarioById.get(id)

export function scenarioOr404(id: string): ScenarioSeed {
  const seed = scenarioSeedById(id)
  if (!seed) throw scenarioErrors.notFound()
  return seed
}

export function regionOr404(code: string): RegionDto {
  const region = regionByCode(code)
  if (!region) throw scenarioErrors.regionNotFound()
  return region
}

/** The scenarios of one mode (both without one), as cards show them. */
export const listScenarios = (mode?: Mode): ScenarioHitDto[] => scenarioSeeds.filter((s) => !mode || s.mode === mode).map(toScenarioHit)

/** `${baseCode}-${variantIndex}`: the item id without its region (generate.ts numbers 业务办理项 from 0). */
export function stepKeyOf(step: Pick<ScenarioStepSeed, 'baseCode' | 'variant'>): string {
  const variants = itemSeedOf(step.baseCode)?.variants ?? []
  const index = step.variant === null ? 0 : variants.indexOf(step.variant)
  return `${step.baseCode}-${Math.max(0, index)}`
}

/** 事项名称 with the 业务办理项, as the catalog names the implementations. */
function stepNameOf(step: ScenarioStepSeed): string {
  const seed = itemSeedOf(step.baseCode)
  if (!seed) return step.baseCode
  return step.variant ? `${seed.name}（${step.variant}）` : seed.name
}

const resolved = new Map<string, CatalogItem | null>()

/** The implementation of `key` (`${baseCode}-${variantIndex}`) serving the region, as described above. Memoised. */
export function implementationIn(regionCode: string, key: string): CatalogItem | null {
  const memoKey = `${regionCode} ${key}`
  const known = resolved.get(memoKey)
  if (known !== undefined) return known
  const { byId } = catalog()
  const at = (code: string) => byId.get(`${code}-${key}`)
  let found: CatalogItem | undefined = at(regionCode) ?? ancestorsOf(regionCode).map((r) => at(r.code)).find((item) => item !== undefined)
  for (let level = childrenOf(regionCode); !found && level.length > 0; level = level.flatMap((r) => childrenOf(r.code))) {
    found = level.map((r) => at(r.code)).find((item) => item !== undefined)
  }
  resolved.set(memoKey, found ?? null)
  return found ?? null
}

/** One step resolved in the region, with the implementation's live usage. */
function resolveStep(ctx: MockContext, step: ScenarioStepSeed, region: RegionDto): ScenarioStepDto {
  const key = stepKeyOf(step)
  const item = implementationIn(region.code, key)
  const seedResult = itemSeedOf(step.baseCode)?.result
  const result = item?.result ?? seedResult ?? { kind: 'other' as const, name: '' }
  return {
    key,
    baseCode: step.baseCode,
    variant: step.variant,
    name: item?.name ?? stepNameOf(step),
    stage: step.stage,
    when: step.when,
    why: step.why,
    item: item ? toSummary(item, usageOf(catalogStateOf(ctx), item)) : null,
    materials: item ? item.materials : [],
    result: { kind: result.kind, name: result.name },
  }
}

/** The scenario with its questions and its steps resolved in the region. */
export function resolveScenario(ctx: MockContext, seed: ScenarioSeed, region: RegionDto): ScenarioDto {
  return {
    ...toScenarioHit(seed),
    id: seed.id,
    version: seed.version,
    description: seed.description,
    regionCode: region.code,
    regionName: region.name,
    questions: seed.questions,
    steps: seed.steps.map((step) => resolveStep(ctx, step, region)),
  }
}
