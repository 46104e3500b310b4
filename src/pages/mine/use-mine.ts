import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { platform } from '@/platform'
import { handlingApi } from '../../api/endpoints/handling'
import { appConfig } from '../../stores/app-config'
import { useStore } from '../../stores/create-store'
import { messagesState, refreshMessages } from '../../stores/messages'
import { preferences } from '../../stores/preferences'
import { session, signOut } from '../../stores/session'
import { regionLabel } from '../../domain/region'
import { openPage, routes, withQuery } from '../../routes'

/** Pages that show personal data open only for a signed-in user; otherwise 登录 first. */
function ensureSignedIn(): boolean {
  if (session.get().status === 'signed-in') return true
  void openPage(routes.login)
  return false
}

/**
 * The numbers beside 我的办件 and 消息: the 办件 in progress (one row asked for; the list answers the counts of every
 * tab) and the unread messages. Asked on every show while signed in; a failure leaves the entry without a
 * number rather than showing an error on 我的.
 */
function useHandlingCounts(signedIn: boolean) {
  const unread = useStore(messagesState, (m) => m.unread)
  const [inProgress, setInProgress] = useState<number | null>(null)
  const shown = useRef(false)

  function refresh() {
    if (session.get().status !== 'signed-in') return
    refreshMessages().catch(() => undefined)
    handlingApi.listApplications({ filter: 'in-progress', limit: 1 }).then(
      (list) => setInProgress(list.counts['in-progress']),
      () => undefined,
    )
  }

  // Signing in (the silent login may finish after 我的 first shows) and out; later shows refresh below.
  useEffect(() => {
    if (signedIn) refresh()
    else setInProgress(null)
  }, [signedIn]) // eslint-disable-line react-hooks/exhaustive-deps
  useDidShow(() => {
    if (shown.current) refresh()
    shown.current = true
  })
  return { unread: signedIn ? unread : 0, inProgress: signedIn ? inProgress : null }
}

/**
 * 我的: the account, its real-name status, its 办件, 草稿, 消息, 证照 and 预约, 咨询 / 投诉 / 找茬, 工作人员验证 for
 * staff, and the way to settings (长辈模式 lives there).
 */
export function useMine() {
  const s = useStore(session, (x) => x)
  const counts = useHandlingCounts(s.status === 'signed-in')
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
    unread: counts.unread,
    inProgress: counts.inProgress,
    openApplications: () => void (ensureSignedIn() && openPage(routes.applications)),
    openDrafts: () => void (ensureSignedIn() && openPage(routes.drafts)),
    openMessages: () => void (ensureSignedIn() && openPage(routes.messages)),
    openLicences: () => void (ensureSignedIn() && openPage(routes.licences)),
    openAppointments: () => void (ensureSignedIn() && openPage(routes.appointments)),
    openConsults: () => void (ensureSignedIn() && openPage(withQuery(routes.feedbackList, { kind: 'consult' }))),
    openComplaints: () => void (ensureSignedIn() && openPage(withQuery(routes.feedbackList, { kind: 'complaint' }))),
    openReports: () => void (ensureSignedIn() && openPage(withQuery(routes.feedbackList, { kind: 'report' }))),
    /** 工作人员验证: window staff only (the entry shows only for them; the page checks again) */
    openVerify: () => void (ensureSignedIn() && openPage(routes.verifyLicence)),
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
