import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { CentreDto, CommunityDto, NoticeDetailDto, NoticeSummaryDto } from '../../src/api/contract'
import { feedbackApi } from '../../src/api/endpoints/feedback'
import { ApiError } from '../../src/api/errors'
import CommunityPage from '../../src/packages/community/pages/community/index'
import NoticeDetail from '../../src/packages/community/pages/notice/index'
import Notices from '../../src/packages/community/pages/notices/index'
import { appConfig } from '../../src/stores/app-config'
import { preferences } from '../../src/stores/preferences'
import { appConfigFixture } from './app-config'
import { itemSummary } from './catalog-fixtures'
import { platform } from './fake-platform'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/feedback', () => ({ feedbackApi: { notices: jest.fn(), notice: jest.fn(), community: jest.fn() } }))
const api = jest.mocked(feedbackApi)

const STREET = { code: '310117004', name: '方松街道' }
/** 10:00 Beijing time on a day of 2026 */
const at = (month: number, day: number) => Date.UTC(2026, month - 1, day, 2, 0)

const notice = (i: number, o: Partial<NoticeSummaryDto> = {}): NoticeSummaryDto => ({
  id: `n-${i}`,
  title: `通知第${i}号`,
  department: '松江区人民政府办公室',
  regionCode: '310117',
  publishedAt: at(12, 28) - i * 86_400_000,
  ...o,
})

/** `total` notices served as the server pages them, newest first */
const pagedNotices = (total: number) => async (_region: string, offset = 0, limit = 20) => ({
  items: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => notice(offset + i + 1)),
  total,
  offset,
})

const detail = (o: Partial<NoticeDetailDto> = {}): NoticeDetailDto => ({
  ...notice(1, { title: '关于婚姻登记处2027年1月1日起开放周六预约的公告', department: '松江区民政局' }),
  body: '<p>自2027年1月1日起，<strong>周六上午</strong>开放预约。</p><script>alert(1)</script><img src=x onerror="alert(1)">',
  docNumber: '松民〔2026〕12号',
  items: [{ id: '310117-000125006000-0001', name: '内地居民结婚登记' }],
  ...o,
})

const centre = (o: Partial<CentreDto> = {}): CentreDto => ({
  id: 'c-fangsong',
  name: '方松街道社区事务受理服务中心',
  address: '上海市松江区文诚路 500 号',
  hours: '周一至周五 9:00-17:00',
  phone: '021-57811234',
  regionCode: STREET.code,
  distanceM: null,
  kind: 'street',
  servesName: '方松街道',
  extraHours: '周六上午 9:00-12:00 照常受理',
  ...o,
})
const districtCentre = centre({
  id: 'c-songjiang',
  name: '松江区行政服务中心',
  address: '上海市松江区乐都路 38 号',
  phone: '021-37736000',
  regionCode: '310117',
  kind: 'district',
  servesName: '松江区',
  extraHours: null,
})
const neighbours = ['岳阳', '永丰', '中山', '广富林', '九里亭', '泗泾'].map((name, i) =>
  centre({ id: `c-${i}`, name: `${name}街道社区事务受理服务中心`, servesName: `${name}街道`, phone: `021-5781000${i}`, address: `上海市松江区${name}路 ${i + 1} 号` }),
)

const community = (o: Partial<CommunityDto> = {}): CommunityDto => ({
  district: { code: '310117', name: '松江区' },
  street: STREET,
  streetCentre: centre(),
  districtCentre,
  nearby: [centre(), ...neighbours],
  items: [itemSummary({ id: 'street-1', name: '居住证办理（新办）', level: 'street' })],
  convenience: [itemSummary({ id: 'water', name: '水费缴纳', type: 'convenience' })],
  ...o,
})

/** The same centres nearest first, as the server answers with a location */
const byDistance = (): CommunityDto =>
  community({
    streetCentre: centre({ distanceM: 1200 }),
    nearby: [neighbours[2], centre(), ...neighbours.slice(3)].map((c, i) => ({ ...c, distanceM: [650, 1200, 2400, 3800, 5100][i] ?? 9000 })),
  })

async function show(page: JSX.Element) {
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(page)
  })
  return view
}

const getLocation = jest.spyOn(platform, 'getLocation')

beforeEach(() => {
  jest.clearAllMocks()
  getLocation.mockReset()
  setRouterParams({})
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310117', subRegion: STREET, elderMode: false })
})

