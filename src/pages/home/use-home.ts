import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { appConfig, loadAppConfig, modeConfig } from '../../stores/app-config'
import { useStore } from '../../stores/create-store'
import { focusCategory } from '../../stores/navigation'
import { preferences, setMode } from '../../stores/preferences'
import { session } from '../../stores/session'
import { activeEnterprise, enterprises, loadEnterprises } from '../../stores/enterprises'
import { regionLabel } from '../../domain/region'
import { openPage, openTab, routes } from '../../routes'
import { platform } from '@/platform'

/** 首页: what the current mode offers in the current region, and who is signed in. */
export function useHome() {
  const mode = useStore(preferences, (p) => p.mode)
  const regionCode = useStore(preferences, (p) => p.regionCode)
  const config = useStore(appConfig, (c) => c)
  const status = useStore(session, (s) => s.status)
  const user = useStore(session, (s) => s.user)

  const enterprise = useStore(enterprises, activeEnterprise)
  const enterpriseCount = useStore(enterprises, (e) => e.list.length)
  useDidShow(() => {
    if (mode === 'enterprise') void loadEnterprises()
  })

  usePullDownRefresh(() => {
    void loadAppConfig().finally(() => stopPullDownRefresh())
  })

  const current = modeConfig(config.data, mode)
  return {
    mode,
    setMode,
    regionLabel: regionLabel(config.data?.regions ?? [], regionCode),
    loading: config.status === 'loading',
    error: config.status === 'error' ? config.error : null,
    retry: () => void loadAppConfig(),
    modeConfig: current,
    hotline: config.data?.hotline ?? '12345',
    signedIn: status === 'signed-in',
    signingIn: status === 'signing-in' || status === 'idle',
    realNameVerified: user?.realNameVerified ?? false,
    /** 法人 mode acts for one bound enterprise; without one it offers to bind */
    enterprise,
    enterpriseCount,
    openEnterprises: () => void openPage(status === 'signed-in' ? (enterpriseCount ? routes.security : routes.enterprise) : routes.login),
    openRegion: () => void openPage(routes.region),
    openLogin: () => void openPage(routes.login),
    openCategory: (categoryId: string) => {
      focusCategory(categoryId)
      void openTab(routes.services)
    },
    callHotline: () => void platform.makePhoneCall(config.data?.hotline ?? '12345'),
  }
}
