import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Login from '../../src/pages/login/index'
import { ApiError } from '../../src/api/errors'
import { loginWithSms, sendSmsCode } from '../../src/api/endpoints/auth'
import { session } from '../../src/stores/session'

jest.mock('../../src/api/endpoints/auth', () => ({
  logout: jest.fn(),
  getMe: jest.fn(),
  loginWithPlatformCode: jest.fn(),
  loginWithSms: jest.fn(),
  sendSmsCode: jest.fn(),
}))

const phoneInput = () => screen.getByLabelText('手机号')
const codeInput = () => screen.getByLabelText('短信验证码')

beforeEach(() => {
  jest.clearAllMocks()
  session.set({ status: 'anonymous', token: null, user: null, error: null })
})

describe('登录 (H5: phone + SMS code)', () => {
  it('says the session expired when that is why the user is here', async () => {
    session.set({ error: '登录已过期，请重新登录' })
    render(<Login />)
    expect(screen.getByText('登录已过期，请重新登录')).toBeTruthy()
    act(() => session.set({ error: '微信登录失败，请稍后重试' }))
    expect(screen.queryByText('登录已过期，请重新登录')).toBeNull()
    expect(screen.queryByText('微信登录失败，请稍后重试')).toBeNull()
  })

  it('explains each kind of phone mistake in Chinese before sending anything', async () => {
    render(<Login />)
    await act(async () => fireEvent.click(screen.getByText('获取验证码')))
    expect(screen.getByText('请输入手机号')).toBeTruthy()
    fireEvent.change(phoneInput(), { target: { value: '1380013800' } })
    await act(async () => fireEvent.click(screen.getByText('获取验证码')))
    expect(screen.getByText('手机号应为 11 位，您输入了 10 位')).toBeTruthy()
    fireEvent.change(phoneInput(), { target: { value: '12800138000' } })
    await act(async () => fireEvent.click(screen.getByText('获取验证码')))
    expect(screen.getByText('手机号应以 13–19 开头')).toBeTruthy()
    expect(sendSmsCode).not.toHaveBeenCalled()
  })

  it('sends the code once and counts down before a resend', async () => {
    jest.useFakeTimers()
    jest.mocked(sendSmsCode).mockResolvedValue({ cooldownSeconds: 60, expiresInSeconds: 300 })
    render(<Login />)
    fireEvent.change(phoneInput(), { target: { value: '138 0013 8000' } })
    await act(async () => fireEvent.click(screen.getByText('获取验证码')))
    expect(sendSmsCode).toHaveBeenCalledWith({ phone: '13800138000' })
    expect(screen.getByText('60 秒后重发')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('60 秒后重发')))
    expect(sendSmsCode).toHaveBeenCalledTimes(1)
    // Each second re-renders and schedules the next tick, as on a device.
    for (let i = 0; i < 3; i++) {
      await act(async () => {
        jest.advanceTimersByTime(1000)
      })
    }
    expect(screen.getByText('57 秒后重发')).toBeTruthy()
    jest.useRealTimers()
  })

  it('shows the server’s Chinese reason when the code is wrong, and keeps what was typed', async () => {
    jest.mocked(loginWithSms).mockRejectedValue(new ApiError({ kind: 'client', status: 400, code: 'SMS_CODE_WRONG', message: '验证码不正确，还可尝试 4 次' }))
    render(<Login />)
    fireEvent.change(phoneInput(), { target: { value: '13800138000' } })
    fireEvent.change(codeInput(), { target: { value: '123456' } })
    await act(async () => fireEvent.click(screen.getAllByText('登录').pop()!))
    expect(screen.getByText('验证码不正确，还可尝试 4 次')).toBeTruthy()
    expect((phoneInput() as HTMLInputElement).value).toBe('13800138000')
    expect((codeInput() as HTMLInputElement).value).toBe('123456')
  })

  it('checks the code format locally', async () => {
    render(<Login />)
    fireEvent.change(phoneInput(), { target: { value: '13800138000' } })
    fireEvent.change(codeInput(), { target: { value: '12ab' } })
    await act(async () => fireEvent.click(screen.getAllByText('登录').pop()!))
    expect(screen.getByText('验证码为 6 位数字')).toBeTruthy()
    expect(loginWithSms).not.toHaveBeenCalled()
  })

  it('signs in, keeps the session and leaves the page', async () => {
    const user = { id: 'u1', platform: 'h5' as const, displayName: '手机用户 8000', phoneMasked: '138****8000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null }
    // The first tap's answer is lost (the server may have signed in and used the code up): the second tap is the
    // same request, with the same Idempotency-Key, so the server replays its answer instead of 验证码已失效.
    jest.mocked(loginWithSms).mockRejectedValueOnce(new ApiError({ kind: 'timeout' })).mockResolvedValue({ token: 'tok', expiresAt: '2099-01-01T00:00:00Z', user })
    render(<Login />)
    fireEvent.change(phoneInput(), { target: { value: '13800138000' } })
    fireEvent.change(codeInput(), { target: { value: '654321' } })
    await act(async () => fireEvent.click(screen.getAllByText('登录').pop()!))
    expect(screen.getByText('请求超时，请稍后重试')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getAllByText('登录').pop()!))
    expect(loginWithSms).toHaveBeenCalledTimes(2)
    const [first, second] = jest.mocked(loginWithSms).mock.calls
    expect(first).toEqual([{ phone: '13800138000', code: '654321' }, expect.any(String)])
    expect(second).toEqual(first)
    expect(session.get()).toMatchObject({ status: 'signed-in', token: 'tok', user })
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
  })
})
