import { act, fireEvent, render, screen } from '@testing-library/react'
import Services from '../../src/pages/services/index'
import { appConfig } from '../../src/stores/app-config'
import { focusCategory } from '../../src/stores/navigation'
import { preferences } from '../../src/stores/preferences'
import { appConfigFixture } from './app-config'

beforeEach(() => {
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000' })
  focusCategory(null)
})

const categoriesOf = (mode: 'personal' | 'enterprise') => appConfigFixture.modes.find((m) => m.id === mode)!.categories

describe('办事', () => {
  it('lists every category of the current mode with its count', () => {
    render(<Services />)
    for (const c of categoriesOf('personal')) expect(screen.getByText(c.title)).toBeTruthy()
    expect(screen.getByText(`共 ${categoriesOf('personal').length} 类`)).toBeTruthy()
  })

  it('never mixes enterprise categories into citizen mode', () => {
    render(<Services />)
    for (const c of categoriesOf('enterprise')) expect(screen.queryByText(c.title)).toBeNull()
    fireEvent.click(screen.getByText('法人'))
    for (const c of categoriesOf('enterprise')) expect(screen.getByText(c.title)).toBeTruthy()
    expect(screen.getByText('法人服务分类')).toBeTruthy()
  })

  it('expands a category to show its items and collapses it again', () => {
    render(<Services />)
    const first = categoriesOf('personal')[0]
    const lastExample = first.examples[first.examples.length - 1]
    expect(screen.queryByText(lastExample)).toBeNull()
    fireEvent.click(screen.getByText(first.title))
    expect(screen.getByText(lastExample)).toBeTruthy()
    fireEvent.click(screen.getByText(first.title))
    expect(screen.queryByText(lastExample)).toBeNull()
  })

  it('opens the category a home shortcut asked for', () => {
    const target = categoriesOf('personal')[2]
    act(() => focusCategory(target.id))
    const { container } = render(<Services />)
    expect(container.querySelector(`#category-${target.id}`)!.className).toContain('services__category--open')
  })

  it('offers a retry when the categories cannot load', () => {
    appConfig.set({ status: 'error', data: null, error: '服务暂时不可用，请稍后再试' })
    render(<Services />)
    expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy()
    expect(screen.getByText('重新加载')).toBeTruthy()
  })
})
