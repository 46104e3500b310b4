import type { Page } from 'playwright-core'

/**
 * The 在线办理 form on H5, for the tests that fill one: two items whose forms the mock serves, the pickers and
 * fields by their label, and what the server holds afterwards.
 */

/** 黄浦区 就业登记: the applicant section, 申请事项说明, and 居民身份证 (an e-licence will do) */
export const EMPLOYMENT_ITEM = '310101-100100200000-0'
/** 黄浦区 机动车驾驶证换证（期满换证）: step ① 驾驶证信息, step ② a photo upload */
export const LICENCE_RENEWAL_ITEM = '310101-100200130000-0'

export const applyForm = (page: Page) => page.locator('.apply')
export const formField = (page: Page, label: string) => applyForm(page).locator('.form-field', { hasText: label })
export const noteField = (page: Page) => formField(page, '申请事项说明').locator('textarea')

/** Step ② 提交材料: the 居民身份证 from the user's e-licences, with the consent to use it. */
export async function chooseIdCardLicence(page: Page) {
  const idCard = page.locator('.material-slot', { hasText: '居民身份证' })
  await idCard.getByLabel(/^使用电子证照/).click()
  await idCard.locator('.tb-consent').click()
}

/** {@link EMPLOYMENT_ITEM} from its answered step ① to a tap on 提交申请: the ID card e-licence, the 承诺, submit. */
export async function submitEmployment(page: Page) {
  await applyForm(page).getByText('下一步').click()
  await chooseIdCardLicence(page)
  await applyForm(page).getByText('下一步').click()
  await applyForm(page).locator('.tb-consent', { hasText: '本人已阅读并承诺' }).click()
  await page.getByText('提交申请', { exact: true }).click()
}

/** Picks the current value of a Taro H5 picker (its sheet's 确定). */
export async function pickFirst(page: Page, label: string) {
  await formField(page, label).locator('.form-field__picker').first().click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
  await page.locator('.weui-picker:visible').waitFor({ state: 'detached' }).catch(() => undefined)
}

/** 联系地址: the district from the picker's first choice (the 居民户口簿 gives only the detail here), and a detail if none */
export async function fillAddress(page: Page) {
  await pickFirst(page, '联系地址')
  const detail = page.getByLabel('联系地址详细地址').locator('input')
  if (!(await detail.inputValue())) await detail.fill('南京东路 100 号')
}

/** Step ① of {@link LICENCE_RENEWAL_ITEM}, every required answer, with the 档案编号 and 联系地址 detail given. */
export async function fillLicenceRenewal(page: Page, { archive = '310012345678', address = '南京东路 100 号 2 楼' } = {}) {
  await formField(page, '档案编号').locator('input').fill(archive)
  await pickFirst(page, '准驾车型')
  await pickFirst(page, '原证有效期至')
  await page.getByLabel('身体条件证明：已在联网医疗机构体检（自动推送）').click()
  await page.getByLabel('领取方式：车管所窗口领取').click()
  await pickFirst(page, '联系地址')
  await page.getByLabel('联系地址详细地址').locator('input').fill(address)
}

/** The signed-in user's token as the page keeps it */
export const storedToken = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('tb.session.v1') ?? 'null')?.token as string | undefined)

/** How many applications the server holds for the page's signed-in user, asked from Node (not through the browser). */
export async function applicationsOnServer(page: Page, base: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/me/applications`, { headers: { authorization: `Bearer ${await storedToken(page)}`, 'x-tongban-contract': '1.0.0' } })
  return ((await res.json()) as { total: number }).total
}
