import { join } from 'node:path'
import jsQR from 'jsqr'
import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { STAFF } from '../../mock/fixtures/staff'
import { LEGAL_REP } from '../../mock/fixtures/identities'
import type { AppointmentListDto, LicenceListDto, LicenceUsageListDto } from '../../src/api/contract'
import { PHONE } from './browser'
import { realName, signInBySms } from './flows'
import { SHOTS, startH5Stack } from './stack'

/**
 * The e-licence wallet and appointments on the H5 build in Chromium against the mock, end to end: a face check →
 * 亮证 → the QR code read back from a screenshot → verified by window staff on their page → the record in the
 * holder's 用证记录 → the same code refused the second time; then book, reschedule and cancel an appointment.
 */
jest.setTimeout(240_000)

/** 黄浦区 内地居民结婚登记: bookable, handled at the hall */
const BOOKABLE = '310101-000125006000-0'

let stack: Awaited<ReturnType<typeof startH5Stack>>
let browser: Browser
let base: string
let holder: Page
let staff: Page
let holderToken: string
let shownToken: string

beforeAll(async () => {
  stack = await startH5Stack()
  ;({ base, browser } = stack)
  holder = await (await browser.newContext(PHONE)).newPage()
  staff = await (await browser.newContext(PHONE)).newPage()
})

