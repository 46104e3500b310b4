import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { DepartmentStoreDto, ItemListQuery, ItemPageDto, SearchHitDto, SearchQuery, SearchResultDto } from '../../src/api/contract'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { ApiError } from '../../src/api/errors'
import ItemList from '../../src/packages/catalog/pages/list/index'
import Search from '../../src/packages/catalog/pages/search/index'
import StorePage from '../../src/packages/catalog/pages/store/index'
import { appConfig } from '../../src/stores/app-config'
import { RECENT_SEARCHES_KEY, catalogState, clearRecentSearches } from '../../src/stores/catalog'
import { preferences } from '../../src/stores/preferences'
import { appConfigFixture } from './app-config'
import { itemSummary } from './catalog-fixtures'
import { memory, platform } from './fake-platform'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/catalog', () => ({
  catalogApi: { listItems: jest.fn(), search: jest.fn(), getDepartment: jest.fn() },
}))
const listItems = jest.mocked(catalogApi.listItems)
const search = jest.mocked(catalogApi.search)
const getDepartment = jest.mocked(catalogApi.getDepartment)

/** The fake platform's 375 × 700 window: an ItemRow is 232 design px = 116 px. */
const ROW_PX = 116

/** A catalog of `total` items served 30 at a time, as the server pages them. */
const pagedItems =
  (total: number) =>
  async (q: ItemListQuery): Promise<ItemPageDto> => {
    const offset = q.offset ?? 0
    const count = Math.max(0, Math.min(q.limit ?? 30, total - offset))
    return { items: Array.from({ length: count }, (_, i) => itemSummary({ id: `item-${offset + i}`, name: `事项${offset + i}号` })), total, offset }
  }

const hit = (overrides: Partial<SearchHitDto> = {}): SearchHitDto => ({ item: itemSummary(), highlights: [], matchedBy: null, ...overrides })
const answer = (overrides: Partial<SearchResultDto> = {}): SearchResultDto => ({
  query: 'q',
  hits: [],
  total: overrides.hits?.length ?? 0,
  offset: 0,
  scenarios: [],
  departments: [],
  suggestions: [],
  tookMs: 3,
  ...overrides,
})

/** A promise the test settles by hand */
function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

const rendered = (container: HTMLElement) => Number(container.querySelector('[data-rendered]')!.getAttribute('data-rendered'))
const rows = (container: HTMLElement) => container.querySelectorAll('.tb-item-row').length

async function scrollTo(container: HTMLElement, top: number) {
  const scroller = container.querySelector('[data-rendered]') as HTMLElement
  await act(async () => {
    scroller.scrollTop = top
    fireEvent.scroll(scroller)
  })
}

async function type(text: string) {
  fireEvent.change(screen.getByLabelText('搜索事项'), { target: { value: text } })
  await act(async () => {
    jest.advanceTimersByTime(300)
  })
}

beforeEach(() => {
  jest.clearAllMocks()
  listItems.mockReset()
  search.mockReset()
  getDepartment.mockReset()
  setRouterParams({})
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', subRegion: null, elderMode: false })
  clearRecentSearches()
})

afterEach(() => {
  jest.useRealTimers()
})

