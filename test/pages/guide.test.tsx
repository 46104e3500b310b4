import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Guide from '../../src/packages/catalog/pages/guide/index'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { ApiError } from '../../src/api/errors'
import { appConfig } from '../../src/stores/app-config'
import { catalogState } from '../../src/stores/catalog'
import { session } from '../../src/stores/session'
import { appConfigFixture } from './app-config'
import { itemDetail, itemSummary, subscriptionList } from './catalog-fixtures'
import { platform } from './fake-platform'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/catalog', () => ({ catalogApi: { getItem: jest.fn(), subscribe: jest.fn(), unsubscribe: jest.fn() } }))

const ID = itemSummary().id
const GUIDE_URL = `/packages/catalog/pages/guide/index?id=${encodeURIComponent(ID)}`
const SECTION_TITLES = ['基本信息', '受理条件', '申请材料', '办理流程', '办理时限', '收费标准', '办理地点', '设定依据', '审批结果', '常见问题']
const citizen = { id: 'u1', platform: 'h5' as const, displayName: '市民', phoneMasked: '138****0000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null }

async function open(detail = itemDetail()) {
  jest.mocked(catalogApi.getItem).mockResolvedValue(detail)
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(<Guide />)
  })
  return view
}

/**
 * A selector query answering from jsdom's layout (all zeros, so the anchors get a fixed place here): the shared
 * Taro fake has none, and the page measures its section anchors with one.
 */
const anchorTop: Record<string, number> = { '#guide-locations': 1800 }
const selectorQuery = () => {
  const answers: Array<() => unknown> = []
  const query = {
    select: (selector: string) => {
      answers.push(() => (document.querySelector(selector) ? { top: anchorTop[selector] ?? 0 } : null))
      return { boundingClientRect: () => query }
    },
    selectViewport: () => {
      answers.push(() => ({ scrollTop: 200 }))
      return { scrollOffset: () => query }
    },
    exec: (done: (res: unknown[]) => void) => done(answers.map((a) => a())),
  }
  return query
}
Object.assign(Taro, { createSelectorQuery: jest.fn(selectorQuery) })

const signIn = () => session.set({ status: 'signed-in', token: 't', user: citizen, error: null })
const shareProps = platform.share.buttonProps
/** The fake platform is H5 (no share button); a mini-program's adapter hands out open-type props. */
const setShareButton = (props: Record<string, string> | null) => Object.assign(platform.share, { buttonProps: props })

beforeEach(() => {
  jest.clearAllMocks()
  setRouterParams({ id: ID })
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  catalogState.set({ subscribedIds: null })
  session.set({ status: 'anonymous', token: null, user: null, error: null })
})

afterEach(() => setShareButton(shareProps))

