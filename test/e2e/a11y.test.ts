import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { auditPage, axeViolations, type Audit, type AxeViolation } from './a11y-audit'
import { appPages, ROUTES, type RouteCase } from './a11y-routes'
import { PHONE } from './browser'
import { recordsApi, type Records } from './records'
import { SHOTS, startH5Stack } from './stack'

/**
 * 适老化 and accessibility on every page of the app config, in both modes, on the H5 build in Chromium: axe-core
 * (WCAG 2.1 A/AA, no serious or critical violation), and in 长辈模式 every visible text ≥ 18 px with line height
 * ≥ 1.3, every tap target ≥ 60 × 60 px (≥ 44 × 44 in normal mode), every interactive element named, no pop-up on
 * load. The H5 build renders a 750-px design at a 375-px phone width: 1 design px = 0.5 CSS px.
 */
jest.setTimeout(60_000)

type Mode = 'normal' | 'elder'
const MODES: Mode[] = ['normal', 'elder']
const PAGES = appPages()
const REPORT = join(SHOTS, 'a11y')

let stack: Awaited<ReturnType<typeof startH5Stack>>
let records: Records
const tabs = {} as Record<Mode, { context: BrowserContext; page: Page }>
/** Per page and mode: what was measured, and what failed (axe rule or own rule → number of elements). */
const summary: Record<string, Record<Mode, { texts: number; targets: number; failed: Record<string, number> }>> = {}

beforeAll(async () => {
  stack = await startH5Stack()
  records = await recordsApi(stack.base).create()
  rmSync(REPORT, { recursive: true, force: true })
  mkdirSync(REPORT, { recursive: true })
  await Promise.all(
    MODES.map(async (mode) => {
      const context = await stack.browser.newContext({ ...PHONE, viewport: { width: 375, height: 812 } })
      const page = await context.newPage()
      await page.goto(`${stack.base}/pages/settings/none`)
      tabs[mode] = { context, page }
    }),
  )
}, 120_000)

afterAll(async () => {
  writeFileSync(join(REPORT, 'summary.json'), JSON.stringify(summary, null, 1))
  await stack?.close()
})

/** The stored state the app reads at launch: the preference (elder mode or not, chosen) and who is signed in. */
async function prepare(page: Page, mode: Mode, as: RouteCase['as']) {
  const who = as === 'anonymous' ? null : as === 'staff' ? records.staff : records.citizen
  const prefs = { mode: 'personal', regionCode: '310101', subRegion: null, elderMode: mode === 'elder', elderModeChosen: true }
  await page.evaluate(
    ({ prefs, session }) => {
      localStorage.clear()
      localStorage.setItem('tb.preferences.v1', JSON.stringify(prefs))
      if (session) localStorage.setItem('tb.session.v1', JSON.stringify(session))
    },
    { prefs, session: who && { token: who.token, user: who.user, expiresAt: who.expiresAt } },
  )
}

const describeViolation = (v: AxeViolation) =>
  `  axe ${v.impact} ${v.id}: ${v.help}\n${v.nodes
    .slice(0, 8)
    .map((n) => `      ${n.target.join(' ')}${n.message ? ` — ${n.message}` : ''}`)
    .join('\n')}${v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : ''}`

async function visit(route: string, entry: RouteCase, mode: Mode): Promise<string[]> {
  const { page } = tabs[mode]
  await prepare(page, mode, entry.as)
  const query = entry.query?.(records)
  await page.goto(`${stack.base}/${route}${query ? `?${query}` : ''}`)
  await page.locator('.tb-page').first().waitFor()
  try {
    await page.locator(entry.ready).first().waitFor({ timeout: 10_000 })
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('.tb-skeleton')).some((s) => s.getBoundingClientRect().height > 0), undefined, { timeout: 10_000 })
  } catch (e) {
    const text = await page.locator('.tb-page').first().innerText()
    throw new Error(`${route} (${mode}): ${entry.ready} did not show: ${text.slice(0, 300)}`)
  }
  if (mode === 'elder') await page.locator('.tb-page--elder').first().waitFor()
  const [violations, audit]: [AxeViolation[], Audit] = [await axeViolations(page), await auditPage(page, mode)]
  const problems = [...violations.map(describeViolation), ...audit.findings.map((f) => `  ${f.rule}: ${f.target} — ${f.detail}`)]
  const failed: Record<string, number> = {}
  for (const v of violations) failed[`axe:${v.id}`] = v.nodes.length
  for (const f of audit.findings) failed[f.rule] = (failed[f.rule] ?? 0) + 1
  summary[route] = { ...summary[route], [mode]: { texts: audit.textsChecked, targets: audit.targetsChecked, failed } }
  if (problems.length) await page.screenshot({ path: join(REPORT, `${mode}-${route.replace(/\//g, '_')}.png`), fullPage: true })
  return problems.length ? [`${route} in ${mode} mode:`, ...problems] : []
}

describe('accessibility of every page, normal and 长辈模式 (H5 build, Chromium)', () => {
  it('knows how to open every page of the app config', () => {
    expect(PAGES.filter((route) => !(route in ROUTES))).toEqual([])
  })

  it.each(PAGES)('%s', async (route) => {
    const entry = ROUTES[route]
    if (!entry) throw new Error(`no entry for ${route} in test/e2e/a11y-routes.ts ROUTES: add its query and ready selector`)
    const problems = (await Promise.all(MODES.map((mode) => visit(route, entry, mode)))).flat()
    if (problems.length) throw new Error(problems.join('\n'))
  })
})
