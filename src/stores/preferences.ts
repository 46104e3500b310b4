import { platform } from '@/platform'
import type { Mode } from '../api/contract/config'
import { DEFAULT_REGION_CODE } from '../domain/region'
import { createStore } from './create-store'
import { PREFERENCES_KEY } from './storage-keys'

/** What the user chose and expects to find again on the next launch, on this device. */
export interface Preferences {
  /** 个人 / 法人 */
  mode: Mode
  /** 行政区划代码 of the current region (a province, city or district of the app config) */
  regionCode: string
  /**
   * A region chosen below that one: a 街道, or a district of a G60 city (sub-regions are not in the app config,
   * so their name is kept here)
   */
  subRegion: { code: string; name: string } | null
  /** 长辈模式: larger type and touch targets on every page */
  elderMode: boolean
  /** True once the user has set elder mode themselves (then the system font scale no longer decides) */
  elderModeChosen: boolean
}

export { PREFERENCES_KEY }

/** A phone set to large system type (≥ 1.25×) starts in elder mode until the user decides otherwise. */
export const LARGE_FONT_SCALE = 1.25

const defaults: Preferences = { mode: 'personal', regionCode: DEFAULT_REGION_CODE, subRegion: null, elderMode: false, elderModeChosen: false }

const validSubRegion = (value: unknown): Preferences['subRegion'] => {
  const s = value as Preferences['subRegion']
  return s && typeof s.code === 'string' && /^\d{6}(\d{3})?$/.test(s.code) && typeof s.name === 'string' ? { code: s.code, name: s.name } : null
}

function restore(): Preferences {
  const saved = platform.storage.get<Partial<Preferences>>(PREFERENCES_KEY) ?? {}
  const merged: Preferences = {
    mode: saved.mode === 'enterprise' ? 'enterprise' : 'personal',
    regionCode: typeof saved.regionCode === 'string' && /^\d{6}$/.test(saved.regionCode) ? saved.regionCode : defaults.regionCode,
    subRegion: validSubRegion(saved.subRegion),
    elderMode: saved.elderMode === true,
    elderModeChosen: saved.elderModeChosen === true,
  }
  if (!merged.elderModeChosen) merged.elderMode = platform.systemInfo().fontScale >= LARGE_FONT_SCALE
  return merged
}

export const preferences = createStore<Preferences>(restore())

preferences.subscribe(() => platform.storage.set(PREFERENCES_KEY, preferences.get()))

export const setMode = (mode: Mode) => preferences.set({ mode })
/** A region of the app config, optionally narrowed to one of its sub-regions (a street, a G60 city's district). */
export const setRegion = (regionCode: string, subRegion: Preferences['subRegion'] = null) => preferences.set({ regionCode, subRegion })

/** The region lists and search run in: the sub-region when one is chosen, else the region. */
export const scopeRegionCode = (p: Pick<Preferences, 'regionCode' | 'subRegion'>) => p.subRegion?.code ?? p.regionCode
export const setElderMode = (elderMode: boolean) => preferences.set({ elderMode, elderModeChosen: true })

/** Re-reads storage (tests, or after another page changed it). */
export const reloadPreferences = () => preferences.set(restore())
