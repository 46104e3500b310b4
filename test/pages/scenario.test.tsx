import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { DraftDto } from '../../src/api/contract'
import { handlingApi } from '../../src/api/endpoints/handling'
import { scenarioApi } from '../../src/api/endpoints/scenario'
import { ApiError } from '../../src/api/errors'
import Scenario from '../../src/packages/scenario/pages/scenario/index'
import { appConfig } from '../../src/stores/app-config'
import { draftsState, reloadDrafts } from '../../src/stores/drafts'
import { preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { appConfigFixture } from './app-config'
import { memory } from './fake-platform'
import { restaurant, restaurantInCity, restaurantSteps } from './scenario-fixtures'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/scenario', () => ({ scenarioApi: { get: jest.fn(), list: jest.fn() } }))
// The real drafts store, with the server at its boundary: no draft yet (404), every save kept as sent.
jest.mock('../../src/api/endpoints/handling', () => ({ handlingApi: { getDraft: jest.fn(), saveDraft: jest.fn(), deleteDraft: jest.fn() } }))
const get = jest.mocked(scenarioApi.get)
const getDraft = jest.mocked(handlingApi.getDraft)
const saveDraft = jest.mocked(handlingApi.saveDraft)

const ID = 'open-restaurant'
const DRAFT_KEY = `scenario-${ID}`
const DEVICE_KEY = `tb.scenario-answers.v1.${ID}`
const HERE = `/packages/scenario/pages/scenario/index?id=${ID}`

const signIn = () =>
  session.set({ status: 'signed-in', token: 't', user: { id: 'u1', platform: 'h5', displayName: '店主', phoneMasked: '138****0000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null } })

const serverDraft = (scenario: DraftDto['scenario'], o: Partial<DraftDto> = {}): DraftDto => ({
  itemId: DRAFT_KEY,
  itemName: '我要开餐饮店',
  formVersion: 2,
  answers: {},
  materials: {},
  updatedAt: Date.now() - 60_000,
  submissionKey: 'key-0000000001',
  scenario,
  ...o,
})

beforeEach(() => {
  jest.clearAllMocks()
  memory.clear()
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'enterprise', regionCode: '310101', subRegion: null, elderMode: false, elderModeChosen: false })
  session.set({ status: 'anonymous', token: null, user: null, error: null })
  reloadDrafts()
  setRouterParams({ id: ID })
  get.mockImplementation(async (_id: string, region: string) => (region === '310000' ? restaurantInCity() : restaurant()))
  getDraft.mockRejectedValue(new ApiError({ kind: 'client', status: 404, code: 'DRAFT_NOT_FOUND', message: '草稿不存在' }))
  saveDraft.mockImplementation(async (itemId, body) => ({ ...body, itemId, itemName: '我要开餐饮店' }))
})

const radio = (name: string | RegExp) => screen.getByRole('radio', { name })
const button = (name: string) => screen.getByRole('button', { name })
const tap = (el: HTMLElement) => act(async () => void fireEvent.click(el))
const progress = () => screen.getByRole('progressbar').textContent

async function openIntro() {
  const view = render(<Scenario />)
  await screen.findByText('可能涉及的事项（5 项）')
  return view
}

/** Answers every question: 是否售酒, 经营方式, (餐位), 其他情形, 员工人数, ending on the checklist. */
async function answerAll(a: { alcohol: '是' | '否'; dining: '堂食' | '仅外卖'; seats?: string; services?: string[]; staff: string }) {
  await tap(radio(a.alcohol))
  await tap(radio(a.dining === '堂食' ? '堂食，店内设座位' : '仅外卖'))
  if (a.seats !== undefined) {
    fireEvent.change(screen.getByLabelText('店铺有多少个餐位？（单位：个）'), { target: { value: a.seats } })
    await tap(button('下一题'))
  }
  for (const s of a.services ?? []) await tap(screen.getByRole('checkbox', { name: s }))
  await tap(button('下一题'))
  fireEvent.change(screen.getByLabelText('有多少名员工？（单位：人）'), { target: { value: a.staff } })
  await tap(button('查看清单'))
  await screen.findByText(/^您需要办理 \d+ 个事项$/)
}

describe('一件事', () => {
  it('introduces the scenario: what it covers, the items with their departments, and sets the title', async () => {
    await openIntro()
    expect(get).toHaveBeenCalledWith(ID, '310101')
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '我要开餐饮店' })
    expect(screen.getByRole('heading', { name: '我要开餐饮店' })).toBeTruthy()
    expect(screen.getByText('适用于在本市新开餐馆、小吃店、饮品店的个人和企业。')).toBeTruthy()
    expect(screen.getByText('酒类商品零售许可')).toBeTruthy()
    expect(screen.getAllByText('黄浦区市场监管局').length).toBe(2)
    expect(screen.getByText('黄浦区消防救援支队')).toBeTruthy()
    // No question before 开始
    expect(screen.queryByRole('progressbar')).toBeNull()
    await tap(button('开始'))
    expect(progress()).toBe('第 1 题 / 共 4 题')
    expect(screen.getByText('店内是否销售酒类？')).toBeTruthy()
    expect(screen.getByText('含啤酒、葡萄酒等，仅堂食佐餐也算')).toBeTruthy()
  })

  it('asks one question per screen; the total follows showIf, and 上一题 keeps every answer', async () => {
    await openIntro()
    await tap(button('开始'))
    await tap(radio('否'))
    expect(progress()).toBe('第 2 题 / 共 4 题')
    expect(screen.getByText('经营方式')).toBeTruthy()
    // 堂食 brings in the 餐位 question
    await tap(radio('堂食，店内设座位'))
    expect(progress()).toBe('第 3 题 / 共 5 题')
    expect(screen.getByText('店铺有多少个餐位？')).toBeTruthy()
    await tap(button('上一题'))
    expect(progress()).toBe('第 2 题 / 共 5 题')
    expect(radio('堂食，店内设座位').getAttribute('aria-checked')).toBe('true')
    expect(radio('仅外卖').getAttribute('aria-checked')).toBe('false')
    // 仅外卖 takes it out again: the next question is 其他情形
    await tap(radio('仅外卖'))
    expect(progress()).toBe('第 3 题 / 共 4 题')
    expect(screen.getByText('还有以下哪些情形？')).toBeTruthy()
    await tap(button('上一题'))
    await tap(button('上一题'))
    expect(progress()).toBe('第 1 题 / 共 4 题')
    expect(radio('否').getAttribute('aria-checked')).toBe('true')
    // An answered single choice offers 下一题 without changing it
    await tap(button('下一题'))
    expect(screen.getByText('经营方式')).toBeTruthy()
    await tap(button('上一题'))
    await tap(button('返回介绍'))
    expect(screen.getByText('可能涉及的事项（5 项）')).toBeTruthy()
  })

  it('checks a number against its bounds with the domain’s message, and takes a valid one', async () => {
    await openIntro()
    await tap(button('开始'))
    await tap(radio('否'))
    await tap(radio('堂食，店内设座位'))
    const input = screen.getByLabelText('店铺有多少个餐位？（单位：个）')
    expect(screen.getByText('可填 1–2000 个')).toBeTruthy()
    await tap(button('下一题'))
    expect(screen.getByRole('alert').textContent).toBe('请回答这个问题')
    fireEvent.change(input, { target: { value: '0' } })
    await tap(button('下一题'))
    expect(screen.getByRole('alert').textContent).toBe('不能小于 1 个')
    fireEvent.change(input, { target: { value: '3000' } })
    await tap(button('下一题'))
    expect(screen.getByRole('alert').textContent).toBe('不能大于 2000 个')
    fireEvent.change(input, { target: { value: '12a' } })
    await tap(button('下一题'))
    expect(screen.getByRole('alert').textContent).toBe('请输入数字')
    expect(progress()).toBe('第 3 题 / 共 5 题')
    fireEvent.change(input, { target: { value: '120' } })
    expect(screen.queryByRole('alert')).toBeNull()
    await tap(button('下一题'))
    expect(progress()).toBe('第 4 题 / 共 5 题')
    // Multiple choice: checkboxes, an empty answer allowed
    const signboard = screen.getByRole('checkbox', { name: '店外设置招牌' })
    await tap(signboard)
    expect(signboard.getAttribute('aria-checked')).toBe('true')
    await tap(signboard)
    expect(screen.getByRole('checkbox', { name: '店外设置招牌' }).getAttribute('aria-checked')).toBe('false')
    await tap(button('下一题'))
    expect(progress()).toBe('第 5 题 / 共 5 题')
  })

  it('builds the checklist from the answers, and an answer changed adds the item it brings', async () => {
    await openIntro()
    await tap(button('开始'))
    await answerAll({ alcohol: '否', dining: '堂食', seats: '20', staff: '5' })
    expect(screen.getByText('您需要办理 2 个事项')).toBeTruthy()
    expect(screen.queryByText('酒类商品零售许可')).toBeNull()
    expect(screen.getByLabelText('跑动次数：零跑动')).toBeTruthy()
    expect(screen.getByLabelText('承诺时限：13 个工作日')).toBeTruthy()
    expect(screen.getByText('第一步')).toBeTruthy()
    expect(screen.getByText('第二步')).toBeTruthy()

    await tap(button('修改回答'))
    expect(progress()).toBe('第 1 题 / 共 5 题')
    await tap(radio('是'))
    // Every later answer is kept: straight through to the checklist
    await tap(button('下一题'))
    expect((screen.getByLabelText('店铺有多少个餐位？（单位：个）') as HTMLInputElement).value).toBe('20')
    await tap(button('下一题'))
    await tap(button('下一题'))
    await tap(button('查看清单'))
    expect(screen.getByText('您需要办理 3 个事项')).toBeTruthy()
    const alcohol = screen.getByRole('button', { name: /^酒类商品零售许可，/ })
    expect(within(alcohol).getByText('因为店内销售酒类')).toBeTruthy()
    expect(within(alcohol).getByText('黄浦区商务委员会')).toBeTruthy()
    expect(within(alcohol).getByText('到现场办理 1 次')).toBeTruthy()
    expect(within(alcohol).getByText('承诺 5 个工作日')).toBeTruthy()
    expect(screen.getByText('第二步（可同时办理）')).toBeTruthy()
    expect(screen.getByLabelText('跑动次数：最多跑 1 次')).toBeTruthy()
    await tap(alcohol)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/guide/index?id=it-alcohol' })
  })

  it('says which items are done at a hall or not implemented, and which materials need not be brought', async () => {
    await openIntro()
    await tap(button('开始'))
    await answerAll({ alcohol: '否', dining: '堂食', seats: '150', services: ['店外设置招牌'], staff: '8' })
    expect(screen.getByText('您需要办理 4 个事项')).toBeTruthy()
    const fire = screen.getByRole('button', { name: /^公众聚集场所投入使用、营业前消防安全检查，/ })
    expect(within(fire).getByText('到现场办理 1 次')).toBeTruthy()
    expect(screen.getByText('1 个事项需要到现场办理')).toBeTruthy()
    expect(screen.getByText('黄浦区暂未实施 1 个事项')).toBeTruthy()
    expect(screen.getAllByText('当地暂未实施').length).toBeGreaterThan(0)
    expect(within(screen.getByRole('button', { name: /^企业设立登记，/ })).getByText('全程网办')).toBeTruthy()
    // 14 natural days → 10 working days, the longest of stage 2
    expect(screen.getByLabelText('承诺时限：13 个工作日')).toBeTruthy()
    expect(screen.getByLabelText('跑动次数：最多跑 1 次')).toBeTruthy()
    // Materials once each: the licence made in this case, the ID by e-licence, the lease to bring for two items
    expect(screen.getByText('需要的材料（3 份，需准备 1 份）')).toBeTruthy()
    expect(screen.getByText('由本件事的「企业设立登记」办结后生成，无需提交')).toBeTruthy()
    expect(screen.getByText('免提交：已有电子证照「居民身份证」可直接调用')).toBeTruthy()
    expect(screen.getAllByText('经营场所使用证明')).toHaveLength(1)
    const lease = screen.getByText('经营场所使用证明').closest('.scenario-materials__row') as HTMLElement
    expect(within(lease).getByText('需要准备')).toBeTruthy()
    expect(within(lease).getByText('用于：企业设立登记、食品经营许可（新办）')).toBeTruthy()
    expect(button('开始填写')).toBeTruthy()
    // The hall-only step takes bookings: 预约 from the checklist, for that step only
    expect(screen.getAllByRole('button', { name: /^预约到现场办理/ })).toHaveLength(1)
    await tap(screen.getByRole('button', { name: '预约到现场办理公众聚集场所投入使用、营业前消防安全检查' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/appointment/pages/book/index?item=it-fire' })
  })

  it('hides 开始填写 when nothing can be done online and says what to do instead', async () => {
    const offline = restaurantSteps().map((s) => (s.item ? { ...s, item: { ...s.item, online: false, visits: 1 } } : s))
    get.mockResolvedValue(restaurant({ steps: offline }))
    await openIntro()
    await tap(button('开始'))
    await answerAll({ alcohol: '否', dining: '仅外卖', staff: '3' })
    expect(screen.getByText('这件事暂不能在网上办理')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '开始填写' })).toBeNull()
    await tap(screen.getByRole('button', { name: /^食品经营许可（新办），/ }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/guide/index?id=it-food' })
  })

  it('asks for the district first in a region with districts, and reloads the items there', async () => {
    preferences.set({ regionCode: '310000' })
    render(<Scenario />)
    await screen.findByText('可能涉及的事项（5 项）')
    expect(get).toHaveBeenCalledWith(ID, '310000')
    expect(screen.getAllByText('由所在区的部门办理').length).toBe(5)
    await tap(button('开始'))
    expect(progress()).toBe('第 1 题 / 共 5 题')
    expect(screen.getByRole('heading', { name: '在哪个区办理？' })).toBeTruthy()
    expect(screen.getAllByRole('radio')).toHaveLength(16)
    await tap(radio('黄浦区'))
    await waitFor(() => expect(get).toHaveBeenLastCalledWith(ID, '310101'))
    expect(progress()).toBe('第 2 题 / 共 5 题')
    expect((memory.get(DEVICE_KEY) as { regionCode: string }).regionCode).toBe('310101')
    await answerAll({ alcohol: '否', dining: '仅外卖', staff: '3' })
    expect(screen.getByText('办理地区：黄浦区')).toBeTruthy()
    expect(screen.getAllByText('黄浦区市场监管局').length).toBeGreaterThan(0)
    // 上一题 from the first question goes back to the district, still chosen
    await tap(button('修改回答'))
    expect(radio('黄浦区').getAttribute('aria-checked')).toBe('true')
  })

  it('sends a signed-out user to sign in from 开始填写, keeping the answers on the device', async () => {
    await openIntro()
    await tap(button('开始'))
    await answerAll({ alcohol: '是', dining: '仅外卖', staff: '3' })
    await tap(button('开始填写'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/login/index?then=${encodeURIComponent(HERE)}` })
    expect(memory.get(DEVICE_KEY)).toEqual(expect.objectContaining({ regionCode: '310101', version: 2, answers: { alcohol: 'yes', dining: 'takeout', services: [], staff: 3 } }))
    expect(draftsState.get().byItem[DRAFT_KEY]).toBeUndefined()
  })

  it('writes the answers into the draft and opens the combined form when signed in', async () => {
    signIn()
    await openIntro()
    await tap(button('开始'))
    await answerAll({ alcohol: '是', dining: '堂食', seats: '120', staff: '6' })
    // Each answer went into the draft as it was given
    expect(draftsState.get().byItem[DRAFT_KEY].scenario).toEqual({ regionCode: '310101', version: 2, answers: { alcohol: 'yes', dining: 'dine-in', seats: 120, services: [], staff: 6 } })
    // An answer of a question no longer asked is not carried into the form
    await tap(button('修改回答'))
    await tap(button('下一题'))
    await tap(radio('仅外卖'))
    await tap(button('下一题'))
    await tap(button('查看清单'))
    await act(async () => fireEvent.click(button('开始填写')))
    const scenario = { regionCode: '310101', version: 2, answers: { alcohol: 'yes', dining: 'takeout', services: [], staff: 6 } }
    expect(draftsState.get().byItem[DRAFT_KEY]).toEqual(expect.objectContaining({ itemName: '我要开餐饮店', formVersion: 2, scenario }))
    expect(saveDraft).toHaveBeenLastCalledWith(DRAFT_KEY, expect.objectContaining({ scenario }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/handling/pages/apply/index?scenario=open-restaurant' })
  })

  it('resumes a signed-out user at the first unanswered question after a remount', async () => {
    const first = await openIntro()
    await tap(button('开始'))
    await tap(radio('否'))
    await tap(radio('堂食，店内设座位'))
    first.unmount()
    render(<Scenario />)
    await screen.findByRole('progressbar')
    expect(progress()).toBe('第 3 题 / 共 5 题')
    expect(screen.getByText('店铺有多少个餐位？')).toBeTruthy()
    await tap(button('上一题'))
    expect(radio('堂食，店内设座位').getAttribute('aria-checked')).toBe('true')
  })

  it('resumes a signed-in user at the checklist from the draft after a remount', async () => {
    signIn()
    const first = await openIntro()
    await tap(button('开始'))
    await answerAll({ alcohol: '是', dining: '仅外卖', staff: '3' })
    first.unmount()
    render(<Scenario />)
    await screen.findByText('您需要办理 3 个事项')
    expect(screen.getByText('酒类商品零售许可')).toBeTruthy()
    expect(memory.get(DEVICE_KEY)).toBeUndefined()
  })

  it('keeps the answers of an older version that still fit, from a draft made on another device', async () => {
    signIn()
    getDraft.mockResolvedValue(serverDraft({ regionCode: '310101', version: 1, answers: { alcohol: 'yes', dining: 'buffet', seats: 80, removed: 'x' } }))
    render(<Scenario />)
    // 自助 is no longer an option: asked again; 是否售酒 kept
    await screen.findByRole('progressbar')
    expect(progress()).toBe('第 2 题 / 共 4 题')
    expect(screen.getByText('经营方式')).toBeTruthy()
    await tap(button('上一题'))
    expect(radio('是').getAttribute('aria-checked')).toBe('true')
  })

  it('moves answers given signed out into the draft once the user signs in', async () => {
    await openIntro()
    await tap(button('开始'))
    await tap(radio('是'))
    expect((memory.get(DEVICE_KEY) as { answers: object }).answers).toEqual({ alcohol: 'yes' })
    await act(async () => signIn())
    await waitFor(() => expect(draftsState.get().byItem[DRAFT_KEY]?.scenario?.answers).toEqual({ alcohol: 'yes' }))
    expect(memory.get(DEVICE_KEY)).toBeUndefined()
    // Later answers go to the draft
    await tap(radio('仅外卖'))
    expect(draftsState.get().byItem[DRAFT_KEY].scenario?.answers).toEqual({ alcohol: 'yes', dining: 'takeout' })
    expect(memory.get(DEVICE_KEY)).toBeUndefined()
  })

  it('shows skeletons while loading, a retry on failure and 「没有找到这件事」 for an unknown one', async () => {
    get.mockRejectedValueOnce(new ApiError({ kind: 'network', message: '网络连接失败，请检查网络后重试' }))
    const view = render(<Scenario />)
    expect(view.container.querySelectorAll('.tb-skeleton').length).toBeGreaterThan(0)
    await screen.findByText('网络连接失败，请检查网络后重试')
    await tap(button('重新加载'))
    await screen.findByText('可能涉及的事项（5 项）')
    view.unmount()
    get.mockRejectedValueOnce(new ApiError({ kind: 'client', status: 404, code: 'SCENARIO_NOT_FOUND', message: '未找到' }))
    render(<Scenario />)
    await screen.findByText('没有找到这件事')
  })

  it('names every tappable element and scales with elder mode', async () => {
    preferences.set({ elderMode: true })
    const view = await openIntro()
    expect(view.container.firstElementChild!.className).toContain('tb-page--elder')
    await tap(button('开始'))
    for (const el of Array.from(view.container.querySelectorAll('[role="button"], [role="radio"], [role="checkbox"]'))) expect(el.getAttribute('aria-label')).toBeTruthy()
  })
})

