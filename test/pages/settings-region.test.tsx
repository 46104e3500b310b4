import { fireEvent, render, screen } from '@testing-library/react'
import type { RegionDto } from '../../src/api/contract'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { ApiError } from '../../src/api/errors'
import Taro from '@tarojs/taro'
import Settings from '../../src/packages/settings/pages/settings/index'
import Region from '../../src/packages/region/pages/region/index'
import { appConfig } from '../../src/stores/app-config'
import { LARGE_FONT_SCALE, PREFERENCES_KEY, preferences, reloadPreferences } from '../../src/stores/preferences'
import { fakeHost, memory } from './fake-platform'
import { appConfigFixture } from './app-config'

jest.mock('../../src/api/endpoints/catalog', () => ({ catalogApi: { regionChildren: jest.fn() } }))
const regionChildren = jest.mocked(catalogApi.regionChildren)
const region = (code: string, name: string, level: RegionDto['level'], parentCode: string): RegionDto => ({ code, name, shortName: name.replace(/(街道|镇|区|县|市)$/, ''), level, parentCode, g60: false })

beforeEach(() => {
  jest.clearAllMocks()
  memory.clear()
  fakeHost.fontScale = 1
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', subRegion: null, elderMode: false, elderModeChosen: false })
})

describe('设置 → 长辈模式', () => {
  it('turns elder mode on for the whole page with one switch, and remembers it', () => {
    const { container } = render(<Settings />)
    const root = container.firstElementChild!
    expect(root.className).not.toContain('tb-page--elder')
    const row = screen.getByRole('switch', { name: /^长辈模式/ })
    expect(row.getAttribute('aria-checked')).toBe('false')
    fireEvent.click(row)
    expect(root.className).toContain('tb-page--elder')
    expect(screen.getByRole('switch', { name: /^长辈模式/ }).getAttribute('aria-checked')).toBe('true')
    expect(memory.get(PREFERENCES_KEY)).toMatchObject({ elderMode: true, elderModeChosen: true })
  })

  it('starts in elder mode when the phone already uses large type, until the user decides', () => {
    fakeHost.fontScale = LARGE_FONT_SCALE
    reloadPreferences()
    expect(preferences.get().elderMode).toBe(true)
    memory.set(PREFERENCES_KEY, { elderMode: false, elderModeChosen: true })
    reloadPreferences()
    expect(preferences.get().elderMode).toBe(false)
  })

  it('tells support which versions and platform are in use', () => {
    render(<Settings />)
    expect(screen.getByText('接口版本')).toBeTruthy()
    expect(screen.getByText('浏览器')).toBeTruthy()
  })
})

describe('选择地区', () => {
  it('lists the 16 districts of Shanghai and the G60 corridor cities', () => {
    render(<Region />)
    expect(screen.getByText('上海市（全市）')).toBeTruthy()
    for (const name of ['浦东', '松江', '崇明']) expect(screen.getAllByText(name).length).toBeGreaterThan(0)
    for (const name of ['嘉兴', '杭州', '金华', '苏州', '湖州', '宣城', '芜湖', '合肥']) expect(screen.getByText(name)).toBeTruthy()
  })

  it('lists the G60 cities under their provinces', () => {
    render(<Region />)
    for (const name of ['浙江省', '江苏省', '安徽省']) expect(screen.getByText(name)).toBeTruthy()
  })

  it('chooses the whole city, persists it and goes back', () => {
    preferences.set({ regionCode: '310117' })
    render(<Region />)
    fireEvent.click(screen.getByText('上海市（全市）'))
    expect(preferences.get().regionCode).toBe('310000')
    expect(Taro.navigateBack).toHaveBeenCalled()
  })

  it('drills into a district and chooses one of its streets', async () => {
    regionChildren.mockResolvedValue({
      parent: region('310117', '松江区', 'district', '310000'),
      children: [region('310117001', '岳阳街道', 'street', '310117'), region('310117004', '方松街道', 'street', '310117')],
    })
    render(<Region />)
    fireEvent.click(screen.getByRole('button', { name: '松江' }))
    expect(regionChildren).toHaveBeenCalledWith('310117')
    expect(screen.getByText('整个松江区')).toBeTruthy()
    fireEvent.click(await screen.findByText('方松'))
    expect(preferences.get()).toMatchObject({ regionCode: '310117', subRegion: { code: '310117004', name: '方松街道' } })
    expect(memory.get(PREFERENCES_KEY)).toMatchObject({ regionCode: '310117', subRegion: { code: '310117004' } })
    expect(Taro.navigateBack).toHaveBeenCalled()
  })

  it('roams to a G60 city: the whole city, or one of its districts', async () => {
    regionChildren.mockResolvedValue({
      parent: region('330400', '嘉兴市', 'city', '330000'),
      children: [region('330402', '南湖区', 'district', '330400'), region('330421', '嘉善县', 'district', '330400')],
    })
    render(<Region />)
    fireEvent.click(screen.getByText('嘉兴'))
    fireEvent.click(await screen.findByText('整个嘉兴市'))
    expect(preferences.get()).toMatchObject({ regionCode: '330400', subRegion: null })
  })

  it('explains when the sub-regions cannot load, and goes back up', async () => {
    regionChildren.mockRejectedValueOnce(new ApiError({ kind: 'network', message: '网络连接失败，请检查网络后重试' }))
    render(<Region />)
    fireEvent.click(screen.getByRole('button', { name: '黄浦' }))
    await screen.findByText('网络连接失败，请检查网络后重试')
    fireEvent.click(screen.getByLabelText('返回上一级'))
    expect(screen.getByText('上海市（全市）')).toBeTruthy()
  })
})
