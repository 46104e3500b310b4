import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { VerificationDto } from '../../src/api/contract'
import { walletApi } from '../../src/api/endpoints/wallet'
import { ApiError } from '../../src/api/errors'
import Verify from '../../src/packages/wallet/pages/verify/index'
import { appConfig } from '../../src/stores/app-config'
import { session } from '../../src/stores/session'
import { appConfigFixture } from './app-config'
import { cancelled, ok, platform, unsupported } from './fake-platform'

jest.mock('../../src/api/endpoints/wallet', () => ({
  walletApi: { verify: jest.fn(), listVerifications: jest.fn() },
}))

const api = jest.mocked(walletApi)
const TOKEN = 'TB1.eyJsIjoibGljLTEiLCJwIjoiaWRlbnRpdHkifQ.c2lnbmF0dXJl'

const citizen = {
  id: 's1',
  platform: 'h5' as const,
  displayName: '王芳',
  phoneMasked: '139****0001',
  realNameVerified: true,
  assurance: 'face' as const,
  realName: { nameMasked: '王*', idNumberMasked: '3101**********0021' },
  faceVerifiedAt: null,
}
const staffUser = { ...citizen, staff: { name: '王芳', department: '黄浦区行政服务中心', hall: '黄浦区行政服务中心（中山南路）' } }

const verification = (o: Partial<VerificationDto> = {}): VerificationDto => ({
  id: 'v1',
  purpose: 'identity',
  verifiedAt: Date.UTC(2026, 10, 29, 6, 3),
  holder: { nameMasked: '李*', idNumberMasked: '3101**********0014' },
  licence: { type: '居民身份证', issuer: '上海市公安局黄浦分局', validUntil: '2040-03-07', trustLevel: 'A' },
  fields: [
    { label: '姓名', value: '李*' },
    { label: '证件号码', value: '3101**********0014' },
    { label: '有效期限', value: '2020-03-07 至 2040-03-07' },
  ],
  ...o,
})

const scan = jest.fn()
const realScan = platform.scan

beforeEach(() => {
  jest.clearAllMocks()
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  session.set({ status: 'signed-in', token: 't', user: staffUser, error: null })
  platform.scan = scan
  scan.mockResolvedValue(ok({ text: TOKEN, scanType: 'QR_CODE' }))
  api.listVerifications.mockResolvedValue({ verifications: [] })
  api.verify.mockResolvedValue(verification())
})

afterAll(() => {
  platform.scan = realScan
})

const open = async () => {
  await act(async () => {
    render(<Verify />)
  })
}

