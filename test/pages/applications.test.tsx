import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ApplicationDetailDto, ApplicationListDto, ApplicationSummaryDto, CaseSummaryDto, DraftDto, FormSchemaDto, MessageDto, StatusEventDto } from '../../src/api/contract'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { handlingApi } from '../../src/api/endpoints/handling'
import { scenarioApi } from '../../src/api/endpoints/scenario'
import { ApiError } from '../../src/api/errors'
import ApplicationPage from '../../src/packages/handling/pages/application/index'
import Applications from '../../src/packages/handling/pages/applications/index'
import Drafts from '../../src/packages/handling/pages/drafts/index'
import Messages from '../../src/packages/handling/pages/messages/index'
import Rating from '../../src/packages/handling/pages/rating/index'
import Supplement from '../../src/packages/handling/pages/supplement/index'
import Mine from '../../src/pages/mine/index'
import { appConfig } from '../../src/stores/app-config'
import { messagesState } from '../../src/stores/messages'
import { preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { appConfigFixture } from './app-config'
import { itemDetail } from './catalog-fixtures'
import { platform } from './fake-platform'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/handling', () => ({
  handlingApi: {
    listApplications: jest.fn(),
    getApplication: jest.fn(),
    getForm: jest.fn(),
    supplement: jest.fn(),
    withdraw: jest.fn(),
    rate: jest.fn(),
    followUpRating: jest.fn(),
    listDrafts: jest.fn(),
    deleteDraft: jest.fn(),
    listLicences: jest.fn(),
    listMessages: jest.fn(),
    markRead: jest.fn(),
  },
}))

jest.mock('../../src/api/endpoints/scenario', () => ({ scenarioApi: { listCases: jest.fn() } }))

// 办件详情 reads the item's guide for 跑动次数 (the 预约 entry); the rest of the catalog client stays real.
jest.mock('../../src/api/endpoints/catalog', () => {
  const actual = jest.requireActual('../../src/api/endpoints/catalog')
  return { catalogApi: { ...actual.catalogApi, getItem: jest.fn() } }
})

// The shared component map has no Textarea or Picker (yet): stand-ins shaped as Taro delivers their events.
jest.mock('@tarojs/components', () => {
  const actual = jest.requireActual('@tarojs/components')
  const React = require('react')
  const Textarea = ({ onInput, value, maxlength, autoHeight: _a, hoverClass: _h, ...props }: any) =>
    React.createElement('textarea', { ...props, value, maxLength: maxlength, onChange: (e: any) => onInput?.({ detail: { value: e.target.value } }) })
  const Picker = ({ children }: any) => React.createElement('div', null, children)
  return { ...actual, Textarea: actual.Textarea ?? Textarea, Picker: actual.Picker ?? Picker }
})

const api = jest.mocked(handlingApi)
const cases = jest.mocked(scenarioApi)

const user = { id: 'u1', platform: 'h5' as const, displayName: '李建国', phoneMasked: '138****0000', realNameVerified: true, assurance: 'face' as const, realName: { nameMasked: '李*', idNumberMasked: '3101**********0014' }, faceVerifiedAt: null }

/** 2026-11-02 10:00 in Beijing */
const T0 = Date.UTC(2026, 10, 2, 2, 0)
const HOUR = 3_600_000

const summary = (o: Partial<ApplicationSummaryDto> = {}): ApplicationSummaryDto => ({
  id: 'a1',
  number: 'SH20261102000001',
  itemId: 'item-1',
  itemName: '居住证办理',
  department: '上海市公安局',
  status: 'processing',
  submittedAt: T0,
  updatedAt: T0 + 5 * HOUR,
  dueDate: '2026-11-20',
  unpaidFeeId: null,
  ...o,
})

const event = (status: StatusEventDto['status'], code: number, at: number, note: string | null = null): StatusEventDto => ({ status, code, at, by: status === 'submitted' ? '申请人' : '上海市公安局', note })

const detail = (o: Partial<ApplicationDetailDto> = {}): ApplicationDetailDto => ({
  ...summary(),
  mode: 'personal',
  timeline: [event('submitted', 1, T0), event('accepted', 3, T0 + HOUR), event('processing', 8, T0 + 2 * HOUR)],
  answers: { applicantName: '李建国', contactPhone: '1380013', workUnit: '' },
  materials: { photo: { kind: 'upload', fileIds: ['f1', 'f2'] } },
  supplement: null,
  result: null,
  canWithdraw: false,
  canRate: false,
  rating: null,
  ...o,
})

