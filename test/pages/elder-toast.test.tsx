import Taro from '@tarojs/taro'
import { ELDER_TOAST_MS, toast } from '../../src/hooks/host-actions'
import { preferences } from '../../src/stores/preferences'

/** 长辈模式: a toast stays up long enough to read; the normal mode keeps the host's own duration. */
describe('host-actions toast', () => {
  beforeEach(() => jest.mocked(Taro.showToast).mockClear())

  it('uses the host’s default duration in normal mode', () => {
    preferences.set({ elderMode: false })
    toast('地址已复制')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '地址已复制', icon: 'none' })
  })

  it('keeps a toast up for 3 s in elder mode, success icon included', () => {
    preferences.set({ elderMode: true })
    toast('已撤回申请', 'success')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已撤回申请', icon: 'success', duration: ELDER_TOAST_MS })
    expect(ELDER_TOAST_MS).toBeGreaterThanOrEqual(3000)
  })
})
