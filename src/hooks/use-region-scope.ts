import { regionLabel } from '../domain/region'
import { appConfig } from '../stores/app-config'
import { useStore } from '../stores/create-store'
import { preferences, scopeRegionCode } from '../stores/preferences'

/** The region lists, search and 首页 run in, with the chip's label and the mode: one hook so every page agrees. */
export function useRegionScope() {
  const mode = useStore(preferences, (p) => p.mode)
  const regionCode = useStore(preferences, (p) => p.regionCode)
  const subRegion = useStore(preferences, (p) => p.subRegion)
  const regions = useStore(appConfig, (c) => c.data?.regions)
  return {
    mode,
    /** What the API's `region` parameter gets */
    scopeCode: scopeRegionCode({ regionCode, subRegion }),
    label: regionLabel(regions ?? [], regionCode, subRegion),
  }
}
