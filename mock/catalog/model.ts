import type { ItemDetailDto, ItemSummaryDto } from '../../src/api/contract'

/**
 * One generated implementation (实施清单 entry): the guide as served, without the per-caller flag and the live
 * usage count (kept in the store slice, see state.ts). `seedUsage` is the usage the seed data starts from.
 * The generator's items are `GeneratedItem`s (implementation.ts) whose guide fields are getters: read them,
 * and build DTOs with `toSummary` / `toDetail` rather than by spreading an item.
 */
export type CatalogItem = Omit<ItemDetailDto, 'subscribed' | 'usageCount'> & {
  /** 业务办理项 (新办, 变更, …) or null when the base item has one */
  variant: string | null
  /** Abstract department key (DepartmentSeed.key) */
  departmentKey: string
  seedUsage: number
}

/** A catalog item as a summary DTO with its live usage count. */
export function toSummary(item: CatalogItem, usageCount: number): ItemSummaryDto {
  return {
    id: item.id,
    name: item.name,
    baseCode: item.baseCode,
    type: item.type,
    audiences: item.audiences,
    department: item.department,
    level: item.level,
    regionCode: item.regionCode,
    regionName: item.regionName,
    kind: item.kind,
    promisedLimit: item.promisedLimit,
    onlineDepth: item.onlineDepth,
    visits: item.visits,
    scope: item.scope,
    online: item.online,
    bookable: item.bookable,
    usageCount,
    onlineDate: item.onlineDate,
    rating: item.rating,
  }
}

/** The full 办事指南 of an item for one caller. */
export function toDetail(item: CatalogItem, usageCount: number, subscribed: boolean): ItemDetailDto {
  return {
    ...toSummary(item, usageCount),
    aliases: item.aliases,
    implementationCode: item.implementationCode,
    version: item.version,
    themes: item.themes,
    conditions: item.conditions,
    legalBasis: item.legalBasis,
    legalLimit: item.legalLimit,
    channels: item.channels,
    visitReason: item.visitReason,
    mailable: item.mailable,
    scopeRegions: item.scopeRegions,
    materials: item.materials,
    process: item.process,
    fees: item.fees,
    locations: item.locations,
    consultPhone: item.consultPhone,
    complaintPhone: item.complaintPhone,
    result: item.result,
    faq: item.faq,
    subscribed,
  }
}
