import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { LicenceDetailDto, LicenceDto, LicenceUsageDto, ShowTokenDto } from '../../src/api/contract'
import { walletApi } from '../../src/api/endpoints/wallet'
import { handlingApi } from '../../src/api/endpoints/handling'
import { ApiError } from '../../src/api/errors'
import { watermarkTime } from '../../src/domain/show-code'
import Licences from '../../src/packages/handling/pages/licences/index'
import Licence from '../../src/packages/wallet/pages/licence/index'
import Show from '../../src/packages/wallet/pages/show/index'
import Usage from '../../src/packages/wallet/pages/usage/index'
import { appConfig } from '../../src/stores/app-config'
import { session } from '../../src/stores/session'
import { appConfigFixture } from './app-config'
import { fakeScreen, platform } from './fake-platform'
import { verified } from './apply-fixtures'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/wallet', () => ({
  walletApi: { getLicence: jest.fn(), showLicence: jest.fn(), licenceUsage: jest.fn(), verify: jest.fn(), listVerifications: jest.fn() },
}))
jest.mock('../../src/api/endpoints/handling', () => ({ handlingApi: { listLicences: jest.fn() } }))

/**
 * The page's show and hide, under the test's control: the shared fake fires useDidShow once on mount and never
 * hides. Here each hook registers its latest callback; showPage() / hidePage() are the user leaving and coming back.
 */
const mockPage = { show: new Set<() => void>(), hide: new Set<() => void>() }
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  const React = require('react')
  const lifecycle = (kind: 'show' | 'hide') => (fn: () => void) => {
    const ref = React.useRef(fn)
    ref.current = fn
    React.useEffect(() => {
      const run = () => ref.current()
      mockPage[kind].add(run)
      if (kind === 'show') run()
      return () => void mockPage[kind].delete(run)
    }, [])
  }
  return { __esModule: true, ...actual, useDidShow: lifecycle('show'), useDidHide: lifecycle('hide') }
})
const showPage = () => act(async () => mockPage.show.forEach((f) => f()))
const hidePage = () => act(async () => mockPage.hide.forEach((f) => f()))

const api = jest.mocked(walletApi)

const listed = (o: Partial<LicenceDto> = {}): LicenceDto => ({
  id: 'lic-1',
  type: '居民身份证',
  number: '3101**********0014',
  holder: '李**',
  issuer: '上海市公安局黄浦分局',
  issuedAt: '2020-03-07',
  validUntil: '2040-03-07',
  status: 'valid',
  applicationId: null,
  fields: {},
  ...o,
})

const licence = (o: Partial<LicenceDetailDto> = {}): LicenceDetailDto => ({
  ...listed(),
  face: [
    { label: '姓名', value: '李*', masked: true },
    { label: '性别', value: '男', masked: false },
    { label: '公民身份号码', value: '3101**********0014', masked: true },
  ],
  trustLevel: 'A',
  revealed: false,
  purposes: ['identity', 'business', 'age'],
  ...o,
})

const revealed = licence({
  revealed: true,
  face: [
    { label: '姓名', value: '李建国', masked: false },
    { label: '性别', value: '男', masked: false },
    { label: '公民身份号码', value: '310101198003070014', masked: false },
  ],
})

const licenceUrl = '/packages/wallet/pages/licence/index?id=lic-1&reveal=1'
const faceCheckUrl = (then: string) => `/packages/account/pages/face-check/index?then=${encodeURIComponent(then)}`

beforeEach(() => {
  jest.clearAllMocks()
  fakeScreen.reset()
  setRouterParams({ id: 'lic-1' })
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  session.set({ status: 'signed-in', token: 't', user: verified(new Date().toISOString()), error: null })
  api.getLicence.mockImplementation(async (_id: string, reveal?: boolean) => (reveal ? revealed : licence()))
})

afterEach(() => {
  jest.useRealTimers()
})

