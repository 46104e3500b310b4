import type { RegionLevel } from '../../api/contract'

/**
 * A page parameter as text. Mini-program hosts hand query values over still percent-encoded while H5 decodes
 * them, so decode once and keep the raw value when it is not valid encoding (a literal 「%」).
 */
export function readParam(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

const LEVELS: readonly RegionLevel[] = ['province', 'city', 'district', 'street']

/** 行使层级 from a parameter; anything else is ignored rather than sent to the server */
export const readLevel = (value: string | undefined): RegionLevel | undefined =>
  LEVELS.find((l) => l === readParam(value))
