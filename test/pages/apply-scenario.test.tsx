import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Apply from '../../src/packages/handling/pages/apply/index'
import type { CaseDetailDto, FormSchemaDto, ScenarioDto, ScenarioFormDto, ScenarioFormPartDto } from '../../src/api/contract'
import { handlingApi } from '../../src/api/endpoints/handling'
import { scenarioApi } from '../../src/api/endpoints/scenario'
import { ApiError } from '../../src/api/errors'
import { appConfig } from '../../src/stores/app-config'
import { draftsState, openDraft, type LocalDraft } from '../../src/stores/drafts'
import { preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { submissionsState, submitDraft } from '../../src/stores/submissions'
import { appConfigFixture } from './app-config'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/handling', () => ({ handlingApi: { getForm: jest.fn(), listLicences: jest.fn() } }))
jest.mock('../../src/api/endpoints/scenario', () => ({ scenarioApi: { get: jest.fn(), form: jest.fn() } }))

// The stores at their boundary (test/pages/apply-store-mocks.ts), as in apply.test.tsx.
jest.mock('../../src/stores/drafts', () => jest.requireActual('./apply-store-mocks').draftsStoreMock())
jest.mock('../../src/stores/submissions', () => jest.requireActual('./apply-store-mocks').submissionsStoreMock())
jest.mock('../../src/stores/uploads', () => ({ uploadMaterialFile: jest.fn() }))

const ID = 'open-restaurant'
const KEY = `scenario-${ID}`
const HERE = `/packages/handling/pages/apply/index?scenario=${ID}`
const SCENARIO = { regionCode: '310101', version: 2, answers: { seats: 60, alcohol: 'yes' } }

const part = (o: Partial<ScenarioFormPartDto>): ScenarioFormPartDto => ({
  stepKey: '310101000001-0',
  itemId: '310101-000201001000-0001',
  itemName: '营业执照（个体工商户设立登记）',
  department: '黄浦区市场监督管理局',
  stage: 1,
  fields: { shopName: 'shopName', phone: 'contactPhone' },
  materials: { lease: 'lease' },
  providedInCase: {},
  fee: null,
  ...o,
})

const combined = (fee: FormSchemaDto['fee'] = { title: '合并缴费', amountFen: 15000, basis: '各事项收费依据', timing: 'before-review' }): ScenarioFormDto => ({
  scenarioId: ID,
  regionCode: '310101',
  form: {
    itemId: KEY,
    itemName: '我要开餐饮店',
    version: 2,
    audience: 'personal',
    sections: [
      {
        title: '经营信息',
        fields: [
          { id: 'applicantName', type: 'text', label: '申请人姓名', required: true, prefill: 'identity.name', editable: false },
          { id: 'shopName', type: 'text', label: '店铺名称', required: true },
          { id: 'contactPhone', type: 'phone', label: '联系电话', required: true },
        ],
      },
    ],
    materials: [{ id: 'lease', name: '经营场所租赁合同', requirement: 'optional', eLicence: null, upload: { kinds: ['image', 'pdf'], maxFiles: 3, maxBytes: 5 * 1024 * 1024 }, notes: '' }],
    declaration: '本人承诺所填写的信息和提交的材料真实、准确、完整。',
    fee,
  },
  parts: [
    part({ fee: { title: '营业执照工本费', amountFen: 5000, basis: '依据一', timing: 'before-review' } }),
    part({
      stepKey: '310101000003-0',
      itemId: '310101-000301001000-0001',
      itemName: '酒类商品零售许可',
      department: '黄浦区商务委员会',
      stage: 2,
      providedInCase: { licence: '营业执照（个体工商户设立登记）' },
      fee: { title: '许可证工本费', amountFen: 10000, basis: '依据二', timing: 'before-review' },
    }),
  ],
})

const scenario = { id: ID, title: '我要开餐饮店', version: 2, regionCode: '310101', regionName: '黄浦区' } as ScenarioDto

const verified = () => ({
  id: 'u1',
  platform: 'h5' as const,
  displayName: '王*',
  phoneMasked: '138****0000',
  realNameVerified: true,
  assurance: 'face' as const,
  realName: { nameMasked: '王*', idNumberMasked: '3101**********0014' },
  faceVerifiedAt: new Date().toISOString(),
})

const draft = (o: Partial<LocalDraft> = {}): LocalDraft => ({ itemId: KEY, itemName: '我要开餐饮店', formVersion: 2, answers: {}, materials: {}, updatedAt: 5, submissionKey: 'key-0000000009', syncedAt: null, scenario: SCENARIO, ...o })
const tap = (el: HTMLElement) => act(async () => void fireEvent.click(el))
const type = (label: string, value: string) => act(async () => void fireEvent.change(screen.getByLabelText(label), { target: { value } }))
const next = () => tap(screen.getByText('下一步'))

async function open() {
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(<Apply />)
  })
  return view
}

