import type { Page } from 'playwright-core'

/**
 * The apply form of 黄浦区 就业登记 (the applicant section, 申请事项说明, and 居民身份证, which an e-licence covers),
 * shared by the offline and session-expiry tests.
 */
export const EMPLOYMENT_ITEM = '310101-100100200000-0'

export const applyForm = (page: Page) => page.locator('.apply')
export const noteField = (page: Page) => applyForm(page).locator('.form-field', { hasText: '申请事项说明' }).locator('textarea')

/** 联系地址: the district from the picker's first choice (the 居民户口簿 gives only the detail here), and a detail if none */
export async function fillAddress(page: Page) {
  await applyForm(page).locator('.form-field', { hasText: '联系地址' }).locator('.form-field__picker').first().click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
  await page.locator('.weui-picker:visible').waitFor({ state: 'detached' }).catch(() => undefined)
  const detail = page.getByLabel('联系地址详细地址').locator('input')
  if (!(await detail.inputValue())) await detail.fill('南京东路 100 号')
}

/** The signed-in user's token as the page keeps it */
export const storedToken = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('tb.session.v1') ?? 'null')?.token as string | undefined)

/** How many applications the server holds for the page's signed-in user, asked from Node (not through the browser). */
export async function applicationsOnServer(page: Page, base: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/me/applications`, { headers: { authorization: `Bearer ${await storedToken(page)}`, 'x-tongban-contract': '1.0.0' } })
  return ((await res.json()) as { total: number }).total
}
