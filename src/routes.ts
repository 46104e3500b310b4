import Taro from '@tarojs/taro'

/**
 * Every page's path, in one place. The three tabs and login live in the main package; everything else is a
 * subpackage (see app.config.ts) so the main package stays far below the 2 MB limit.
 */
export const routes = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  settings: '/packages/settings/pages/settings/index',
  region: '/packages/region/pages/region/index',
} as const

export type TabRoute = typeof routes.home | typeof routes.services | typeof routes.mine

export const openTab = (url: TabRoute) => Taro.switchTab({ url })
export const openPage = (url: string) => Taro.navigateTo({ url })
export const goBack = () => Taro.navigateBack()
