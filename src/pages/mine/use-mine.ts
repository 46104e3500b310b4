import Taro from '@tarojs/taro'
import { platform } from '@/platform'
import { appConfig } from '../../stores/app-config'
import { useStore } from '../../stores/create-store'
import { preferences } from '../../stores/preferences'
import { session, signOut } from '../../stores/session'
import { regionLabel } from '../../domain/region'
import { openPage, routes } from '../../routes'

/** Pages that show personal data open only for a signed-in user; otherwise 登录 first. */
function ensureSignedIn(): boolean {
  if (session.get().status === 'signed-in') return true
  void openPage(routes.login)
  return false
}

/** 我的: the account, its real-name status, and the way to settings. */
export function useMine() {
  const s = useStore(session, (x) => x)
  const prefs = useStore(preferences, (p) => p)
  const config = useStore(appConfig, (c) => c.data)
  return {
    status: s.status,
    user: s.user,
    error: s.error,
    platformName: platform.displayName,
    modeLabel: prefs.mode === 'enterprise' ? '法人' : '个人',
    elderMode: prefs.elderMode,
    regionLabel: regionLabel(config?.regions ?? [], prefs.regionCode, prefs.subRegion),
    hotline: config?.hotline ?? '12345',
    openLogin: () => void openPage(routes.login),
    openSettings: () => void openPage(routes.settings),
    openSecurity: () => void openPage(routes.security),
    openRealName: () => void openPage(routes.realName),
    openFees: () => void (ensureSignedIn() && openPage(routes.fees)),
    openSubscriptions: () => void (ensureSignedIn() && openPage(routes.subscriptions)),
    openRegion: () => void openPage(routes.region),
    callHotline: () => void platform.makePhoneCall(config?.hotline ?? '12345'),
    signOut: async () => {
      const { confirm } = await Taro.showModal({ title: '退出登录', content: '退出后需要重新登录才能查看您的办件和证照。', confirmText: '退出', cancelText: '取消' })
      if (confirm) await signOut()
    },
  }
}
