import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { CITIZEN } from '../../mock/fixtures/identities'
import { PHONE } from './browser'
import { JPEG, signInVerified } from './flows'
import { LICENCE_RENEWAL_ITEM, fillLicenceRenewal, formField, chooseIdCardLicence } from './apply-form'
import { SHOTS, startH5Stack } from './stack'

/**
 * Online handling on the H5 build in Chromium against the mock, end to end: apply for 机动车驾驶证换证 with an
 * e-licence (居民身份证, 免提交) and an uploaded photo → the reviewer accepts → pay its fee in the sandbox cashier →
 * the reviewer asks for 补正 → supplement the photo → 办结 → the issued licence is in 我的证照 → rate it.
 * The reviewer is the mock's back-office endpoint (what a department's system would do).
 */
jest.setTimeout(180_000)

const ITEM = LICENCE_RENEWAL_ITEM

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let page: Page
let applicationId: string

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  page = await (await stack.browser.newContext(PHONE)).newPage()
})

afterAll(() => stack?.close())

const field = (label: string) => formField(page, label)
const review = (action: string) =>
  fetch(`${base}/mock/applications/${applicationId}/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action }) }).then((r) => r.status)

/** Uploads the photo through the H5 file input the adapter opens. */
async function uploadPhoto(slot: string) {
  const card = page.locator('.material-slot', { hasText: slot })
  const chooser = page.waitForEvent('filechooser')
  await card.getByLabel(/^拍照 \/ 相册，上传/).click()
  await (await chooser).setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: JPEG })
  await card.getByText('已上传').first().waitFor()
}

describe('online handling on H5', () => {
  it('applies with an e-licence and an upload, and submits once', async () => {
    await signInVerified(page, base, '13800138222', CITIZEN)

    await page.goto(`${base}/packages/handling/pages/apply/index?item=${ITEM}`)
    await page.getByText('驾驶证信息').waitFor()
    expect(await field('申请人姓名').locator('.form-field__source').innerText()).toContain('来自实名认证')
    await fillLicenceRenewal(page)
    await page.screenshot({ path: join(SHOTS, 'h5-apply-form.png'), fullPage: true })
    await page.getByText('下一步').click()

    await chooseIdCardLicence(page)
    await uploadPhoto('近期免冠彩色照片')
    await page.screenshot({ path: join(SHOTS, 'h5-apply-materials.png'), fullPage: true })
    await page.getByText('下一步').click()

    await page.getByText('本人已阅读并承诺').waitFor()
    expect(await page.locator('.apply').innerText()).toContain('10.00 元')
    await page.locator('.apply .tb-consent', { hasText: '本人已阅读并承诺' }).click()
    const submit = page.getByText('提交申请', { exact: true })
    await submit.dblclick()
    await page.waitForURL(/\/packages\/handling\/pages\/application\/index\?id=/)
    applicationId = new URL(page.url()).searchParams.get('id')!
    await page.getByText('已接件').first().waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-application-submitted.png'), fullPage: true })

    const list = await page.evaluate(async () => {
      const session = JSON.parse(localStorage.getItem('tb.session.v1')!)
      const res = await fetch('/api/v1/me/applications', { headers: { authorization: `Bearer ${session.token}`, 'x-tongban-contract': '1.0.0' } })
      return res.json()
    })
    expect(list.total).toBe(1)
  })

  it('pays the fee after acceptance, supplements what the reviewer asked, and gets the licence', async () => {
    expect(await review('accept')).toBe(200)
    await page.goto(`${base}/packages/handling/pages/application/index?id=${applicationId}`)
    await page.getByText('去缴费').click()
    await page.getByText('立即缴费').first().click()
    await page.waitForURL(/\/mock\/cashier/)
    await page.getByRole('button', { name: '确认支付' }).click()
    await page.getByText('缴费成功').waitFor()

    expect(await review('request-supplement')).toBe(200)
    await page.goto(`${base}/packages/handling/pages/application/index?id=${applicationId}`)
    await page.getByText('去补正').click()
    await page.waitForURL(/\/packages\/handling\/pages\/supplement\/index/)
    await page.locator('.material-slot').first().waitFor()
    await page.waitForTimeout(500) // the page's slide-in, for the screenshot
    await page.screenshot({ path: join(SHOTS, 'h5-supplement.png'), fullPage: true })
    // The reviewer asked for the 居民身份证 again: this time a scan instead of the e-licence.
    await page.locator('.supplement .material-slot').first().getByLabel(/^上传材料/).click()
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.supplement .material-slot').first().getByLabel(/^拍照 \/ 相册，上传/).click()
    await (await chooser).setFiles({ name: 'photo-2.jpg', mimeType: 'image/jpeg', buffer: JPEG })
    await page.getByText('已上传').first().waitFor()
    await page.getByText('提交补正').click()
    await page.waitForURL(/\/packages\/handling\/pages\/application\/index\?id=/)
    await page.getByText('已补正').first().waitFor()

    expect(await review('process')).toBe(200)
    expect(await review('approve')).toBe(200)
    await page.goto(`${base}/packages/handling/pages/application/index?id=${applicationId}`)
    await page.getByText('办结（通过）').first().waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-application-done.png'), fullPage: true })
    await page.goto(`${base}/packages/handling/pages/licences/index`)
    await page.getByText('由办件签发').first().waitFor()
    expect(await page.locator('body').innerText()).toContain('驾驶证')
  })

  it('rates the ended application once, on the five national indicators', async () => {
    await page.goto(`${base}/packages/handling/pages/rating/index?id=${applicationId}`)
    await page.getByText('整体满意度').waitFor()
    for (const indicator of ['整体满意度', '办事效率', '办事指南精确度', '办事便捷度', '平台操作性']) {
      await page.getByLabel(new RegExp(`^${indicator} 5 星`)).first().click()
    }
    await page.getByText('提交评价').click()
    await page.waitForURL(/\/packages\/handling\/pages\/application\/index\?id=/)
    await page.getByText('我的评价').first().waitFor()
    await page.goto(`${base}/packages/handling/pages/messages/index`)
    await page.getByText('办件状态更新').first().waitFor()
  })
})
