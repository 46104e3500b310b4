import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { FACE_MISMATCH, LEGAL_REP } from '../../mock/fixtures/identities'
import { seedEnterprises } from '../../mock/fixtures/enterprises'
import { PHONE } from './browser'
import { realName as realNameVia, signInBySms } from './flows'
import { SHOTS, startH5Stack } from './stack'

/**
 * Identity and payment on the H5 build, end to end in Chromium against the mock: SMS login → 实名认证 through
 * the simulated face provider (a failing identity first, then a passing one) → bind an enterprise → pay a fee
 * through the sandbox cashier → the server confirms it.
 */
jest.setTimeout(90_000)
const shots = SHOTS

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let page: Page

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  page = await (await stack.browser.newContext(PHONE)).newPage()
})

afterAll(() => stack?.close())

const field = (label: string) => page.locator('.tb-field', { hasText: label }).locator('input')

const realName = (name: string, idNumber: string, verdict: '通过' | '不通过') => realNameVia(page, base, name, idNumber, verdict)

describe('identity and payment on H5', () => {
  it('signs in, fails 实名认证 with a mismatching face, then passes with the right person', async () => {
    await signInBySms(page, base, '13600136000')
    await realName(FACE_MISMATCH.name, FACE_MISMATCH.idNumber, '通过')
    await page.getByText(FACE_MISMATCH.failure).waitFor()
    expect(await page.getByText('实名认证成功').count()).toBe(0)

    await realName(LEGAL_REP.name, LEGAL_REP.idNumber, '通过')
    await page.getByText('实名认证成功').waitFor()
    await page.screenshot({ path: join(shots, 'h5-real-name-passed.png') })
  })

  it('shows the masked identity on 账号与安全 and binds an enterprise as its legal representative', async () => {
    await page.goto(`${base}/packages/account/pages/security/index`)
    await page.getByText('李*').first().waitFor()
    expect(await page.content()).not.toContain(LEGAL_REP.idNumber)
    await page.getByText('绑定企业', { exact: true }).click()
    const enterprise = seedEnterprises[0]
    await field('统一社会信用代码').fill(enterprise.creditCode)
    await page.locator('.enterprise__submit').click()
    await page.getByText(enterprise.name).first().waitFor()
    await page.screenshot({ path: join(shots, 'h5-security.png') })
  })

  it('pays a fee through the sandbox cashier and shows it only once the server confirmed it', async () => {
    await page.goto(`${base}/packages/pay/pages/fees/index`)
    await page.getByText('待缴费用').waitFor()
    await page.screenshot({ path: join(shots, 'h5-fees.png') })
    const title = (await page.locator('.fees__title').first().textContent())!
    await page.getByText('立即缴费').first().click()
    await page.waitForURL(/\/mock\/cashier/)
    await page.screenshot({ path: join(shots, 'h5-cashier.png') })
    await page.getByRole('button', { name: '确认支付' }).click()
    await page.waitForURL(/\/packages\/pay\/pages\/result/)
    await page.getByText('缴费成功').waitFor()
    await page.screenshot({ path: join(shots, 'h5-pay-result.png') })
    await page.goto(`${base}/packages/pay/pages/fees/index`)
    await page.getByText('已缴费用').waitFor()
    expect(await page.locator('.fees__card', { hasText: title }).textContent()).toContain('已缴纳')
  })

  it('signs out, then signs in again with one face check (刷脸登录)', async () => {
    await page.goto(`${base}/packages/account/pages/security/index`)
    await page.getByText('退出登录').first().click()
    await page.getByText('退出', { exact: true }).click()
    // Signing out clears the session, then the app leaves the page itself: let it, before navigating.
    await page.waitForFunction(() => localStorage.getItem('tb.session.v1') === null)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    await page.goto(`${base}/pages/mine/index`)
    await page.getByText('未登录').waitFor()
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tb.session') || k.startsWith('tb.enterprises')))).toEqual([])

    await page.goto(`${base}/pages/login/index`)
    await page.getByText('刷脸登录', { exact: true }).first().click()
    await field('姓名').fill(LEGAL_REP.name)
    await field('身份证号').fill(LEGAL_REP.idNumber)
    await page.locator('.tb-consent').click()
    await page.locator('.login__submit').click()
    await page.waitForURL(/\/mock\/face\/provider/)
    await page.getByRole('button', { name: '通过', exact: true }).click()
    await page.waitForURL(/faceTicket=/)
    await page.getByText('136****6000').waitFor()
    await page.screenshot({ path: join(shots, 'h5-face-login.png') })
  })
})
