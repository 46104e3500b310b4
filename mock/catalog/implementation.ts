import type {
  Audience,
  Channel,
  DepartmentRefDto,
  FaqDto,
  FeeInfoDto,
  ItemDetailDto,
  ItemKind,
  ItemType,
  LegalBasisDto,
  LocationDto,
  MaterialDto,
  ProcessStepDto,
  RegionDto,
  RegionLevel,
  TimeLimitDto,
} from '../../src/api/contract'
import { Draws, hash } from './hash'
import type { CatalogItem } from './model'
import { COMPLAINT_PHONE, nearestOfficeName, type DepartmentInstance } from './offices'
import type { DepartmentSeed, ItemSeed } from './seed/types'

/** What every 业务办理项 of one base item shares in one region: the seed, the office, the derived parts. */
export interface Implementation {
  seed: ItemSeed
  region: RegionDto
  office: DepartmentInstance
  /** Every department seed by key, for steps another office does */
  departments: ReadonlyMap<string, DepartmentSeed>
  /** The seed's materials with their ids (the same in every region) */
  materials: MaterialDto[]
  scopeRegions: string[]
  online: boolean
  /** 办理流程 with the offices of this region, built on first access */
  process?: ProcessStepDto[]
  locations?: LocationDto[]
}

/**
 * One generated implementation. Fields that lists, filters and search read are its own; the rest of the 办事
 * 指南 is read from the seed or derived on access (the process steps' offices, 实施编码, 好差评), so 20,000
 * implementations cost little memory. Build DTOs with `toSummary` / `toDetail` (model.ts): a spread or
 * JSON.stringify of an item sees its own fields only.
 */
export class GeneratedItem implements CatalogItem {
  readonly baseCode: string
  readonly audiences: Audience[]
  readonly level: RegionLevel
  readonly regionCode: string
  readonly regionName: string
  readonly onlineDepth: number
  readonly visits: number
  readonly scope: CatalogItem['scope']
  readonly onlineDate: string
  readonly aliases: string[]
  readonly themes: string[]
  readonly departmentKey: string

  constructor(
    private readonly impl: Implementation,
    readonly department: DepartmentRefDto,
    readonly id: string,
    readonly name: string,
    readonly variant: string | null,
    private readonly variantIndex: number,
    readonly seedUsage: number,
  ) {
    const { seed, region } = impl
    this.baseCode = seed.baseCode
    this.audiences = seed.audiences
    this.level = seed.level
    this.regionCode = region.code
    this.regionName = region.name
    this.onlineDepth = seed.onlineDepth
    this.visits = seed.visits
    this.scope = seed.scope
    this.onlineDate = seed.onlineDate
    this.aliases = seed.aliases
    this.themes = seed.themes
    this.departmentKey = seed.department
  }

  get type(): ItemType {
    return this.impl.seed.type
  }
  get kind(): ItemKind {
    return this.impl.seed.kind
  }
  get promisedLimit(): TimeLimitDto {
    return this.impl.seed.promisedLimit
  }
  get online(): boolean {
    return this.impl.online
  }
  get bookable(): boolean {
    return this.impl.seed.bookable
  }
  /** 好差评: about 1–3 % of uses leave a rating, 4.2–5.0 on average (deterministic from the id). */
  get rating(): CatalogItem['rating'] {
    const r = new Draws(hash(this.id))
    const count = Math.round(this.seedUsage * r.between(0.01, 0.03))
    return count > 0 ? { score: r.int(42, 50) / 10, count } : { score: 0, count: 0 }
  }
  /** 实施编码: 11 (政务服务事项) + the region's code + 基本编码 + 业务办理项 */
  get implementationCode(): string {
    return `11${this.regionCode.padEnd(9, '0')}${this.baseCode}${String(this.variantIndex + 1).padStart(2, '0')}`
  }
  get version(): string {
    const h = hash(`${this.id}:version`)
    return `V${1 + (h % 4)}.${(h >>> 8) % 10}`
  }
  get conditions(): string {
    return this.impl.seed.conditions
  }
  get legalBasis(): LegalBasisDto[] {
    return this.impl.seed.legalBasis
  }
  get legalLimit(): TimeLimitDto {
    return this.impl.seed.legalLimit
  }
  get channels(): Channel[] {
    return this.impl.seed.channels
  }
  get visitReason(): string | null {
    return this.impl.seed.visitReason
  }
  get mailable(): boolean {
    return this.impl.seed.mailable
  }
  get scopeRegions(): string[] {
    return this.impl.scopeRegions
  }
  get materials(): MaterialDto[] {
    return this.impl.materials
  }
  /** Each step by the implementing office, unless the seed names another department (制证 by the card centre). */
  get process(): ProcessStepDto[] {
    const { seed, region, office, departments } = this.impl
    return (this.impl.process ??= seed.process.map((s) => {
      const other = s.department && s.department !== seed.department ? departments.get(s.department) : undefined
      return { code: s.code, name: s.name, department: other ? nearestOfficeName(other, region) : office.name, days: s.days, description: s.description }
    }))
  }
  get fees(): FeeInfoDto {
    return this.impl.seed.fees
  }
  get locations(): LocationDto[] {
    return (this.impl.locations ??= [this.impl.office.location])
  }
  get consultPhone(): string {
    return this.impl.office.consultPhone
  }
  get complaintPhone(): string {
    return COMPLAINT_PHONE
  }
  get result(): ItemDetailDto['result'] {
    return this.impl.seed.result
  }
  get faq(): FaqDto[] {
    return this.impl.seed.faq
  }
}
