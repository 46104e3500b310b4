import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { auditPage, axeViolations } from './a11y-audit'
import { PHONE } from './browser'
import { signInBySms } from './flows'
import { SHOTS, startH5Stack } from './stack'

/**
 * 长辈模式 as a person turns it on and walks through the app on the H5 build in Chromium: the chip on 首页, then 办事,
 * a theme's list, a guide, and 我的, tapping as they would. At every stop axe-core finds no serious or critical
 * violation, and every text, line height and tap target meets the elder-mode sizes (test/e2e/a11y-audit.ts).
 */
jest.setTimeout(180_000)

let stack: Awaited<ReturnType<typeof startH5Stack>>
let page: Page

beforeAll(async () => {
  stack = await startH5Stack()
  page = await (await stack.browser.newContext({ ...PHONE, viewport: { width: 375, height: 812 } })).newPage()
  await signInBySms(page, stack.base, '13800138444')
})

afterAll(() => stack?.close())

const tab = (name: string) => page.locator('.weui-tabbar__label', { hasText: name })

/** Everything wrong with the page as it is now, in words; [] when it is clean. */
async function problems(where: string): Promise<string[]> {
  await page.waitForTimeout(600) // the page's slide-in
  await page.screenshot({ path: join(SHOTS, `h5-elder-walk-${where}.png`) })
  const violations = await axeViolations(page)
  const audit = await auditPage(page, 'elder')
  expect(audit.textsChecked).toBeGreaterThan(5)
  return [...violations.map((v) => `${where}: axe ${v.impact} ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), ...audit.findings.map((f) => `${where}: ${f.rule} ${f.target} ${f.detail}`)]
}

describe('长辈模式, turned on from 首页 and walked through', () => {
  it('首页 → 办事 → a theme → a guide → 我的, each clean and large', async () => {
    await tab('首页').click()
    await page.getByRole('button', { name: '切换为长辈模式' }).click()
    await page.locator('.home.tb-page--elder').waitFor()
    // The simpler home: no 为你推荐 or 新上架, the service entries and notices stay
    await page.locator('.home').getByText('社区服务').first().waitFor()
    expect(await page.locator('.home').getByText('为你推荐').count()).toBe(0)
    const found = await problems('home')

    await tab('办事').click()
    const theme = page.getByRole('button', { name: /^生育收养，\d+ 项$/ })
    await theme.waitFor()
    await page.locator('.services.tb-page--elder').waitFor()
    found.push(...(await problems('services')))

    await theme.click()
    const row = page.locator('.catalog-list .tb-item-row').first()
    await row.waitFor()
    found.push(...(await problems('list')))

    await row.click()
    await page.locator('.guide.tb-page--elder').getByText('申请材料').first().waitFor()
    found.push(...(await problems('guide')))

    // Back to the tabs, as the back button does (a guide has no tab bar)
    await page.goBack()
    await page.goBack()
    await tab('我的').click()
    await page.locator('.mine.tb-page--elder').getByText('138****8444').waitFor()
    found.push(...(await problems('mine')))

    expect(found).toEqual([])
    // The choice is kept for the next launch
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('tb.preferences.v1') ?? '{}'))).toMatchObject({ elderMode: true, elderModeChosen: true })
  })
})
