import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { Value } from '@sinclair/typebox/value'
import Taro from '@tarojs/taro'
import * as taro from '@tarojs/taro'
import type { FaqSuggestionListDto, FeedbackBody, FeedbackDto, MessageDto } from '../../src/api/contract'
import { FeedbackBody as FeedbackBodySchema } from '../../src/api/contract/feedback'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { feedbackApi } from '../../src/api/endpoints/feedback'
import { handlingApi } from '../../src/api/endpoints/handling'
import { ApiError } from '../../src/api/errors'
import { PageShell } from '../../src/components/page-shell'
import { FEEDBACK_DRAFTS_KEY } from '../../src/packages/feedback/form/drafts'
import { OFFLINE_TEXT } from '../../src/packages/feedback/form/use-feedback-form'
import Complaint from '../../src/packages/feedback/pages/complaint/index'
import Consult from '../../src/packages/feedback/pages/consult/index'
import { SUGGEST_DEBOUNCE_MS } from '../../src/packages/feedback/pages/consult/use-suggestions'
import FeedbackDetail from '../../src/packages/feedback/pages/detail/index'
import FeedbackListPage from '../../src/packages/feedback/pages/list/index'
import Report from '../../src/packages/feedback/pages/report/index'
import Messages from '../../src/packages/handling/pages/messages/index'
import { routes, withQuery } from '../../src/routes'
import { appConfig } from '../../src/stores/app-config'
import { messagesState } from '../../src/stores/messages'
import { session } from '../../src/stores/session'
import { uploadMaterialFile } from '../../src/stores/uploads'
import { appConfigFixture } from './app-config'
import { itemDetail } from './catalog-fixtures'
import { ITEM, T0, answered, feedback, reply, summaryOf } from './feedback-fixtures'
import { memory, platform } from './fake-platform'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/feedback', () => ({
  feedbackApi: { suggestFaqs: jest.fn(), submit: jest.fn(), list: jest.fn(), get: jest.fn(), rate: jest.fn() },
}))
jest.mock('../../src/api/endpoints/catalog', () => ({ catalogApi: { getItem: jest.fn() } }))
jest.mock('../../src/api/endpoints/handling', () => ({ handlingApi: { listMessages: jest.fn(), markRead: jest.fn() } }))
jest.mock('../../src/stores/uploads', () => ({ uploadMaterialFile: jest.fn() }))

const api = jest.mocked(feedbackApi)
const catalog = jest.mocked(catalogApi)
const handling = jest.mocked(handlingApi)
const upload = jest.mocked(uploadMaterialFile)

const user = { id: 'u1', platform: 'h5' as const, displayName: '市民', phoneMasked: '138****0000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null }
const HALL = '黄浦区婚姻登记处'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

async function show(page: JSX.Element) {
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(page)
  })
  return view
}
const press = (target: HTMLElement) => act(async () => void fireEvent.click(target))
const type = (label: string, value: string) => act(async () => void fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } }))
const radio = (name: string | RegExp) => screen.getByRole('radio', { name })
const button = (name: string | RegExp) => screen.getByRole('button', { name })
/** What the page saved on the device */
const savedDrafts = () => (memory.get(FEEDBACK_DRAFTS_KEY) as { drafts: Record<string, { content: string; submissionKey: string }> } | undefined)?.drafts ?? {}
/** The last body sent, which must be one the contract accepts */
function lastBody(): FeedbackBody {
  const body = api.submit.mock.calls[api.submit.mock.calls.length - 1][0]
  expect([...Value.Errors(FeedbackBodySchema, body)].map((e) => `${e.path} ${e.message}`)).toEqual([])
  return body
}
const navigatedTo = () => jest.mocked(Taro.navigateTo).mock.calls.map(([o]) => o.url)

