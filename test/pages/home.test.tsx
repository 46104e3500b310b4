import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { HomeFeedDto, Mode } from '../../src/api/contract'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { ApiError } from '../../src/api/errors'
import Home from '../../src/pages/home/index'
import { appConfig } from '../../src/stores/app-config'
import { catalogState, subscribe } from '../../src/stores/catalog'
import { PREFERENCES_KEY, preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { memory, platform } from './fake-platform'
import { appConfigFixture } from './app-config'
import { itemSummary, subscriptionList } from './catalog-fixtures'
import { restaurantHit, weddingHit } from './scenario-fixtures'

jest.mock('../../src/api/endpoints/catalog', () => ({
  catalogApi: { homeFeed: jest.fn(), subscribe: jest.fn() },
}))
const homeFeed = jest.mocked(catalogApi.homeFeed)

const marriage = itemSummary({ id: 'm-1', name: '内地居民结婚登记', usageCount: 128_000 })
const residence = itemSummary({ id: 'r-1', name: '居住证办理（新办）' })
const licence = itemSummary({ id: 'e-1', name: '企业设立登记', scope: 'cross-region', audiences: ['enterprise'] })

function feed(overrides: Partial<HomeFeedDto> = {}): HomeFeedDto {
  return {
    regionCode: '310000',
    mode: 'personal',
    subscriptions: [],
    frequent: [],
    provinceHot: { title: '全市热门', items: [marriage, residence] },
    localHot: null,
    newest: [itemSummary({ id: 'n-1', name: '就业困难人员认定', onlineDate: '2026-11-05' })],
    scenarios: [],
    recommendations: [{ item: residence, reason: '市民常办', basis: 'mode' }],
    notices: [{ id: 'no-1', title: '关于元旦期间政务服务中心办公时间调整的通知', department: '上海市政务服务中心', regionCode: '310000', publishedAt: Date.parse('2026-11-20T02:00:00Z') }],
    roaming: null,
    ...overrides,
  }
}

const signIn = () =>
  session.set({ status: 'signed-in', token: 't', user: { id: 'u1', platform: 'h5', displayName: '市民', phoneMasked: '138****0000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null } })

beforeEach(() => {
  jest.clearAllMocks()
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', subRegion: null, elderMode: false, elderModeChosen: false })
  session.set({ status: 'anonymous', token: null, user: null, error: null })
  homeFeed.mockImplementation(async (region: string, mode: Mode) => feed({ regionCode: region, mode }))
})

describe('首页', () => {
  it('shows the region chip, the citizen shortcuts and the feed of the region', async () => {
    render(<Home />)
    expect(screen.getByLabelText('当前地区 上海市，点击切换')).toBeTruthy()
    expect(screen.getByText('个人常用')).toBeTruthy()
    expect(screen.getByText('社保卡')).toBeTruthy()
    await screen.findByText('全市热门')
    expect(homeFeed).toHaveBeenCalledWith('310000', 'personal')
    expect(screen.getAllByText('内地居民结婚登记').length).toBeGreaterThan(0)
    expect(screen.getByText('12.8万人办理')).toBeTruthy()
    expect(screen.getByText('新上架')).toBeTruthy()
    expect(screen.getByText('市民常办')).toBeTruthy()
    expect(screen.getByText('关于元旦期间政务服务中心办公时间调整的通知')).toBeTruthy()
    expect(screen.getByText('上海市政务服务中心 · 2026-11-20')).toBeTruthy()
  })

  it('switches to 法人 mode, reloads the feed for enterprises and persists the choice', async () => {
    const { container } = render(<Home />)
    await screen.findByText('全市热门')
    fireEvent.click(screen.getByText('法人'))
    expect(container.firstElementChild!.className).toContain('tb-page--enterprise')
    expect(screen.getByText('企业常用')).toBeTruthy()
    const enterpriseTitles = appConfigFixture.modes.find((m) => m.id === 'enterprise')!.quickEntries.map((e) => e.title)
    for (const title of enterpriseTitles) expect(screen.getByText(title)).toBeTruthy()
    await waitFor(() => expect(homeFeed).toHaveBeenLastCalledWith('310000', 'enterprise'))
    expect((memory.get(PREFERENCES_KEY) as { mode: string }).mode).toBe('enterprise')
  })

  it('shows a district as 上海·松江 and a street below it, and asks for the feed of the street', async () => {
    preferences.set({ regionCode: '310117', subRegion: { code: '310117004', name: '方松街道' } })
    render(<Home />)
    expect(screen.getByLabelText('当前地区 松江·方松街道，点击切换')).toBeTruthy()
    await waitFor(() => expect(homeFeed).toHaveBeenCalledWith('310117004', 'personal'))
  })

  it('opens the region picker, search, a theme list and a guide', async () => {
    render(<Home />)
    fireEvent.click(screen.getByLabelText('当前地区 上海市，点击切换'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/region/pages/region/index' })
    fireEvent.click(screen.getByRole('button', { name: /^搜索事项/ }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/search/index' })
    fireEvent.click(screen.getByText('公积金'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/catalog/pages/list/index?theme=p-housing&title=${encodeURIComponent('公积金')}` })
    await screen.findByText('全市热门')
    fireEvent.click(screen.getAllByLabelText(/^内地居民结婚登记，/)[0])
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/guide/index?id=m-1' })
  })

  it('pins 我的订阅 first for a signed-in user and refreshes after subscribing elsewhere', async () => {
    signIn()
    homeFeed.mockResolvedValueOnce(feed({ subscriptions: [] }))
    render(<Home />)
    await screen.findByText('我的订阅')
    expect(screen.getByText(/在办事指南中点「订阅」/)).toBeTruthy()
    homeFeed.mockResolvedValue(feed({ subscriptions: [marriage], frequent: [residence] }))
    jest.mocked(catalogApi.subscribe).mockResolvedValue(subscriptionList([marriage]))
    await act(() => subscribe('m-1'))
    await screen.findByText('管理')
    expect(screen.getByLabelText('内地居民结婚登记')).toBeTruthy()
    expect(screen.getByText('常用服务')).toBeTruthy()
    expect(catalogState.get().subscribedIds).toEqual(['m-1'])
    fireEvent.click(screen.getByText('管理'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/subscriptions/index' })
  })

  it('hides 我的订阅 when signed out', async () => {
    render(<Home />)
    await screen.findByText('全市热门')
    expect(screen.queryByText('我的订阅')).toBeNull()
  })

  it('marks roaming in a G60 city with its cross-region items', async () => {
    preferences.set({ regionCode: '330400' })
    homeFeed.mockResolvedValue(
      feed({ regionCode: '330400', provinceHot: { title: '全省热门', items: [licence] }, roaming: { regionName: '嘉兴市', crossRegionItems: [licence], crossRegionCount: 12 } }),
    )
    render(<Home />)
    await screen.findByText('跨区域通办 · 嘉兴市')
    expect(screen.getByText('以下 12 项事项支持长三角 G60 跨区域通办，可在本地或异地办理')).toBeTruthy()
    expect(screen.getAllByText('跨区域通办').length).toBeGreaterThan(0)
    fireEvent.click(screen.getByText('查看全部 12 项跨区域通办事项'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/catalog/pages/list/index?crossRegion=1&title=${encodeURIComponent('跨区域通办事项')}` })
  })

  it('shows skeletons while loading, and a retry when the feed fails', async () => {
    let fail: (e: unknown) => void = () => {}
    homeFeed.mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
    const { container } = render(<Home />)
    // The feed mounts in the pass after the first screen (useAfterFirstPaint), with its skeleton.
    await waitFor(() => expect(container.querySelectorAll('.tb-skeleton').length).toBeGreaterThan(0))
    act(() => fail(new ApiError({ kind: 'network', message: '网络连接失败，请检查网络后重试' })))
    await screen.findByText('网络连接失败，请检查网络后重试')
    fireEvent.click(screen.getByText('重新加载'))
    await screen.findByText('全市热门')
  })

  it('shows a retry when the configuration fails', async () => {
    appConfig.set({ status: 'error', data: null, error: '网络连接失败，请检查网络后重试' })
    render(<Home />)
    expect(screen.getAllByText('网络连接失败，请检查网络后重试').length).toBeGreaterThan(0)
    await screen.findByText('全市热门')
  })

  it('invites an anonymous user to sign in, and hides the invitation once signed in', async () => {
    render(<Home />)
    fireEvent.click(screen.getByText('登录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' })
    act(() => signIn())
    expect(screen.queryByText('登录后办事更方便')).toBeNull()
    await screen.findByText('全市热门')
  })

  it('shows 一件事一次办 of the mode and opens a scenario', async () => {
    const moving = weddingHit({ id: 'move-house', title: '我要迁户口', summary: '户口迁移、居住证、社保转移一次办', itemCount: 3 })
    homeFeed.mockImplementation(async (region: string, mode: Mode) =>
      feed({ regionCode: region, mode, scenarios: mode === 'personal' ? [weddingHit(), moving] : [restaurantHit()] }),
    )
    const { container } = render(<Home />)
    const card = await screen.findByLabelText('一件事：我要结婚，结婚登记、户口迁移、公积金变更一次办，4 个事项一次办')
    expect(screen.getByText('一件事一次办')).toBeTruthy()
    expect(within(card).getByText('4 个事项 一次办')).toBeTruthy()
    expect(within(card).getByText('结婚登记、户口迁移、公积金变更一次办')).toBeTruthy()
    expect(screen.getByText('我要迁户口')).toBeTruthy()
    // Below the search, above the hot lists
    expect(screen.getByRole('button', { name: /^搜索事项/ }).compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(card.compareDocumentPosition(screen.getByText('全市热门')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    fireEvent.click(card)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/scenario/pages/scenario/index?id=get-married' })
    // 法人: only the enterprise ones
    fireEvent.click(screen.getByText('法人'))
    expect(screen.queryByText('我要结婚')).toBeNull()
    fireEvent.click(await screen.findByText('我要开餐饮店'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/scenario/pages/scenario/index?id=open-restaurant' })
    expect(container.querySelectorAll('.tb-scenario-row')).toHaveLength(1)
  })

  it('shows at most three scenarios with a way to all of them, and none when the mode has none', async () => {
    const many = [1, 2, 3, 4].map((i) => weddingHit({ id: `s-${i}`, title: `一件事${i}` }))
    homeFeed.mockResolvedValueOnce(feed({ scenarios: many }))
    const { unmount } = render(<Home />)
    await screen.findByText('一件事1')
    expect(screen.queryByText('一件事4')).toBeNull()
    fireEvent.click(screen.getByLabelText('一件事一次办：全部'))
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/services/index' })
    unmount()
    render(<Home />)
    await screen.findByText('全市热门')
    expect(screen.queryByText('一件事一次办')).toBeNull()
  })

  it('calls the 12345 hotline through the adapter', async () => {
    render(<Home />)
    fireEvent.click(await screen.findByText('12345 政务服务便民热线'))
    expect(platform.makePhoneCall).toHaveBeenCalledWith('12345')
    await screen.findByText('全市热门')
  })

  it('opens 社区服务, 便民服务, 通知公告, 我要咨询 and 我要投诉 from the service entries', async () => {
    render(<Home />)
    const entries = within(screen.getByRole('navigation', { name: '服务入口' })).getAllByRole('button')
    expect(entries.map((e) => e.textContent)).toEqual(['社区服务', '便民服务', '通知公告', '我要咨询', '我要投诉'])
    const urls = entries.map((e) => {
      fireEvent.click(e)
      return jest.mocked(Taro.navigateTo).mock.lastCall![0].url
    })
    expect(urls).toEqual([
      '/packages/community/pages/community/index',
      `/packages/catalog/pages/list/index?type=convenience&title=${encodeURIComponent('便民服务')}`,
      '/packages/community/pages/notices/index',
      '/packages/feedback/pages/consult/index',
      '/packages/feedback/pages/complaint/index',
    ])
    await screen.findByText('全市热门')
  })

  it('opens each notice’s detail, and all notices from 更多', async () => {
    render(<Home />)
    const row = await screen.findByRole('button', { name: '关于元旦期间政务服务中心办公时间调整的通知，上海市政务服务中心，2026-11-20 发布' })
    fireEvent.click(row)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/community/pages/notice/index?id=no-1' })
    fireEvent.click(screen.getByRole('button', { name: '更多通知公告' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/community/pages/notices/index' })
  })

  it('switches 长辈模式 on from the hero at once, keeps it, and switches back', async () => {
    const { container } = render(<Home />)
    await screen.findByText('全市热门')
    fireEvent.click(screen.getByRole('button', { name: '切换为长辈模式' }))
    expect(container.firstElementChild!.className).toContain('tb-page--elder')
    // In 长辈模式 a toast stays up longer (3 s) so it can be read
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '已切换为长辈模式', icon: 'none', duration: 3000 })
    expect(memory.get(PREFERENCES_KEY)).toMatchObject({ elderMode: true, elderModeChosen: true })
    expect(screen.queryByText('为你推荐')).toBeNull()

    const back = screen.getByRole('button', { name: '切换为标准模式' })
    expect(back.textContent).toBe('标准模式')
    fireEvent.click(back)
    expect(container.firstElementChild!.className).not.toContain('tb-page--elder')
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '已切换为标准模式', icon: 'none' })
    expect(memory.get(PREFERENCES_KEY)).toMatchObject({ elderMode: false, elderModeChosen: true })
    expect(screen.getByText('为你推荐')).toBeTruthy()
  })

  describe('长辈模式', () => {
    const many = Array.from({ length: 9 }, (_, i) => itemSummary({ id: `hot-${i}`, name: `热门事项${i + 1}` }))
    const notices = [1, 2, 3, 4].map((i) => ({ id: `no-${i}`, title: `公告${i}`, department: '上海市政务服务中心', regionCode: '310000', publishedAt: Date.parse('2026-11-20T02:00:00Z') }))

    beforeEach(() => preferences.set({ elderMode: true, elderModeChosen: true }))

    it('shows only the hero, the most-used items as large rows, the service entries and three notices', async () => {
      homeFeed.mockResolvedValue(feed({ provinceHot: { title: '全市热门', items: many }, notices, scenarios: [weddingHit()] }))
      const { container } = render(<Home />)
      await screen.findByText('全市热门')
      expect(screen.getByRole('button', { name: /^搜索事项/ })).toBeTruthy()
      expect(screen.getByRole('button', { name: '切换为标准模式' })).toBeTruthy()
      // 全市热门 stands in while there is no 常用服务: six large rows, no ranks, no badges
      const rows = container.querySelectorAll('.home__big-row')
      expect(Array.from(rows, (r) => r.getAttribute('aria-label'))).toEqual(many.slice(0, 6).map((i) => `${i.name}，黄浦区民政局`))
      expect(container.querySelector('.home__rank')).toBeNull()
      expect(container.querySelector('.tb-item-row')).toBeNull()
      fireEvent.click(rows[0])
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/guide/index?id=hot-0' })

      expect(screen.getByRole('navigation', { name: '服务入口' })).toBeTruthy()
      expect(screen.getByText('公告3')).toBeTruthy()
      expect(screen.queryByText('公告4')).toBeNull()
      for (const hidden of ['为你推荐', '新上架', '个人常用', '一件事一次办', '我要结婚']) expect(screen.queryByText(hidden)).toBeNull()
      expect(await screen.findByText('12345 政务服务便民热线')).toBeTruthy()
    })

    it('shows the user’s 常用服务 when there are some, and no roaming strip', async () => {
      const licence = itemSummary({ id: 'e-1', name: '企业设立登记', scope: 'cross-region' })
      homeFeed.mockResolvedValue(feed({ frequent: [marriage, residence], roaming: { regionName: '嘉兴市', crossRegionItems: [licence], crossRegionCount: 12 } }))
      const { container } = render(<Home />)
      await screen.findByText('常用服务')
      expect(screen.queryByText('全市热门')).toBeNull()
      expect(container.querySelectorAll('.home__big-row')).toHaveLength(2)
      expect(screen.queryByText('跨区域通办 · 嘉兴市')).toBeNull()
    })

    it('keeps the feed’s retry', async () => {
      homeFeed.mockRejectedValueOnce(new ApiError({ kind: 'network', message: '网络连接失败，请检查网络后重试' }))
      render(<Home />)
      await screen.findByText('网络连接失败，请检查网络后重试')
      fireEvent.click(screen.getByText('重新加载'))
      await screen.findByText('全市热门')
    })
  })
})
