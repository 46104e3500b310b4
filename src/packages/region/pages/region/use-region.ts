import { appConfig, loadAppConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { preferences, setRegion } from '../../../../stores/preferences'
import { groupRegions } from '../../../../domain/region'
import { goBack } from '../../../../routes'

/** 选择地区: the home city, its districts, and the G60 corridor cities for cross-region (跨域通办) items. */
export function useRegion() {
  const config = useStore(appConfig, (c) => c)
  const current = useStore(preferences, (p) => p.regionCode)
  const homeCode = config.data?.defaultRegionCode
  return {
    loading: config.status === 'loading',
    error: config.status === 'error' ? config.error : null,
    retry: () => void loadAppConfig(),
    current,
    groups: groupRegions(config.data?.regions ?? [], homeCode),
    choose: (code: string) => {
      setRegion(code)
      void goBack()
    },
  }
}