afterAll(() => getLocation.mockRestore())

describe('通知公告', () => {
  it('lists the region’s notices newest first with department and date, and opens one', async () => {
    api.notices.mockImplementation(pagedNotices(3))
    await show(<Notices />)
    expect(api.notices).toHaveBeenCalledWith('310117004', 0, 20)
    expect(screen.getByText('共 3 条')).toBeTruthy()
    const rows = within(screen.getByRole('list', { name: '通知公告' })).getAllByRole('button')
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      '通知第1号，松江区人民政府办公室，2026-12-27 发布',
      '通知第2号，松江区人民政府办公室，2026-12-26 发布',
      '通知第3号，松江区人民政府办公室，2026-12-25 发布',
    ])
    expect(screen.getByText('松江区人民政府办公室 · 2026-12-27')).toBeTruthy()
    expect(screen.getByText('没有更多了')).toBeTruthy()
    fireEvent.click(rows[1])
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/community/pages/notice/index?id=n-2' })
  })

  it('loads the next page on 加载更多, never showing a notice twice, until there is no more', async () => {
    let published = 0
    api.notices.mockImplementation(async (region, offset = 0, limit = 20) => {
      // One notice is published between the two pages: the second page starts one row earlier.
      const page = await pagedNotices(25 + published)(region, offset, limit)
      published = 1
      return offset === 0 ? page : { ...page, items: [notice(offset), ...page.items.slice(0, 4)] }
    })
    await show(<Notices />)
    const list = () => within(screen.getByRole('list', { name: '通知公告' })).getAllByRole('button')
    expect(list()).toHaveLength(20)
    expect(screen.queryByText('没有更多了')).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('加载更多')))
    expect(api.notices).toHaveBeenLastCalledWith('310117004', 20, 20)
    expect(list()).toHaveLength(24)
    expect(new Set(list().map((r) => r.getAttribute('aria-label'))).size).toBe(24)
    expect(screen.getByText('共 26 条')).toBeTruthy()
  })

  it('keeps the rows and says so when a further page fails', async () => {
    api.notices.mockImplementation(pagedNotices(30))
    await show(<Notices />)
    api.notices.mockRejectedValueOnce(new ApiError({ kind: 'network' }))
    await act(async () => fireEvent.click(screen.getByText('加载更多')))
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '网络连接失败，请检查网络后重试', icon: 'none' })
    expect(within(screen.getByRole('list', { name: '通知公告' })).getAllByRole('button')).toHaveLength(20)
    await act(async () => fireEvent.click(screen.getByText('加载更多')))
    expect(within(screen.getByRole('list', { name: '通知公告' })).getAllByRole('button')).toHaveLength(30)
  })

  it('shows a skeleton, then the error with a retry; and a friendly word when there are none', async () => {
    api.notices.mockReturnValueOnce(new Promise(() => undefined))
    const first = render(<Notices />)
    expect(first.container.querySelectorAll('.tb-skeleton').length).toBeGreaterThan(0)
    first.unmount()

    api.notices.mockRejectedValueOnce(new ApiError({ kind: 'network' })).mockImplementation(pagedNotices(0))
    await show(<Notices />)
    expect(screen.getByText('暂时无法加载通知公告')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('重新加载')))
    expect(screen.getByText('暂无通知公告')).toBeTruthy()
  })

  it('follows the region: a city’s notices when no district is chosen', async () => {
    preferences.set({ regionCode: '310000', subRegion: null })
    api.notices.mockImplementation(pagedNotices(1))
    await show(<Notices />)
    expect(api.notices).toHaveBeenCalledWith('310000', 0, 20)
    expect(screen.getByText('上海市')).toBeTruthy()
  })
})