beforeEach(() => {
  jest.clearAllMocks()
  Object.values(api).forEach((fn) => fn.mockReset())
  catalog.getItem.mockReset()
  upload.mockReset()
  memory.clear()
  setRouterParams({})
  session.set({ status: 'signed-in', token: 't', user, error: null })
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  catalog.getItem.mockResolvedValue(itemDetail())
  api.suggestFaqs.mockResolvedValue({ suggestions: [] })
})
afterEach(() => jest.useRealTimers())

describe('我要咨询', () => {
  it('shows the item and its 常见问题 before the question, answers collapsed until tapped (as rich text)', async () => {
    setRouterParams({ item: ITEM })
    const { container } = await show(<Consult />)
    expect(catalog.getItem).toHaveBeenCalledWith(ITEM)
    expect(screen.getByText('内地居民结婚登记')).toBeTruthy()
    const question = button(/^户口不在上海可以办理吗？，/)
    // The FAQ comes first: before the category chips and the question box
    const form = screen.getByRole('radiogroup', { name: '咨询类别' })
    expect(question.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(question.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText(/至少一方为本市户籍/)).toBeNull()

    await press(button(/^节假日可以办理吗？，/))
    expect(button(/^节假日可以办理吗？，/).getAttribute('aria-expanded')).toBe('true')
    // Sanitised rich text: the <strong> of the answer is drawn as an element, not as text
    expect(container.querySelector('strong')?.textContent).toBe('5 月 20 日')
    // No 找茬 entry on the feedback pages themselves
    expect(screen.queryByRole('button', { name: '页面有问题？业务找茬' })).toBeNull()
  })

  it('says who answers a general question (no item): the region’s 12345 hotline', async () => {
    await show(<Consult />)
    expect(catalog.getItem).not.toHaveBeenCalled()
    expect(screen.getByText('您的问题将由上海市 12345 热线受理并答复')).toBeTruthy()
    expect(screen.queryByText('常见问题')).toBeNull()
  })

  it('suggests the item’s own FAQ at once while typing, and the region’s after a pause, the latest answer winning', async () => {
    jest.useFakeTimers()
    setRouterParams({ item: ITEM })
    const first = deferred<FaqSuggestionListDto>()
    const second = deferred<FaqSuggestionListDto>()
    api.suggestFaqs.mockImplementationOnce(() => first.promise).mockImplementationOnce(() => second.promise)
    await show(<Consult />)

    await type('您的问题', '户')
    expect(screen.queryByRole('region', { name: '这些回答可能解决您的问题' })).toBeNull()
    await type('您的问题', '户口不在上海')
    // Local, before any timer: the item's own question
    const box = screen.getByRole('region', { name: '这些回答可能解决您的问题' })
    expect(within(box).getByRole('button', { name: /^户口不在上海可以办理吗？，/ })).toBeTruthy()
    expect(api.suggestFaqs).not.toHaveBeenCalled()

    // Typing on within the pause sends only the latest text
    await act(async () => void jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS - 100))
    await type('您的问题', '户口不在上海怎么领证')
    await act(async () => void jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS))
    expect(api.suggestFaqs).toHaveBeenCalledTimes(1)
    expect(api.suggestFaqs).toHaveBeenLastCalledWith('户口不在上海怎么领证', '310000')

    await type('您的问题', '户口不在上海怎么领证，外地户口')
    await act(async () => void jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS))
    expect(api.suggestFaqs).toHaveBeenCalledTimes(2)

    const other = { item: { id: 'other-1', name: '居住证办理' }, answer: '<p>可先办理居住证。</p>', score: 0.6 }
    // The same question of another district's 结婚登记 is the same help: shown once, not as from another item
    const sameItemElsewhere = { item: { id: '310115-000125006000-0001', name: '内地居民结婚登记' }, question: '户口不在上海可以办理吗？', answer: '<p>可以。</p>', score: 0.9 }
    await act(async () => second.resolve({ suggestions: [sameItemElsewhere, { ...other, question: '外地户口能办居住证吗？' }] }))
    await act(async () => first.resolve({ suggestions: [{ ...other, question: '旧的回答' }] }))
    const region = screen.getByRole('region', { name: '这些回答可能解决您的问题' })
    expect(within(region).getByText('外地户口能办居住证吗？')).toBeTruthy()
    expect(within(region).getByText('来自：居住证办理')).toBeTruthy()
    expect(within(region).queryByText('旧的回答')).toBeNull()
    expect(within(region).getAllByRole('button', { name: /^户口不在上海可以办理吗？，/ })).toHaveLength(1)
    expect(within(region).queryByText('来自：内地居民结婚登记')).toBeNull()
  })

  it('ignores a failed suggestion request', async () => {
    jest.useFakeTimers()
    api.suggestFaqs.mockRejectedValue(new ApiError({ kind: 'network' }))
    await show(<Consult />)
    await type('您的问题', '结婚登记要带什么')
    await act(async () => void jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS))
    expect(api.suggestFaqs).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('已解决: an answer was enough — the draft goes and the user is back on the guide', async () => {
    setRouterParams({ item: ITEM })
    await show(<Consult />)
    await type('您的问题', '户口不在上海')
    expect(Object.values(savedDrafts()).map((d) => d.content)).toEqual(['户口不在上海'])
    const region = screen.getByRole('region', { name: '这些回答可能解决您的问题' })
    await press(within(region).getByRole('button', { name: /^户口不在上海可以办理吗？，/ }))
    await press(within(region).getByRole('button', { name: '已解决，不用提交了' }))
    expect(savedDrafts()).toEqual({})
    expect(api.submit).not.toHaveBeenCalled()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: withQuery(routes.guide, { id: ITEM }) })
  })

  it('checks the form in Chinese before sending', async () => {
    await show(<Consult />)
    await type('您的问题', '材料')
    await press(button('提交咨询'))
    expect(screen.getAllByText('请选择咨询类别').length).toBeGreaterThan(0)
    expect(screen.getByText('请至少填写 5 个字，还差 3 个字')).toBeTruthy()
    expect(api.submit).not.toHaveBeenCalled()
  })

  it('files one record however often 提交 is tapped, then replaces the page with it', async () => {
    setRouterParams({ item: ITEM })
    const sent = deferred<FeedbackDto>()
    api.submit.mockReturnValue(sent.promise)
    await show(<Consult />)
    await press(radio('办理条件'))
    await type('您的问题', '户口不在上海可以在黄浦区登记吗？')
    await press(radio('电话回访，138****0000'))
    expect(screen.getByText('工作人员将致电您的手机 138****0000，答复也会发到「消息」')).toBeTruthy()

    await press(button('提交咨询'))
    await press(button('正在提交…'))
    await press(button('正在提交…'))
    expect(api.submit).toHaveBeenCalledTimes(1)
    const body = lastBody()
    expect(body).toEqual({
      kind: 'consult',
      category: 'conditions',
      content: '户口不在上海可以在黄浦区登记吗？',
      itemId: ITEM,
      attachments: [],
      contact: 'phone',
      region: '310000',
      submissionKey: expect.any(String),
    })
    expect(body.submissionKey.length).toBeGreaterThanOrEqual(8)

    await act(async () => sent.resolve(feedback({ id: 'fb-9' })))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: withQuery(routes.feedback, { id: 'fb-9' }) })
    expect(savedDrafts()).toEqual({})
  })

  it('keeps the draft through a network failure and a closed page; the retry carries the same submissionKey', async () => {
    setRouterParams({ item: ITEM })
    api.submit.mockRejectedValueOnce(new ApiError({ kind: 'network' }))
    await show(<Consult />)
    await press(radio('申请材料'))
    await type('您的问题', '需要带几张照片？')
    await press(button('提交咨询'))
    expect(screen.getByText(OFFLINE_TEXT)).toBeTruthy()
    const key = lastBody().submissionKey

    // The page is closed and opened again: the draft is back
    cleanup()
    await show(<Consult />)
    expect((screen.getByRole('textbox', { name: '您的问题' }) as HTMLTextAreaElement).value).toBe('需要带几张照片？')
    expect(radio('申请材料').getAttribute('aria-checked')).toBe('true')

    api.submit.mockResolvedValueOnce(feedback({ id: 'fb-2' }))
    await press(button('提交咨询'))
    expect(api.submit).toHaveBeenCalledTimes(2)
    expect(lastBody().submissionKey).toBe(key)
    expect(savedDrafts()).toEqual({})
  })

  it('asks a signed-out user to sign in first and keeps what they wrote for when they come back', async () => {
    session.set({ status: 'anonymous', token: null, user: null, error: null })
    setRouterParams({ item: ITEM })
    await show(<Consult />)
    await press(radio('收费'))
    await type('您的问题', '结婚证工本费是多少？')
    await press(button('登录后提交咨询'))
    expect(api.submit).not.toHaveBeenCalled()
    expect(navigatedTo()).toEqual([withQuery(routes.login, { then: withQuery(routes.consult, { item: ITEM }) })])

    cleanup()
    session.set({ status: 'signed-in', token: 't', user, error: null })
    api.submit.mockResolvedValue(feedback())
    await show(<Consult />)
    await press(button('提交咨询'))
    expect(lastBody()).toMatchObject({ category: 'fees', content: '结婚证工本费是多少？' })
  })
})

