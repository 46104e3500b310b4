import type { DepartmentRefDto, RegionDto } from '../../src/api/contract'
import { between, hash } from './hash'
import { GeneratedItem, type Implementation } from './implementation'
import type { CatalogItem } from './model'
import { createOffice, officeName, templateLevel, type DepartmentInstance } from './offices'
import { departmentSeeds } from './seed/departments'
import { itemSeeds } from './seed/index'
import { cityPlaces, G60_MEMBERS, G60_USAGE_SHARE, shanghaiDistrictPlaces } from './seed/places'
import { allRegions, childrenOf, cityOf, provinceOf, regionByCode } from './seed/regions'
import type { DepartmentSeed, ItemSeed, SeedLevel } from './seed/types'

/**
 * The 实施清单: every hand-written base item implemented in every region of its level (市级: 上海市 and each
 * G60 city; 区级: each district; 街道级: each street), one implementation per 业务办理项. Deterministic and
 * pure (the same seeds always give the same catalog), built once per process on first use.
 *
 * It runs at server start over 20,000+ items, so an item holds only what lists, filters and search read; the
 * guide's other fields are its seed's, or derived on access (implementation.ts). Memory, and with it the
 * garbage collector's work at start, stays a fraction of copying every guide.
 */
export interface Catalog {
  items: readonly CatalogItem[]
  byId: ReadonlyMap<string, CatalogItem>
  /** The department instances that implement at least one item */
  departments: readonly DepartmentInstance[]
  departmentById: ReadonlyMap<string, DepartmentInstance>
}

const SHANGHAI = '310000'

/** The regions that implement items of each seed level (上海市 is a province that has city offices). */
function regionsOfLevel(level: SeedLevel): RegionDto[] {
  return allRegions.filter((r) => templateLevel(r) === level && (r.level !== 'province' || cityOf(r.code)?.code === r.code))
}

/** 常住人口 (万) a region's offices serve, scaled down outside Shanghai (the G60 cities have their own platforms). */
function weightOf(region: RegionDto): number {
  const city = cityOf(region.code)!
  const share = provinceOf(region.code)?.code === SHANGHAI ? 1 : G60_USAGE_SHARE
  if (region.code === city.code) return cityPlaces[city.code].population * share
  const district = region.level === 'district' ? region : regionByCode(region.parentCode!)!
  const districtPopulation =
    shanghaiDistrictPlaces[district.code]?.population ?? cityPlaces[city.code].population / Math.max(1, childrenOf(city.code).length)
  const population = region.level === 'street' ? districtPopulation / Math.max(1, childrenOf(district.code).length) : districtPopulation
  return population * share * between(`${region.code}:weight`, 0.8, 1.2)
}

/**
 * Usage the seed data starts from: popularity × the population served × a deterministic jitter (0.75–1.25,
 * from the id's hash); a later 业务办理项 (变更, 注销) is used less than the first (新办).
 */
const seedUsageOf = (seed: ItemSeed, id: string, variantIndex: number, weight: number) =>
  Math.max(1, Math.round((seed.popularity * weight * (0.75 + (hash(id) / 0x100000000) * 0.5)) / (1 + 0.6 * variantIndex)))

export function generateCatalog(seeds: readonly ItemSeed[] = itemSeeds, departments: readonly DepartmentSeed[] = departmentSeeds): Catalog {
  const deptByKey = new Map(departments.map((d) => [d.key, d]))
  const officesByDept = new Map<string, Map<string, { office: DepartmentInstance; ref: DepartmentRefDto } | null>>()
  const offices: DepartmentInstance[] = []
  const items: GeneratedItem[] = []
  const regionsByLevel = { city: regionsOfLevel('city'), district: regionsOfLevel('district'), street: regionsOfLevel('street') }
  const weights = new Map<string, number>()

  for (const seed of seeds) {
    const dept = deptByKey.get(seed.department)
    if (!dept) continue // the model test names such seeds
    const variants: (string | null)[] = seed.variants?.length ? seed.variants : [null]
    const names = variants.map((v) => (v ? `${seed.name}（${v}）` : seed.name))
    const shared = {
      materials: seed.materials.map((m, i) => ({ id: `${seed.baseCode}-${i + 1}`, ...m })),
      scopeRegions: seed.scope === 'cross-region' ? [...G60_MEMBERS] : [],
      online: seed.channels.includes('online'),
    }
    // Offices by department, then region: no key strings built in the loop (it runs 15,000+ times).
    let officesHere = officesByDept.get(dept.key)
    if (!officesHere) officesByDept.set(dept.key, (officesHere = new Map()))
    for (const region of regionsByLevel[seed.level]) {
      let entry = officesHere.get(region.code)
      if (entry === undefined) {
        const name = officeName(dept, region)
        const office = name ? createOffice(dept, region, name) : null
        entry = office && { office, ref: { id: office.id, name: office.name, shortName: office.shortName } }
        officesHere.set(region.code, entry)
        if (entry) offices.push(entry.office)
      }
      if (!entry) continue // no such office at this level (出入境 has city offices only); the model test flags it
      let weight = weights.get(region.code)
      if (weight === undefined) weights.set(region.code, (weight = weightOf(region)))
      const implementation: Implementation = { seed, region, office: entry.office, departments: deptByKey, ...shared, locations: seed.locations?.(region) }
      for (let v = 0; v < variants.length; v++) {
        const id = `${region.code}-${seed.baseCode}-${v}`
        items.push(new GeneratedItem(implementation, entry.ref, id, names[v], variants[v], v, seedUsageOf(seed, id, v, weight)))
        entry.office.itemCount++
      }
    }
  }
  const byId = new Map<string, CatalogItem>(items.map((item) => [item.id, item]))
  return { items, byId, departments: offices, departmentById: new Map(offices.map((d) => [d.id, d])) }
}

let memo: Catalog | undefined
/** The catalog of this process, generated on first use. */
export const catalog = (): Catalog => (memo ??= generateCatalog())
