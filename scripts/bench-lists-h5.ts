/**
 * Long lists on H5: 事项列表 and search results with 5,000 rows (scripts/bench-long-list-data.ts, answered via
 * Playwright's page.route from the real mock), scrolled top to bottom one screen at a time in Chromium. After
 * every step it counts the rows the VirtualList drew and every element in the document; the figure is the
 * maximum over the whole scroll, which must stay bounded however long the list is.
 */
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { buildServer } from '../mock/server'
import { launchChromium, PHONE } from '../test/e2e/browser'
import { serveH5 } from './serve-h5'
import { LONG_LISTS, LONG_LIST_ROWS, isLongListRequest, longListAnswer, realPageUrl } from './bench-long-list-data'

export interface ListScrollFigures {
  name: string
  rows: number
  steps: number
  /** The last row index shown when the scroll ended (proves it reached the bottom) */
  lastRowShown: number
  maxRenderedRows: number
  maxDomNodes: number
}

/**
 * Runs inside the page: scrolls the visible VirtualList one screen at a time, two frames per step (the scroll
 * event, then React's render of the new window), counting after each step. A string, not a function: tsx would
 * wrap a function's inner names in a helper the page does not have.
 */
const scrollScript = (pageClass: string) => `(async () => {
  const page = [...document.querySelectorAll('.${pageClass}')].find((e) => e.getBoundingClientRect().height > 0)
  const scroller = page.querySelector('.tb-virtual-list')
  const frame = () => new Promise((r) => requestAnimationFrame(r))
  const rows = () => [...page.querySelectorAll('.tb-virtual-list__row')]
  let maxRows = 0, maxNodes = 0, steps = 0
  const count = () => {
    maxRows = Math.max(maxRows, rows().length)
    maxNodes = Math.max(maxNodes, document.getElementsByTagName('*').length)
  }
  count()
  for (let to = scroller.clientHeight; to < scroller.scrollHeight; to += scroller.clientHeight) {
    scroller.scrollTop = to
    await frame()
    await frame()
    count()
    steps++
  }
  // The last screen's rows may still be placeholders: give its page of rows a moment, then count once more.
  await new Promise((r) => setTimeout(r, 300))
  count()
  const last = rows().reduce((m, r) => Math.max(m, Math.round(parseFloat(r.style.top) / parseFloat(r.style.height))), -1)
  return { maxRows, maxNodes, steps, last }
})()`

async function scrollList(page: Page, origin: string, list: (typeof LONG_LISTS)[number]): Promise<ListScrollFigures> {
  await page.goto(`${origin}${list.route}`)
  await page.locator(`.${list.pageClass} .tb-virtual-list__row`).first().waitFor({ timeout: 30_000 })
  const r = (await page.evaluate(scrollScript(list.pageClass))) as { maxRows: number; maxNodes: number; steps: number; last: number }
  return { name: list.name, rows: LONG_LIST_ROWS, steps: r.steps, lastRowShown: r.last, maxRenderedRows: r.maxRows, maxDomNodes: r.maxNodes }
}

export async function longListsH5(dist: string): Promise<ListScrollFigures[]> {
  const api = buildServer({ quiet: true })
  await api.listen({ host: '127.0.0.1', port: 0 })
  const apiOrigin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`
  const { server, url } = await serveH5({ dist, apiOrigin })
  const browser = await launchChromium()
  try {
    const figures: ListScrollFigures[] = []
    for (const list of LONG_LISTS) {
      const context = await browser.newContext(PHONE)
      const page = await context.newPage()
      await page.route(
        (u) => isLongListRequest(u),
        async (route) => {
          const asked = new URL(route.request().url())
          const real = await route.fetch({ url: realPageUrl(asked).toString() })
          await route.fulfill({ response: real, json: longListAnswer(asked, await real.json()) })
        },
      )
      figures.push(await scrollList(page, url, list))
      await context.close()
    }
    return figures
  } finally {
    await browser.close()
    server.close()
    await api.close()
  }
}