describe('我要投诉', () => {
  const picked = { path: 'wxfile://tmp/1.jpg', size: 120_000, name: '现场照片.jpg', kind: 'image' as const }

  it('files a complaint about an item’s hall with an uploaded picture', async () => {
    setRouterParams({ item: ITEM, hall: encodeURIComponent(HALL) })
    jest.spyOn(platform, 'chooseImages').mockResolvedValueOnce({ status: 'ok', value: [picked] })
    upload.mockResolvedValue({ id: 'upl-1', name: '现场照片.jpg', kind: 'image', bytes: 120_000 })
    api.submit.mockResolvedValue(feedback({ id: 'fb-3', kind: 'complaint' }))
    await show(<Complaint />)

    expect(screen.getByText('内地居民结婚登记')).toBeTruthy()
    expect(radio(HALL).getAttribute('aria-checked')).toBe('true')
    expect(radio('不涉及具体大厅').getAttribute('aria-checked')).toBe('false')
    await press(radio('多要材料'))
    await type('投诉内容', '窗口要求额外提供单位证明，指南上没有这项材料。')
    await press(button('拍照 / 相册，添加附件'))
    expect(upload).toHaveBeenCalledTimes(1)
    const [slot, file] = upload.mock.calls[0]
    expect(slot.upload).toEqual({ kinds: ['image', 'pdf'], maxFiles: 4, maxBytes: 5 * 1024 * 1024 })
    expect(file).toBe(picked)
    expect(screen.getByText('已上传')).toBeTruthy()

    await press(button('提交投诉'))
    expect(lastBody()).toEqual({
      kind: 'complaint',
      category: 'extra-materials',
      content: '窗口要求额外提供单位证明，指南上没有这项材料。',
      itemId: ITEM,
      hallName: HALL,
      attachments: ['upl-1'],
      contact: 'message',
      region: '310000',
      submissionKey: expect.any(String),
    })
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: withQuery(routes.feedback, { id: 'fb-3' }) })
  })

  it('sends no hall once 不涉及具体大厅 is chosen, and waits for a failed upload to be dealt with', async () => {
    setRouterParams({ item: ITEM, hall: encodeURIComponent(HALL) })
    jest.spyOn(platform, 'chooseImages').mockResolvedValueOnce({ status: 'ok', value: [picked] })
    upload.mockRejectedValueOnce(new Error('文件超过 5 MB'))
    api.submit.mockResolvedValue(feedback({ kind: 'complaint' }))
    await show(<Complaint />)
    await press(radio('不涉及具体大厅'))
    await press(radio('服务态度'))
    await type('投诉内容', '工作人员态度生硬，不解释原因。')
    await press(button('拍照 / 相册，添加附件'))
    expect(screen.getByText('文件超过 5 MB')).toBeTruthy()
    await press(button('提交投诉'))
    expect(api.submit).not.toHaveBeenCalled()
    expect(screen.getByText('有附件上传失败，请重试或删除后再提交')).toBeTruthy()

    await press(button('删除现场照片.jpg'))
    await press(button('提交投诉'))
    expect(lastBody().hallName).toBeUndefined()
    expect(lastBody().attachments).toEqual([])
  })

  it('without an item says so and keeps the attachments after the page is closed', async () => {
    jest.spyOn(platform, 'chooseImages').mockResolvedValueOnce({ status: 'ok', value: [picked] })
    upload.mockResolvedValue({ id: 'upl-7', name: '现场照片.jpg', kind: 'image', bytes: 120_000 })
    await show(<Complaint />)
    expect(screen.getByText('不涉及具体事项')).toBeTruthy()
    expect(screen.queryByRole('radiogroup', { name: '涉及的办理地点' })).toBeNull()
    await press(button('拍照 / 相册，添加附件'))
    cleanup()
    await show(<Complaint />)
    expect(screen.getByText('现场照片.jpg')).toBeTruthy()
    expect(screen.getByText('已上传')).toBeTruthy()
  })
})

