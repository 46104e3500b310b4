import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ApplicationSummaryDto, CaseDetailDto, CasePartDto } from '../../src/api/contract'
import { scenarioApi } from '../../src/api/endpoints/scenario'
import { ApiError } from '../../src/api/errors'
import CasePage from '../../src/packages/handling/pages/case/index'
import { appConfig } from '../../src/stores/app-config'
import { preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { appConfigFixture } from './app-config'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/scenario', () => ({ scenarioApi: { getCase: jest.fn() } }))

const api = jest.mocked(scenarioApi)
const user = { id: 'u1', platform: 'h5' as const, displayName: '王*', phoneMasked: '138****0000', realNameVerified: true, assurance: 'face' as const, realName: { nameMasked: '王*', idNumberMasked: '3101**********0014' }, faceVerifiedAt: null }

/** 2026-11-02 10:00 in Beijing */
const T0 = Date.UTC(2026, 10, 2, 2, 0)

const application = (o: Partial<ApplicationSummaryDto>): ApplicationSummaryDto => ({
  id: 'a1',
  number: 'SH20261102000001',
  itemId: 'item-1',
  itemName: '营业执照（个体工商户设立登记）',
  department: '黄浦区市场监督管理局',
  status: 'approved',
  submittedAt: T0,
  updatedAt: T0,
  dueDate: null,
  unpaidFeeId: null,
  case: { id: 'c1', title: '我要开餐饮店' },
  ...o,
})

const part = (o: Partial<CasePartDto> & { application: ApplicationSummaryDto }): CasePartDto => ({
  stepKey: '310101000001-0',
  stage: 1,
  why: '开店都需要办理',
  waitingFor: [],
  next: '已办结',
  ...o,
})

const detail = (o: Partial<CaseDetailDto> = {}): CaseDetailDto => ({
  id: 'c1',
  number: 'YJS20261102000001',
  scenarioId: 'open-restaurant',
  title: '我要开餐饮店',
  status: 'in-progress',
  submittedAt: T0,
  updatedAt: T0,
  total: 3,
  ended: 1,
  next: '等待黄浦区市场监督管理局受理食品经营许可申请',
  mode: 'personal',
  regionName: '黄浦区',
  parts: [
    // The server's order is not the stages' order: the page groups them.
    part({
      stepKey: '310101000002-0',
      stage: 2,
      why: '因为店内制售食品',
      waitingFor: [],
      next: '等待受理',
      application: application({ id: 'a2', number: 'SH2', itemName: '食品经营许可', status: 'submitted' }),
    }),
    part({ application: application({}) }),
    part({
      stepKey: '310101000003-0',
      stage: 2,
      why: '因为店内销售酒类',
      waitingFor: ['营业执照'],
      next: '营业执照办结后受理',
      application: application({ id: 'a3', number: 'SH3', itemName: '酒类商品零售许可', department: '黄浦区商务委员会', status: 'supplementing' }),
    }),
  ],
  offline: [
    { stepKey: '310101000004-0', name: '公共场所卫生许可', why: '因为经营面积超过 300 平方米', itemId: 'item-4', visits: 1, visitReason: '需现场核查经营场所' },
    { stepKey: '310101000005-0', name: '户外招牌设置备案', why: '因为设置户外招牌', itemId: null, visits: 2, visitReason: null },
  ],
  fee: { id: 'fee-c1', title: '合并缴费', amountFen: 15000, paid: false },
  ...o,
})

const press = (target: HTMLElement) => act(async () => void fireEvent.click(target))

async function show() {
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(<CasePage />)
  })
  return view
}

beforeEach(() => {
  jest.clearAllMocks()
  api.getCase.mockReset()
  setRouterParams({ id: 'c1' })
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', elderMode: false })
  session.set({ status: 'signed-in', token: 't', user, error: null })
})