const form: FormSchemaDto = {
  itemId: 'item-1',
  itemName: '居住证办理',
  version: 1,
  audience: 'personal',
  sections: [
    {
      title: '申请人信息',
      fields: [
        { id: 'applicantName', label: '申请人姓名', type: 'text', required: true },
        { id: 'contactPhone', label: '联系电话', type: 'phone', required: true },
        { id: 'workUnit', label: '工作单位', type: 'text', required: true },
      ],
    },
  ],
  materials: [{ id: 'photo', name: '本人近期照片', requirement: 'required', eLicence: null, upload: { kinds: ['image'], maxFiles: 2, maxBytes: 5 * 1024 * 1024 }, notes: '' }],
  declaration: '本人承诺所填信息真实有效',
  fee: null,
}

const caseSummary = (o: Partial<CaseSummaryDto> = {}): CaseSummaryDto => ({
  id: 'c1',
  number: 'YJS20261102000001',
  scenarioId: 'open-restaurant',
  title: '我要开餐饮店',
  status: 'in-progress',
  submittedAt: T0,
  updatedAt: T0,
  total: 5,
  ended: 3,
  next: '等待黄浦区商务委员会受理酒类商品零售许可申请',
  ...o,
})

const listOf = (applications: ApplicationSummaryDto[], o: Partial<ApplicationListDto> = {}): ApplicationListDto => ({
  applications,
  total: applications.length,
  counts: { all: 3, 'in-progress': 1, supplementing: 1, done: 1, withdrawn: 0 },
  ...o,
})

const message = (o: Partial<MessageDto> = {}): MessageDto => ({ id: 'm1', title: '办件已受理', body: '您申请的「居住证办理」已受理', at: T0, read: false, applicationId: 'a1', ...o })

/** A promise the test settles by hand */
function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

async function show(page: JSX.Element) {
  await act(async () => {
    render(page)
  })
}

const press = (target: HTMLElement) => act(async () => void fireEvent.click(target))

beforeEach(() => {
  jest.clearAllMocks()
  Object.values(api).forEach((fn) => fn.mockReset())
  setRouterParams({})
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', elderMode: false })
  session.set({ status: 'signed-in', token: 't', user, error: null })
  messagesState.set({ unread: 0, list: null })
  api.getForm.mockResolvedValue(form)
  cases.listCases.mockReset()
  cases.listCases.mockResolvedValue({ cases: [] })
  jest.mocked(catalogApi.getItem).mockReset()
  jest.mocked(catalogApi.getItem).mockResolvedValue(itemDetail({ id: 'item-1', visits: 0, bookable: false }))
})