describe('验证电子证照', () => {
  it('is for window staff only', async () => {
    session.set({ user: citizen })
    await open()
    expect(screen.getByText('仅限窗口工作人员使用')).toBeTruthy()
    expect(screen.queryByText('扫码核验')).toBeNull()
    expect(api.listVerifications).not.toHaveBeenCalled()
  })

  it('asks a signed-out visitor to sign in with a staff account', async () => {
    session.set({ status: 'anonymous', token: null, user: null })
    await open()
    expect(screen.getByText('仅限窗口工作人员使用')).toBeTruthy()
    fireEvent.click(screen.getByText('去登录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' })
  })

  it('shows who is verifying, where', async () => {
    await open()
    expect(screen.getByText('王芳 · 黄浦区行政服务中心')).toBeTruthy()
    expect(screen.getByText('黄浦区行政服务中心（中山南路）')).toBeTruthy()
  })

  it('scans a code and shows the verified licence with the disclosed fields, announced', async () => {
    await open()
    await act(async () => fireEvent.click(screen.getByText('扫码核验')))
    expect(api.verify).toHaveBeenCalledWith(TOKEN, 'identity')
    const result = screen.getByRole('alert')
    expect(within(result).getByText('核验通过 · 身份核验')).toBeTruthy()
    expect(within(result).getByText('居民身份证')).toBeTruthy()
    expect(within(result).getByText('上海市公安局黄浦分局')).toBeTruthy()
    expect(within(result).getByText('2040-03-07')).toBeTruthy()
    const disclosed = within(result).getByRole('list', { name: '持证人出示的信息' })
    expect(within(disclosed).getAllByRole('listitem')).toHaveLength(3)
    expect(within(disclosed).getByText('2020-03-07 至 2040-03-07')).toBeTruthy()
    // And it heads 最近核验.
    expect(within(screen.getByRole('list', { name: '最近核验' })).getByText('李* · 居民身份证')).toBeTruthy()
  })

  it('verifies for the purpose chosen', async () => {
    api.verify.mockResolvedValue(verification({ purpose: 'age', fields: [{ label: '已满 18 周岁', value: '是' }] }))
    await open()
    const age = screen.getByRole('radio', { name: '年龄核验' })
    fireEvent.click(age)
    expect(age.getAttribute('aria-checked')).toBe('true')
    await act(async () => fireEvent.click(screen.getByText('扫码核验')))
    expect(api.verify).toHaveBeenCalledWith(TOKEN, 'age')
    expect(screen.getByText('核验通过 · 年龄核验')).toBeTruthy()
    expect(screen.getByText('已满 18 周岁')).toBeTruthy()
  })

  it('falls back to pasting the code where the host cannot scan', async () => {
    scan.mockResolvedValue(unsupported('当前浏览器不支持扫码'))
    await open()
    await act(async () => fireEvent.click(screen.getByText('扫码核验')))
    expect(api.verify).not.toHaveBeenCalled()
    expect(screen.getByText('当前浏览器不支持扫码，可粘贴或输入亮证码核验')).toBeTruthy()
    const input = screen.getByLabelText('粘贴或输入亮证码')

    await act(async () => fireEvent.click(screen.getByText('核验')))
    expect(screen.getByText('请粘贴或输入亮证码')).toBeTruthy()
    expect(api.verify).not.toHaveBeenCalled()

    // Pasted from a chat window: wrapped and padded.
    fireEvent.change(input, { target: { value: ` ${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)} ` } })
    await act(async () => fireEvent.click(screen.getByText('核验')))
    expect(api.verify).toHaveBeenCalledWith(TOKEN, 'identity')
    expect(screen.getByText('核验通过 · 身份核验')).toBeTruthy()
  })

  it('offers the text field when the staff closes the scanner, or prefers typing', async () => {
    scan.mockResolvedValue(cancelled())
    await open()
    expect(screen.queryByLabelText('粘贴或输入亮证码')).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('扫码核验')))
    expect(screen.getByLabelText('粘贴或输入亮证码')).toBeTruthy()
  })

  it.each([
    ['TOKEN_EXPIRED', 410, '亮证码已过期', '亮证码已过期，请持证人刷新后重新出示'],
    ['TOKEN_USED', 409, '亮证码已核验过', '该亮证码已核验过，请持证人刷新后重新出示'],
    ['TOKEN_INVALID', 400, '亮证码无效或已被篡改', '亮证码无效或已被篡改'],
    ['LICENCE_REVOKED', 409, '证照已吊销', '该证照已被发证机关吊销'],
    ['PURPOSE_MISMATCH', 400, '用途不符', '该亮证码用于年龄核验，与本次核验用途不符'],
  ])('refuses %s with its own title and the server’s message', async (code, status, title, message) => {
    api.verify.mockRejectedValue(new ApiError({ kind: 'client', status, code, message }))
    await open()
    await act(async () => fireEvent.click(screen.getByText('扫码核验')))
    const result = screen.getByRole('alert')
    expect(within(result).getByText(`核验未通过：${title}`)).toBeTruthy()
    expect(within(result).getByText(message)).toBeTruthy()
    expect(within(result).queryByText('重新核验')).toBeNull()
  })

  it('lets the staff retry the same code after a network failure', async () => {
    api.verify.mockRejectedValueOnce(new ApiError({ kind: 'network' }))
    await open()
    await act(async () => fireEvent.click(screen.getByText('扫码核验')))
    expect(within(screen.getByRole('alert')).getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('重新核验')))
    expect(api.verify).toHaveBeenCalledTimes(2)
    expect(api.verify).toHaveBeenLastCalledWith(TOKEN, 'identity')
    expect(screen.getByText('核验通过 · 身份核验')).toBeTruthy()
  })

  it('lists the recent verifications', async () => {
    api.listVerifications.mockResolvedValue({
      verifications: [verification(), verification({ id: 'v2', purpose: 'business', holder: { nameMasked: '张*', idNumberMasked: '1101**********002X' }, licence: { type: '营业执照', issuer: '上海市市场监督管理局', validUntil: null, trustLevel: 'A' } })],
    })
    await open()
    const rows = within(screen.getByRole('list', { name: '最近核验' })).getAllByRole('listitem')
    expect(rows).toHaveLength(2)
    expect(within(rows[0]).getByText('2026-11-29 14:03 · 身份核验')).toBeTruthy()
    expect(within(rows[1]).getByText('张* · 营业执照')).toBeTruthy()
  })

  it('says when there are no verifications yet', async () => {
    await open()
    expect(screen.getByText('暂无核验记录')).toBeTruthy()
  })
})