describe('电子证照', () => {
  it('shows the licence face masked, with its trust level and validity', async () => {
    await act(async () => {
      render(<Licence />)
    })
    const face = screen.getByRole('group', { name: '居民身份证，有效' })
    expect(within(face).getByText('李*')).toBeTruthy()
    expect(within(face).getByText('3101**********0014')).toBeTruthy()
    expect(within(face).getByText('上海市公安局黄浦分局')).toBeTruthy()
    expect(within(face).getByText('可信等级 A')).toBeTruthy()
    expect(within(face).getByText('有效期 2020-03-07 至 2040-03-07')).toBeTruthy()
    expect(within(face).queryByText('李建国')).toBeNull()
    expect(api.getLicence).toHaveBeenCalledWith('lic-1')
  })

  it('asks for a fresh face check before 查看完整信息, then shows the full values, and hides them again on leaving', async () => {
    session.set({ user: verified('2020-01-01T00:00:00Z') })
    await act(async () => {
      render(<Licence />)
    })
    await act(async () => fireEvent.click(screen.getByText('查看完整信息')))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: faceCheckUrl(licenceUrl) })
    expect(api.getLicence).not.toHaveBeenCalledWith('lic-1', true)

    // The face check passed; the face page goes back here.
    await hidePage()
    session.set({ user: verified(new Date().toISOString()) })
    await showPage()
    expect(api.getLicence).toHaveBeenCalledWith('lic-1', true)
    expect(screen.getByText('李建国')).toBeTruthy()
    expect(screen.getByText('310101198003070014')).toBeTruthy()
    expect(screen.getByText('隐藏完整信息')).toBeTruthy()

    await hidePage()
    expect(screen.queryByText('310101198003070014')).toBeNull()
    expect(screen.getByText('李*')).toBeTruthy()
  })

  it('stays masked when the user comes back without passing the face check', async () => {
    session.set({ user: verified(null) })
    await act(async () => {
      render(<Licence />)
    })
    await act(async () => fireEvent.click(screen.getByText('查看完整信息')))
    await hidePage()
    await showPage()
    expect(api.getLicence).not.toHaveBeenCalledWith('lic-1', true)
    expect(screen.getByText('李*')).toBeTruthy()
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
  })

  it('reveals at once after a recent face check, and asks again when the server wants a fresh one (403 FACE_REQUIRED)', async () => {
    await act(async () => {
      render(<Licence />)
    })
    await act(async () => fireEvent.click(screen.getByText('查看完整信息')))
    expect(screen.getByText('李建国')).toBeTruthy()
    expect(Taro.navigateTo).not.toHaveBeenCalled()

    await act(async () => fireEvent.click(screen.getByText('隐藏完整信息')))
    api.getLicence.mockRejectedValueOnce(new ApiError({ kind: 'client', status: 403, code: 'FACE_REQUIRED', message: '请先刷脸确认本人' }))
    await act(async () => fireEvent.click(screen.getByText('查看完整信息')))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: faceCheckUrl(licenceUrl) })
    expect(screen.queryByText('李建国')).toBeNull()
  })

  it('reveals on arriving with reveal=1 after the face page (H5 redirects back)', async () => {
    setRouterParams({ id: 'lic-1', reveal: '1' })
    await act(async () => {
      render(<Licence />)
    })
    expect(api.getLicence).toHaveBeenCalledWith('lic-1', true)
    expect(screen.getByText('李建国')).toBeTruthy()
  })

  it('offers the purposes to 亮证, then opens the code for the chosen one', async () => {
    await act(async () => {
      render(<Licence />)
    })
    await act(async () => fireEvent.click(screen.getByText('亮证')))
    const sheet = screen.getByRole('dialog', { name: '选择亮证用途' })
    expect(within(sheet).getByText('身份核验')).toBeTruthy()
    expect(within(sheet).getByText('窗口办事')).toBeTruthy()
    await act(async () => fireEvent.click(within(sheet).getByText('年龄核验')))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/wallet/pages/show/index?id=lic-1&purpose=age' })
  })

  it('says an expired licence cannot be shown, and does not offer 亮证', async () => {
    api.getLicence.mockResolvedValue(licence({ status: 'expired', validUntil: '2021-03-07' }))
    await act(async () => {
      render(<Licence />)
    })
    expect(screen.getByText('该证照已过期，不能用于亮证')).toBeTruthy()
    expect(screen.getByRole('group', { name: '居民身份证，已过期' })).toBeTruthy()
    const show = screen.getByText('亮证')
    expect(show.getAttribute('aria-disabled')).toBe('true')
    await act(async () => fireEvent.click(show))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })

  it('opens 用证记录', async () => {
    await act(async () => {
      render(<Licence />)
    })
    fireEvent.click(screen.getByText('用证记录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/wallet/pages/usage/index?id=lic-1' })
  })
})

