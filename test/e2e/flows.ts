import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { SHOTS } from './stack'

/** The smallest JPEG the mock's type sniffing accepts, for uploads through the H5 file input */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9])

/** Signs in on the H5 build with an SMS code read from the mock's outbox; waits until 我的 shows the masked phone. */
export async function signInBySms(page: Page, base: string, phone: string) {
  await page.goto(`${base}/pages/login/index`)
  await page.locator('.tb-field', { hasText: '手机号' }).locator('input').fill(phone)
  await page.getByText('获取验证码').click()
  await page.getByText(/秒后重发/).waitFor()
  const outbox = await (await fetch(`${base}/mock/outbox?phone=${phone}`)).json()
  await page.locator('.tb-field', { hasText: '短信验证码' }).locator('input').fill(outbox.messages[0].code)
  await page.locator('.login__submit').click()
  await page.getByText(`${phone.slice(0, 3)}****${phone.slice(7)}`).waitFor()
}

const field = (page: Page, label: string) => page.locator('.tb-field', { hasText: label }).locator('input')

/** 实名认证 on H5 through the mock's simulated face provider page, with the verdict to click there. */
export async function realName(page: Page, base: string, name: string, idNumber: string, verdict: '通过' | '不通过') {
  await page.goto(`${base}/packages/account/pages/real-name/index`)
  await field(page, '姓名').fill(name)
  await field(page, '身份证号').fill(idNumber)
  await page.locator('.tb-consent').click()
  await page.getByText('开始刷脸认证').click()
  // The simulated provider page of the mock (camera preview where allowed, and explicit verdict buttons).
  await page.waitForURL(/\/mock\/face\/provider/)
  await page.screenshot({ path: join(SHOTS, 'h5-face-provider.png') })
  await page.getByRole('button', { name: verdict, exact: true }).click()
  await page.waitForURL(/faceTicket=/)
}

/** Signs in by SMS and passes 实名认证 as `person`: the start of every journey that needs a verified citizen. */
export async function signInVerified(page: Page, base: string, phone: string, person: { name: string; idNumber: string }) {
  await signInBySms(page, base, phone)
  await realName(page, base, person.name, person.idNumber, '通过')
  await page.getByText('实名认证成功').waitFor()
}
