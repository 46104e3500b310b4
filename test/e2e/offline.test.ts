import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { CITIZEN } from '../../mock/fixtures/identities'
import { PHONE } from './browser'
import { signInVerified } from './flows'
import { SHOTS, startH5Stack } from './stack'
import { EMPLOYMENT_ITEM, applicationsOnServer, fillAddress, noteField, submitEmployment } from './apply-form'

/**
 * Offline on H5 (issue 9, Resilience): the network goes away in the middle of a form. What was typed stays on the
 * page and in storage, 提交 says it waits for the network and creates nothing, and when the network comes back the
 * submission goes out by itself: one application, and the page moves on to it.
 * @see https://playwright.dev/docs/api/class-browsercontext#browser-context-set-offline (emulates the browser's
 *   offline state and fires its offline / online events, which the H5 platform adapter listens to)
 */
jest.setTimeout(180_000)

/** 黄浦区 就业登记: the applicant section, 申请事项说明, and 居民身份证 (an e-licence will do) */
const ITEM = EMPLOYMENT_ITEM
const MOBILE = '13800138331'
const NOTE = '本人于 2026 年 1 月入职，申请办理就业登记'
const MORE = '；断网后继续填写的内容'

let stack: Awaited<ReturnType<typeof startH5Stack>>
let context: BrowserContext
let page: Page

beforeAll(async () => {
  stack = await startH5Stack()
  context = await stack.browser.newContext(PHONE)
  page = await context.newPage()
})
afterAll(() => stack?.close())

const note = () => noteField(page)
const storedDrafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tb.drafts.v1.')).map((k) => localStorage.getItem(k)).join(''))

describe('offline on H5', () => {
  it('keeps the draft, waits to submit while offline, and submits once when the network returns', async () => {
    await signInVerified(page, stack.base, MOBILE, CITIZEN)

    await page.goto(`${stack.base}/packages/handling/pages/apply/index?item=${ITEM}`)
    await note().waitFor()
    await fillAddress(page)
    await note().fill(NOTE)

    // The network goes away mid-form; the user keeps typing.
    await context.setOffline(true)
    await note().pressSequentially(MORE)
    await page.waitForTimeout(1500) // past the draft's save debounce: the save meets no network
    expect(await note().inputValue()).toBe(NOTE + MORE)
    expect(await storedDrafts()).toContain(NOTE + MORE)

    await submitEmployment(page)

    // Waiting, in Chinese, and nothing created.
    await page.getByText('网络不可用，申请已保存，联网后将自动提交').first().waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-offline-waiting.png'), fullPage: true })
    expect(await applicationsOnServer(page, stack.base)).toBe(0)
    expect(page.url()).toContain('/packages/handling/pages/apply/index')
    expect(await storedDrafts()).toContain(NOTE + MORE)

    // The network returns: it goes through by itself, once, and the page moves on to the application.
    await context.setOffline(false)
    await page.waitForURL(/\/packages\/handling\/pages\/application\/index\?id=/, { timeout: 30_000 })
    await page.getByText('已接件').first().waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-offline-submitted.png'), fullPage: true })
    expect(await applicationsOnServer(page, stack.base)).toBe(1)
    expect(await storedDrafts()).not.toContain(NOTE)
  })
})