describe('catalog pages', () => {
  describe('事项列表', () => {
    it('renders a bounded window of rows for 5,000 items, and scrolling moves it and pages on demand', async () => {
      listItems.mockImplementation(pagedItems(5000))
      setRouterParams({ theme: 'p-marriage', title: encodeURIComponent('婚姻登记') })
      const { container } = render(<ItemList />)
      await act(async () => {})

      expect(screen.getByText('共 5000 项')).toBeTruthy()
      expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '婚姻登记' })
      expect(listItems).toHaveBeenCalledTimes(1)
      expect(listItems).toHaveBeenCalledWith(expect.objectContaining({ region: '310000', mode: 'personal', theme: 'p-marriage', sort: 'popular', offset: 0, limit: 30 }))
      expect(rendered(container)).toBeLessThan(40)
      expect(rows(container)).toBe(rendered(container))
      expect(screen.getByText('事项0号')).toBeTruthy()
      expect(screen.queryByText('事项40号')).toBeNull()

      // A little way down: the window nears the end of the first page, so the next one is fetched ahead.
      await scrollTo(container, ROW_PX * 18)
      expect(listItems).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 30, limit: 30 }))
      expect(screen.queryByText('事项0号')).toBeNull()

      // A long jump: only the page under the window is fetched, placeholders stand in meanwhile.
      await scrollTo(container, ROW_PX * 1000)
      expect(listItems).toHaveBeenCalledWith(expect.objectContaining({ offset: 990 }))
      expect(listItems.mock.calls.map(([q]) => q.offset)).not.toContain(510)
      expect(screen.getByText('事项1000号')).toBeTruthy()
      expect(rendered(container)).toBeLessThan(40)
      const top = Number((container.querySelector('.tb-virtual-list__row') as HTMLElement).style.top.replace('px', ''))
      expect(top).toBe(ROW_PX * 996)
    })

    it('sends the filters and the sort with the query, and starts over from the first page', async () => {
      listItems.mockImplementation(pagedItems(100))
      setRouterParams({ crossRegion: '1', title: '跨区域通办' })
      render(<ItemList />)
      await act(async () => {})
      expect(listItems).toHaveBeenLastCalledWith(expect.objectContaining({ crossRegion: true, offset: 0 }))

      await act(async () => fireEvent.click(screen.getByText('全程网办')))
      expect(listItems).toHaveBeenLastCalledWith(expect.objectContaining({ fullyOnline: true, crossRegion: true, offset: 0 }))

      await act(async () => fireEvent.click(screen.getByText('最新')))
      expect(listItems).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'newest', fullyOnline: true, offset: 0 }))

      await act(async () => fireEvent.click(screen.getByText('全程网办')))
      expect(listItems.mock.lastCall![0].fullyOnline).toBeUndefined()
    })

    it('runs in the chosen sub-region and shows it on the chip', async () => {
      listItems.mockImplementation(pagedItems(3))
      preferences.set({ regionCode: '310101', subRegion: { code: '310101002', name: '南京东路街道' } })
      render(<ItemList />)
      await act(async () => {})
      expect(listItems).toHaveBeenCalledWith(expect.objectContaining({ region: '310101002' }))
      expect(screen.getByLabelText(/当前地区 .*南京东路街道，点击切换/)).toBeTruthy()
    })

    it('says when nothing matches and clears the filters', async () => {
      listItems.mockImplementation(async (q) => (q.zeroVisit ? { items: [], total: 0, offset: 0 } : pagedItems(12)(q)))
      render(<ItemList />)
      await act(async () => {})
      await act(async () => fireEvent.click(screen.getByText('零跑动')))
      expect(screen.getByText('该地区暂无符合条件的事项')).toBeTruthy()
      await act(async () => fireEvent.click(screen.getByText('清除筛选')))
      expect(listItems.mock.lastCall![0].zeroVisit).toBeUndefined()
      expect(screen.getByText('共 12 项')).toBeTruthy()
    })

    it('shows the server’s Chinese error with a retry', async () => {
      listItems.mockRejectedValueOnce(new ApiError({ kind: 'network' })).mockImplementation(pagedItems(5))
      render(<ItemList />)
      await act(async () => {})
      expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
      await act(async () => fireEvent.click(screen.getByText('重新加载')))
      expect(screen.getByText('共 5 项')).toBeTruthy()
    })

    it('lists 便民服务 by 事项类型 (?type=convenience) on either side, titled from ?title=', async () => {
      listItems.mockImplementation(pagedItems(4))
      preferences.set({ mode: 'enterprise' })
      setRouterParams({ type: 'convenience', title: encodeURIComponent('便民服务') })
      render(<ItemList />)
      await act(async () => {})
      expect(listItems).toHaveBeenCalledWith(expect.objectContaining({ region: '310000', type: 'convenience', offset: 0 }))
      expect(listItems.mock.lastCall![0].mode).toBeUndefined()
      expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '便民服务' })
      expect(screen.getByText('便民服务')).toBeTruthy()
    })

    it('ignores an unknown ?type= rather than sending it', async () => {
      listItems.mockImplementation(pagedItems(4))
      setRouterParams({ type: 'anything', theme: 'p-marriage' })
      render(<ItemList />)
      await act(async () => {})
      expect(listItems.mock.lastCall![0].type).toBeUndefined()
      expect(listItems.mock.lastCall![0].mode).toBe('personal')
    })

    it('opens the 办事指南 of a tapped item', async () => {
      listItems.mockImplementation(pagedItems(5))
      render(<ItemList />)
      await act(async () => {})
      fireEvent.click(screen.getByText('事项2号'))
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/catalog/pages/guide/index?id=item-2' })
    })
  })

  describe('搜索', () => {
    beforeEach(() => {
      jest.useFakeTimers()
    })

    it('searches 300 ms after typing stops, in the scope region and mode', async () => {
      preferences.set({ mode: 'enterprise', regionCode: '310101', subRegion: { code: '310101002', name: '南京东路街道' } })
      search.mockResolvedValue(answer({ hits: [hit()] }))
      render(<Search />)
      expect(screen.getByLabelText('搜索事项').getAttribute('data-focus')).toBe('true')
      fireEvent.change(screen.getByLabelText('搜索事项'), { target: { value: '结' } })
      fireEvent.change(screen.getByLabelText('搜索事项'), { target: { value: '结婚' } })
      await act(async () => {
        jest.advanceTimersByTime(299)
      })
      expect(search).not.toHaveBeenCalled()
      await act(async () => {
        jest.advanceTimersByTime(1)
      })
      expect(search).toHaveBeenCalledTimes(1)
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: '结婚', region: '310101002', mode: 'enterprise', offset: 0, limit: 30 }))
      expect(screen.getByText('共 1 项')).toBeTruthy()
    })

    it('marks the matched part of a name and says how an item matched', async () => {
      search.mockResolvedValue(
        answer({
          hits: [
            hit({ item: itemSummary({ id: 'a', name: '内地居民结婚登记' }), highlights: [[4, 6]] }),
            hit({ item: itemSummary({ id: 'b', name: '补领婚姻登记证' }), matchedBy: '别名：领证' }),
          ],
        }),
      )
      const { container } = render(<Search />)
      await type('结婚')
      const marked = [...container.querySelectorAll('.tb-item-row__hit')].map((n) => n.textContent)
      expect(marked).toEqual(['结婚'])
      expect(screen.getByText('结婚').closest('.tb-item-row__name')!.textContent).toBe('内地居民结婚登记')
      expect(screen.getByText('别名：领证')).toBeTruthy()
    })

    it('shows only the latest query’s answer when an older one arrives last', async () => {
      const first = deferred<SearchResultDto>()
      const second = deferred<SearchResultDto>()
      search.mockImplementation((q: SearchQuery) => (q.q === '结' ? first.promise : second.promise))
      render(<Search />)
      await type('结')
      await type('结婚登记')
      expect(search).toHaveBeenCalledTimes(2)
      await act(async () => second.resolve(answer({ hits: [hit({ item: itemSummary({ id: 'new', name: '新的结果' }) })] })))
      await act(async () => first.resolve(answer({ hits: [hit({ item: itemSummary({ id: 'old', name: '过期的结果' }) })] })))
      expect(screen.getByText('新的结果')).toBeTruthy()
      expect(screen.queryByText('过期的结果')).toBeNull()
    })

    it('remembers a submitted search, re-runs it from 最近搜索, and clears them', async () => {
      search.mockResolvedValue(answer({ hits: [hit()] }))
      render(<Search />)
      fireEvent.change(screen.getByLabelText('搜索事项'), { target: { value: ' 社保卡 ' } })
      await act(async () => {
        fireEvent.keyDown(screen.getByLabelText('搜索事项'), { key: 'Enter' })
      })
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: '社保卡' }))
      expect(catalogState.get().recentSearches[0]).toBe('社保卡')
      expect(memory.get(RECENT_SEARCHES_KEY)).toEqual(['社保卡'])

      await act(async () => fireEvent.click(screen.getByLabelText('清空搜索内容')))
      expect(screen.getByText('最近搜索')).toBeTruthy()
      search.mockClear()
      // 最近搜索 comes before 热门搜索, which also has 社保卡
      await act(async () => fireEvent.click(screen.getAllByText('社保卡')[0]))
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: '社保卡' }))

      await act(async () => fireEvent.click(screen.getByLabelText('清空搜索内容')))
      fireEvent.click(screen.getByLabelText('清除最近搜索'))
      expect(screen.queryByText('最近搜索')).toBeNull()
      expect(catalogState.get().recentSearches).toEqual([])
      expect(memory.has(RECENT_SEARCHES_KEY)).toBe(false)
      expect(screen.getByText('热门搜索')).toBeTruthy()
    })

    it('runs a 热门搜索 when tapped', async () => {
      search.mockResolvedValue(answer())
      render(<Search />)
      await act(async () => fireEvent.click(screen.getByText('公积金提取')))
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: '公积金提取' }))
    })

    it('helps when nothing is found: the words typed, the server’s suggestions, a tip', async () => {
      search.mockResolvedValue(answer({ suggestions: ['结婚登记', '居住证'] }))
      render(<Search />)
      await type('xyz')
      expect(screen.getByText('没有找到“xyz”相关事项')).toBeTruthy()
      expect(screen.getByText('试试事项简称、拼音首字母，如 jhdj')).toBeTruthy()
      await act(async () => fireEvent.click(screen.getByText('居住证')))
      expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ q: '居住证' }))
    })

    it('puts 一件事 first and opens its page when tapped', async () => {
      search.mockResolvedValue(answer({ hits: [hit()], scenarios: [{ id: 's1', title: '我要开餐饮店', summary: '营业执照、食品经营许可一次办', mode: 'enterprise', icon: 'building', itemCount: 8 }] }))
      const { container } = render(<Search />)
      await type('开饭店')
      const card = screen.getByLabelText('一件事：我要开餐饮店，营业执照、食品经营许可一次办，8 个事项一次办')
      expect(card.textContent).toContain('一件事')
      expect(card.compareDocumentPosition(container.querySelector('.tb-item-row')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      const searches = search.mock.calls.length
      await act(async () => fireEvent.click(card))
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/scenario/pages/scenario/index?id=s1' })
      expect(search).toHaveBeenCalledTimes(searches)
    })

    it('filters by 层级 and 全程网办', async () => {
      search.mockResolvedValue(answer({ hits: [hit()] }))
      render(<Search />)
      await type('护照')
      await act(async () => fireEvent.click(screen.getByText('区级')))
      expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ q: '护照', level: 'district', offset: 0 }))
      await act(async () => fireEvent.click(screen.getByText('全程网办')))
      expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ level: 'district', fullyOnline: true }))
    })

    it('filters by 部门 with the kinds of office the server counted, and unpicks on a second tap', async () => {
      const departments = [
        { key: 'exit-entry', name: '出入境', count: 12 },
        { key: 'public-security', name: '公安', count: 3 },
      ]
      search.mockResolvedValue(answer({ hits: [hit()], departments }))
      render(<Search />)
      await type('护照')
      await act(async () => fireEvent.click(await screen.findByText('出入境 12')))
      expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ q: '护照', department: 'exit-entry', offset: 0 }))
      await act(async () => fireEvent.click(screen.getByText('出入境 12')))
      expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ q: '护照', department: undefined }))
    })

    it('pages through many hits as the list scrolls', async () => {
      search.mockImplementation(async (q: SearchQuery) => {
        const offset = q.offset ?? 0
        return answer({ total: 400, offset, hits: Array.from({ length: 30 }, (_, i) => hit({ item: itemSummary({ id: `h${offset + i}`, name: `结果${offset + i}` }) })) })
      })
      const { container } = render(<Search />)
      await type('证')
      expect(rendered(container)).toBeLessThan(40)
      await scrollTo(container, ROW_PX * 200)
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: '证', offset: 180 }))
      expect(screen.getByText('结果200')).toBeTruthy()
    })

    it('keeps the query when offline and retries', async () => {
      search.mockRejectedValueOnce(new ApiError({ kind: 'network' })).mockResolvedValue(answer({ hits: [hit()] }))
      render(<Search />)
      await type('居住证')
      expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
      expect((screen.getByLabelText('搜索事项') as HTMLInputElement).value).toBe('居住证')
      await act(async () => fireEvent.click(screen.getByText('重试')))
      expect(search).toHaveBeenCalledTimes(2)
      expect(screen.getByText('共 1 项')).toBeTruthy()
    })

    it('fills and runs the search from the page’s q parameter', async () => {
      search.mockResolvedValue(answer({ hits: [hit()] }))
      setRouterParams({ q: encodeURIComponent('结婚登记') })
      render(<Search />)
      await act(async () => {})
      expect((screen.getByLabelText('搜索事项') as HTMLInputElement).value).toBe('结婚登记')
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: '结婚登记' }))
    })
  })

  describe('部门旗舰店', () => {
    const store = (): DepartmentStoreDto => ({
      department: { id: 'dept-310000-civil', name: '上海市民政局', shortName: '民政', regionCode: '310000', level: 'city', itemCount: 42, icon: 'people' },
      introduction: '负责婚姻登记、社会救助、养老服务等工作。',
      address: '上海市黄浦区大沽路 100 号',
      hours: '周一至周五 9:00–17:00',
      consultPhone: '021-23111111',
      complaintPhone: '021-23112222',
      website: 'https://mzj.sh.gov.cn',
      hotItems: [itemSummary({ id: 'hot-1', name: '热门的结婚登记' })],
      groups: [
        { title: '婚姻登记', items: Array.from({ length: 7 }, (_, i) => itemSummary({ id: `m${i}`, name: `婚姻事项${i}` })) },
        { title: '其他', items: [itemSummary({ id: 'o1', name: '其他事项' })] },
      ],
    })

    it('shows the department, its hot items and its groups, long ones cut to 5 with a link to all', async () => {
      getDepartment.mockResolvedValue(store())
      setRouterParams({ id: 'dept-310000-civil' })
      render(<StorePage />)
      await act(async () => {})
      expect(getDepartment).toHaveBeenCalledWith('dept-310000-civil')
      expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '上海市民政局' })
      expect(screen.getByText('上海市 · 市级 · 42 项事项')).toBeTruthy()
      expect(screen.getByText('热门的结婚登记')).toBeTruthy()
      expect(screen.getByText('婚姻事项4')).toBeTruthy()
      expect(screen.queryByText('婚姻事项5')).toBeNull()
      expect(screen.getByText('其他事项')).toBeTruthy()
      expect(screen.getByText('https://mzj.sh.gov.cn')).toBeTruthy()

      fireEvent.click(screen.getByText('查看全部 7 项'))
      const url = jest.mocked(Taro.navigateTo).mock.lastCall![0].url
      expect(url.startsWith('/packages/catalog/pages/list/index?')).toBe(true)
      expect(url).toContain('department=dept-310000-civil')
      expect(url).toContain('theme=p-marriage')
      expect(url).toContain(`title=${encodeURIComponent('民政 · 婚姻登记')}`)
    })

    it('calls 咨询电话 and 投诉电话, and copies the address', async () => {
      getDepartment.mockResolvedValue(store())
      setRouterParams({ id: 'dept-310000-civil' })
      render(<StorePage />)
      await act(async () => {})
      await act(async () => fireEvent.click(screen.getByLabelText('咨询电话 021-23111111，点击拨打')))
      expect(platform.makePhoneCall).toHaveBeenCalledWith('021-23111111')
      await act(async () => fireEvent.click(screen.getByLabelText('投诉电话 021-23112222，点击拨打')))
      expect(platform.makePhoneCall).toHaveBeenLastCalledWith('021-23112222')
      await act(async () => fireEvent.click(screen.getByLabelText('复制地址')))
      expect(platform.setClipboard).toHaveBeenCalledWith('上海市黄浦区大沽路 100 号')
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '地址已复制', icon: 'none' })
    })

    it('says so when the department does not exist', async () => {
      getDepartment.mockRejectedValue(new ApiError({ kind: 'client', status: 404, message: '部门不存在' }))
      setRouterParams({ id: 'nope' })
      render(<StorePage />)
      await act(async () => {})
      expect(screen.getByText('该部门不存在')).toBeTruthy()
    })

    it('offers a retry when loading fails', async () => {
      getDepartment.mockRejectedValueOnce(new ApiError({ kind: 'server', status: 503 })).mockResolvedValue(store())
      setRouterParams({ id: 'dept-310000-civil' })
      render(<StorePage />)
      await act(async () => {})
      expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy()
      await act(async () => fireEvent.click(screen.getByText('重新加载')))
      expect(screen.getByText('上海市民政局')).toBeTruthy()
    })
  })
})
