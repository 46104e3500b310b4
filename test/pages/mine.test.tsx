import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Mine from '../../src/pages/mine/index'
import { appConfig } from '../../src/stores/app-config'
import { preferences } from '../../src/stores/preferences'
import { SESSION_KEY, session } from '../../src/stores/session'
import { memory } from './fake-platform'
import { appConfigFixture } from './app-config'

jest.mock('../../src/api/endpoints/auth', () => ({
  logout: jest.fn(async () => undefined),
  getMe: jest.fn(),
  loginWithPlatformCode: jest.fn(),
  loginWithSms: jest.fn(),
  sendSmsCode: jest.fn(),
}))

const user = { id: 'u1', platform: 'h5' as const, displayName: '手机用户 0000', phoneMasked: '138****0000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null }

beforeEach(() => {
  jest.clearAllMocks()
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', elderMode: false })
})

describe('我的', () => {
  it('shows an anonymous visitor the way to sign in', () => {
    session.set({ status: 'anonymous', token: null, user: null, error: null })
    render(<Mine />)
    expect(screen.getByText('未登录')).toBeTruthy()
    fireEvent.click(screen.getByText('登录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' })
  })

  it('shows the signed-in account with a masked phone and its real-name status', () => {
    session.set({ status: 'signed-in', token: 't', user, error: null })
    render(<Mine />)
    expect(screen.getByText('手机用户 0000')).toBeTruthy()
    expect(screen.getByText('138****0000')).toBeTruthy()
    expect(screen.getByText('未实名 · 去认证')).toBeTruthy()
    expect(screen.getByText('账号与安全')).toBeTruthy()
    expect(screen.getByText('我的缴费')).toBeTruthy()
  })

  it('opens 设置 where elder mode lives', () => {
    session.set({ status: 'anonymous', token: null, user: null, error: null })
    render(<Mine />)
    fireEvent.click(screen.getByText('设置'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/settings/pages/settings/index' })
  })

  it('signs out after confirmation and forgets the saved session', async () => {
    memory.set(SESSION_KEY, { token: 't', user, expiresAt: '2099-01-01T00:00:00Z' })
    session.set({ status: 'signed-in', token: 't', user, error: null })
    render(<Mine />)
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'))
    })
    expect(Taro.showModal).toHaveBeenCalled()
    expect(session.get().status).toBe('anonymous')
    expect(memory.has(SESSION_KEY)).toBe(false)
    expect(screen.getByText('未登录')).toBeTruthy()
  })

  it('offers 我的预约 to a signed-in user', () => {
    session.set({ status: 'signed-in', token: 't', user, error: null })
    render(<Mine />)
    fireEvent.click(screen.getByText('我的预约'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/appointment/pages/list/index' })
  })

  it('shows 工作人员验证 only to window staff', () => {
    session.set({ status: 'signed-in', token: 't', user, error: null })
    const { unmount } = render(<Mine />)
    expect(screen.queryByText('工作人员验证')).toBeNull()
    unmount()

    const staff = { name: '王芳', department: '黄浦区行政服务中心', hall: '黄浦区行政服务中心（中山南路）' }
    session.set({ user: { ...user, staff } })
    render(<Mine />)
    expect(screen.getByText('黄浦区行政服务中心（中山南路） · 扫码核验电子证照')).toBeTruthy()
    fireEvent.click(screen.getByText('工作人员验证'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/wallet/pages/verify/index' })
  })

  it('shows why a silent sign-in failed', () => {
    session.set({ status: 'failed', token: null, user: null, error: '登录凭证已使用，请重新登录' })
    render(<Mine />)
    expect(screen.getByText('登录凭证已使用，请重新登录')).toBeTruthy()
  })

  it('opens 我的咨询, 我的投诉 and 我的找茬, each its own list', () => {
    session.set({ status: 'signed-in', token: 't', user, error: null })
    render(<Mine />)
    const urls = ['我的咨询', '我的投诉', '我的找茬'].map((title) => {
      fireEvent.click(screen.getByText(title))
      return jest.mocked(Taro.navigateTo).mock.lastCall![0].url
    })
    expect(urls).toEqual(['consult', 'complaint', 'report'].map((kind) => `/packages/feedback/pages/list/index?kind=${kind}`))
  })

  it('shows the feedback lists only once signed in', () => {
    session.set({ status: 'anonymous', token: null, user: null, error: null })
    render(<Mine />)
    expect(screen.queryByText('我的咨询')).toBeNull()
    expect(screen.queryByText('我的投诉')).toBeNull()
    expect(screen.queryByText('我的找茬')).toBeNull()
  })

  it('offers 实名认证 from the badge as a named button, and no button once verified', () => {
    session.set({ status: 'signed-in', token: 't', user, error: null })
    const { unmount } = render(<Mine />)
    fireEvent.click(screen.getByRole('button', { name: '未实名 · 去认证' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/real-name/index' })
    unmount()
    session.set({ user: { ...user, realNameVerified: true } })
    render(<Mine />)
    expect(screen.getByText('已实名')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /去实名认证/ })).toBeNull()
    expect(screen.getByText('已实名').parentElement!.getAttribute('role')).toBeNull()
  })
})
