/**
 * Accessibility the browser needs and the mini-program hosts provide themselves.
 *
 * 背景: pages are Taro Views (a `<div>` on H5, h5/view.tsx) with role='button' | 'tab' | 'switch' …; a host's screen
 * reader acts on those roles, but a browser does not make a div focusable or press it with the keyboard, and axe-core
 * reports every scrollable page without focusable content (scrollable-region-focusable). Taro's H5 tab bar is
 * drawn by Taro outside every page with a fixed 10 px label, so 长辈模式 (a class on each page) cannot reach it.
 * 复现路径: npm run build:h5, open any page, press Tab: nothing gets focus; turn on 长辈模式: the tab labels stay
 * 10 px. test/e2e/a11y.test.ts checks both on every page.
 */
const ROLES = ['button', 'link', 'tab', 'checkbox', 'radio', 'switch', 'menuitem', 'option']
const UNFOCUSABLE = ROLES.map((r) => `[role="${r}"]:not([tabindex])`).join(',')
const NATIVE = 'a[href], button, input, select, textarea, summary'

/**
 * 长辈模式 reaches what Taro draws outside the pages through the page it sits beside: the tab bar (≥ 18 px labels,
 * ≥ 60 px tall items), and the toast and modal, whose texts Taro sets inline at 15–16 px (hence !important).
 */
const ELDER_TAB_BAR = `
body:has(.tb-page--elder) .weui-tabbar__item { min-height: 60px; box-sizing: border-box; }
body:has(.tb-page--elder) .weui-tabbar__label { font-size: 18px; line-height: 1.4; }
body:has(.tb-page--elder) .taro__toast p, body:has(.tb-page--elder) .taro-modal__text { font-size: 18px !important; line-height: 1.4 !important; }
body:has(.tb-page--elder) .taro-model__btn { min-height: 60px !important; font-size: 20px !important; }
`

function makeFocusable(root: ParentNode) {
  if (root instanceof Element && root.matches(UNFOCUSABLE)) root.setAttribute('tabindex', '0')
  root.querySelectorAll(UNFOCUSABLE).forEach((el) => el.setAttribute('tabindex', '0'))
}

/** Enter (and Space, for everything but links) presses a focused role element, as it does a <button>. */
function onKeyDown(event: KeyboardEvent) {
  const el = event.target
  if (!(el instanceof HTMLElement) || el.matches(NATIVE)) return
  const role = el.getAttribute('role') ?? ''
  if (!ROLES.includes(role) || el.getAttribute('aria-disabled') === 'true') return
  if (event.key === 'Enter' || (event.key === ' ' && role !== 'link')) {
    event.preventDefault()
    el.click()
  }
}

export function installBrowserA11y(doc: Document = document) {
  const start = () => {
    const style = doc.createElement('style')
    style.setAttribute('data-tongban', 'a11y')
    style.textContent = ELDER_TAB_BAR
    doc.head.appendChild(style)
    makeFocusable(doc.body)
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') makeFocusable(record.target as Element)
        record.addedNodes.forEach((node) => node instanceof Element && makeFocusable(node))
      }
    }).observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] })
    doc.addEventListener('keydown', onKeyDown)
  }
  if (doc.body) start()
  else doc.addEventListener('DOMContentLoaded', start, { once: true })
}
