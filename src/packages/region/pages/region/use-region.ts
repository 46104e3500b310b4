import { useState } from 'react'
import type { RegionDto } from '../../../../api/contract/config'
import { catalogApi } from '../../../../api/endpoints/catalog'
import { ApiError } from '../../../../api/errors'
import { appConfig, loadAppConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { preferences, scopeRegionCode, setRegion } from '../../../../stores/preferences'
import { corridorByProvince, groupRegions } from '../../../../domain/region'
import { goBack } from '../../../../routes'

type Level = { region: RegionDto; children: RegionDto[] | null; error: string | null }

/**
 * 选择地区: province → city → district → street. The home city (上海市) with its districts and the G60 corridor
 * cities by province come from the app config; opening a district or a G60 city fetches its streets or districts
 * (they are not in the config, to keep it small). Choosing a whole region or one below it sets the scope of every
 * list, search and 首页.
 */
export function useRegion() {
  const config = useStore(appConfig, (c) => c)
  const current = useStore(preferences, (p) => scopeRegionCode(p))
  const regionCode = useStore(preferences, (p) => p.regionCode)
  const homeCode = config.data?.defaultRegionCode
  const regions = config.data?.regions ?? []
  /** The drill-down: [a district or G60 city, then a G60 district] */
  const [path, setPath] = useState<Level[]>([])

  async function open(region: RegionDto) {
    const at = path.length
    setPath((p) => [...p.slice(0, at), { region, children: null, error: null }])
    try {
      const { children } = await catalogApi.regionChildren(region.code)
      setPath((p) => (p[at]?.region.code === region.code ? [...p.slice(0, at), { region, children, error: null }] : p))
    } catch (e) {
      const error = e instanceof ApiError ? e.message : '加载失败，请稍后重试'
      setPath((p) => (p[at]?.region.code === region.code ? [...p.slice(0, at), { region, children: null, error }] : p))
    }
  }

  /** `region` itself (a config region), or one below the config region at the root of the drill-down. */
  function choose(region: RegionDto) {
    const root = path[0]?.region
    if (!root || region.code === root.code) setRegion(region.code)
    else setRegion(root.code, { code: region.code, name: region.name })
    void goBack()
  }

  const top = path[path.length - 1] ?? null
  return {
    loading: config.status === 'loading',
    error: config.status === 'error' ? config.error : null,
    retry: () => void loadAppConfig(),
    current,
    /** The config region and the sub-region chosen in it */
    selected: [regionCode, current],
    groups: groupRegions(regions, homeCode),
    corridor: corridorByProvince(regions, homeCode),
    /** The region being drilled into, its sub-regions (null while loading) and the trail above it */
    level: top,
    trail: path.map((l) => l.region),
    open: (region: RegionDto) => void open(region),
    retryLevel: () => top && void open(top.region),
    back: () => setPath((p) => p.slice(0, -1)),
    /** Sub-regions with their own sub-regions (a G60 city's districts) open further; streets are chosen */
    canOpen: (region: RegionDto) => region.level === 'district' || region.level === 'city',
    choose,
  }
}
