import type { RegionLevel } from '../../api/contract'
import { decodeParam } from '../../routes'

/** A page parameter as text, or undefined when absent or empty (see decodeParam). */
export const readParam = (value: string | undefined): string | undefined => decodeParam(value) || undefined

const LEVELS: readonly RegionLevel[] = ['province', 'city', 'district', 'street']

/** 行使层级 from a parameter; anything else is ignored rather than sent to the server */
export const readLevel = (value: string | undefined): RegionLevel | undefined =>
  LEVELS.find((l) => l === readParam(value))