describe('guide page', () => {
  it('loads the item named in the route, titles the page after it, and shows every section', async () => {
    await open()
    expect(catalogApi.getItem).toHaveBeenCalledWith(ID)
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '内地居民结婚登记' })
    for (const title of SECTION_TITLES) {
      expect(screen.getByRole('heading', { name: title })).toBeTruthy()
      expect(screen.getByLabelText(`跳到${title}`)).toBeTruthy()
    }
    // Header: 实施主体, place, facts
    expect(screen.getByLabelText('实施主体 黄浦区民政局，查看部门旗舰店')).toBeTruthy()
    expect(screen.getByText('黄浦区 · 区级')).toBeTruthy()
    expect(screen.getAllByText('最多跑一次').length).toBeGreaterThan(0)
    expect(screen.getByText('4.8 分')).toBeTruthy()
    expect(screen.getByText('1.2万人办理')).toBeTruthy()
  })

  it('shows each material with its requirement, the e-licence that replaces it, and copies form links', async () => {
    await open()
    expect(screen.getByText('可用电子证照「居民身份证」免提交')).toBeTruthy()
    expect(screen.getByText('可用电子证照「居民户口簿」免提交')).toBeTruthy()
    expect(screen.getByText('容缺后补')).toBeTruthy()
    expect(screen.getByText('非必要')).toBeTruthy()
    expect(screen.getByText('政府部门核发（婚姻登记机关）')).toBeTruthy()
    expect(screen.getByText('原件 1 份，复印件 1 份')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByLabelText('复制空白表格链接')))
    expect(platform.setClipboard).toHaveBeenCalledWith('https://mock.tongban.example/forms/000125006000-blank.pdf')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '链接已复制', icon: 'none' })
  })

  it('shows fees, the timeline, limits, places and both phones', async () => {
    await open()
    expect(screen.getByText('结婚证工本费')).toBeTruthy()
    expect(screen.getAllByText('每本 9 元')).toHaveLength(2) // the header's fact and the fee table
    expect(screen.getByText('需缴费')).toBeTruthy()
    expect(screen.getByText('不可减免')).toBeTruthy()
    expect(screen.getByText('支持网上支付')).toBeTruthy()
    expect(screen.getByText('预约与收件')).toBeTruthy()
    expect(screen.getByText('材料齐全、符合法定形式的，当场办结')).toBeTruthy()
    expect(screen.getByText('上海市黄浦区南京东路 100 号 2 楼')).toBeTruthy()
    expect(screen.getByText('中华人民共和国结婚证')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByLabelText('拨打投诉电话 12345')))
    expect(platform.makePhoneCall).toHaveBeenCalledWith('12345')
    await act(async () => fireEvent.click(screen.getByLabelText('复制地址 上海市黄浦区南京东路 100 号 2 楼')))
    expect(platform.setClipboard).toHaveBeenCalledWith('上海市黄浦区南京东路 100 号 2 楼')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '地址已复制', icon: 'none' })
  })

  it('says 本事项不收费 for a free item', async () => {
    await open(itemDetail({ fees: { free: true, items: [], onlinePayment: false } }))
    expect(screen.getByText('本事项不收费')).toBeTruthy()
    expect(screen.getByText('免费')).toBeTruthy()
  })

  it('names the regions of 跨区域通办, falling back to the code', async () => {
    await open(itemDetail({ scope: 'cross-region', scopeRegions: ['330400', '320500', '999999'] }))
    expect(screen.getByText('跨区域通办：嘉兴市、苏州市、999999')).toBeTruthy()
  })

  it('renders hostile rich text as text, without scripts, handlers or javascript: links', async () => {
    const hostile =
      '<p>须本人到场</p><script>alert(1)</script><img src=x onerror="alert(1)"><svg onload=alert(1)><circle/></svg>' +
      '<a href="jav&#x61;script:alert(1)" onclick="steal()">官网</a><p style="position:fixed" onmouseover="x()">完</p><iframe src="https://evil.example"></iframe>'
    const { container } = await open(itemDetail({ conditions: hostile, faq: [{ question: '安全吗？', answer: hostile }] }))
    await act(async () => fireEvent.click(screen.getByLabelText('安全吗？')))
    expect(screen.getAllByText('须本人到场')).toHaveLength(2)
    expect(screen.getAllByText('官网')).toHaveLength(2)
    for (const tag of ['script', 'img', 'svg', 'iframe', 'a']) expect(container.querySelector(tag)).toBeNull()
    for (const el of Array.from(container.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on')).toBe(false)
        expect(attr.name).not.toBe('style')
        expect(attr.value).not.toMatch(/javascript:|alert/i)
      }
    }
  })

  it('sends a signed-out user to sign in before subscribing, and back to this guide', async () => {
    await open()
    await act(async () => fireEvent.click(screen.getByLabelText('订阅内地居民结婚登记')))
    expect(catalogApi.subscribe).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?then=${encodeURIComponent(GUIDE_URL)}` })
  })

  it('subscribes once on a double tap, waiting for the server before saying 已订阅', async () => {
    signIn()
    await open()
    let answer!: (v: ReturnType<typeof subscriptionList>) => void
    jest.mocked(catalogApi.subscribe).mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const button = screen.getByLabelText('订阅内地居民结婚登记')
    act(() => {
      fireEvent.click(button)
      fireEvent.click(button)
    })
    expect(catalogApi.subscribe).toHaveBeenCalledTimes(1)
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(within(button).getByText('订阅')).toBeTruthy()
    await act(async () => answer(subscriptionList([itemSummary()])))
    expect(screen.getByText('已订阅')).toBeTruthy()
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已订阅，可在首页「我的订阅」找到', icon: 'none' })
    expect(catalogState.get().subscribedIds).toEqual([ID])

    jest.mocked(catalogApi.unsubscribe).mockResolvedValue(subscriptionList([]))
    await act(async () => fireEvent.click(screen.getByLabelText('已订阅内地居民结婚登记，点击取消订阅')))
    expect(catalogApi.unsubscribe).toHaveBeenCalledWith(ID)
    expect(screen.getByText('订阅')).toBeTruthy()
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已取消订阅', icon: 'none' })
  })

  it('keeps the state and shows the server’s message when subscribing fails', async () => {
    signIn()
    await open()
    jest.mocked(catalogApi.subscribe).mockRejectedValue(new ApiError({ kind: 'client', status: 409, message: '最多订阅 30 个事项' }))
    await act(async () => fireEvent.click(screen.getByLabelText('订阅内地居民结婚登记')))
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '最多订阅 30 个事项', icon: 'none' })
    expect(screen.getByText('订阅')).toBeTruthy()
  })

  it('calls the consult phone from 咨询', async () => {
    await open()
    await act(async () => fireEvent.click(screen.getByLabelText('咨询，拨打 021-63210000')))
    expect(platform.makePhoneCall).toHaveBeenCalledWith('021-63210000')
  })

  it('opens 在线咨询 and 在线投诉 about this item', async () => {
    await open()
    fireEvent.click(screen.getByRole('button', { name: '在线咨询：内地居民结婚登记' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/feedback/pages/consult/index?item=${encodeURIComponent(ID)}` })
    fireEvent.click(screen.getByRole('button', { name: '在线投诉：内地居民结婚登记' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/feedback/pages/complaint/index?item=${encodeURIComponent(ID)}` })
    // Both sit with the 咨询 and 投诉 numbers of 办理地点, not in the bar
    const locations = screen.getByRole('heading', { name: '办理地点' }).parentElement!
    expect(within(locations).getByText('在线咨询')).toBeTruthy()
    expect(within(locations).getByText('在线投诉')).toBeTruthy()
  })

  it('opens the 在线办理 form of this item for a signed-in user', async () => {
    signIn()
    await open(itemDetail({ online: true, onlineDepth: 4 }))
    await act(async () => fireEvent.click(screen.getByText('在线办理')))
    expect(Taro.showModal).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/handling/pages/apply/index?item=${encodeURIComponent(ID)}` })
  })

  it('asks a signed-out user to sign in before 在线办理', async () => {
    await open(itemDetail({ online: true }))
    await act(async () => fireEvent.click(screen.getByText('在线办理')))
    expect(Taro.showModal).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?then=${encodeURIComponent(GUIDE_URL)}` })
  })

  it('opens the booking page of a bookable item from 预约办理, else scrolls to 办理地点', async () => {
    signIn()
    const view = await open()
    await act(async () => fireEvent.click(screen.getByText('预约办理')))
    expect(Taro.showModal).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/appointment/pages/book/index?item=${encodeURIComponent(ID)}` })
    view.unmount()
    await open(itemDetail({ online: false, bookable: false }))
    expect(screen.queryByText('预约办理')).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('查看办理地点')))
    expect(platform.scrollPageTo).toHaveBeenCalledWith(2000, 300)
    // The chips jump the same way
    jest.mocked(platform.scrollPageTo).mockClear()
    fireEvent.click(screen.getByLabelText('跳到基本信息'))
    expect(platform.scrollPageTo).toHaveBeenCalledWith(200, 300)
  })

  it('opens the booking page for a signed-out user too: it asks to sign in and comes back to itself', async () => {
    await open()
    await act(async () => fireEvent.click(screen.getByText('预约办理')))
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/appointment/pages/book/index?item=${encodeURIComponent(ID)}` })
  })

  it('shares the page link on H5, and uses the host’s share button on mini-programs', async () => {
    const view = await open()
    await act(async () => fireEvent.click(screen.getByLabelText('分享链接')))
    expect(platform.share.shareLink).toHaveBeenCalledWith('内地居民结婚登记', `http://localhost${GUIDE_URL}`)
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '链接已复制', icon: 'none' })
    view.unmount()
    setShareButton({ openType: 'share' })
    await open()
    expect(screen.getByLabelText('分享给好友').tagName).toBe('BUTTON')
  })

  it('opens the department store and folds long legal texts', async () => {
    await open()
    fireEvent.click(screen.getByLabelText('实施主体 黄浦区民政局，查看部门旗舰店'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/catalog/pages/store/index?id=dept-310101-civil-affairs' })
    const toggle = screen.getByLabelText('展开《中华人民共和国民法典》第一千零四十九条全文')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    expect(screen.getByLabelText('收起《中华人民共和国民法典》第一千零四十九条全文').getAttribute('aria-expanded')).toBe('true')
  })

  it('opens a FAQ answer on tap', async () => {
    await open()
    expect(screen.queryByText(/至少一方为本市户籍/)).toBeNull()
    fireEvent.click(screen.getByLabelText('户口不在上海可以办理吗？'))
    expect(screen.getByText(/至少一方为本市户籍/)).toBeTruthy()
    expect(screen.getByLabelText('户口不在上海可以办理吗？').getAttribute('aria-expanded')).toBe('true')
  })

  it('says the item is gone on 404, with a way back to 办事', async () => {
    jest.mocked(catalogApi.getItem).mockRejectedValue(new ApiError({ kind: 'client', status: 404, message: '事项不存在' }))
    await act(async () => {
      render(<Guide />)
    })
    expect(screen.getByText('该事项不存在或已下线')).toBeTruthy()
    fireEvent.click(screen.getByText('去办事'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('shows a skeleton while loading, then the error with a retry that loads again', async () => {
    jest.mocked(catalogApi.getItem).mockReturnValue(new Promise(() => undefined))
    const { container, unmount } = render(<Guide />)
    expect(container.querySelectorAll('.tb-skeleton').length).toBeGreaterThan(0)
    unmount()
    jest.mocked(catalogApi.getItem).mockRejectedValueOnce(new ApiError({ kind: 'network' })).mockResolvedValueOnce(itemDetail())
    await act(async () => {
      render(<Guide />)
    })
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('重新加载')))
    expect(screen.getByRole('heading', { name: '申请材料' })).toBeTruthy()
  })

  it('reloads after signing in, so 已订阅 is the account’s own', async () => {
    await open()
    expect(screen.getByText('订阅')).toBeTruthy()
    jest.mocked(catalogApi.getItem).mockResolvedValue(itemDetail({ subscribed: true }))
    await act(async () => signIn())
    expect(catalogApi.getItem).toHaveBeenCalledTimes(2)
    expect(screen.getByText('已订阅')).toBeTruthy()
  })
})