describe('application pages', () => {
  describe('我的办件', () => {
    it('sends the tab’s filter, shows the server’s counts, and says what an empty tab lacks', async () => {
      api.listApplications.mockResolvedValueOnce(listOf([summary({ unpaidFeeId: 'fee-1' }), summary({ id: 'a2', number: 'SH2', status: 'supplementing', dueDate: null })]))
      await show(<Applications />)

      expect(api.listApplications).toHaveBeenCalledWith({ filter: 'all', offset: 0, limit: 20 })
      expect(screen.getByRole('tab', { name: '全部 3 件' }).getAttribute('aria-selected')).toBe('true')
      expect(screen.getByRole('tab', { name: '待补正 1 件' })).toBeTruthy()
      const card = screen.getByRole('button', { name: /SH20261102000001/ })
      expect(within(card).getByText('居住证办理')).toBeTruthy()
      expect(within(card).getByText('办理中')).toBeTruthy()
      expect(within(card).getByText('承诺办结 2026-11-20')).toBeTruthy()
      expect(within(card).getByText('提交于 2026-11-02')).toBeTruthy()
      expect(within(card).getByText('待缴费')).toBeTruthy()
      // Named by everything it shows, in order (WCAG 2.5.3: the spoken name contains the visible words)
      expect(within(screen.getByRole('button', { name: /^居住证办理，待补正，办件编号 SH2，/ })).getByText('待补正')).toBeTruthy()

      api.listApplications.mockResolvedValueOnce(listOf([], { counts: { all: 3, 'in-progress': 0, supplementing: 1, done: 1, withdrawn: 1 } }))
      await press(screen.getByRole('tab', { name: '办理中 1 件' }))
      expect(api.listApplications).toHaveBeenLastCalledWith({ filter: 'in-progress', offset: 0, limit: 20 })
      expect(screen.getByText('暂无办理中的办件')).toBeTruthy()
      expect(screen.getByRole('tab', { name: '已撤回 1 件' })).toBeTruthy()
      await press(screen.getByText('去办事'))
      expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
    })

    it('opens on the tab of its parameter, pages on with 加载更多, and opens a card', async () => {
      setRouterParams({ filter: 'supplementing' })
      const first = Array.from({ length: 20 }, (_, i) => summary({ id: `a${i}`, number: `N${i}` }))
      api.listApplications.mockResolvedValueOnce(listOf(first, { total: 21 })).mockResolvedValueOnce(listOf([summary({ id: 'a20', number: 'N20' })], { total: 21 }))
      await show(<Applications />)
      expect(api.listApplications).toHaveBeenCalledWith({ filter: 'supplementing', offset: 0, limit: 20 })
      await press(screen.getByText('加载更多'))
      expect(api.listApplications).toHaveBeenLastCalledWith({ filter: 'supplementing', offset: 20, limit: 20 })
      expect(screen.getByRole('button', { name: /办件编号 N20/ })).toBeTruthy()
      expect(screen.getByText('没有更多了')).toBeTruthy()
      await press(screen.getByRole('button', { name: /办件编号 N3，/ }))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=a3' })
    })

    it('asks a signed-out visitor to sign in instead of loading', async () => {
      session.set({ status: 'anonymous', token: null, user: null })
      await show(<Applications />)
      expect(api.listApplications).not.toHaveBeenCalled()
      await press(screen.getByText('去登录'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' })
      expect(cases.listCases).not.toHaveBeenCalled()
    })

    it('shows the user’s 一件事 above 全部 and names the case of each application in one', async () => {
      cases.listCases.mockResolvedValue({ cases: [caseSummary(), caseSummary({ id: 'c2', title: '我要办理结婚登记', status: 'action-needed', total: 2, ended: 0, next: '请缴纳合并费用' })] })
      api.listApplications.mockResolvedValue(listOf([summary({ case: { id: 'c1', title: '我要开餐饮店' } }), summary({ id: 'a2', number: 'SH2' })]))
      await show(<Applications />)

      expect(screen.getByRole('heading', { name: '一件事' })).toBeTruthy()
      const block = screen.getByRole('list', { name: '一件事办件' })
      const restaurant = within(block).getByRole('button', { name: '一件事：我要开餐饮店，办理中，3/5 已办结，等待黄浦区商务委员会受理酒类商品零售许可申请' })
      expect(within(restaurant).getByText('3/5 已办结')).toBeTruthy()
      expect(within(restaurant).getByText('办理中')).toBeTruthy()
      expect(within(block).getByText('待您处理').className).toContain('tb-badge--warning')
      expect(within(block).getByText('请缴纳合并费用')).toBeTruthy()

      // An application of a case says so; the others do not
      const inCase = screen.getByRole('button', { name: /^居住证办理，办理中，一件事：我要开餐饮店，办件编号 SH20261102000001，/ })
      expect(within(inCase).getByText('一件事：我要开餐饮店')).toBeTruthy()
      expect(within(screen.getByRole('button', { name: /办件编号 SH2，/ })).queryByText(/^一件事：/)).toBeNull()

      await press(restaurant)
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/case/index?id=c1' })

      // The other tabs filter applications by their own status: no 一件事 block there
      await press(screen.getByRole('tab', { name: '办理中 1 件' }))
      expect(screen.queryByRole('list', { name: '一件事办件' })).toBeNull()
    })

    it('shows the list when the 一件事 request fails', async () => {
      cases.listCases.mockRejectedValue(new ApiError({ kind: 'server', status: 503 }))
      api.listApplications.mockResolvedValue(listOf([summary()]))
      await show(<Applications />)
      expect(cases.listCases).toHaveBeenCalledTimes(1)
      expect(screen.getByRole('button', { name: /SH20261102000001/ })).toBeTruthy()
      expect(screen.queryByRole('heading', { name: '一件事' })).toBeNull()
      expect(screen.queryByText('暂时无法加载办件')).toBeNull()
    })
  })

  describe('办件详情', () => {
    it('shows the timeline’s labels and national codes in order, in Beijing time, with the working days left', async () => {
      jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 10, 16, 2, 0)) // Monday 2026-11-16
      setRouterParams({ id: 'a1' })
      // The server's order is not trusted: the page sorts by time.
      api.getApplication.mockResolvedValue(detail({ timeline: [event('processing', 8, T0 + 2 * HOUR), event('submitted', 1, T0), event('accepted', 3, T0 + HOUR, '材料齐全')] }))
      await show(<ApplicationPage />)

      expect(api.getApplication).toHaveBeenCalledWith('a1')
      const steps = within(screen.getByRole('list', { name: '办理进度' })).getAllByRole('listitem')
      expect(steps.map((s) => s.textContent)).toEqual([
        expect.stringMatching(/^已接件状态码 12026-11-02 10:00 · 申请人$/),
        expect.stringMatching(/^已受理状态码 32026-11-02 11:00 · 上海市公安局材料齐全$/),
        expect.stringMatching(/^办理中状态码 8当前2026-11-02 12:00 · 上海市公安局$/),
      ])
      expect(screen.getByText('2026-11-20（剩余 4 个工作日）')).toBeTruthy()
      // What was submitted, labelled by the form
      expect(api.getForm).toHaveBeenCalledWith('item-1')
      expect(screen.getByText('申请人姓名')).toBeTruthy()
      expect(screen.getByText('2 个文件')).toBeTruthy()
      expect(screen.queryByText('撤回申请')).toBeNull()
      jest.restoreAllMocks()
    })

    it('links an application of a 一件事 to its case', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail({ case: { id: 'c1', title: '我要开餐饮店' } }))
      await show(<ApplicationPage />)
      const link = screen.getByRole('button', { name: '所属一件事：我要开餐饮店，查看一件事办件' })
      expect(within(link).getByText('所属一件事：我要开餐饮店')).toBeTruthy()
      await press(link)
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/case/index?id=c1' })
    })

    it('shows no case link for an application of its own', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail())
      await show(<ApplicationPage />)
      expect(screen.getByText('办件编号')).toBeTruthy()
      expect(screen.queryByText(/^所属一件事/)).toBeNull()
    })

    it('shows an issued e-licence and leads to 我的证照', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail({ status: 'approved', result: { kind: 'licence', name: '居住证', licenceId: 'l1' }, timeline: [event('submitted', 1, T0), event('approved', 11, T0 + HOUR)] }))
      await show(<ApplicationPage />)
      expect(screen.getByText('已签发电子证照「居住证」，可在我的证照中查看')).toBeTruthy()
      await press(screen.getByText('查看我的证照'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/licences/index' })
    })

    it('offers 预约到现场办理 when the item needs a visit, for this application', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail())
      jest.mocked(catalogApi.getItem).mockResolvedValue(itemDetail({ id: 'item-1', visits: 1, bookable: true, visitReason: '现场核验身份' }))
      await show(<ApplicationPage />)
      expect(catalogApi.getItem).toHaveBeenCalledWith('item-1')
      expect(screen.getByText('需到现场办理')).toBeTruthy()
      expect(screen.getByText('本事项需到现场 1 次（现场核验身份），可先预约大厅和时段，按时到场办理。')).toBeTruthy()
      await press(screen.getByText('预约到现场办理'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/appointment/pages/book/index?item=item-1&application=a1' })
    })

    it('offers no 预约 when the item needs no visit, the 办件 has ended, or the guide cannot load', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail())
      await show(<ApplicationPage />)
      expect(catalogApi.getItem).toHaveBeenCalledWith('item-1')
      expect(screen.getByText('办件编号')).toBeTruthy()
      expect(screen.queryByText('预约到现场办理')).toBeNull()
      cleanup()

      jest.mocked(catalogApi.getItem).mockResolvedValue(itemDetail({ id: 'item-1', visits: 1, bookable: true }))
      api.getApplication.mockResolvedValue(detail({ status: 'withdrawn', timeline: [event('submitted', 1, T0), event('withdrawn', 14, T0 + HOUR, '不办了')] }))
      await show(<ApplicationPage />)
      expect(screen.getByText('撤回原因：不办了')).toBeTruthy()
      expect(screen.queryByText('预约到现场办理')).toBeNull()
      cleanup()

      jest.mocked(catalogApi.getItem).mockRejectedValue(new ApiError({ kind: 'network' }))
      api.getApplication.mockResolvedValue(detail())
      await show(<ApplicationPage />)
      expect(screen.getByText('办件编号')).toBeTruthy()
      expect(screen.queryByText('预约到现场办理')).toBeNull()
    })

    it('withdraws only with a reason, and once however often 确认撤回 is tapped', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail({ canWithdraw: true }))
      const answer = deferred<ApplicationDetailDto>()
      api.withdraw.mockReturnValue(answer.promise)
      await show(<ApplicationPage />)

      await press(screen.getByText('撤回申请'))
      expect(screen.getByRole('dialog', { name: '撤回申请' })).toBeTruthy()
      await press(screen.getByText('确认撤回'))
      expect(screen.getByText('请填写撤回原因（至少 2 个字）')).toBeTruthy()
      fireEvent.change(screen.getByLabelText('撤回原因（必填）'), { target: { value: '对' } })
      await press(screen.getByText('确认撤回'))
      expect(api.withdraw).not.toHaveBeenCalled()

      fireEvent.change(screen.getByLabelText('撤回原因（必填）'), { target: { value: '信息填写有误' } })
      await act(async () => {
        fireEvent.click(screen.getByText('确认撤回'))
        fireEvent.click(screen.getByText('确认撤回'))
      })
      await act(async () => answer.resolve(detail({ status: 'withdrawn', canWithdraw: false, timeline: [event('submitted', 1, T0), event('withdrawn', 14, T0 + HOUR, '信息填写有误')] })))
      expect(api.withdraw).toHaveBeenCalledTimes(1)
      expect(api.withdraw).toHaveBeenCalledWith('a1', { reason: '信息填写有误' })
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(screen.getByText('撤回原因：信息填写有误')).toBeTruthy()
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '已撤回申请', icon: 'success' })
    })
  })

  describe('补正', () => {
    const supplementing = detail({
      status: 'supplementing',
      supplement: { reason: '联系电话无法接通，照片不清晰', fields: ['contactPhone'], materials: ['photo'], dueAt: T0 + 72 * HOUR },
      timeline: [event('submitted', 1, T0), event('supplementing', 6, T0 + HOUR, '联系电话无法接通，照片不清晰')],
    })

    it('leads from the detail’s 补正 card to a page that checks only what is asked, then sends it', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(supplementing)
      await show(<ApplicationPage />)
      expect(screen.getByText('需补正：联系电话、本人近期照片')).toBeTruthy()
      await press(screen.getByText('去补正'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/supplement/index?id=a1' })
    })

    it('validates only the asked field and material, uploads again, submits, and returns to the detail', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(supplementing)
      api.supplement.mockResolvedValue(detail({ status: 'accepted' }))
      const chooseImages = platform.chooseImages
      platform.chooseImages = jest.fn(async () => ({ status: 'ok' as const, value: [{ path: 'blob:1', size: 1000, name: '照片.jpg', kind: 'image' as const }] }))
      jest.mocked(platform.uploadFile).mockResolvedValueOnce({ status: 'ok', value: { status: 200, body: JSON.stringify({ id: 'up-1', name: '照片.jpg', kind: 'image', bytes: 1000 }) } })
      try {
        await show(<Supplement />)
        expect(screen.getByText('联系电话无法接通，照片不清晰')).toBeTruthy()
        // Only the asked field is shown, with its current answer; 工作单位 (empty, required) is not asked
        expect((screen.getByLabelText('联系电话') as HTMLInputElement).value).toBe('1380013')
        expect(screen.queryByText('工作单位')).toBeNull()
        expect(screen.queryByText('申请人姓名')).toBeNull()

        await press(screen.getByText('提交补正'))
        expect(api.supplement).not.toHaveBeenCalled()
        expect(screen.getByText('请提供本人近期照片')).toBeTruthy()
        expect(screen.getAllByRole('alert').map((a) => a.textContent)).toHaveLength(2)
        expect(screen.queryByText(/工作单位/)).toBeNull()

        fireEvent.change(screen.getByLabelText('联系电话'), { target: { value: '13800138000' } })
        await press(screen.getByLabelText('拍照 / 相册，上传本人近期照片'))
        expect(screen.getByText('已上传')).toBeTruthy()
        await press(screen.getByText('提交补正'))

        expect(api.supplement).toHaveBeenCalledTimes(1)
        // With an Idempotency-Key the page keeps for the same content (a tap again after a lost answer replays it)
        expect(api.supplement).toHaveBeenCalledWith('a1', { answers: { contactPhone: '13800138000' }, materials: { photo: { kind: 'upload', fileIds: ['up-1'] } } }, expect.any(String))
        expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=a1' })
        expect(Taro.showToast).toHaveBeenCalledWith({ title: '补正材料已提交', icon: 'success' })
      } finally {
        platform.chooseImages = chooseImages
      }
    })
  })

  describe('好差评', () => {
    it('sends all five scores and the comment once, and not before every indicator is scored', async () => {
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail({ status: 'approved', canRate: true }))
      const answer = deferred<ApplicationDetailDto>()
      api.rate.mockReturnValue(answer.promise)
      await show(<Rating />)

      await press(screen.getByLabelText('整体满意度 5 星，非常满意'))
      await press(screen.getByLabelText('办事效率 4 星，满意'))
      await press(screen.getByLabelText('办事指南精确度 3 星，基本满意'))
      await press(screen.getByLabelText('办事便捷度 2 星，不满意'))
      expect(screen.getByText('非常满意')).toBeTruthy()
      await press(screen.getByText('提交评价'))
      expect(screen.getByText('请为「平台操作性」打分')).toBeTruthy()
      expect(api.rate).not.toHaveBeenCalled()

      await press(screen.getByLabelText('平台操作性 1 星，非常不满意'))
      fireEvent.change(screen.getByLabelText('评价内容'), { target: { value: '窗口人员很耐心' } })
      await act(async () => {
        fireEvent.click(screen.getByText('提交评价'))
        fireEvent.click(screen.getByText('提交评价'))
      })
      await act(async () => answer.resolve(detail()))
      await press(screen.getByText('提交评价'))
      expect(api.rate).toHaveBeenCalledTimes(1)
      expect(api.rate).toHaveBeenCalledWith('a1', { scores: { overall: 5, efficiency: 4, guideAccuracy: 3, convenience: 2, usability: 1 }, comment: '窗口人员很耐心' })
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '感谢您的评价', icon: 'success' })
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=a1' })
    })

    it('offers 追加评价 only after a follow-up, and sends that one score', async () => {
      const rating = { scores: { overall: 1, efficiency: 2, guideAccuracy: 3, convenience: 2, usability: 2 }, comment: '等太久', at: T0 + 3 * HOUR, followUp: null, followUpRating: null }
      setRouterParams({ id: 'a1' })
      api.getApplication.mockResolvedValue(detail({ status: 'approved', rating }))
      const { unmount } = render(<ApplicationPage />)
      await act(async () => {})
      expect(screen.getByText('我的评价')).toBeTruthy()
      expect(screen.getByLabelText('整体满意度 1 星，非常不满意')).toBeTruthy()
      expect(screen.queryByText('追加评价')).toBeNull()
      unmount()

      const followedUp = detail({ status: 'approved', rating: { ...rating, followUp: { note: '已电话回访并加快办理', at: T0 + 4 * HOUR } } })
      api.getApplication.mockResolvedValue(followedUp)
      const second = render(<ApplicationPage />)
      await act(async () => {})
      expect(screen.getByText('部门回访：已电话回访并加快办理')).toBeTruthy()
      await press(screen.getByText('追加评价'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/rating/index?id=a1&followUp=1' })
      second.unmount()

      setRouterParams({ id: 'a1', followUp: '1' })
      api.followUpRating.mockResolvedValue(followedUp)
      await show(<Rating />)
      expect(screen.getByText('已电话回访并加快办理')).toBeTruthy()
      expect(screen.queryByText('整体满意度')).toBeNull()
      await press(screen.getByLabelText('对回访处理的满意度 4 星，满意'))
      await press(screen.getByText('提交评价'))
      expect(api.followUpRating).toHaveBeenCalledWith('a1', { score: 4, comment: '' })
      expect(api.rate).not.toHaveBeenCalled()
    })
  })

  describe('消息', () => {
    it('marks a message read when it is opened, opens its 办件, and marks all read', async () => {
      api.listMessages.mockResolvedValue({ messages: [message({ id: 'm1', at: T0 }), message({ id: 'm2', title: '办件已办结', at: T0 + HOUR }), message({ id: 'm3', title: '欢迎使用', read: true, applicationId: null, at: T0 - HOUR })], unread: 2 })
      api.markRead.mockImplementation(async ({ ids }) => ({
        messages: [message({ id: 'm2', title: '办件已办结', at: T0 + HOUR, read: ids === 'all' }), message({ id: 'm1', read: true }), message({ id: 'm3', title: '欢迎使用', read: true, applicationId: null })],
        unread: ids === 'all' ? 0 : 1,
      }))
      await show(<Messages />)

      const items = screen.getAllByRole('button', { name: /2026-11-02/ })
      expect(items.map((i) => i.textContent)).toEqual([
        '未读办件已办结您申请的「居住证办理」已受理2026-11-02 11:00',
        '未读办件已受理您申请的「居住证办理」已受理2026-11-02 10:00',
        '欢迎使用您申请的「居住证办理」已受理2026-11-02 09:00',
      ])
      expect(screen.getAllByText('未读')).toHaveLength(2)
      expect(screen.getByText('2 条未读')).toBeTruthy()

      await press(items[1])
      expect(api.markRead).toHaveBeenCalledWith({ ids: ['m1'] })
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=a1' })
      expect(screen.getAllByText('未读')).toHaveLength(1)

      await press(screen.getByText('全部已读'))
      expect(api.markRead).toHaveBeenLastCalledWith({ ids: 'all' })
      expect(screen.queryByText('未读')).toBeNull()
      expect(screen.getByText('没有未读消息')).toBeTruthy()
    })
  })

  describe('我的草稿', () => {
    it('deletes a draft only after confirmation, and continues one in the form', async () => {
      const draft: DraftDto = { itemId: 'item-1', itemName: '居住证办理', formVersion: 1, answers: {}, materials: {}, updatedAt: T0, submissionKey: 'key-12345678' }
      api.listDrafts.mockResolvedValue({ drafts: [draft] })
      api.deleteDraft.mockResolvedValue(undefined)
      await show(<Drafts />)
      expect(screen.getByText('最后编辑于 2026-11-02 10:00')).toBeTruthy()

      await press(screen.getByLabelText('继续填写「居住证办理」'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/apply/index?item=item-1' })

      jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
      await press(screen.getByLabelText('删除「居住证办理」的草稿'))
      expect(Taro.showModal).toHaveBeenCalledTimes(1)
      expect(api.deleteDraft).not.toHaveBeenCalled()
      expect(screen.getByText('居住证办理')).toBeTruthy()

      await press(screen.getByLabelText('删除「居住证办理」的草稿'))
      expect(api.deleteDraft).toHaveBeenCalledWith('item-1')
      expect(screen.getByText('暂无草稿')).toBeTruthy()
    })

    it('continues a 一件事 draft in its combined form', async () => {
      const draft: DraftDto = { itemId: 'scenario-open-restaurant', itemName: '我要开餐饮店', formVersion: 2, answers: {}, materials: {}, updatedAt: T0, submissionKey: 'key-12345678' }
      api.listDrafts.mockResolvedValue({ drafts: [draft] })
      await show(<Drafts />)
      await press(screen.getByLabelText('继续填写「我要开餐饮店」'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/apply/index?scenario=open-restaurant' })
    })
  })

  describe('我的', () => {
    it('我的 shows the unread messages and the 办件 in progress, and opens the new entries', async () => {
      api.listMessages.mockResolvedValue({ messages: [message()], unread: 3 })
      api.listApplications.mockResolvedValue(listOf([], { counts: { all: 5, 'in-progress': 2, supplementing: 0, done: 3, withdrawn: 0 } }))
      await show(<Mine />)
      expect(api.listApplications).toHaveBeenCalledWith({ filter: 'in-progress', limit: 1 })
      expect(screen.getByText('3 条未读')).toBeTruthy()
      expect(screen.getByText('2 件办理中')).toBeTruthy()
      // The existing entries stay
      expect(screen.getByText('账号与安全')).toBeTruthy()

      for (const [title, url] of [
        ['我的办件', '/packages/handling/pages/applications/index'],
        ['我的草稿', '/packages/handling/pages/drafts/index'],
        ['消息', '/packages/handling/pages/messages/index'],
        ['我的证照', '/packages/handling/pages/licences/index'],
      ]) {
        await press(screen.getByText(title))
        expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url })
      }
    })
  })
})
