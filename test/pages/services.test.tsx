import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { BrowseDto, DepartmentDto, Mode } from '../../src/api/contract'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { scenarioApi } from '../../src/api/endpoints/scenario'
import { ApiError } from '../../src/api/errors'
import Services from '../../src/pages/services/index'
import { appConfig } from '../../src/stores/app-config'
import { focusCategory } from '../../src/stores/navigation'
import { preferences } from '../../src/stores/preferences'
import { appConfigFixture } from './app-config'
import { restaurantHit, weddingHit } from './scenario-fixtures'

jest.mock('../../src/api/endpoints/catalog', () => ({
  catalogApi: { browse: jest.fn(), listDepartments: jest.fn() },
}))
jest.mock('../../src/api/endpoints/scenario', () => ({ scenarioApi: { list: jest.fn() } }))
const listScenarios = jest.mocked(scenarioApi.list)
const browse = jest.mocked(catalogApi.browse)
const listDepartments = jest.mocked(catalogApi.listDepartments)

const categoriesOf = (mode: Mode) => appConfigFixture.modes.find((m) => m.id === mode)!.categories

const browseOf = (region: string, mode: Mode): BrowseDto => ({
  regionCode: region,
  mode,
  total: 1234,
  themes: categoriesOf(mode).map((c, i) => ({ id: c.id, count: 10 + i })),
  levels: [
    { level: 'province', count: 0 },
    { level: 'city', count: 300 },
    { level: 'district', count: 800 },
    { level: 'street', count: 134 },
  ],
  crossRegionCount: 56,
})
const department = (o: Partial<DepartmentDto>): DepartmentDto => ({ id: '310000-civil-affairs', name: '上海市民政局', shortName: '民政', regionCode: '310000', level: 'city', itemCount: 12, icon: 'heart', ...o })

beforeEach(() => {
  jest.clearAllMocks()
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', subRegion: null })
  focusCategory(null)
  browse.mockImplementation(async (region, mode) => browseOf(region, mode))
  listScenarios.mockImplementation(async (mode) => ({ scenarios: mode === 'enterprise' ? [restaurantHit()] : [weddingHit()] }))
  listDepartments.mockResolvedValue({ departments: [department({}), department({ id: '310000-exit-entry', name: '上海市公安局出入境管理局', itemCount: 0 })] })
})

describe('办事', () => {
  it('lists every 主题 of the current mode with its item count, and the totals', async () => {
    render(<Services />)
    await screen.findByText('1234')
    categoriesOf('personal').forEach((c, i) => expect(screen.getByLabelText(`${c.title}，${10 + i} 项`)).toBeTruthy())
    expect(screen.getByText('56')).toBeTruthy()
    expect(browse).toHaveBeenCalledWith('310000', 'personal')
  })

  it('never mixes enterprise themes into citizen mode', async () => {
    render(<Services />)
    await screen.findByText('1234')
    for (const c of categoriesOf('enterprise')) expect(screen.queryByText(c.title)).toBeNull()
    fireEvent.click(screen.getByText('法人'))
    await waitFor(() => expect(browse).toHaveBeenLastCalledWith('310000', 'enterprise'))
    for (const c of categoriesOf('enterprise')) expect(await screen.findByText(c.title)).toBeTruthy()
  })

  it('opens a theme, a department store (departments without items hidden) and a level', async () => {
    render(<Services />)
    await screen.findByText('1234')
    const theme = categoriesOf('personal')[0]
    fireEvent.click(screen.getByText(theme.title))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/catalog/pages/list/index?theme=${theme.id}&title=${encodeURIComponent(theme.title)}` })
    fireEvent.click(screen.getByText('按部门'))
    expect(screen.getByText('旗舰店 · 12 项事项')).toBeTruthy()
    expect(screen.queryByText('上海市公安局出入境管理局')).toBeNull()
    fireEvent.click(screen.getByText('上海市民政局'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/catalog/pages/store/index?id=310000-civil-affairs' })
    fireEvent.click(screen.getByText('按层级'))
    expect(screen.queryByText('省级事项')).toBeNull()
    fireEvent.click(screen.getByText('区级事项'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/catalog/pages/list/index?level=district&title=${encodeURIComponent('区级事项')}` })
  })

  it('browses the chosen street when one is set', async () => {
    preferences.set({ regionCode: '310101', subRegion: { code: '310101002', name: '南京东路街道' } })
    render(<Services />)
    await waitFor(() => expect(browse).toHaveBeenCalledWith('310101002', 'personal'))
    expect(listDepartments).toHaveBeenCalledWith('310101002', 'personal')
  })

  it('opens the theme a home shortcut asked for', async () => {
    const target = categoriesOf('personal')[2]
    act(() => focusCategory(target.id))
    render(<Services />)
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/catalog/pages/list/index?theme=${target.id}&title=${encodeURIComponent(target.title)}` }))
  })

  it('puts the mode’s 一件事 first under 按主题 and opens one', async () => {
    const { container } = render(<Services />)
    const card = await screen.findByLabelText(/^一件事：我要结婚，.*，4 个事项一次办$/)
    expect(listScenarios).toHaveBeenCalledWith('personal')
    expect(card.textContent).toContain('4 个事项 一次办')
    const firstTheme = container.querySelector('.services__theme')!
    expect(card.compareDocumentPosition(firstTheme) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    fireEvent.click(card)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/scenario/pages/scenario/index?id=get-married' })
    fireEvent.click(screen.getByText('法人'))
    await screen.findByLabelText(/^一件事：我要开餐饮店，.*，5 个事项一次办$/)
    expect(listScenarios).toHaveBeenLastCalledWith('enterprise')
    expect(screen.queryByText('我要结婚')).toBeNull()
    fireEvent.click(screen.getByText('按部门'))
    expect(screen.queryByText('我要开餐饮店')).toBeNull()
  })

  it('still lists the themes when the scenarios cannot load', async () => {
    listScenarios.mockRejectedValue(new ApiError({ kind: 'server', message: '服务暂时不可用，请稍后再试' }))
    render(<Services />)
    await screen.findByText('1234')
    const theme = categoriesOf('personal')[0]
    expect(screen.getByLabelText(`${theme.title}，10 项`)).toBeTruthy()
    expect(screen.queryByText('一件事一次办')).toBeNull()
    expect(screen.queryByText('服务暂时不可用，请稍后再试')).toBeNull()
  })

  it('offers a retry when the catalog cannot load', async () => {
    browse.mockRejectedValueOnce(new ApiError({ kind: 'server', message: '服务暂时不可用，请稍后再试' }))
    render(<Services />)
    await screen.findByText('服务暂时不可用，请稍后再试')
    fireEvent.click(screen.getByText('重新加载'))
    await screen.findByText('1234')
  })
})