describe('亮证', () => {
  let issued = 0
  const token = (): ShowTokenDto => {
    const at = Date.now()
    issued++
    return { token: `TB1.payload-${issued}-${'x'.repeat(60)}.signature`, purpose: 'identity', issuedAt: at, expiresAt: at + 60_000, refreshInMs: 30_000 }
  }
  const image = () => screen.queryByLabelText('亮证二维码，用于身份核验') as HTMLImageElement | null

  beforeEach(() => {
    issued = 0
    jest.useFakeTimers({ now: Date.UTC(2026, 10, 29, 6, 3, 7) })
    session.set({ user: verified(new Date().toISOString()) })
    setRouterParams({ id: 'lic-1', purpose: 'identity' })
    api.showLicence.mockImplementation(async () => token())
  })

  const open = async () => {
    await act(async () => {
      render(<Show />)
    })
  }
  const tick = (ms: number) => act(async () => void (await jest.advanceTimersByTimeAsync(ms)))

  it('draws the code as a PNG with the holder below, a countdown and the time watermark', async () => {
    await open()
    expect(api.showLicence).toHaveBeenCalledWith('lic-1', 'identity')
    expect(image()!.getAttribute('src')).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)
    expect(screen.getByText('30 秒后自动刷新')).toBeTruthy()
    expect(screen.getByText('李** · 居民身份证')).toBeTruthy()
    expect(screen.getByText('请向工作人员出示此码，每 30 秒自动刷新')).toBeTruthy()
    expect(screen.getByText('2026-11-29 14:03:07')).toBeTruthy()

    await tick(1000)
    expect(screen.getByText('29 秒后自动刷新')).toBeTruthy()
    expect(screen.getByText(watermarkTime(Date.now()))).toBeTruthy()
    expect(screen.getByText('2026-11-29 14:03:08')).toBeTruthy()
  })

  it('refreshes at 30 s: a new token, a new image', async () => {
    await open()
    const first = image()!.getAttribute('src')
    await tick(29_000)
    expect(api.showLicence).toHaveBeenCalledTimes(1)
    expect(screen.getByText('1 秒后自动刷新')).toBeTruthy()
    await tick(1000)
    expect(api.showLicence).toHaveBeenCalledTimes(2)
    expect(image()!.getAttribute('src')).not.toBe(first)
    expect(screen.getByText('30 秒后自动刷新')).toBeTruthy()
  })

  it('refreshes on 刷新', async () => {
    await open()
    const first = image()!.getAttribute('src')
    await act(async () => fireEvent.click(screen.getByText('刷新')))
    expect(api.showLicence).toHaveBeenCalledTimes(2)
    expect(image()!.getAttribute('src')).not.toBe(first)
  })

  it('never shows an expired code: offline, it blanks the code and offers 重试', async () => {
    await open()
    api.showLicence.mockRejectedValue(new ApiError({ kind: 'network' }))
    await tick(30_000)
    // The refresh failed, but this code still verifies for 30 s: it stays, with the failure said.
    expect(image()).toBeTruthy()
    expect(screen.getByText('亮证码未能刷新')).toBeTruthy()
    await tick(30_000)
    expect(image()).toBeNull()
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByText('二维码已过期，正在刷新…')).toBeTruthy()

    api.showLicence.mockImplementation(async () => token())
    await act(async () => fireEvent.click(screen.getByText('重试')))
    expect(image()).toBeTruthy()
    expect(screen.queryByText('二维码已过期，正在刷新…')).toBeNull()
  })

  it('raises the brightness while shown and restores the user’s own on hide', async () => {
    fakeScreen.brightness = 0.4
    await open()
    expect(platform.screen.setBrightness).toHaveBeenLastCalledWith(1)
    expect(fakeScreen.brightness).toBe(1)
    await hidePage()
    expect(platform.screen.setBrightness).toHaveBeenLastCalledWith(0.4)
    expect(fakeScreen.brightness).toBe(0.4)
    // Back in front: brighter again, and no token is fetched while hidden.
    const calls = api.showLicence.mock.calls.length
    await tick(40_000)
    expect(api.showLicence).toHaveBeenCalledTimes(calls)
    await showPage()
    expect(fakeScreen.brightness).toBe(1)
  })

  it('does not touch a brightness it cannot read back (H5)', async () => {
    fakeScreen.brightness = null
    await open()
    expect(platform.screen.setBrightness).not.toHaveBeenCalled()
  })

  it('warns after a screenshot, and stops listening when hidden', async () => {
    await open()
    expect(screen.queryByText('检测到截屏：二维码仅供当面出示，请勿截图转发')).toBeNull()
    await act(async () => fakeScreen.capture())
    expect(screen.getByText('检测到截屏：二维码仅供当面出示，请勿截图转发')).toBeTruthy()
    await hidePage()
    expect(fakeScreen.listeners.size).toBe(0)
  })

  it('warns up front where the host does not report screenshots', async () => {
    fakeScreen.capturesReported = false
    await open()
    expect(screen.getByText('二维码仅供当面出示，请勿截图转发')).toBeTruthy()
  })

  it('asks for a fresh face check before the first code, and waits for the user when they come back without it', async () => {
    session.set({ user: verified('2020-01-01T00:00:00Z') })
    await open()
    expect(api.showLicence).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: faceCheckUrl('/packages/wallet/pages/show/index?id=lic-1&purpose=identity') })
    expect(image()).toBeNull()

    await hidePage()
    await showPage()
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
    expect(screen.getByText('请先刷脸确认本人')).toBeTruthy()

    session.set({ user: verified(new Date().toISOString()) })
    await act(async () => fireEvent.click(screen.getByText('去刷脸')))
    expect(api.showLicence).toHaveBeenCalledTimes(1)
    expect(image()).toBeTruthy()
  })

  it('asks for the face check again when the server wants one (403 FACE_REQUIRED)', async () => {
    await open()
    api.showLicence.mockRejectedValueOnce(new ApiError({ kind: 'client', status: 403, code: 'FACE_REQUIRED', message: '请先刷脸确认本人' }))
    await tick(30_000)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: faceCheckUrl('/packages/wallet/pages/show/index?id=lic-1&purpose=identity') })
    expect(image()).toBeNull()
  })

  it('says why the server will not issue a code (expired licence)', async () => {
    api.showLicence.mockRejectedValue(new ApiError({ kind: 'client', status: 409, code: 'LICENCE_NOT_VALID', message: '该证照已过期，不能用于亮证' }))
    await open()
    expect(screen.getByText('暂不能亮证')).toBeTruthy()
    expect(screen.getByText('该证照已过期，不能用于亮证')).toBeTruthy()
  })
})

