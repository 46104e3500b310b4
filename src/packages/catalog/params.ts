import type { ItemType, RegionLevel } from '../../api/contract'
import { decodeParam } from '../../routes'

/** A page parameter as text, or undefined when absent or empty (see decodeParam). */
export const readParam = (value: string | undefined): string | undefined => decodeParam(value) || undefined

const LEVELS: readonly RegionLevel[] = ['province', 'city', 'district', 'street']

/** 行使层级 from a parameter; anything else is ignored rather than sent to the server */
export const readLevel = (value: string | undefined): RegionLevel | undefined =>
  LEVELS.find((l) => l === readParam(value))

/**
 * 事项类型 the list may be asked for (?type=convenience: 便民服务). A Record, so a type added to the contract
 * breaks the compile here rather than being silently refused.
 */
const ITEM_TYPES: Record<ItemType, true> = {
  permit: true,
  benefit: true,
  confirmation: true,
  ruling: true,
  award: true,
  'other-power': true,
  'public-service': true,
  convenience: true,
}

/** 事项类型 from a parameter; anything else is ignored rather than sent to the server */
export const readItemType = (value: string | undefined): ItemType | undefined => {
  const type = readParam(value)
  return type && Object.prototype.hasOwnProperty.call(ITEM_TYPES, type) ? (type as ItemType) : undefined
}