async function toReview() {
  await open()
  await type('店铺名称', '老王面馆')
  await type('联系电话', '13800138000')
  await next()
  await next()
}

beforeEach(() => {
  jest.clearAllMocks()
  setRouterParams({ scenario: ID })
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', subRegion: null, elderMode: false })
  session.set({ status: 'signed-in', token: 't', user: verified(), error: null })
  draftsState.set({ byItem: { [KEY]: draft() }, sync: {} })
  submissionsState.set({ [KEY]: { status: 'idle', error: null, fieldErrors: {}, applicationId: null, caseId: null } })
  jest.mocked(handlingApi.listLicences).mockResolvedValue({ licences: [] })
  jest.mocked(scenarioApi.get).mockResolvedValue(scenario)
  jest.mocked(scenarioApi.form).mockResolvedValue(combined())
})

describe('apply page, 一件事 mode', () => {
  it('opens the 一件事 draft and fills the combined form for the draft’s region and answers', async () => {
    await open()
    expect(scenarioApi.get).toHaveBeenCalledWith(ID, '310101')
    expect(openDraft).toHaveBeenCalledWith(KEY, '我要开餐饮店', 2)
    expect(scenarioApi.form).toHaveBeenCalledWith(ID, { regionCode: '310101', answers: SCENARIO.answers })
    expect(handlingApi.getForm).not.toHaveBeenCalled()
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '我要开餐饮店' })
    expect(screen.getByText('经营信息')).toBeTruthy()
    expect(screen.getByLabelText('办理步骤，第 1 步，共 3 步')).toBeTruthy()
    // Every change goes to the 一件事's draft
    await type('店铺名称', '老王面馆')
    expect(draftsState.get().byItem[KEY].answers.shopName).toBe('老王面馆')
  })

  it('prefills the combined form as an item’s: the verified identity once, for every item, filled by the system', async () => {
    await open()
    expect(screen.getAllByText('已实名：王*（提交时由系统自动填写）')).toHaveLength(1)
    expect(screen.getByText('来自实名认证')).toBeTruthy()
    // Nothing typed for it: the server fills the truth at submission
    expect(draftsState.get().byItem[KEY].answers.applicantName ?? null).toBeNull()
  })

  it('lists the items it applies for above the steps', async () => {
    await open()
    expect(screen.getByRole('heading', { name: '本次将同时办理 2 个事项' })).toBeTruthy()
    const list = screen.getByRole('list', { name: '本次办理的事项' })
    expect(within(list).getAllByRole('listitem').map((i) => i.getAttribute('aria-label'))).toEqual([
      '营业执照（个体工商户设立登记），黄浦区市场监督管理局',
      '酒类商品零售许可，黄浦区商务委员会',
    ])
  })

  it('「修改情形」 goes back to the questions: the page below when it is theirs, else in place of this one', async () => {
    await open()
    await tap(screen.getByRole('button', { name: /^修改情形/ }))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/packages/scenario/pages/scenario/index?id=${ID}` })
    expect(Taro.navigateBack).not.toHaveBeenCalled()

    jest.mocked(Taro.getCurrentPages).mockReturnValueOnce([{ route: 'packages/scenario/pages/scenario/index', options: { id: ID } }, { route: 'packages/handling/pages/apply/index' }])
    await tap(screen.getByRole('button', { name: /^修改情形/ }))
    expect(Taro.navigateBack).toHaveBeenCalledTimes(1)
    expect(Taro.redirectTo).toHaveBeenCalledTimes(1)
  })

  it('sends a visitor who did not answer the questions to them first', async () => {
    draftsState.set({ byItem: {}, sync: {} })
    await open()
    expect(scenarioApi.get).toHaveBeenCalledWith(ID, '310000')
    expect(scenarioApi.form).not.toHaveBeenCalled()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/packages/scenario/pages/scenario/index?id=${ID}` })
    expect(screen.queryByText('经营信息')).toBeNull()
  })

  it('asks the questions again when they changed since they were answered', async () => {
    jest.mocked(scenarioApi.get).mockResolvedValue({ ...scenario, version: 3 })
    const first = await open()
    expect(scenarioApi.form).not.toHaveBeenCalled()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/packages/scenario/pages/scenario/index?id=${ID}` })
    first.unmount()

    jest.mocked(scenarioApi.get).mockResolvedValue(scenario)
    jest.mocked(scenarioApi.form).mockRejectedValue(new ApiError({ kind: 'client', status: 400, code: 'INVALID_SCENARIO_ANSWERS', message: '请回答办理情形的问题' }))
    jest.mocked(Taro.redirectTo).mockClear()
    await open()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/packages/scenario/pages/scenario/index?id=${ID}` })
  })

  it('reviews the items and the one combined fee, then submits once and opens the case', async () => {
    await toReview()
    const items = screen.getByRole('heading', { name: '办理事项（2 项）' }).parentElement!.parentElement!
    expect(within(items).getByText('酒类商品零售许可')).toBeTruthy()
    expect(within(items).getByText('黄浦区商务委员会')).toBeTruthy()
    expect(screen.getByText('共 150.00 元，提交后一次缴纳')).toBeTruthy()
    expect(screen.getByText('50.00 元')).toBeTruthy()
    expect(screen.getByText('100.00 元')).toBeTruthy()
    // Not the item mode's fee card
    expect(screen.queryByText('收费依据')).toBeNull()

    await tap(screen.getByText('本人已阅读并承诺'))
    let done!: (c: CaseDetailDto) => void
    jest.mocked(submitDraft).mockImplementation(() => new Promise((resolve) => (done = resolve)))
    const submit = screen.getByRole('button', { name: '提交申请' })
    await tap(submit)
    await tap(submit)
    expect(submitDraft).toHaveBeenCalledTimes(1)
    expect(submitDraft).toHaveBeenCalledWith(KEY, { mode: 'personal', declarationAccepted: true })
    await act(async () => done({ id: 'case-7' } as CaseDetailDto))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/case/index?id=case-7' })
  })

  it('says when the combined fee falls due after acceptance', async () => {
    jest.mocked(scenarioApi.form).mockResolvedValue(combined({ title: '合并缴费', amountFen: 15000, basis: '各事项收费依据', timing: 'after-acceptance' }))
    await toReview()
    expect(screen.getByText('共 150.00 元，受理后一次缴纳')).toBeTruthy()
  })

  it('shows no fee when none of the items charges one', async () => {
    jest.mocked(scenarioApi.form).mockResolvedValue({ ...combined(null), parts: combined().parts.map((p) => ({ ...p, fee: null })) })
    await toReview()
    expect(screen.getByRole('heading', { name: '办理事项（2 项）' })).toBeTruthy()
    expect(screen.queryByText('合并缴费')).toBeNull()
    expect(screen.queryByText(/^共 [0-9]/)).toBeNull()
  })

  it('waits for the network, then opens the case the outbox submitted', async () => {
    await toReview()
    await tap(screen.getByText('本人已阅读并承诺'))
    jest.mocked(submitDraft).mockImplementation(async () => {
      submissionsState.set({ [KEY]: { status: 'waiting-network', error: '网络不可用，申请已保存，联网后将自动提交', fieldErrors: {}, applicationId: null, caseId: null } })
      return null
    })
    await tap(screen.getByRole('button', { name: '提交申请' }))
    expect(screen.getByRole('button', { name: '等待联网后自动提交' })).toBeTruthy()
    expect(Taro.redirectTo).not.toHaveBeenCalled()
    act(() => submissionsState.set({ [KEY]: { status: 'done', error: null, fieldErrors: {}, applicationId: null, caseId: 'case-9' } }))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/case/index?id=case-9' })
  })

  it('shows a refusal’s messages at the combined form’s fields', async () => {
    await toReview()
    await tap(screen.getByText('本人已阅读并承诺'))
    jest.mocked(submitDraft).mockImplementation(async () => {
      submissionsState.set({ [KEY]: { status: 'error', error: '请按提示修改后再提交', fieldErrors: { shopName: '店铺名称与核准名称不一致' }, applicationId: null, caseId: null } })
      return null
    })
    await tap(screen.getByRole('button', { name: '提交申请' }))
    expect(screen.getByLabelText('办理步骤，第 1 步，共 3 步')).toBeTruthy()
    expect(screen.getByText('店铺名称与核准名称不一致')).toBeTruthy()
  })

  it('sends a signed-out visitor to sign in and back to this 一件事', async () => {
    session.set({ status: 'anonymous', token: null, user: null })
    await open()
    expect(scenarioApi.get).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?then=${encodeURIComponent(HERE)}` })
    expect(screen.getByText('登录后在线办理')).toBeTruthy()
  })

  it('shows a 一件事 that cannot be found', async () => {
    jest.mocked(scenarioApi.get).mockRejectedValueOnce(new ApiError({ kind: 'client', status: 404, code: 'SCENARIO_NOT_FOUND', message: '未找到该一件事' }))
    await open()
    expect(screen.getByText('该一件事暂不支持在线办理')).toBeTruthy()
  })

  it('shows a friendly error when the combined form cannot load, and loads it again', async () => {
    jest.mocked(scenarioApi.form).mockRejectedValueOnce(new ApiError({ kind: 'network' }))
    await open()
    expect(screen.getByText('暂时无法打开申请表')).toBeTruthy()
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await tap(screen.getByText('重新加载'))
    expect(scenarioApi.form).toHaveBeenCalledTimes(2)
    expect(screen.getByText('经营信息')).toBeTruthy()
  })

  it('renders in elder mode', async () => {
    preferences.set({ elderMode: true })
    const { container } = await open()
    expect(container.querySelector('.tb-page.tb-page--elder.apply')).toBeTruthy()
    expect(screen.getByText('本次将同时办理 2 个事项')).toBeTruthy()
  })
})
