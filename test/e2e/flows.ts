import type { Page } from 'playwright-core'

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
