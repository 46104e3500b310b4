/**
 * @jest-environment jsdom
 */
import { installBrowserA11y } from '../../src/platform/h5/a11y'

/** The browser gets what the mini-program hosts do natively: role elements reachable and pressable by keyboard. */
describe('H5 keyboard access and the elder tab bar', () => {
  beforeAll(() => installBrowserA11y(document))

  const press = (el: Element, key: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))

  it('makes role elements focusable, also those added later', async () => {
    document.body.innerHTML = '<div role="button">办理</div><div role="switch" tabindex="-1">长辈模式</div><div>文字</div>'
    await Promise.resolve()
    const [button, switched, text] = Array.from(document.body.children)
    expect(button.getAttribute('tabindex')).toBe('0')
    expect(switched.getAttribute('tabindex')).toBe('-1') // a page's own choice stays
    expect(text.hasAttribute('tabindex')).toBe(false)
    const later = document.createElement('div')
    later.innerHTML = '<span role="tab">个人</span>'
    document.body.appendChild(later)
    await new Promise((r) => setTimeout(r, 0))
    expect(later.firstElementChild!.getAttribute('tabindex')).toBe('0')
  })

  it('presses a focused role element with Enter and Space, never a disabled one or a native control', () => {
    document.body.innerHTML = '<div role="button">提交</div><div role="button" aria-disabled="true">提交</div><div role="link">详情</div><button>原生</button>'
    const [enabled, disabled, link, native] = Array.from(document.body.children) as HTMLElement[]
    const clicks = [enabled, disabled, link, native].map((el) => {
      const fn = jest.fn()
      el.addEventListener('click', fn)
      return fn
    })
    press(enabled, 'Enter')
    press(enabled, ' ')
    press(disabled, 'Enter')
    press(link, ' ') // a link is followed with Enter only
    press(link, 'Enter')
    press(native, 'Enter') // the browser clicks a <button> itself
    expect(clicks.map((c) => c.mock.calls.length)).toEqual([2, 0, 1, 0])
  })

  it('adds the elder tab bar rules once', () => {
    const style = document.head.querySelectorAll('style[data-tongban="a11y"]')
    expect(style).toHaveLength(1)
    expect(style[0].textContent).toMatch(/\.tb-page--elder\) \.weui-tabbar__label \{ font-size: 18px/)
  })
})
