import { platform } from '@/platform'
import type { Mode } from '../api/contract/config'
import { DEFAULT_REGION_CODE } from '../domain/region'
import { createStore } from './create-store'

/** What the user chose and expects to find again on the next launch, on this device. */
export interface Preferences {
  /** 个人 / 法人 */
  mode: Mode
  /** 行政区划代码 of the current region */
  regionCode: string
  /** 长辈模式: larger type and touch targets on every page */
  elderMode: boolean
  /** True once the user has set elder mode themselves (then the system font scale no longer decides) */
  elderModeChosen: boolean
}

export const PREFERENCES_KEY = 'tb.preferences.v1'

/** A phone set to large system type (≥ 1.25×) starts in elder mode until the user decides otherwise. */
export const LARGE_FONT_SCALE = 1.25

const defaults: Preferences = { mode: 'personal', regionCode: DEFAULT_REGION_CODE, elderMode: false, elderModeChosen: false }

function restore(): Preferences {
  const saved = platform.storage.get<Partial<Preferences>>(PREFERENCES_KEY) ?? {}
  const merged: Preferences = {
    mode: saved.mode === 'enterprise' ? 'enterprise' : 'personal',
    regionCode: typeof saved.regionCode === 'string' && /^\d{6}$/.test(saved.regionCode) ? saved.regionCode : defaults.regionCode,
    elderMode: saved.elderMode === true,
    elderModeChosen: saved.elderModeChosen === true,
  }
  if (!merged.elderModeChosen) merged.elderMode = platform.systemInfo().fontScale >= LARGE_FONT_SCALE
  return merged
}

export const preferences = createStore<Preferences>(restore())

preferences.subscribe(() => platform.storage.set(PREFERENCES_KEY, preferences.get()))

export const setMode = (mode: Mode) => preferences.set({ mode })
export const setRegion = (regionCode: string) => preferences.set({ regionCode })
export const setElderMode = (elderMode: boolean) => preferences.set({ elderMode, elderModeChosen: true })

/** Re-reads storage (tests, or after another page changed it). */
export const reloadPreferences = () => preferences.set(restore())
