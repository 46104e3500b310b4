import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import RealName from '../../src/packages/account/pages/real-name/index'
import FaceCheck from '../../src/packages/account/pages/face-check/index'
import Enterprise from '../../src/packages/account/pages/enterprise/index'
import { bindEnterprise, confirmFace, listEnterprises, startRealName, startStepUp } from '../../src/api/endpoints/identity'
import { ApiError } from '../../src/api/errors'
import { appConfig } from '../../src/stores/app-config'
import { session } from '../../src/stores/session'
import { enterprises } from '../../src/stores/enterprises'
import { platform } from './fake-platform'
import { appConfigFixture } from './app-config'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/identity', () => ({
  startRealName: jest.fn(),
  startStepUp: jest.fn(),
  confirmFace: jest.fn(),
  listEnterprises: jest.fn(),
  bindEnterprise: jest.fn(),
  grantAgent: jest.fn(),
  bindPhone: jest.fn(),
}))

const VALID_ID = '11010519491231002X'
const base = { id: 'u1', platform: 'weapp' as const, displayName: '微信用户', phoneMasked: null, assurance: 'account' as const }
const anonymousCitizen = { ...base, realNameVerified: false, realName: null, faceVerifiedAt: null }
const verifiedCitizen = { ...base, realNameVerified: true, assurance: 'face' as const, realName: { nameMasked: '张*', idNumberMasked: '1101**********002X' }, faceVerifiedAt: '2026-11-29T09:00:00Z' }
const ticket = { ticketId: 't-1', purpose: 'bind' as const, expiresAt: '2099-01-01T00:00:00Z', provider: { provider: 'weapp' as const, verifyId: 'v-1' } }

beforeEach(() => {
  jest.clearAllMocks()
  jest.mocked(Taro.getCurrentPages).mockReturnValue([{ route: 'pages/mine/index' }])
  setRouterParams({})
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  session.set({ status: 'signed-in', token: 't', user: anonymousCitizen, error: null })
  platform.name = 'weapp'
  platform.verifyFace = jest.fn(async () => ({ status: 'ok' as const, value: { api: 'requestFacialVerify' } }))
})

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('实名认证', () => {
  it('explains each mistake in Chinese and asks for consent before any face check', async () => {
    render(<RealName />)
    type('姓名', 'Zhang')
    type('身份证号', '110105194912310021')
    await act(async () => fireEvent.click(screen.getByText('开始刷脸认证')))
    expect(screen.getByText('请输入与身份证一致的姓名（中文）')).toBeTruthy()
    expect(screen.getByText('身份证号校验位不正确，请核对后重新输入')).toBeTruthy()
    expect(screen.getByText('请阅读并同意个人信息处理说明')).toBeTruthy()
    expect(startRealName).not.toHaveBeenCalled()
  })

  it('binds only when the server confirms the face check, whatever the host said', async () => {
    jest.mocked(startRealName).mockResolvedValue(ticket)
    jest.mocked(confirmFace).mockResolvedValue({ status: 'failed', message: '人脸与身份证照片不一致', user: null, session: null })
    render(<RealName />)
    type('姓名', '张三')
    type('身份证号', VALID_ID.toLowerCase())
    fireEvent.click(screen.getByRole('checkbox'))
    await act(async () => fireEvent.click(screen.getByText('开始刷脸认证')))
    expect(startRealName).toHaveBeenCalledWith(expect.objectContaining({ name: '张三', idNumber: VALID_ID, consent: true, platform: 'weapp' }))
    expect(platform.verifyFace).toHaveBeenCalledWith(ticket.provider)
    expect(screen.getByText('人脸与身份证照片不一致')).toBeTruthy()
    expect(session.get().user?.realNameVerified).toBe(false)

    jest.mocked(confirmFace).mockResolvedValue({ status: 'passed', message: '认证通过', user: verifiedCitizen, session: null })
    await act(async () => fireEvent.click(screen.getByText('开始刷脸认证')))
    expect(screen.getByText('实名认证成功')).toBeTruthy()
    expect(session.get().user?.realName?.idNumberMasked).toBe('1101**********002X')
  })

  it('shows the server’s field message when the start is refused', async () => {
    jest.mocked(startRealName).mockRejectedValue(new ApiError({ kind: 'client', status: 429, code: 'FACE_ATTEMPTS_EXCEEDED', message: '刷脸次数过多，请1小时后再试' }))
    render(<RealName />)
    type('姓名', '张三')
    type('身份证号', VALID_ID)
    fireEvent.click(screen.getByRole('checkbox'))
    await act(async () => fireEvent.click(screen.getByText('开始刷脸认证')))
    expect(screen.getByText('刷脸次数过多，请1小时后再试')).toBeTruthy()
  })

  it('says why on a host without face verification (Baidu outside the Baidu app)', async () => {
    jest.mocked(startRealName).mockResolvedValue(ticket)
    platform.verifyFace = jest.fn(async () => ({ status: 'unsupported' as const, message: '刷脸认证仅支持在百度 App 内使用' }))
    render(<RealName />)
    type('姓名', '张三')
    type('身份证号', VALID_ID)
    fireEvent.click(screen.getByRole('checkbox'))
    await act(async () => fireEvent.click(screen.getByText('开始刷脸认证')))
    expect(screen.getByText('当前环境无法刷脸')).toBeTruthy()
    expect(confirmFace).not.toHaveBeenCalled()
  })

  it('on H5, asks the server for the verdict when the provider page sends the browser back', async () => {
    setRouterParams({ faceTicket: 't-9' })
    jest.mocked(confirmFace).mockResolvedValue({ status: 'passed', message: '认证通过', user: verifiedCitizen, session: null })
    await act(async () => {
      render(<RealName />)
    })
    expect(confirmFace).toHaveBeenCalledWith({ ticketId: 't-9' })
    expect(screen.getByText('实名认证成功')).toBeTruthy()
  })
})

