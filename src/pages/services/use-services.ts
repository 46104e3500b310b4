import { useEffect, useRef, useState } from 'react'
import type { BrowseDto, DepartmentDto, Mode, RegionLevel, ScenarioHitDto } from '../../api/contract'
import { catalogApi } from '../../api/endpoints/catalog'
import { scenarioApi } from '../../api/endpoints/scenario'
import { ApiError } from '../../api/errors'
import { LEVEL_LABEL } from '../../domain/catalog'
import { useRegionScope } from '../../hooks/use-region-scope'
import { appConfig, loadAppConfig, modeConfig } from '../../stores/app-config'
import { useStore } from '../../stores/create-store'
import { focusCategory, navigation } from '../../stores/navigation'
import { setMode } from '../../stores/preferences'
import { openPage, routes, withQuery } from '../../routes'

export type BrowseTab = 'theme' | 'department' | 'level'

export const BROWSE_TABS: { id: BrowseTab; label: string }[] = [
  { id: 'theme', label: '按主题' },
  { id: 'department', label: '按部门' },
  { id: 'level', label: '按层级' },
]

type Loaded = { browse: BrowseDto; departments: DepartmentDto[] }

/**
 * The mode's 一件事, shown first under 按主题. Apart from the catalog: without them the page still works, so a
 * failure leaves the list empty and says nothing.
 */
function useScenarios(mode: Mode): ScenarioHitDto[] {
  const [loaded, setLoaded] = useState<{ mode: Mode; scenarios: ScenarioHitDto[] } | null>(null)
  useEffect(() => {
    let current = true
    scenarioApi.list(mode).then(
      (list) => {
        if (current) setLoaded({ mode, scenarios: list.scenarios.filter((s) => s.mode === mode) })
      },
      () => {
        if (current) setLoaded({ mode, scenarios: [] })
      },
    )
    return () => {
      current = false
    }
  }, [mode])
  return loaded?.mode === mode ? loaded.scenarios : []
}

/**
 * 办事: every item of the current mode and region, browsed by 主题 (life events / enterprise life cycle), by
 * department (each opens its 旗舰店) or by level (市级 / 区级 / 街道级).
 */
export function useServices() {
  const scope = useRegionScope()
  const config = useStore(appConfig, (c) => c)
  const [tab, setTab] = useState<BrowseTab>('theme')
  const [data, setData] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const latest = useRef(0)
  const scenarios = useScenarios(scope.mode)

  async function load() {
    const ticket = ++latest.current
    setError(null)
    try {
      const [browse, departments] = await Promise.all([
        catalogApi.browse(scope.scopeCode, scope.mode),
        catalogApi.listDepartments(scope.scopeCode, scope.mode),
      ])
      if (ticket === latest.current) setData({ browse, departments: departments.departments.filter((d) => d.itemCount > 0) })
    } catch (e) {
      if (ticket === latest.current) setError(e instanceof ApiError ? e.message : '加载失败，请稍后重试')
    }
  }
  useEffect(() => {
    setData(null)
    void load()
  }, [scope.scopeCode, scope.mode]) // eslint-disable-line react-hooks/exhaustive-deps

  // A 首页 shortcut may still arrive through the navigation store (older links): open its theme.
  const requested = useStore(navigation, (n) => n.focusCategoryId)
  const categories = modeConfig(config.data, scope.mode)?.categories ?? []
  useEffect(() => {
    if (!requested) return
    const theme = modeConfig(appConfig.get().data, scope.mode)?.categories.find((c) => c.id === requested)
    focusCategory(null)
    if (theme) void openPage(withQuery(routes.itemList, { theme: theme.id, title: theme.title }))
  }, [requested, scope.mode])

  const counts = new Map((data?.browse.themes ?? []).map((t) => [t.id, t.count]))
  const levels = (data?.browse.levels ?? []).filter((l) => l.count > 0)
  return {
    mode: scope.mode,
    setMode,
    regionLabel: scope.label,
    tab,
    setTab,
    loading: config.status === 'loading' || (!data && !error),
    error: config.status === 'error' ? config.error : error,
    retry: () => {
      if (config.status === 'error') void loadAppConfig()
      void load()
    },
    total: data?.browse.total ?? 0,
    crossRegionCount: data?.browse.crossRegionCount ?? 0,
    scenarios,
    themes: categories.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 })),
    departments: data?.departments ?? [],
    levels: levels.map((l) => ({ ...l, label: LEVEL_LABEL[l.level] })),
    openRegion: () => void openPage(routes.region),
    openSearch: () => void openPage(routes.search),
    openAll: () => void openPage(withQuery(routes.itemList, { title: '全部事项' })),
    openTheme: (id: string, title: string) => void openPage(withQuery(routes.itemList, { theme: id, title })),
    openScenario: (scenario: ScenarioHitDto) => void openPage(withQuery(routes.scenario, { id: scenario.id })),
    openDepartment: (id: string) => void openPage(withQuery(routes.store, { id })),
    openLevel: (level: RegionLevel) => void openPage(withQuery(routes.itemList, { level, title: `${LEVEL_LABEL[level]}事项` })),
    openCrossRegion: () => void openPage(withQuery(routes.itemList, { crossRegion: '1', title: '跨区域通办事项' })),
  }
}
