import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Settings from '../../src/packages/settings/pages/settings/index'
import Region from '../../src/packages/region/pages/region/index'
import { appConfig } from '../../src/stores/app-config'
import { LARGE_FONT_SCALE, PREFERENCES_KEY, preferences, reloadPreferences } from '../../src/stores/preferences'
import { fakeHost, memory } from './fake-platform'
import { appConfigFixture } from './app-config'

beforeEach(() => {
  jest.clearAllMocks()
  memory.clear()
  fakeHost.fontScale = 1
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', elderMode: false, elderModeChosen: false })
})

describe('设置 → 长辈模式', () => {
  it('turns elder mode on for the whole page with one switch, and remembers it', () => {
    const { container } = render(<Settings />)
    const root = container.firstElementChild!
    expect(root.className).not.toContain('tb-page--elder')
    fireEvent.click(screen.getByRole('switch', { name: '长辈模式' }))
    expect(root.className).toContain('tb-page--elder')
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

  it('chooses a region, persists it and goes back', () => {
    render(<Region />)
    fireEvent.click(screen.getByText('嘉兴'))
    expect(preferences.get().regionCode).toBe('330400')
    expect(memory.get(PREFERENCES_KEY)).toMatchObject({ regionCode: '330400' })
    expect(Taro.navigateBack).toHaveBeenCalled()
  })
})
