/**
 * H5 first screen, ours against a bare Taro page (scripts/bench-bare.ts), in Chromium with mobile emulation and
 * 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), each run in a fresh browser context (cold cache):
 * - tiles: from navigation start until the first tile is laid out (a MutationObserver in the page stamps it)
 * - tap: from navigation start until a tap on that tile has shown its page; the tile is tapped as soon as it
 *   is visible and again every 150 ms until the next page is there (a tap the app is not ready for is lost)
 * Runs alternate between the two builds so machine noise falls on both alike. Both are served gzipped (by
 * default), as a production web server sends them.
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Emulation/#method-setCPUThrottlingRate
 */
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { buildServer } from '../mock/server'
import { launchChromium, PHONE } from '../test/e2e/browser'
import { serveH5 } from './serve-h5'
import { median, round } from './bench-stats'

export const CPU_THROTTLE = 4

/** A build to measure: which tile to wait for and tap, and what its page looks like once open. */
export interface Subject {
  dist: string
  /** CSS selector of the tiles */
  tile: string
  /** An element of the page the first tile opens (Taro's router updates the URL only after that page is drawn) */
  opens: { selector: string }
}

export interface FirstScreenRun {
  tilesMs: number
  tapMs: number
  taps: number
}
export interface FirstScreenFigures {
  runs: FirstScreenRun[]
  tilesMs: number
  tapMs: number
}

/**
 * Stamps, inside the page, the first moment the tiles are laid out and the first moment the tapped page shows.
 * A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
 */
const stampScript = (subject: Subject) => `(() => {
  const visible = (el) => !!el && el.getBoundingClientRect().height > 0
  const bench = (window.__bench = {})
  const check = () => {
    if (bench.tilesMs === undefined && visible(document.querySelector(${JSON.stringify(subject.tile)}))) bench.tilesMs = performance.now()
    if (bench.tapMs === undefined && [...document.querySelectorAll(${JSON.stringify(subject.opens.selector)})].some(visible)) bench.tapMs = performance.now()
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true })
})()`

async function once(browser: Browser, url: string, subject: Subject): Promise<FirstScreenRun> {
  const context = await browser.newContext(PHONE)
  try {
    const page: Page = await context.newPage()
    await page.addInitScript(stampScript(subject))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE })
    await page.goto(url, { waitUntil: 'commit' })
    const tile = page.locator(subject.tile).first()
    await tile.waitFor({ timeout: 30_000 })
    let taps = 0
    const deadline = Date.now() + 30_000
    for (;;) {
      const stamps = (await page.evaluate('window.__bench || {}')) as { tilesMs?: number; tapMs?: number }
      if (stamps.tapMs !== undefined && stamps.tilesMs !== undefined) return { tilesMs: round(stamps.tilesMs), tapMs: round(stamps.tapMs), taps }
      if (Date.now() > deadline) throw new Error(`${url}: no response to ${taps} taps on ${subject.tile} (${JSON.stringify(stamps)}, ${page.url()})`)
      // A tile already covered by the opened page cannot be tapped again: that is fine, the stamp comes next.
      if (await tile.isVisible()) {
        taps++
        await tile.click({ timeout: 1000, noWaitAfter: true }).catch(() => undefined)
      }
      await page.waitForTimeout(150)
    }
  } finally {
    await context.close()
  }
}

/** Medians over `runs` cold loads of each subject, ours and bare alternating. */
export async function firstScreen(subjects: { ours: Subject; bare: Subject }, { runs = 7, gzip = true } = {}): Promise<{ ours: FirstScreenFigures; bare: FirstScreenFigures }> {
  const api = buildServer({ quiet: true })
  await api.listen({ host: '127.0.0.1', port: 0 })
  const apiOrigin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`
  const ours = await serveH5({ dist: subjects.ours.dist, apiOrigin, gzip })
  const bare = await serveH5({ dist: subjects.bare.dist, apiOrigin, gzip })
  const browser = await launchChromium()
  const results = { ours: [] as FirstScreenRun[], bare: [] as FirstScreenRun[] }
  try {
    // One unmeasured load of each first: Chromium's own first start is not the page's cost.
    await once(browser, ours.url, subjects.ours)
    await once(browser, bare.url, subjects.bare)
    for (let i = 0; i < runs; i++) {
      results.ours.push(await once(browser, ours.url, subjects.ours))
      results.bare.push(await once(browser, bare.url, subjects.bare))
    }
  } finally {
    await browser.close()
    ours.server.close()
    bare.server.close()
    await api.close()
  }
  const figures = (rs: FirstScreenRun[]): FirstScreenFigures => ({ runs: rs, tilesMs: median(rs.map((r) => r.tilesMs)), tapMs: median(rs.map((r) => r.tapMs)) })
  return { ours: figures(results.ours), bare: figures(results.bare) }
}