describe('业务找茬', () => {
  it('knows the page it came from and sends its route, parameters and title with the item', async () => {
    // As the entry links it: every value encoded, the page's parameters one encoded query
    setRouterParams({
      from: encodeURIComponent(routes.guide),
      params: encodeURIComponent(`id=${encodeURIComponent(ITEM)}`),
      title: encodeURIComponent('办事指南'),
      item: ITEM,
    })
    api.submit.mockResolvedValue(feedback({ id: 'fb-4', kind: 'report' }))
    await show(<Report />)
    expect(screen.getByText('您正在反馈的页面：办事指南')).toBeTruthy()
    expect(screen.getByText('涉及事项：内地居民结婚登记')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '选择截图的 PDF 文件' })).toBeNull()

    await press(radio('指南信息有误'))
    await type('问题描述', '办理地点的地址已经搬迁，指南还是旧地址。')
    await press(button('提交反馈'))
    expect(lastBody()).toEqual({
      kind: 'report',
      category: 'guide-wrong',
      content: '办理地点的地址已经搬迁，指南还是旧地址。',
      itemId: ITEM,
      page: { route: routes.guide, params: { id: ITEM }, title: '办事指南' },
      attachments: [],
      contact: 'message',
      region: '310000',
      submissionKey: expect.any(String),
    })
  })

  it('opened without a page reports on 通办 as a whole', async () => {
    api.submit.mockResolvedValue(feedback({ kind: 'report' }))
    await show(<Report />)
    expect(screen.getByText('您正在反馈的页面：通办')).toBeTruthy()
    await press(radio('操作不便'))
    await type('问题描述', '字太小了，看不清楚。')
    await press(button('提交反馈'))
    expect(lastBody().page).toEqual({ route: routes.home, params: {}, title: '通办' })
    expect(lastBody().itemId).toBeUndefined()
  })
})