describe('用证记录', () => {
  const record = (o: Partial<LicenceUsageDto>): LicenceUsageDto => ({
    id: 'r1',
    kind: 'verification',
    at: Date.UTC(2026, 10, 20, 2, 15),
    by: '王芳（黄浦区行政服务中心）',
    where: '黄浦区行政服务中心 3 号窗口',
    what: '身份核验：姓名、证件号码（部分）、有效期限',
    applicationId: null,
    ...o,
  })

  it('lists who used the licence, where, when (Beijing time) and for what, newest first', async () => {
    api.licenceUsage.mockResolvedValue({
      records: [record({}), record({ id: 'r2', kind: 'material', at: Date.UTC(2026, 10, 25, 8, 0), by: '上海市公安局', where: '线上办理', what: '用于办理：居住证办理', applicationId: 'a1' })],
    })
    await act(async () => {
      render(<Usage />)
    })
    expect(api.licenceUsage).toHaveBeenCalledWith('lic-1')
    const items = within(screen.getByRole('list', { name: '用证记录' })).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(within(items[0]).getByText('2026-11-25 16:00')).toBeTruthy()
    expect(within(items[0]).getByText('用于办理：居住证办理')).toBeTruthy()
    expect(within(items[1]).getByText('2026-11-20 10:15')).toBeTruthy()
    expect(within(items[1]).getByText('王芳（黄浦区行政服务中心） · 黄浦区行政服务中心 3 号窗口')).toBeTruthy()
    expect(within(items[1]).getByText('身份核验：姓名、证件号码（部分）、有效期限')).toBeTruthy()
    fireEvent.click(within(items[0]).getByText('查看办件'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=a1' })
  })

  it('says when there is none', async () => {
    api.licenceUsage.mockResolvedValue({ records: [] })
    await act(async () => {
      render(<Usage />)
    })
    expect(screen.getByText('暂无用证记录')).toBeTruthy()
  })

  it('shows the error and tries again', async () => {
    api.licenceUsage.mockRejectedValueOnce(new ApiError({ kind: 'network' }))
    api.licenceUsage.mockResolvedValueOnce({ records: [record({})] })
    await act(async () => {
      render(<Usage />)
    })
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('重试')))
    expect(screen.getByText('身份核验：姓名、证件号码（部分）、有效期限')).toBeTruthy()
  })
})

describe('我的证照', () => {
  it('is a wallet of cards with the holder as the server masked it and the status in words; each opens its licence', async () => {
    jest.mocked(handlingApi.listLicences).mockResolvedValue({
      licences: [
        listed(),
        listed({ id: 'lic-2', type: '机动车驾驶证', status: 'expired' }),
        listed({ id: 'lic-3', type: '食品经营许可证', holder: '上海通办示范餐饮有限公司', status: 'revoked' }),
      ],
    })
    await act(async () => {
      render(<Licences />)
    })
    const cards = within(screen.getByRole('list', { name: '我的电子证照' })).getAllByRole('listitem')
    expect(cards).toHaveLength(3)
    expect(within(cards[0]).getByText('李**')).toBeTruthy()
    expect(within(cards[0]).queryByText('李建国')).toBeNull()
    expect(within(cards[0]).getByText('有效')).toBeTruthy()
    expect(within(cards[0]).getByText('2020-03-07 至 2040-03-07')).toBeTruthy()
    expect(within(cards[1]).getByText('已过期')).toBeTruthy()
    expect(within(cards[2]).getByText('已吊销')).toBeTruthy()
    expect(within(cards[2]).getByText('上海通办示范餐饮有限公司')).toBeTruthy()
    // Named by everything the card shows, in order (WCAG 2.5.3)
    fireEvent.click(screen.getByRole('button', { name: /^机动车驾驶证，.+，已过期，持证人 李\*\*，证照编号 .+，有效期 .+，详情$/ }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/wallet/pages/licence/index?id=lic-2' })
  })
})