describe('公告详情', () => {
  it('shows the title, publisher, date and 文号, the body sanitised, and opens the linked item’s guide', async () => {
    setRouterParams({ id: 'n-1' })
    api.notice.mockResolvedValue(detail())
    const { container } = await show(<NoticeDetail />)
    expect(api.notice).toHaveBeenCalledWith('n-1')
    expect(screen.getByRole('heading', { name: '关于婚姻登记处2027年1月1日起开放周六预约的公告' })).toBeTruthy()
    expect(screen.getByText('松江区民政局')).toBeTruthy()
    expect(screen.getByText('发布日期：2026-12-27')).toBeTruthy()
    expect(screen.getByText('文号：松民〔2026〕12号')).toBeTruthy()
    expect(screen.getByText('周六上午')).toBeTruthy()
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '内地居民结婚登记，查看办事指南' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/catalog/pages/guide/index?id=${encodeURIComponent('310117-000125006000-0001')}` })
  })

  it('leaves out 文号 and 相关事项 when the notice has none', async () => {
    setRouterParams({ id: 'n-1' })
    api.notice.mockResolvedValue(detail({ docNumber: null, items: [] }))
    await show(<NoticeDetail />)
    expect(screen.queryByText(/文号/)).toBeNull()
    expect(screen.queryByText('相关事项')).toBeNull()
  })

  it('says a withdrawn notice is gone, with a way to the others; and retries after an error', async () => {
    setRouterParams({ id: 'gone' })
    api.notice.mockRejectedValueOnce(new ApiError({ kind: 'client', status: 404, code: 'NOTICE_NOT_FOUND', message: '公告不存在' }))
    const view = await show(<NoticeDetail />)
    expect(screen.getByText('该公告不存在或已撤下')).toBeTruthy()
    fireEvent.click(screen.getByText('查看通知公告'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/community/pages/notices/index' })
    view.unmount()

    api.notice.mockRejectedValueOnce(new ApiError({ kind: 'network' })).mockResolvedValueOnce(detail())
    await show(<NoticeDetail />)
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('重新加载')))
    expect(screen.getByText('文号：松民〔2026〕12号')).toBeTruthy()
  })
})

describe('社区服务', () => {
  it('shows the street’s centre with hours, copies its address and calls it; then the district’s centre', async () => {
    api.community.mockResolvedValue(community())
    await show(<CommunityPage />)
    expect(api.community).toHaveBeenCalledWith('310117004', undefined)
    expect(screen.getByText('松江区 · 方松街道')).toBeTruthy()
    const street = screen.getByRole('group', { name: '方松街道社区事务受理服务中心' })
    expect(within(street).getByText('上海市松江区文诚路 500 号')).toBeTruthy()
    expect(within(street).getByText('周一至周五 9:00-17:00')).toBeTruthy()
    expect(within(street).getByText('周六上午 9:00-12:00 照常受理')).toBeTruthy()
    await act(async () => fireEvent.click(within(street).getByRole('button', { name: '复制地址 上海市松江区文诚路 500 号' })))
    expect(platform.setClipboard).toHaveBeenCalledWith('上海市松江区文诚路 500 号')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '地址已复制', icon: 'none' })
    await act(async () => fireEvent.click(within(street).getByRole('button', { name: '拨打电话，方松街道社区事务受理服务中心 021-57811234' })))
    expect(platform.makePhoneCall).toHaveBeenCalledWith('021-57811234')

    const district = screen.getByRole('group', { name: '松江区行政服务中心' })
    expect(within(district).getByText('上海市松江区乐都路 38 号')).toBeTruthy()
    expect(within(district).queryByText('延时服务')).toBeNull()
  })

  it('lists the street’s items and the district’s 便民服务, each opening its guide, with a way to all 便民服务', async () => {
    api.community.mockResolvedValue(community())
    await show(<CommunityPage />)
    expect(screen.getByText('方松街道可办事项')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /^居住证办理（新办），/ }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/guide/index?id=street-1' })
    fireEvent.click(screen.getByRole('button', { name: /^水费缴纳，/ }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/guide/index?id=water' })
    fireEvent.click(screen.getByRole('button', { name: '查看全部便民服务' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/catalog/pages/list/index?type=convenience&title=${encodeURIComponent('便民服务')}` })
  })

  it('shows five centres nearby by name, and all of them on 查看全部', async () => {
    api.community.mockResolvedValue(community())
    await show(<CommunityPage />)
    const nearby = () => within(screen.getByRole('list', { name: '附近的服务中心，按名称排列' })).getAllByRole('listitem')
    expect(nearby()).toHaveLength(5)
    fireEvent.click(screen.getByText('查看全部 7 个'))
    expect(nearby()).toHaveLength(7)
    expect(screen.queryByText(/公里/)).toBeNull()
  })

  it('for a district alone: its centre, and an invitation to choose the street', async () => {
    preferences.set({ regionCode: '310101', subRegion: null })
    api.community.mockResolvedValue(
      community({ district: { code: '310101', name: '黄浦区' }, street: null, streetCentre: null, items: [], districtCentre: { ...districtCentre, name: '黄浦区行政服务中心' } }),
    )
    await show(<CommunityPage />)
    expect(api.community).toHaveBeenCalledWith('310101', undefined)
    expect(screen.getByText('选择街道后，可查看您所在街道的社区事务受理服务中心和街道可办事项')).toBeTruthy()
    expect(screen.getByRole('group', { name: '黄浦区行政服务中心' })).toBeTruthy()
    expect(screen.queryByText('街道可办事项')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '当前地区 上海·黄浦，选择街道' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/region/pages/region/index' })
  })

  it('asks for a 区 or 街道 in a city, without asking the server', async () => {
    preferences.set({ regionCode: '310000', subRegion: null })
    await show(<CommunityPage />)
    expect(api.community).not.toHaveBeenCalled()
    expect(screen.getByText('请先选择所在的区或街道')).toBeTruthy()
    fireEvent.click(screen.getByText('选择区或街道'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/region/pages/region/index' })
  })

  it('asks for a 区 or 街道 when the server says the region is not local', async () => {
    appConfig.set({ status: 'ready', data: { ...appConfigFixture, regions: [] }, error: null })
    preferences.set({ regionCode: '330400', subRegion: null })
    api.community.mockRejectedValue(new ApiError({ kind: 'client', status: 400, code: 'REGION_NOT_LOCAL', message: '请选择区或街道' }))
    await show(<CommunityPage />)
    expect(api.community).toHaveBeenCalledWith('330400', undefined)
    expect(screen.getByText('请先选择所在的区或街道')).toBeTruthy()
  })

  it('sorts the centres by distance only when asked, and shows how far each is', async () => {
    api.community.mockResolvedValueOnce(community()).mockResolvedValue(byDistance())
    getLocation.mockResolvedValue({ status: 'ok', value: { latitude: 31.03, longitude: 121.22, accuracy: 30 } })
    await show(<CommunityPage />)
    expect(getLocation).not.toHaveBeenCalled()
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '按距离排序，需要获取您的位置' })))
    expect(getLocation).toHaveBeenCalledTimes(1)
    expect(api.community).toHaveBeenLastCalledWith('310117004', { lat: 31.03, lng: 121.22 })
    const rows = within(screen.getByRole('list', { name: '附近的服务中心，由近及远' })).getAllByRole('listitem')
    expect(rows[0].getAttribute('aria-label')).toBe('中山街道社区事务受理服务中心，距您 650 米')
    expect(within(rows[1]).getByText('1.2 公里')).toBeTruthy()
    expect(screen.getByText('已按距离排序')).toBeTruthy()
  })

  it('keeps the list by name and says why when the location is refused or unavailable', async () => {
    api.community.mockResolvedValue(community())
    getLocation.mockResolvedValueOnce({ status: 'failed', message: '未获得定位权限，请在设置中允许使用位置信息后重试', rawCode: 'getLocation:fail auth deny' })
    await show(<CommunityPage />)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '按距离排序，需要获取您的位置' })))
    expect(screen.getByText('未获得位置权限，仍按名称排列')).toBeTruthy()
    expect(screen.getByText('未获得定位权限，请在设置中允许使用位置信息后重试')).toBeTruthy()
    expect(api.community).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('list', { name: '附近的服务中心，按名称排列' })).toBeTruthy()

    getLocation.mockResolvedValueOnce({ status: 'unsupported', message: '浏览器不支持定位' })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '按距离排序，需要获取您的位置' })))
    expect(screen.getByText('当前环境无法定位，仍按名称排列')).toBeTruthy()
    expect(screen.queryByText('未获得位置权限，仍按名称排列')).toBeNull()
    expect(api.community).toHaveBeenCalledTimes(1)
  })

  it('shows a skeleton, then the error with a retry', async () => {
    api.community.mockReturnValueOnce(new Promise(() => undefined))
    const first = render(<CommunityPage />)
    expect(first.container.querySelectorAll('.tb-skeleton').length).toBeGreaterThan(0)
    first.unmount()

    api.community.mockRejectedValueOnce(new ApiError({ kind: 'network' })).mockResolvedValue(community())
    await show(<CommunityPage />)
    expect(screen.getByText('暂时无法加载社区服务')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('重新加载')))
    expect(screen.getByRole('group', { name: '方松街道社区事务受理服务中心' })).toBeTruthy()
  })
})
