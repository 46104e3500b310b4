import Taro, { useDidShow } from '@tarojs/taro'
import { platform } from '@/platform'
import { bindPhone } from '../../../../api/endpoints/identity'
import { ApiError } from '../../../../api/errors'
import { ASSURANCE_LABEL, formatBeijing } from '../../../../domain/assurance'
import { useStore } from '../../../../stores/create-store'
import { enterprises, loadEnterprises, setActiveEnterprise } from '../../../../stores/enterprises'
import { session, setUser, signOut } from '../../../../stores/session'
import { openPage, routes, withQuery } from '../../../../routes'
import { toast } from '../../../../hooks/host-actions'

/** 账号与安全: binding state, 保障等级, phone, enterprises, sign-out. */
export function useSecurity() {
  const s = useStore(session, (x) => x)
  const e = useStore(enterprises, (x) => x)
  useDidShow(() => void loadEnterprises())
  const user = s.user

  async function onPhoneEvent(event: unknown) {
    if (!platform.phoneButton || platform.name === 'h5') return
    const read = await platform.phoneButton.read(event)
    if (read.status !== 'ok') {
      if (read.status !== 'cancelled') toast(read.message)
      return
    }
    try {
      setUser(await bindPhone({ platform: platform.name, ...read.value }))
      toast('手机号已绑定', 'success')
    } catch (error) {
      toast(error instanceof ApiError ? error.message : '绑定失败，请稍后重试')
    }
  }

  return {
    signedIn: s.status === 'signed-in' && !!user,
    user,
    platformName: platform.displayName,
    assurance: user ? ASSURANCE_LABEL[user.assurance] : '',
    faceAt: user?.faceVerifiedAt ? formatBeijing(user.faceVerifiedAt) : '尚未刷脸',
    phoneButton: platform.phoneButton,
    onPhoneEvent,
    enterprises: e.list,
    activeId: e.activeId,
    enterprisesLoading: e.status === 'loading',
    enterprisesError: e.status === 'error' ? e.error : null,
    setActive: setActiveEnterprise,
    openRealName: () => void openPage(routes.realName),
    openLogin: () => void openPage(routes.login),
    bindEnterprise: () => void openPage(routes.enterprise),
    grantAgent: (id: string) => void openPage(withQuery(routes.enterprise, { id })),
    signOut: async () => {
      const { confirm } = await Taro.showModal({ title: '退出登录', content: '退出后将清除本机保存的登录状态和个人信息。', confirmText: '退出', cancelText: '取消' })
      if (confirm) {
        await signOut()
        void Taro.navigateBack()
      }
    },
  }
}
