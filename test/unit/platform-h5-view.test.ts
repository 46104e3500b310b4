/**
 * @jest-environment jsdom
 */
import { act, createElement, createRef } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
import { Text, View } from '../../src/platform/h5/view'

/** H5's View and Text (src/platform/h5/view.tsx): a <div> and a <span> with Taro's props. */
describe('H5 View and Text', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('renders a div with the class, role, ARIA, id and style it is given, and forwards its ref', () => {
    const ref = createRef<HTMLDivElement>()
    const onClick = jest.fn()
    render(createElement(View, { ref, id: 'v', className: 'card', role: 'button', 'aria-label': '社区服务', style: 'margin-top: 4px; --tb-x: 1', onClick }, '社区'))
    const view = screen.getByRole('button', { name: '社区服务' })
    expect(view.tagName).toBe('DIV')
    expect(view).toBe(ref.current)
    expect(view.id).toBe('v')
    expect(view.className).toBe('card')
    expect(view.style.marginTop).toBe('4px')
    expect(view.style.getPropertyValue('--tb-x')).toBe('1')
    fireEvent.click(view)
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('shows a new className in the same render (no render late)', () => {
    const { rerender } = render(createElement(View, { className: 'tab', role: 'tab' }))
    rerender(createElement(View, { className: 'tab tab--active', role: 'tab' }))
    expect(screen.getByRole('tab').className).toBe('tab tab--active')
  })

  it('adds hoverClass after hoverStartTime of pressing and keeps it hoverStayTime after release', () => {
    render(createElement(View, { className: 'tile', hoverClass: 'tile--hover', role: 'button' }))
    const tile = screen.getByRole('button')
    fireEvent.pointerDown(tile)
    act(() => void jest.advanceTimersByTime(49))
    expect(tile.className).toBe('tile')
    act(() => void jest.advanceTimersByTime(1))
    expect(tile.className).toBe('tile tile--hover')
    fireEvent.pointerUp(tile)
    act(() => void jest.advanceTimersByTime(399))
    expect(tile.className).toBe('tile tile--hover')
    act(() => void jest.advanceTimersByTime(1))
    expect(tile.className).toBe('tile')
  })

  it('drops hoverClass at once when the press is cancelled or leaves, and has none without hoverClass', () => {
    render(createElement(View, { className: 'tile', hoverClass: 'tile--hover', hoverStartTime: 0, role: 'button' }))
    const tile = screen.getByRole('button')
    fireEvent.pointerDown(tile)
    act(() => void jest.advanceTimersByTime(0))
    expect(tile.className).toBe('tile tile--hover')
    fireEvent.pointerCancel(tile)
    act(() => void jest.advanceTimersByTime(0))
    expect(tile.className).toBe('tile')

    render(createElement(View, { className: 'plain', role: 'link' }))
    const plain = screen.getByRole('link')
    fireEvent.pointerDown(plain)
    act(() => void jest.advanceTimersByTime(1000))
    expect(plain.className).toBe('plain')
  })

  it('renders Text as a span, not selectable unless asked', () => {
    render(createElement('div', null, createElement(Text, { className: 'title', id: 't' }, '办事'), createElement(Text, { selectable: true }, '12345')))
    const title = screen.getByText('办事')
    expect(title.tagName).toBe('SPAN')
    expect(title.className).toBe('taro-text title')
    expect(screen.getByText('12345').className).toBe('taro-text taro-text__selectable')
  })
})
