import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { appConfig, loadAppConfig, modeConfig } from '../../stores/app-config'
import { useStore } from '../../stores/create-store'
import { focusCategory, navigation } from '../../stores/navigation'
import { preferences, setMode } from '../../stores/preferences'
import { regionLabel } from '../../domain/region'
import { openPage, routes } from '../../routes'

/** 办事: every service category of the current mode and region; a home shortcut opens one of them. */
export function useServices() {
  const mode = useStore(preferences, (p) => p.mode)
  const regionCode = useStore(preferences, (p) => p.regionCode)
  const config = useStore(appConfig, (c) => c)
  const requested = useStore(navigation, (n) => n.focusCategoryId)
  const [expanded, setExpanded] = useState<string | null>(null)

  // A shortcut from 首页 arrives through the navigation store (switchTab carries no query).
  useDidShow(() => {
    const id = navigation.get().focusCategoryId
    if (id) {
      setExpanded(id)
      focusCategory(null)
    }
  })

  const categories = modeConfig(config.data, mode)?.categories ?? []
  const open = requested ?? expanded
  return {
    mode,
    setMode: (m: typeof mode) => {
      setExpanded(null)
      setMode(m)
    },
    regionLabel: regionLabel(config.data?.regions ?? [], regionCode),
    loading: config.status === 'loading',
    error: config.status === 'error' ? config.error : null,
    retry: () => void loadAppConfig(),
    categories,
    expandedId: open,
    toggle: (id: string) => setExpanded(open === id ? null : id),
    openRegion: () => void openPage(routes.region),
  }
}
