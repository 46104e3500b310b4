import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { CITIZEN } from '../../mock/fixtures/identities'
import { mockPaths } from '../../src/api/contract/paths'
import { PHONE } from './browser'
import { signInVerified } from './flows'
import { SHOTS, startH5Stack } from './stack'
import { EMPLOYMENT_ITEM, applicationsOnServer, fillAddress, noteField, storedToken, submitEmployment } from './apply-form'

/**
 * Session expiry mid-form on H5 (issue 9, Resilience): the server ends the session while the user fills in a form.
 * The next save meets the 401; the page sends the user to 登录 (saying why), and after signing in they are back on
 * the form with everything they typed, and submit it: exactly one application.
 */
jest.setTimeout(240_000)

/** 黄浦区 就业登记 (see offline.test.ts) */
const ITEM = EMPLOYMENT_ITEM
const MOBILE = '13800138332'
const NOTE = '申请办理就业登记，单位已签订劳动合同'
const MORE = '，过期后补充的一句'
/** The mock lets a phone have a new SMS code 60 s after the last one */
const SMS_COOLDOWN_MS = 61_000

let stack: Awaited<ReturnType<typeof startH5Stack>>
let page: Page

beforeAll(async () => {
  stack = await startH5Stack()
  page = await (await stack.browser.newContext(PHONE)).newPage()
})
afterAll(() => stack?.close())

const note = () => noteField(page)

describe('session expiry on H5', () => {
  it('sends the user to 登录 and back to the form with everything kept, then submits once', async () => {
    const firstCode = Date.now()
    await signInVerified(page, stack.base, MOBILE, CITIZEN)
    await page.goto(`${stack.base}/packages/handling/pages/apply/index?item=${ITEM}`)
    await note().waitFor()
    await fillAddress(page)
    await note().fill(NOTE)
    await page.waitForTimeout(1500) // saved to the server

    // The session ends on the server; the user goes on typing, and the draft's save meets the 401.
    const expired = await fetch(`${stack.base}${mockPaths.expireSessions}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: MOBILE }) })
    expect(await expired.json()).toEqual({ expired: 1 })
    const before = await storedToken(page)
    await note().pressSequentially(MORE)
    await page.waitForURL(/\/pages\/login\/index/, { timeout: 15_000 })
    await page.locator('.login').getByText('登录已过期，请重新登录').waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-session-expired-login.png'), fullPage: true })
    expect(await storedToken(page)).toBeUndefined()
    // The work is still on the device, under the user's id.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tb.drafts.v1.')).map((k) => localStorage.getItem(k)).join(''))).toContain(NOTE + MORE)

    // Sign in again (a new code once the SMS cooldown has passed), and land back on the form.
    await page.waitForTimeout(Math.max(0, firstCode + SMS_COOLDOWN_MS - Date.now()))
    const login = page.locator('.login')
    await login.locator('.tb-field', { hasText: '手机号' }).locator('input').fill(MOBILE)
    await login.getByText(/获取验证码|重新获取/).click()
    await login.getByText(/秒后重发/).waitFor()
    const outbox = (await (await fetch(`${stack.base}/mock/outbox?phone=${MOBILE}`)).json()) as { messages: { code: string }[] }
    await login.locator('.tb-field', { hasText: '短信验证码' }).locator('input').fill(outbox.messages[0].code)
    await login.locator('.login__submit').click()
    await page.waitForURL(/\/packages\/handling\/pages\/apply\/index/)
    await note().waitFor()
    await page.waitForFunction((text) => [...document.querySelectorAll('.apply textarea')].some((t) => (t as HTMLTextAreaElement).value === text), NOTE + MORE)
    await page.screenshot({ path: join(SHOTS, 'h5-session-expired-back-on-form.png'), fullPage: true })
    expect(await storedToken(page)).not.toBe(before)

    await submitEmployment(page)
    await page.waitForURL(/\/packages\/handling\/pages\/application\/index\?id=/)
    await page.getByText('已接件').first().waitFor()
    expect(await applicationsOnServer(page, stack.base)).toBe(1)
  })
})
