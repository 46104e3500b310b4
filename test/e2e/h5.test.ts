import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { PHONE } from './browser'
import { SHOTS, startH5Stack } from './stack'

/**
 * The production H5 build (dist/h5) in real Chromium, against the real mock server over HTTP.
 * Screenshots land in test-results/ for a person to look at.
 */
jest.setTimeout(45_000)
const shots = SHOTS

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  stack = await startH5Stack()
  ;({ base, browser } = stack)
})

afterAll(() => stack?.close())

beforeEach(async () => {
  context = await browser.newContext(PHONE)
  page = await context.newPage()
})
afterEach(() => context?.close())

const tab = (name: string) => page.locator('.weui-tabbar__label', { hasText: name })

describe('H5 build in Chromium', () => {
  it('opens on 首页 with exactly three tabs and the region chip', async () => {
    await page.goto(base)
    await page.getByText('个人常用').waitFor()
    expect(await page.locator('.weui-tabbar__label').allTextContents()).toEqual(['首页', '办事', '我的'])
    await expect(page.getByText('上海市').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('医保服务').isVisible()).resolves.toBe(true)
    await page.getByText('全市热门').waitFor()
    await page.screenshot({ path: join(shots, 'h5-home.png') })
  })

  it('switches to 法人 and keeps the choice after a reload', async () => {
    await page.goto(base)
    await page.getByText('个人常用').waitFor()
    await page.locator('.tb-mode-switch__item', { hasText: '法人' }).first().click()
    await page.getByText('企业常用').waitFor()
    expect(await page.getByText('医保服务').count()).toBe(0)
    await page.screenshot({ path: join(shots, 'h5-home-enterprise.png') })
    await page.reload()
    await page.getByText('企业常用').waitFor()
  })

  it('moves between the three tabs', async () => {
    await page.goto(base)
    await page.getByText('个人常用').waitFor()
    await tab('办事').click()
    await page.getByLabel(/^生育收养，\d+ 项$/).waitFor()
    await page.screenshot({ path: join(shots, 'h5-services.png') })
    await tab('我的').click()
    await page.getByText('未登录').waitFor()
    await tab('首页').click()
    await page.getByText('个人常用').waitFor()
  })

  it('signs in with phone + SMS code from the dev outbox, and shows the masked phone on 我的', async () => {
    await page.goto(`${base}/pages/mine/index`)
    await page.getByText('未登录').waitFor()
    await page.locator('.mine__login').click()
    await page.getByText('获取验证码').waitFor()
    await page.locator('.tb-field', { hasText: '手机号' }).locator('input').fill('13900139000')
    await page.getByText('获取验证码').click()
    await page.getByText(/秒后重发/).waitFor()
    const outbox = await (await fetch(`${base}/mock/outbox?phone=13900139000`)).json()
    const code = String(JSON.stringify(outbox).match(/\b\d{6}\b/)![0])
    await page.locator('.tb-field', { hasText: '短信验证码' }).locator('input').fill(code)
    await page.screenshot({ path: join(shots, 'h5-login.png') })
    await page.locator('.login__submit').click()
    await page.getByText('139****9000').waitFor()
    expect(page.url()).toContain('/pages/mine/index')
    await page.locator('.login').waitFor({ state: 'detached' })
    await page.screenshot({ path: join(shots, 'h5-mine-signed-in.png') })
  })

  it('explains a wrong SMS code in Chinese and keeps the form', async () => {
    await page.goto(`${base}/pages/login/index`)
    await page.locator('.tb-field', { hasText: '手机号' }).locator('input').fill('13700137000')
    await page.getByText('获取验证码').click()
    await page.getByText(/秒后重发/).waitFor()
    await page.locator('.tb-field', { hasText: '短信验证码' }).locator('input').fill('000000')
    await page.locator('.login__submit').click()
    await page.locator('.login__error--form').waitFor()
    expect(await page.locator('.login__error--form').textContent()).toMatch(/验证码/)
    expect(await page.locator('.tb-field', { hasText: '手机号' }).locator('input').inputValue()).toBe('13700137000')
  })

  it('turns on elder mode in 设置, which enlarges the type on every page', async () => {
    await page.goto(`${base}/pages/mine/index`)
    await page.getByText('设置').first().click()
    await page.getByText('效果预览').waitFor()
    const size = () => page.locator('.settings__preview-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const before = await size()
    await page.getByText('字体更大、按钮更大，每个页面都适用').click()
    await page.locator('.settings.tb-page--elder').waitFor()
    expect(await size()).toBeGreaterThan(before * 1.2)
    await page.screenshot({ path: join(shots, 'h5-settings-elder.png') })
    await page.goto(base)
    await page.locator('.home.tb-page--elder').waitFor()
  })
})