describe('the 找茬 entry of every page', () => {
  const entry = () => screen.queryByRole('button', { name: '页面有问题？业务找茬' })

  it('opens 业务找茬 with the page’s route, parameters (without the hosts’ own), title and item', async () => {
    jest.mocked(Taro.getCurrentPages).mockReturnValueOnce([{ route: 'packages/catalog/pages/guide/index' }])
    setRouterParams({ id: ITEM, $taroTimestamp: '1764460800000' })
    await show(
      <PageShell>
        <span>办事指南内容</span>
      </PageShell>,
    )
    await press(entry()!)
    const url = withQuery(routes.report, { from: routes.guide, params: `id=${encodeURIComponent(ITEM)}`, title: '办事指南', item: ITEM })
    expect(navigatedTo()).toEqual([url])

    // …and the report page reads that link back
    cleanup()
    const query = Object.fromEntries(url.split('?')[1].split('&').map((p) => p.split('=') as [string, string]))
    setRouterParams(query)
    await show(<Report />)
    expect(screen.getByText('您正在反馈的页面：办事指南')).toBeTruthy()
    expect(screen.getByText('涉及事项：内地居民结婚登记')).toBeTruthy()
  })

  it('reads the page from Taro’s router when there is one (an H5 path carries a query)', async () => {
    const t = Taro as unknown as { getCurrentInstance?: () => unknown }
    t.getCurrentInstance = () => ({ router: { path: '/packages/handling/pages/apply/index?stamp=4', params: { item: ITEM, stamp: '4', $taroTimestamp: '1' } } })
    try {
      await show(
        <PageShell>
          <span>在线办理</span>
        </PageShell>,
      )
      await press(entry()!)
      expect(navigatedTo()).toEqual([withQuery(routes.report, { from: routes.apply, params: `item=${encodeURIComponent(ITEM)}`, title: '在线办理', item: ITEM })])
    } finally {
      delete t.getCurrentInstance
    }
  })

  it('is at the foot of every page, absent where a page opts out and on 登录, 亮证 and the feedback pages', async () => {
    const { unmount } = await show(<PageShell>首页</PageShell>)
    expect(entry()?.className).toContain('tb-page__report-link')
    unmount()
    await show(<PageShell report={false}>无入口</PageShell>)
    expect(entry()).toBeNull()
    cleanup()

    const useRouter = jest.spyOn(taro, 'useRouter')
    try {
      for (const path of [routes.login, routes.showLicence, routes.feedback]) {
        useRouter.mockReturnValue({ path, params: {} } as unknown as ReturnType<typeof taro.useRouter>)
        await show(<PageShell>页面</PageShell>)
        expect(entry()).toBeNull()
        cleanup()
      }
      useRouter.mockReturnValue({ path: routes.mine, params: {} } as unknown as ReturnType<typeof taro.useRouter>)
      await show(<PageShell>我的</PageShell>)
      expect(entry()).not.toBeNull()
    } finally {
      useRouter.mockRestore()
    }
  })
})

