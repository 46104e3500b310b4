import type { ItemDetailDto, ItemSummaryDto } from '../../src/api/contract'

/**
 * One generated implementation (实施清单 entry): the guide as served, without the per-caller flag and the live
 * usage count (kept in the store slice, see state.ts). `seedUsage` is the usage the seed data starts from.
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