afterAll(() => stack?.close())

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${holderToken}`, 'x-tongban-contract': '1.0.0' } })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** Reads the QR code on screen, as a scanner at the window would: a screenshot, decoded by jsQR. */
async function readCode(page: Page): Promise<string> {
  const shot = PNG.sync.read(await page.locator('.show__image').screenshot())
  const code = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)
  if (!code) throw new Error('no QR code in the screenshot')
  return code.data
}

async function verifyAtWindow(token: string) {
  await staff.locator('.verify').getByRole('radio', { name: '身份核验' }).click()
  const manual = staff.locator('.verify textarea')
  if (!(await manual.isVisible())) await staff.getByRole('button', { name: '无法扫码？粘贴或输入亮证码' }).click()
  await manual.fill(token)
  await staff.locator('.verify').getByRole('button', { name: '核验', exact: true }).click()
}

describe('电子证照 and 亮证 on H5', () => {
  it('shows a licence masked, then its code after a face check', async () => {
    await signInBySms(holder, base, '13800138444')
    await realName(holder, base, LEGAL_REP.name, LEGAL_REP.idNumber, '通过')
    await holder.getByText('实名认证成功').waitFor()
    holderToken = await holder.evaluate(() => JSON.parse(localStorage.getItem('tb.session.v1') ?? '{}').token as string)

    await holder.goto(`${base}/packages/handling/pages/licences/index`)
    await holder.getByRole('button', { name: /^居民身份证，.*，有效，/ }).click()
    await holder.locator('.licence-face').waitFor()
    const face = await holder.locator('.licence-face').innerText()
    expect(face).toContain('公民身份号码')
    expect(face).not.toContain(LEGAL_REP.idNumber)
    expect(face).not.toContain(LEGAL_REP.name)
    await holder.waitForTimeout(600) // the page's slide-in, for a still picture
    await holder.screenshot({ path: join(SHOTS, 'h5-licence.png'), fullPage: true })

    await holder.getByRole('button', { name: '亮证', exact: true }).click()
    await holder.getByRole('button', { name: /^身份核验：/ }).click()
    await holder.locator('.show__image').waitFor()
    expect(await holder.locator('.show').innerText()).toMatch(/\d+ 秒后自动刷新/)
    await holder.waitForTimeout(600)
    await holder.screenshot({ path: join(SHOTS, 'h5-show-licence.png'), fullPage: true })
    shownToken = await readCode(holder)
    expect(shownToken).toMatch(/^TB1\./)
  })

  it('is verified once at the window by staff, and the holder sees it in 用证记录', async () => {
    const [window] = STAFF
    await signInBySms(staff, base, window.phone)
    await staff.getByRole('button', { name: /工作人员验证/ }).click()
    await staff.locator('.verify').getByText(window.name).first().waitFor()
    await verifyAtWindow(shownToken)
    const result = staff.locator('.verify [role="alert"]').first()
    await result.getByText('居民身份证').first().waitFor()
    expect(await result.innerText()).toContain('李')
    expect(await result.innerText()).not.toContain(LEGAL_REP.idNumber)
    await staff.screenshot({ path: join(SHOTS, 'h5-verify.png'), fullPage: true })

    const [idCard] = (await api<LicenceListDto>('/api/v1/me/licences')).licences.filter((l) => l.type === '居民身份证')
    const { records } = await api<LicenceUsageListDto>(`/api/v1/me/licences/${idCard.id}/usage`)
    expect(records[0]).toMatchObject({ kind: 'verification' })
    expect(records[0].by).toContain(window.name)
    await holder.goto(`${base}/packages/wallet/pages/usage/index?id=${idCard.id}`)
    await holder.getByText(window.name, { exact: false }).first().waitFor()

    // The same code a second time: refused, with the reason
    await verifyAtWindow(shownToken)
    await staff.getByText('该二维码已核验过', { exact: false }).first().waitFor()
  })
})

describe('预约 on H5', () => {
  const chosen = (label: string) => holder.getByRole('radiogroup', { name: label }).getByRole('radio')

  async function pickFirstOpen(group: string) {
    const options = chosen(group)
    await options.first().waitFor()
    const n = await options.count()
    for (let i = 0; i < n; i++) {
      const option = options.nth(i)
      if ((await option.getAttribute('aria-disabled')) !== 'true') return option.click()
    }
    throw new Error(`no open option in ${group}`)
  }

  it('books a slot from the guide, reschedules it and cancels it', async () => {
    await holder.goto(`${base}/packages/catalog/pages/guide/index?id=${BOOKABLE}`)
    await holder.getByRole('button', { name: /预约/ }).first().click()
    await holder.locator('.book').waitFor()
    await pickFirstOpen('选择大厅')
    await pickFirstOpen('选择日期')
    await pickFirstOpen('选择时段')
    await holder.screenshot({ path: join(SHOTS, 'h5-book.png'), fullPage: true })
    await holder.getByRole('button', { name: '确认预约' }).click()
    await holder.getByRole('img', { name: /^签到码二维码/ }).waitFor()
    const [booked] = (await api<AppointmentListDto>('/api/v1/me/appointments')).appointments
    expect(booked).toMatchObject({ itemId: BOOKABLE, status: 'booked' })
    await holder.screenshot({ path: join(SHOTS, 'h5-appointment.png'), fullPage: true })

    await holder.getByRole('button', { name: '改约' }).click()
    await holder.locator('.book').waitFor()
    // Another day: its first open slot
    const days = chosen('选择日期')
    await days.first().waitFor()
    for (let i = 0, n = await days.count(); i < n; i++) {
      const day = days.nth(i)
      if ((await day.getAttribute('aria-disabled')) !== 'true' && (await day.getAttribute('aria-checked')) !== 'true') {
        await day.click()
        break
      }
    }
    await pickFirstOpen('选择时段')
    await holder.screenshot({ path: join(SHOTS, 'h5-reschedule.png'), fullPage: true })
    await holder.getByRole('button', { name: '确认改约' }).click()
    await holder.getByRole('img', { name: /^签到码二维码/ }).waitFor()
    const [moved] = (await api<AppointmentListDto>('/api/v1/me/appointments')).appointments
    expect(moved.id).toBe(booked.id)
    expect(`${moved.date} ${moved.slot.id}`).not.toBe(`${booked.date} ${booked.slot.id}`)

    await holder.getByRole('button', { name: '取消预约' }).click()
    await holder.locator('.taro-modal__foot, .weui-dialog__ft').getByText('取消预约').click()
    await holder.getByText('已取消').first().waitFor()
    const [cancelled] = (await api<AppointmentListDto>('/api/v1/me/appointments')).appointments
    expect(cancelled.status).toBe('cancelled')
  })
})
