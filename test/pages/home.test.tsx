import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Home from '../../src/pages/home/index'
import { appConfig } from '../../src/stores/app-config'
import { navigation } from '../../src/stores/navigation'
import { PREFERENCES_KEY, preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { memory, platform } from './fake-platform'
import { appConfigFixture } from './app-config'

beforeEach(() => {
  jest.clearAllMocks()
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', elderMode: false, elderModeChosen: false })
  session.set({ status: 'anonymous', token: null, user: null, error: null })
})

describe('首页', () => {
  it('shows the region chip and the citizen shortcuts by default', () => {
    render(<Home />)
    expect(screen.getByLabelText('当前地区 上海市，点击切换')).toBeTruthy()
    expect(screen.getByText('个人常用')).toBeTruthy()
    expect(screen.getByText('电子社保卡')).toBeTruthy()
    expect(screen.queryByText('企业常用')).toBeNull()
  })

  it('switches to 法人 mode, shows different content and persists the choice', () => {
    const { container } = render(<Home />)
    expect(container.firstElementChild!.className).not.toContain('tb-page--enterprise')
    fireEvent.click(screen.getByText('法人'))
    expect(container.firstElementChild!.className).toContain('tb-page--enterprise')
    expect(screen.getByText('企业常用')).toBeTruthy()
    expect(screen.queryByText('电子社保卡')).toBeNull()
    const enterpriseTitles = appConfigFixture.modes.find((m) => m.id === 'enterprise')!.quickEntries.map((e) => e.title)
    for (const title of enterpriseTitles) expect(screen.getByText(title)).toBeTruthy()
    expect((memory.get(PREFERENCES_KEY) as { mode: string }).mode).toBe('enterprise')
  })

  it('shows a district as 上海·松江 on the chip', () => {
    preferences.set({ regionCode: '310117' })
    render(<Home />)
    expect(screen.getByLabelText('当前地区 上海·松江，点击切换')).toBeTruthy()
  })

  it('opens the region picker from the chip', () => {
    render(<Home />)
    fireEvent.click(screen.getByLabelText('当前地区 上海市，点击切换'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/region/pages/region/index' })
  })

  it('opens 办事 focused on the category of a shortcut', () => {
    render(<Home />)
    fireEvent.click(screen.getByText('公积金提取'))
    expect(navigation.get().focusCategoryId).toBe('p-provident-fund')
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('shows skeletons while the configuration loads, and a retry when it fails', () => {
    appConfig.set({ status: 'loading', data: null, error: null })
    const { container } = render(<Home />)
    expect(container.querySelectorAll('.tb-skeleton').length).toBeGreaterThan(0)
    act(() => appConfig.set({ status: 'error', error: '网络连接失败，请检查网络后重试' }))
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    expect(screen.getByText('重新加载')).toBeTruthy()
  })

  it('invites an anonymous user to sign in, and hides the invitation once signed in', () => {
    render(<Home />)
    fireEvent.click(screen.getByText('登录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' })
    act(() =>
      session.set({ status: 'signed-in', token: 't', user: { id: 'u1', platform: 'h5', displayName: '市民', phoneMasked: '138****0000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null } }),
    )
    expect(screen.queryByText('登录后办事更方便')).toBeNull()
  })

  it('calls the 12345 hotline through the adapter', () => {
    render(<Home />)
    fireEvent.click(screen.getByText('12345 政务服务便民热线'))
    expect(platform.makePhoneCall).toHaveBeenCalledWith('12345')
  })
})
