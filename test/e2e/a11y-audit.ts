import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from './stack'

/**
 * What the accessibility walk measures on one rendered page of the H5 build: axe-core's WCAG 2.1 A/AA rules, and
 * the app's own rules from the MIIT 适老化 guidance (text size and line height in elder mode, touch target size in
 * both modes, an accessible name on everything tappable). Everything runs inside the page.
 */
export const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js')
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface Limits {
  /** Smallest font size of any visible text, CSS px (0: not checked) */
  minFontPx: number
  /** Smallest line height as a multiple of the font size (0: not checked) */
  minLineHeight: number
  /** Smallest width and height of a tap target, CSS px */
  minTargetPx: number
}

/** 长辈模式: text ≥ 18 px, line height ≥ 1.3, targets ≥ 60 × 60; normal mode: targets ≥ 44 × 44. */
export const LIMITS: Record<'normal' | 'elder', Limits> = {
  normal: { minFontPx: 0, minLineHeight: 0, minTargetPx: 44 },
  elder: { minFontPx: 18, minLineHeight: 1.3, minTargetPx: 60 },
}

export interface Finding {
  rule: string
  /** A CSS path to the element and what it shows */
  target: string
  detail: string
}

export interface Audit {
  findings: Finding[]
  textsChecked: number
  targetsChecked: number
}

/** The ARIA roles and native elements a finger can tap or type into. */
export const INTERACTIVE = [
  '[role=button]',
  '[role=link]',
  '[role=tab]',
  '[role=checkbox]',
  '[role=switch]',
  '[role=radio]',
  '[role=menuitem]',
  '[role=option]',
  'button',
  'a[href]',
  'input:not([type=hidden])',
  'textarea',
  'select',
  'taro-picker-core',
  'taro-switch-core',
  'taro-checkbox-core',
  'taro-radio-core',
].join(',')

/**
 * Runs inside the page (serialised by Playwright: self-contained, no imports). Text: every visible element with
 * its own text, and every text field. Targets: every visible interactive element not under a full-screen fixed
 * overlay (a sheet's mask covers the page behind it).
 */
