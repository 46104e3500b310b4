import { platform } from '@/platform'
import { CONTRACT_VERSION } from '../../../../api/contract/constants'
import { useStore } from '../../../../stores/create-store'
import { LARGE_FONT_SCALE, preferences, setElderMode } from '../../../../stores/preferences'

/** 设置: 长辈模式 and what a support call needs to know (versions, platform, server). */
export function useSettings() {
  const elderMode = useStore(preferences, (p) => p.elderMode)
  const info = platform.systemInfo()
  return {
    elderMode,
    toggleElderMode: () => setElderMode(!elderMode),
    systemLargeFont: info.fontScale >= LARGE_FONT_SCALE,
    about: [
      { label: '通办版本', value: '0.1.0' },
      { label: '接口版本', value: CONTRACT_VERSION },
      { label: '运行平台', value: platform.displayName },
      { label: '服务地址', value: process.env.TARO_APP_API_BASE || '当前站点' },
    ],
  }
}
