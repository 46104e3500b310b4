import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { CITIZEN } from '../../mock/fixtures/identities'
import { exeBytes, pngOfSize } from '../support/fuzz/images'
import { PHONE } from './browser'
import { JPEG, signInVerified } from './flows'
import { LICENCE_RENEWAL_ITEM, fillLicenceRenewal, formField } from './apply-form'
import { SHOTS, startH5Stack } from './stack'

/**
 * Upload limits on the H5 build in Chromium: on the apply form, a Windows executable renamed photo.jpg and a PNG of
 * 12000 × 9000 px (a few dozen bytes: only its header says so) are refused at once with a Chinese message and never
 * reach the server, while the answers of step ① and the photo uploaded before stay as they were.
 */
jest.setTimeout(180_000)

const ITEM = LICENCE_RENEWAL_ITEM
const ARCHIVE = '310012345678'

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let page: Page
const uploads: string[] = []

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  page = await (await stack.browser.newContext(PHONE)).newPage()
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/uploads')) uploads.push(r.url())
  })
})
afterAll(() => stack?.close())

const field = (label: string) => formField(page, label)
const slot = () => page.locator('.apply .material-slot', { hasText: '近期免冠彩色照片' })

async function choose(name: string, mimeType: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser')
  await slot().getByLabel(/^拍照 \/ 相册，上传/).click()
  await (await chooser).setFiles({ name, mimeType, buffer })
}

describe('upload limits on H5', () => {
  it('refuses a renamed .exe and a huge-dimension PNG on the apply form, and keeps everything else', async () => {
    await signInVerified(page, base, '13800138333', CITIZEN)

    await page.goto(`${base}/packages/handling/pages/apply/index?item=${ITEM}`)
    await page.getByText('驾驶证信息').waitFor()
    await fillLicenceRenewal(page, { archive: ARCHIVE })
    await page.getByText('下一步').click()

    await choose('photo-1.jpg', 'image/jpeg', JPEG)
    await slot().getByText('已上传').first().waitFor()
    expect(uploads).toHaveLength(1)

    await choose('photo.jpg', 'image/jpeg', exeBytes())
    await slot().getByText('「photo.jpg」不是 JPG、PNG 图片或 PDF 文件，请重新选择').waitFor()
    await choose('huge.png', 'image/png', pngOfSize(12_000, 9000))
    await slot().getByText(/图片尺寸过大（最长边不超过 8000 像素、总像素不超过 4000 万）/).waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-upload-limits.png'), fullPage: true })

    // Refused in the browser: neither reached the server. The first photo is still uploaded.
    expect(uploads).toHaveLength(1)
    expect(await slot().getByText('已上传').count()).toBe(1)
    expect(await slot().getByText('上传失败').count()).toBe(2)

    // Step ① still holds every answer.
    await page.getByText('上一步').click()
    expect(await field('档案编号').locator('input').inputValue()).toBe(ARCHIVE)
    expect(await page.getByLabel('联系地址详细地址').locator('input').inputValue()).toBe('南京东路 100 号 2 楼')
  })
})