function measure({ limits, interactive }: { limits: Limits; interactive: string }): Audit {
  const findings: Finding[] = []
  const describe = (el: Element) => {
    const path: string[] = []
    for (let e: Element | null = el; e && e !== document.body && path.length < 4; e = e.parentElement) {
      const cls = Array.from(e.classList).filter((c) => !c.startsWith('taro_')).slice(0, 2).join('.')
      path.unshift(cls ? `${e.localName}.${cls}` : e.localName)
    }
    const text = ((el as HTMLElement).innerText || (el as HTMLInputElement).placeholder || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ')
    return `${path.join(' > ')}${text ? ` 「${text.slice(0, 24)}」` : ''}`
  }
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect()
    return r.width > 1 && r.height > 1 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  }
  // Fixed layers above the page (a sheet and its mask, the tab bar), not the page's own fixed containers; a
  // full-screen one covers everything that is not in a fixed layer itself.
  const viewportArea = window.innerWidth * window.innerHeight
  const layers = Array.from(document.querySelectorAll('body *')).filter((el) => getComputedStyle(el).position === 'fixed' && shown(el) && !el.querySelector('.tb-page'))
  const overlays = layers.filter((el) => {
    const r = el.getBoundingClientRect()
    return r.width * r.height >= viewportArea * 0.5
  })
  const covered = (el: Element) => overlays.length > 0 && !layers.some((l) => l.contains(el))

  // 长辈模式 (the limits with a text size): nothing pops up or moves by itself on load — no dialog, toast, modal
  // or sheet showing, no carousel (Swiper).
  if (limits.minFontPx > 0) {
    const popUps = [...overlays, ...Array.from(document.querySelectorAll('[role=dialog], [role=alertdialog], .taro__toast, .taro__modal, taro-swiper-core'))]
    for (const el of new Set(popUps)) if (shown(el)) findings.push({ rule: 'pop-up', target: describe(el), detail: 'showing on load in 长辈模式 (no pop-ups, no carousels)' })
  }

  let textsChecked = 0
  if (limits.minFontPx > 0) {
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
      const field = el.matches('input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), textarea')
      if ((!ownText && !field) || !shown(el) || el.closest('script,style,noscript,svg')) continue
      textsChecked++
      const style = getComputedStyle(el)
      const size = parseFloat(style.fontSize)
      if (size < limits.minFontPx - 0.01) findings.push({ rule: 'font-size', target: describe(el), detail: `${size.toFixed(1)}px < ${limits.minFontPx}px` })
      const lineHeight = style.lineHeight === 'normal' ? NaN : parseFloat(style.lineHeight)
      if (!(lineHeight >= size * limits.minLineHeight - 0.05)) {
        findings.push({ rule: 'line-height', target: describe(el), detail: `${style.lineHeight} < ${limits.minLineHeight} × ${size.toFixed(1)}px` })
      }
    }
  }

  let targetsChecked = 0
  for (const el of Array.from(document.querySelectorAll(interactive))) {
    if (!shown(el) || covered(el)) continue
    targetsChecked++
    const r = el.getBoundingClientRect()
    if (r.width < limits.minTargetPx - 0.5 || r.height < limits.minTargetPx - 0.5) {
      findings.push({ rule: 'target-size', target: describe(el), detail: `${r.width.toFixed(1)} × ${r.height.toFixed(1)}px < ${limits.minTargetPx} × ${limits.minTargetPx}px` })
    }
    const labelled = (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
      .join('')
    const field = el as HTMLInputElement
    const labels = 'labels' in field && field.labels ? Array.from(field.labels).map((l) => l.textContent ?? '').join('') : ''
    const name = [el.getAttribute('aria-label'), labelled, labels, el.getAttribute('title'), field.placeholder, (el as HTMLElement).innerText].map((s) => (s ?? '').trim()).find((s) => s !== '')
    if (!name) findings.push({ rule: 'accessible-name', target: describe(el), detail: `${el.getAttribute('role') ?? el.localName} has no text, aria-label or label` })
  }
  // Tappable without saying so: a tap handler (Taro H5 keeps them in __events) on an element that is neither a
  // native control nor has a role. hover-class='none' is the app's mark of a row that keeps a no-op handler but
  // is not tappable (see Cell: Taro's mini-program runtime breaks when a node's only handler comes and goes).
  for (const el of Array.from(document.querySelectorAll('.tb-page *'))) {
    const events = (el as unknown as { __events?: Record<string, unknown[]> }).__events
    if (!events?.click?.length || el.matches(interactive) || el.getAttribute('hover-class') === 'none' || !shown(el)) continue
    findings.push({ rule: 'clickable-without-role', target: describe(el), detail: 'has a tap handler but no role (button, link, tab…)' })
  }
  return { findings, textsChecked, targetsChecked }
}

export async function auditPage(page: Page, mode: 'normal' | 'elder'): Promise<Audit> {
  return page.evaluate(measure, { limits: LIMITS[mode], interactive: INTERACTIVE })
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; message?: string }[]
}

/** axe-core's serious and critical violations of WCAG 2.1 A/AA on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async (tags) => {
    type Check = { message: string }
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; element?: HTMLElement; any: Check[]; all: Check[]; none: Check[] }[] }
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Result[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      elementRef: true,
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({
        target: n.target.map(String),
        // A name that leaves out visible words: show both, so the fix is obvious.
        message:
          v.id === 'label-content-name-mismatch' && n.element
            ? `name 「${n.element.getAttribute('aria-label')}」 shows 「${n.element.innerText.replace(/\s+/g, ' ')}」`
            : [...n.any, ...n.all, ...n.none][0]?.message,
      })),
    }))
  }, AXE_TAGS)
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