describe('我的咨询投诉', () => {
  it('shows an empty tab with the way to file one, and each kind in its own tab', async () => {
    const complaint = answered({ id: 'fb-5', kind: 'complaint', number: 'TS20261130000002', title: '窗口多要材料' })
    api.list.mockImplementation(async (kind) => ({ items: kind === 'complaint' ? [summaryOf(complaint)] : [] }))
    await show(<FeedbackListPage />)
    expect(api.list).toHaveBeenCalledWith('consult')
    expect(screen.getByRole('tab', { name: '我的咨询' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByText('还没有咨询记录')).toBeTruthy()
    await press(button('我要咨询'))
    expect(navigatedTo()).toEqual([routes.consult])

    await press(screen.getByRole('tab', { name: '我的投诉' }))
    expect(api.list).toHaveBeenLastCalledWith('complaint')
    const row = button(/^窗口多要材料/)
    // Named by everything it shows, in order (WCAG 2.5.3)
    expect(row.getAttribute('aria-label')).toMatch(/^窗口多要材料，已答复，待评价，(事项：[^，]+，)?受理编号 TS20261130000002，处理部门：黄浦区民政局，提交于 \d{4}-\d{2}-\d{2}$/)
    // The status is a word, and 待评价 beside it
    expect(within(row).getByText('已答复')).toBeTruthy()
    expect(within(row).getByText('待评价')).toBeTruthy()
    expect(within(row).getByText('受理编号 TS20261130000002')).toBeTruthy()
    await press(row)
    expect(navigatedTo()[1]).toBe(withQuery(routes.feedback, { id: 'fb-5' }))
  })

  it('opens on the kind it is given; 找茬 has no 新建 button', async () => {
    setRouterParams({ kind: 'report' })
    api.list.mockResolvedValue({ items: [] })
    await show(<FeedbackListPage />)
    expect(api.list).toHaveBeenCalledWith('report')
    expect(screen.getByRole('tab', { name: '我的找茬' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByText('还没有找茬记录')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '我要咨询' })).toBeNull()
  })

  it('says when the list cannot load, and 重试 loads it', async () => {
    api.list.mockRejectedValueOnce(new ApiError({ kind: 'server' })).mockResolvedValueOnce({ items: [summaryOf(feedback())] })
    await show(<FeedbackListPage />)
    expect(screen.getByText('暂时无法加载我的咨询')).toBeTruthy()
    await press(button('重试'))
    expect(screen.getByText('户口不在上海可以办理结婚登记吗')).toBeTruthy()
  })

  it('asks a signed-out user to sign in', async () => {
    session.set({ status: 'anonymous', token: null, user: null, error: null })
    await show(<FeedbackListPage />)
    expect(api.list).not.toHaveBeenCalled()
    await press(button('去登录'))
    expect(navigatedTo()).toEqual([withQuery(routes.login, { then: withQuery(routes.feedbackList, { kind: 'consult' }) })])
  })
})

describe('咨询 / 投诉 / 找茬详情', () => {
  it('shows the reply as plain text, the progress with its current step, and the facts', async () => {
    setRouterParams({ id: 'fb-1' })
    api.get.mockResolvedValue(answered({ replies: [reply({ content: '<b>请携带户口簿</b>，工作日均可办理。' })] }))
    const { container } = await show(<FeedbackDetail />)
    expect(api.get).toHaveBeenCalledWith('fb-1')
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '咨询详情' })
    expect(screen.getAllByText('已答复').length).toBeGreaterThan(0)
    expect(screen.getByText('部门已答复，请查看答复并评价')).toBeTruthy()
    expect(screen.getByText('<b>请携带户口簿</b>，工作日均可办理。')).toBeTruthy()
    expect(container.querySelector('b')).toBeNull()
    expect(screen.getByText('ZX20261130000001')).toBeTruthy()
    expect(screen.getByText('办理条件')).toBeTruthy()

    const steps = within(screen.getByRole('list', { name: '办理进度' })).getAllByRole('listitem')
    expect(steps.map((s) => s.textContent?.slice(0, 3))).toEqual(['已收到', '处理中', '已答复', '已办结'])
    expect(within(steps[2]).getByText('当前')).toBeTruthy()
    expect(within(steps[1]).getByText('已转交黄浦区民政局办理')).toBeTruthy()
    expect(within(steps[3]).getByText('未开始')).toBeTruthy()

    await press(button('事项：内地居民结婚登记，查看办事指南'))
    expect(navigatedTo()).toEqual([withQuery(routes.guide, { id: ITEM })])
  })

  it('rates once with a word chip; the rating closes the record and is shown instead of the form', async () => {
    setRouterParams({ id: 'fb-1' })
    api.get.mockResolvedValue(answered())
    const rated = deferred<FeedbackDto>()
    api.rate.mockReturnValue(rated.promise)
    await show(<FeedbackDetail />)
    const chips = within(screen.getByRole('radiogroup', { name: '满意程度' })).getAllByRole('radio')
    expect(chips.map((c) => c.textContent)).toEqual(['非常不满意', '不满意', '基本满意', '满意', '非常满意'])
    await press(button('提交评价'))
    expect(screen.getByText('请选择满意程度')).toBeTruthy()

    await press(radio('满意'))
    await type('评价内容', '答复很清楚')
    await press(button('提交评价'))
    await press(button('提交评价'))
    expect(api.rate).toHaveBeenCalledTimes(1)
    expect(api.rate).toHaveBeenCalledWith('fb-1', { score: 4, comment: '答复很清楚' })

    await act(async () => rated.resolve(answered({ status: 'closed', awaitingRating: false, rating: { score: 4, comment: '答复很清楚', at: T0 + 6 * 3_600_000 } })))
    expect(screen.getByText('我的评价')).toBeTruthy()
    expect(screen.getByText('满意')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull()
    expect(screen.getByText('已办结，感谢您的评价')).toBeTruthy()
  })

  it('reloads instead of failing when the record was rated elsewhere', async () => {
    setRouterParams({ id: 'fb-1' })
    api.get.mockResolvedValueOnce(answered()).mockResolvedValueOnce(answered({ status: 'closed', awaitingRating: false, rating: { score: 5, comment: '', at: T0 } }))
    api.rate.mockRejectedValue(new ApiError({ kind: 'client', status: 409, code: 'ALREADY_RATED', message: '已评价过' }))
    await show(<FeedbackDetail />)
    await press(radio('非常满意'))
    await press(button('提交评价'))
    expect(api.get).toHaveBeenCalledTimes(2)
    expect(screen.getByText('我的评价')).toBeTruthy()
  })

  it('shows the hall, the reported page and the attachments of a record, and no rating before the answer', async () => {
    setRouterParams({ id: 'fb-6' })
    api.get.mockResolvedValue(
      feedback({
        id: 'fb-6',
        kind: 'report',
        category: 'guide-wrong',
        status: 'handling',
        hall: { name: HALL, address: '上海市黄浦区南京东路 100 号 2 楼' },
        page: { route: routes.guide, params: { id: ITEM }, title: '办事指南' },
        attachments: [{ id: 'upl-1', name: '截图.png', kind: 'image', bytes: 204_800 }],
      }),
    )
    await show(<FeedbackDetail />)
    expect(screen.getByText('办事指南')).toBeTruthy()
    expect(screen.getByText(`${HALL}（上海市黄浦区南京东路 100 号 2 楼）`)).toBeTruthy()
    expect(screen.getByText('截图.png')).toBeTruthy()
    expect(screen.getByText('图片 · 200 KB')).toBeTruthy()
    expect(screen.getByText('指南信息有误')).toBeTruthy()
    expect(screen.queryByRole('radiogroup', { name: '满意程度' })).toBeNull()
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '业务找茬详情' })
  })

  it('says when the record does not exist', async () => {
    setRouterParams({ id: 'nope' })
    api.get.mockRejectedValue(new ApiError({ kind: 'client', status: 404, code: 'FEEDBACK_NOT_FOUND', message: '未找到' }))
    await show(<FeedbackDetail />)
    expect(screen.getByText('未找到该记录')).toBeTruthy()
  })
})

describe('消息', () => {
  it('opens the record a reply is about', async () => {
    messagesState.set({ unread: 0, list: null })
    const msg: MessageDto = { id: 'm1', title: '您的咨询已答复', body: '黄浦区民政局已答复您的咨询', at: T0, read: false, applicationId: null, feedbackId: 'fb-1' }
    const other: MessageDto = { ...msg, id: 'm2', title: '办件已受理', feedbackId: null, applicationId: 'a1', read: true }
    handling.listMessages.mockResolvedValue({ messages: [msg, other], unread: 1 })
    handling.markRead.mockResolvedValue({ messages: [{ ...msg, read: true }, other], unread: 0 })
    await show(<Messages />)
    await press(button(/您的咨询已答复/))
    expect(handling.markRead).toHaveBeenCalledWith({ ids: ['m1'] })
    await press(button(/办件已受理/))
    expect(navigatedTo()).toEqual([withQuery(routes.feedback, { id: 'fb-1' }), withQuery(routes.application, { id: 'a1' })])
  })
})