describe('一件事办件', () => {
  it('shows the case’s status in words, its progress, what is next and the combined fee', async () => {
    api.getCase.mockResolvedValue(detail())
    await show()
    expect(api.getCase).toHaveBeenCalledWith('c1')
    expect(screen.getByRole('heading', { name: '我要开餐饮店' })).toBeTruthy()
    expect(screen.getByText('YJS20261102000001')).toBeTruthy()
    expect(screen.getByText('黄浦区')).toBeTruthy()
    expect(screen.getByText('2026-11-02')).toBeTruthy()
    // The status is a word; the colour only supports it
    const status = screen.getByText('办理中')
    expect(status.className).toContain('tb-badge--accent')
    const progress = screen.getByRole('progressbar', { name: '办理进度：1/3 已办结' })
    expect(progress.getAttribute('aria-valuenow')).toBe('1')
    expect(progress.getAttribute('aria-valuemax')).toBe('3')
    expect(within(progress).getByText('1/3 已办结')).toBeTruthy()
    expect(screen.getByText('等待黄浦区市场监督管理局受理食品经营许可申请')).toBeTruthy()
    expect(screen.getByText('合并缴费：共 150.00 元，一次缴纳')).toBeTruthy()
    await press(screen.getByText('去缴费'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/pay/pages/fees/index' })
  })

  it('groups the applications by stage, says what each waits for, and opens each', async () => {
    api.getCase.mockResolvedValue(detail())
    await show()
    const first = screen.getByRole('list', { name: '第一步' })
    const second = screen.getByRole('list', { name: '第二步（同时办理）' })
    expect(within(first).getAllByRole('listitem')).toHaveLength(1)
    expect(within(second).getAllByRole('listitem')).toHaveLength(2)
    const licence = within(first).getByRole('button', { name: /^营业执照（个体工商户设立登记），办结（通过）/ })
    expect(within(licence).getByText('办结（通过）')).toBeTruthy()
    const alcohol = within(second).getByRole('button', { name: /^酒类商品零售许可，待补正，黄浦区商务委员会，因为店内销售酒类，等待「营业执照」办结，下一步：营业执照办结后受理$/ })
    expect(within(alcohol).getByText('因为店内销售酒类')).toBeTruthy()
    expect(within(alcohol).getByText('等待「营业执照」办结')).toBeTruthy()
    expect(within(alcohol).getByText('下一步：营业执照办结后受理')).toBeTruthy()
    expect(within(second).getByText('食品经营许可')).toBeTruthy()
    expect(within(second).queryAllByText(/^等待「/)).toHaveLength(1)
    await press(alcohol)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=a3' })
  })

  it('lists the items done at a hall, with visits and why, each leading to its guide where there is one', async () => {
    api.getCase.mockResolvedValue(detail())
    await show()
    const hall = screen.getByRole('list', { name: '需到现场办理的事项' })
    expect(within(hall).getAllByText('需到现场办理')).toHaveLength(2)
    const hygiene = within(hall).getByRole('button', { name: '公共场所卫生许可，需到现场办理，因为经营面积超过 300 平方米，需到现场 1 次：需现场核查经营场所，查看办事指南' })
    expect(within(hygiene).getByText('需到现场 1 次：需现场核查经营场所')).toBeTruthy()
    expect(within(hygiene).getByText('因为经营面积超过 300 平方米')).toBeTruthy()
    await press(hygiene)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/catalog/pages/guide/index?id=item-4' })
    // Not implemented in the region: no guide to open
    const sign = within(hall).getByText('户外招牌设置备案')
    expect(within(hall).getAllByRole('button')).toHaveLength(1)
    expect(screen.getByText('需到现场 2 次')).toBeTruthy()
    jest.mocked(Taro.navigateTo).mockClear()
    await press(sign)
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })

  it('says when the combined fee is paid, and offers no payment', async () => {
    api.getCase.mockResolvedValue(detail({ status: 'completed', ended: 3, fee: { id: 'fee-c1', title: '合并缴费', amountFen: 15000, paid: true }, offline: [] }))
    await show()
    expect(screen.getByText('已全部办结').className).toContain('tb-badge--success')
    expect(screen.getByText('合并缴费：共 150.00 元，已缴纳')).toBeTruthy()
    expect(screen.queryByText('去缴费')).toBeNull()
    expect(screen.queryByText('需到现场办理')).toBeNull()
  })

  it('refreshes with 刷新, and keeps what it shows when a refresh fails', async () => {
    api.getCase.mockResolvedValueOnce(detail()).mockResolvedValueOnce(detail({ status: 'action-needed', ended: 2, next: '请缴纳合并费用' }))
    await show()
    await press(screen.getByRole('button', { name: '刷新' }))
    expect(api.getCase).toHaveBeenCalledTimes(2)
    expect(screen.getByText('待您处理').className).toContain('tb-badge--warning')
    expect(screen.getByText('2/3 已办结')).toBeTruthy()
    expect(screen.getByText('请缴纳合并费用')).toBeTruthy()

    api.getCase.mockRejectedValueOnce(new ApiError({ kind: 'network' }))
    await press(screen.getByRole('button', { name: '刷新' }))
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '网络连接失败，请检查网络后重试', icon: 'none' })
    expect(screen.getByText('请缴纳合并费用')).toBeTruthy()
  })

  it('shows a skeleton while loading, an error with 重新加载, and a case that does not exist', async () => {
    let fail!: (e: Error) => void
    api.getCase.mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
    const view = await show()
    expect(view.container.querySelector('[aria-busy]')).toBeTruthy()
    await act(async () => fail(new ApiError({ kind: 'server', status: 503 })))
    expect(screen.getByText('暂时无法加载一件事办件')).toBeTruthy()
    expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy()
    api.getCase.mockRejectedValueOnce(new ApiError({ kind: 'client', status: 404, code: 'CASE_NOT_FOUND', message: '未找到该办件' }))
    await press(screen.getByText('重新加载'))
    expect(api.getCase).toHaveBeenCalledTimes(2)
    expect(screen.getByText('未找到该一件事办件')).toBeTruthy()
    await press(screen.getByText('查看我的办件'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/applications/index' })
  })

  it('waits for the launch sign-in, sends a signed-out visitor to sign in and back, then loads', async () => {
    session.set({ status: 'signing-in', token: null, user: null })
    api.getCase.mockResolvedValue(detail())
    const view = await show()
    expect(view.container.querySelector('[aria-busy]')).toBeTruthy()
    act(() => session.set({ status: 'anonymous' }))
    expect(api.getCase).not.toHaveBeenCalled()
    const here = encodeURIComponent('/packages/handling/pages/case/index?id=c1')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?then=${here}` })
    expect(screen.getByText('登录后查看一件事办件')).toBeTruthy()
    await act(async () => session.set({ status: 'signed-in', token: 't', user }))
    expect(api.getCase).toHaveBeenCalledWith('c1')
    expect(screen.getByRole('heading', { name: '我要开餐饮店' })).toBeTruthy()
  })

  it('renders in elder mode', async () => {
    preferences.set({ elderMode: true })
    api.getCase.mockResolvedValue(detail())
    const view = await show()
    expect(view.container.querySelector('.tb-page.tb-page--elder.case')).toBeTruthy()
    expect(screen.getByText('1/3 已办结')).toBeTruthy()
  })
})