describe('刷脸验证 (step-up)', () => {
  it('on H5, lands where the action started when the provider page brought the browser back', async () => {
    setRouterParams({ faceTicket: 't-2', then: encodeURIComponent('/packages/pay/pages/fees/index') })
    session.set({ user: verifiedCitizen })
    jest.mocked(confirmFace).mockResolvedValue({ status: 'passed', message: '验证通过', user: verifiedCitizen, session: null })
    await act(async () => {
      render(<FaceCheck />)
    })
    fireEvent.click(screen.getByText('完成'))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/pay/pages/fees/index' })
  })

  it('refreshes the face check and returns to the page that asked', async () => {
    jest.mocked(Taro.getCurrentPages).mockReturnValue([{ route: 'packages/pay/pages/fees/index' }, { route: 'packages/account/pages/face-check/index' }])
    session.set({ user: verifiedCitizen })
    jest.mocked(startStepUp).mockResolvedValue({ ...ticket, purpose: 'step-up' })
    jest.mocked(confirmFace).mockResolvedValue({ status: 'passed', message: '验证通过', user: { ...verifiedCitizen, faceVerifiedAt: '2026-11-29T10:00:00Z' }, session: null })
    render(<FaceCheck />)
    expect(screen.getByText(/30 分钟内无需重复验证/)).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('开始刷脸')))
    expect(session.get().user?.faceVerifiedAt).toBe('2026-11-29T10:00:00Z')
    fireEvent.click(screen.getByText('完成'))
    expect(Taro.navigateBack).toHaveBeenCalled()
  })
})

describe('绑定企业', () => {
  it('asks for 实名认证 first', () => {
    render(<Enterprise />)
    expect(screen.getByText('请先完成实名认证')).toBeTruthy()
  })

  it('checks the 统一社会信用代码 locally, then shows the server’s reason', async () => {
    session.set({ user: verifiedCitizen })
    jest.mocked(bindEnterprise).mockRejectedValue(new ApiError({ kind: 'client', status: 403, code: 'NOT_LEGAL_REP', message: '您不是该企业的法定代表人，可请法定代表人授权您为经办人' }))
    render(<Enterprise />)
    type('统一社会信用代码', '91350100M000100Y44')
    await act(async () => fireEvent.click(screen.getByText('绑定企业')))
    expect(screen.getByText('统一社会信用代码校验位不正确，请核对后重新输入')).toBeTruthy()
    expect(bindEnterprise).not.toHaveBeenCalled()
    type('统一社会信用代码', '91350100m000100y43')
    await act(async () => fireEvent.click(screen.getByText('绑定企业')))
    expect(bindEnterprise).toHaveBeenCalledWith({ creditCode: '91350100M000100Y43' })
    expect(screen.getByText('您不是该企业的法定代表人，可请法定代表人授权您为经办人')).toBeTruthy()
  })

  it('binds, makes it the current enterprise and goes back', async () => {
    jest.mocked(Taro.getCurrentPages).mockReturnValue([{ route: 'packages/account/pages/security/index' }, { route: 'packages/account/pages/enterprise/index' }])
    session.set({ user: verifiedCitizen })
    const bound = { id: 'e1', name: '上海示例餐饮有限公司', creditCode: '91350100M000100Y43', legalRepMasked: '张*', role: 'legal-rep' as const, boundAt: '2026-11-29T10:00:00Z' }
    jest.mocked(bindEnterprise).mockResolvedValue(bound)
    jest.mocked(listEnterprises).mockResolvedValue({ enterprises: [bound] })
    render(<Enterprise />)
    type('统一社会信用代码', '91350100M000100Y43')
    await act(async () => fireEvent.click(screen.getByText('绑定企业')))
    expect(enterprises.get()).toMatchObject({ activeId: 'e1', list: [bound] })
    expect(Taro.navigateBack).toHaveBeenCalled()
  })
})
