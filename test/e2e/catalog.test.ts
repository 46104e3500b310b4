import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { PHONE } from './browser'
import { signInBySms } from './flows'
import { SHOTS, startH5Stack } from './stack'

/**
 * Finding what to do, on the H5 build in Chromium against the mock's full catalog (20,000+ implementations):
 * search by pinyin initials → 办事指南 → subscribe → pinned on 首页; roam to 嘉兴 (跨区域通办); a department's
 * 旗舰店 from 办事; and a list of thousands that renders a bounded number of rows while it scrolls.
 */
jest.setTimeout(90_000)

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let page: Page

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  page = await (await stack.browser.newContext(PHONE)).newPage()
})

afterAll(() => stack?.close())

/** Rows of the page on screen (Taro's H5 router keeps earlier pages in the DOM, hidden). */
const rows = (pageClass: string) => page.locator(`.${pageClass} .tb-item-row`)

describe('catalog on H5', () => {
  it('finds 结婚登记 by its initials, opens the guide, subscribes, and sees it pinned on 首页', async () => {
    await signInBySms(page, base, '13700137000')
    await page.goto(`${base}/pages/home/index`)
    await page.locator('.home__search').click()
    await page.waitForURL(/\/packages\/catalog\/pages\/search\/index/)
    await page.locator('.catalog-search__input input').fill('jhdj')
    const first = rows('catalog-search').first()
    await first.locator('.tb-item-row__hit', { hasText: '结婚登记' }).waitFor()
    const name = (await first.locator('.tb-item-row__name').innerText()).trim()
    expect(name).toContain('结婚登记')
    await page.screenshot({ path: join(SHOTS, 'h5-search-initials.png') })

    await first.click()
    await page.waitForURL(/\/packages\/catalog\/pages\/guide\/index\?id=/)
    await page.getByText('申请材料', { exact: true }).first().waitFor()
    for (const section of ['受理条件', '办理流程', '收费标准', '办理地点', '设定依据']) {
      expect(await page.getByText(section, { exact: true }).count()).toBeGreaterThan(0)
    }
    await page.screenshot({ path: join(SHOTS, 'h5-guide.png'), fullPage: true })

    await page.getByLabel(`订阅${name}`).click()
    await page.getByLabel(`已订阅${name}，点击取消订阅`).waitFor()

    await page.goto(`${base}/pages/home/index`)
    await page.locator('.home__shelf-name', { hasText: name }).waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-home-subscribed.png'), fullPage: true })
  })

  it('roams to 嘉兴: 首页 marks the items handled across the G60 corridor', async () => {
    await page.goto(`${base}/pages/home/index`)
    await page.getByLabel(/^当前地区 .*，点击切换$/).first().click()
    await page.waitForURL(/\/packages\/region\/pages\/region\/index/)
    await page.getByRole('button', { name: '嘉兴', exact: true }).click()
    await page.getByText('整个嘉兴市').click()
    await page.getByText('跨区域通办 · 嘉兴市').waitFor()
    expect(await page.getByLabel('当前地区 嘉兴市，点击切换').count()).toBe(1)
    const roaming = page.locator('.home__roaming .tb-item-row')
    expect(await roaming.count()).toBeGreaterThan(0)
    for (const meta of await roaming.locator('.tb-item-row__meta').allInnerTexts()) expect(meta).toMatch(/^嘉兴市/)
    expect(await page.locator('.home__roaming .tb-badge', { hasText: '跨区域通办' }).count()).toBe(await roaming.count())
    await page.screenshot({ path: join(SHOTS, 'h5-roaming-jiaxing.png'), fullPage: true })
  })

  it('opens a department’s 旗舰店 from 办事', async () => {
    await page.goto(`${base}/pages/services/index`)
    await page.getByText('按部门').click()
    const store = page.locator('.services .services__row').first()
    const department = (await store.locator('.services__row-title').innerText()).trim()
    await store.click()
    await page.waitForURL(/\/packages\/catalog\/pages\/store\/index\?id=/)
    await page.getByText('热门事项').waitFor()
    await page.waitForTimeout(500) // the page's slide-in, for the screenshot
    expect(await page.getByText(department).count()).toBeGreaterThan(0)
    expect(await rows('store').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(SHOTS, 'h5-store.png'), fullPage: true })
  })

  it('scrolls all of 上海市’s items with a bounded number of rows on screen', async () => {
    await page.evaluate(() => {
      const key = 'tb.preferences.v1'
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key) ?? '{}'), regionCode: '310000', subRegion: null }))
    })
    await page.goto(`${base}/pages/services/index`)
    await page.getByLabel(/^全部事项，\d+ 项$/).click()
    await page.waitForURL(/\/packages\/catalog\/pages\/list\/index/)
    const count = page.locator('.catalog-list .catalog-list__count')
    await count.filter({ hasText: /共 \d+ 项/ }).waitFor()
    const total = Number((await count.innerText()).match(/\d+/)![0])
    expect(await page.getByLabel('当前地区 上海市，点击切换').count()).toBeGreaterThan(0)
    expect(total).toBeGreaterThan(3000)
    await rows('catalog-list').first().waitFor()
    const list = page.locator('.catalog-list .tb-virtual-list')
    const before = Number(await list.getAttribute('data-rendered'))
    expect(before).toBeLessThan(40)
    const firstName = await rows('catalog-list').first().locator('.tb-item-row__name').innerText()
    await list.evaluate((el) => {
      el.scrollTop = 200_000
      el.dispatchEvent(new Event('scroll'))
    })
    await page.waitForFunction((old) => {
      const row = document.querySelector('.catalog-list .tb-virtual-list .tb-item-row__name') as HTMLElement | null
      return row !== null && row.innerText !== old
    }, firstName)
    expect(Number(await list.getAttribute('data-rendered'))).toBeLessThan(40)
    expect(await rows('catalog-list').count()).toBeLessThan(40)
  })
})
