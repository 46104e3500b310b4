import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { seedEnterprises } from '../../mock/fixtures/enterprises'
import { LEGAL_REP } from '../../mock/fixtures/identities'
import type { CaseDetailDto, CaseListDto } from '../../src/api/contract'
import { PHONE } from './browser'
import { JPEG, signInVerified } from './flows'
import { SHOTS, startH5Stack } from './stack'

/**
 * 一件事 on the H5 build in Chromium against the mock, end to end, as an enterprise user: 我要开餐饮店 from 首页 →
 * the questions one per screen → a tailored checklist that changes when 是否卖酒 changes → one combined form →
 * one submission (a double tap included) → the case page → the back office moves every item on, stage by stage →
 * the case ends with everything 办结.
 */
jest.setTimeout(240_000)


let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let page: Page
let token: string

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  page = await (await stack.browser.newContext(PHONE)).newPage()
})

afterAll(() => stack?.close())

const scenarioPage = () => page.locator('.scenario')
const apply = () => page.locator('.apply')
const formField = (label: string) => apply().locator('.form-field', { hasText: label })

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}`, 'x-tongban-contract': '1.0.0' } })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** The back office moves an application on; answers the status and, when refused, why. */
const review = (id: string, action: string) =>
  fetch(`${base}/mock/applications/${id}/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action }) }).then(async (r) =>
    r.ok ? r.status : `${r.status} ${(await r.json()).message}`,
  )

/** An answer (single / yes-no) by its label (its accessible name may go on with its help text). */
const option = (label: string) => scenarioPage().getByRole('radio', { name: new RegExp(`^${label}(，|$)`) })
const choose = (label: string) => option(label).click()
const question = (title: string) => scenarioPage().locator('.scenario-question__title', { hasText: title }).waitFor()

/** Picks the current value of a Taro H5 picker (its sheet's 确定). */
async function pickFirst(label: string) {
  await formField(label).locator('.form-field__picker').first().click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
  await page.locator('.weui-picker:visible').waitFor({ state: 'detached' }).catch(() => undefined)
}

async function uploadTo(slot: string) {
  const card = page.locator('.material-slot', { hasText: slot })
  const chooser = page.waitForEvent('filechooser')
  await card.getByLabel(/^拍照 \/ 相册，上传/).click()
  await (await chooser).setFiles({ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: JPEG })
  await card.getByText('已上传').first().waitFor()
}

const checklistNames = () => scenarioPage().locator('.scenario-step__name').allInnerTexts()

describe('我要开餐饮店 on H5', () => {
  it('signs in as the legal representative of a restaurant company and switches to 法人', async () => {
    await signInVerified(page, base, '13800138333', LEGAL_REP)
    token = await page.evaluate(() => JSON.parse(localStorage.getItem('tb.session.v1') ?? '{}').token as string)
    await page.goto(`${base}/packages/account/pages/security/index`)
    await page.getByText('绑定企业', { exact: true }).click()
    await page.locator('.tb-field', { hasText: '统一社会信用代码' }).locator('input').fill(seedEnterprises[0].creditCode)
    await page.locator('.enterprise__submit').click()
    await page.getByText(seedEnterprises[0].name).first().waitFor()

    await page.goto(`${base}/pages/home/index`)
    await page.locator('.tb-mode-switch__item', { hasText: '法人' }).first().click()
    await page.getByText('一件事一次办').first().waitFor()
  })

  it('answers the questions one per screen and gets a checklist that follows the answers', async () => {
    await page.screenshot({ path: join(SHOTS, 'h5-home-enterprise-scenarios.png') })
    await page.getByRole('button', { name: /^一件事：我要开餐饮店/ }).first().click()
    await scenarioPage().getByText('回答几个简单问题').waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-scenario-intro.png'), fullPage: true })
    await scenarioPage().getByRole('button', { name: '开始' }).click()

    // 上海市 has districts: where the shop is comes first
    await question('在哪个区办理？')
    await choose('黄浦区')
    await question('以什么身份开店')
    expect(await scenarioPage().locator('.scenario-progress__text').innerText()).toMatch(/^第 2 题 \/ 共 \d+ 题$/)
    await choose('个体工商户')
    await question('建筑面积')
    await scenarioPage().locator('.scenario-number__input input, input.scenario-number__input').first().fill('40')
    await page.screenshot({ path: join(SHOTS, 'h5-scenario-question.png'), fullPage: true })
    await scenarioPage().getByRole('button', { name: '下一题' }).click()
    await question('凉菜')
    await choose('否')
    await question('是否卖酒')
    await choose('否')
    await question('招牌')
    await choose('否')
    await question('雇用员工')
    await choose('否')

    await scenarioPage().locator('.scenario-summary').waitFor()
    const without = await checklistNames()
    expect(without).toEqual(expect.arrayContaining(['个体工商户设立登记', '小餐饮经营许可', '发票领用（首次申领）']))
    expect(without).not.toContain('酒类商品零售许可')
    expect(without).not.toContain('食品经营许可（新办）')

    // Selling alcohol adds the 酒类商品零售许可: 修改回答 starts over with every answer kept
    await scenarioPage().getByRole('button', { name: '修改回答' }).click()
    for (let i = 0; i < 8 && !(await scenarioPage().locator('.scenario-question__title', { hasText: '是否卖酒' }).isVisible()); i++) {
      await scenarioPage().getByRole('button', { name: '下一题', exact: true }).click()
    }
    expect(await option('否').getAttribute('aria-checked')).toBe('true')
    await choose('是')
    await question('招牌')
    await choose('否')
    await question('雇用员工')
    await choose('否')
    await scenarioPage().locator('.scenario-summary').waitFor()
    const withAlcohol = await checklistNames()
    expect([...withAlcohol].sort()).toEqual([...without, '酒类商品零售许可'].sort())
    // 营业执照 comes from the first step: nothing to bring for it
    expect(await scenarioPage().innerText()).toContain('由本件事的「个体工商户设立登记」办结后生成，无需提交')
    await page.screenshot({ path: join(SHOTS, 'h5-scenario-checklist.png'), fullPage: true })
  })

  it('fills one combined form, each shared field once, and submits once', async () => {
    await scenarioPage().getByRole('button', { name: '开始填写' }).click()
    await apply().getByText('本次将同时办理').waitFor()
    const text = await apply().innerText()
    for (const name of ['个体工商户设立登记', '小餐饮经营许可', '酒类商品零售许可']) expect(text).toContain(name)
    // The applicant is asked once, for every item, prefilled as in online handling
    expect(await apply().locator('.form-field', { hasText: '联系电话' }).count()).toBe(1)
    expect(await formField('申请人姓名').locator('.form-field__source').innerText()).toContain('来自实名认证')

    await pickFirst('联系地址')
    await apply().getByLabel('联系地址详细地址').locator('input').fill('南京东路 100 号')
    await apply().getByLabel('组成形式：个人经营').click()
    await apply().getByLabel('经营场所类型：实体经营场所').click()
    await pickFirst('经营场所')
    await apply().getByLabel('经营场所详细地址').locator('input').fill('河南中路 88 号 1 楼')
    await formField('经营范围').locator('textarea').fill('热食类食品制售；酒类零售')
    await formField('从业人数').locator('input').fill('2')
    await formField('资金数额').locator('input').fill('50000')
    await page.screenshot({ path: join(SHOTS, 'h5-scenario-form.png'), fullPage: true })
    await apply().getByText('下一步').click()

    for (const slot of ['经营者身份证件', '法定代表人（负责人）身份证件', '经办人身份证件']) {
      const card = page.locator('.material-slot', { hasText: slot })
      await card.getByLabel(/^使用电子证照/).click()
      await card.locator('.tb-consent').click()
    }
    await uploadTo('经营场所产权证明')
    await uploadTo('食品安全承诺书')
    for (const slot of ['房屋租赁合同', '从业人员健康证明']) await page.locator('.material-slot', { hasText: slot }).getByRole('switch', { name: '容缺后补' }).click()
    await apply().getByText('下一步').click()

    await apply().locator('.tb-consent', { hasText: '本人已阅读并承诺' }).click()
    await page.screenshot({ path: join(SHOTS, 'h5-scenario-review.png'), fullPage: true })
    const submit = apply().getByRole('button', { name: '提交申请' })
    await Promise.all([submit.click(), submit.click({ timeout: 2000 }).catch(() => undefined)])
    await page.locator('.case').getByText('办件编号').first().waitFor()
    const { cases } = await api<CaseListDto>('/api/v1/me/cases')
    expect(cases).toHaveLength(1)
    expect(cases[0]).toMatchObject({ title: '我要开餐饮店', total: 4, ended: 0 })
    await page.screenshot({ path: join(SHOTS, 'h5-case.png'), fullPage: true })
  })

  it('follows the case to the end: the second stage waits for the licence, then everything is 办结', async () => {
    const [{ id }] = (await api<CaseListDto>('/api/v1/me/cases')).cases
    let detail = await api<CaseDetailDto>(`/api/v1/me/cases/${id}`)
    const first = detail.parts.filter((p) => p.stage === 1)
    const later = detail.parts.filter((p) => p.stage > 1)
    expect(first.map((p) => p.application.itemName)).toEqual(['个体工商户设立登记'])
    expect(later.every((p) => p.waitingFor.includes('个体工商户设立登记'))).toBe(true)
    await page.locator('.case').getByText('等待「个体工商户设立登记」').first().waitFor()

    // The reviewer cannot take a later item before the licence
    expect(await review(later[0].application.id, 'accept')).toMatch(/^409 /)
    for (const action of ['accept', 'process', 'approve']) expect(await review(first[0].application.id, action)).toBe(200)
    for (const part of later) for (const action of ['accept', 'process', 'approve']) expect(await review(part.application.id, action)).toBe(200)

    detail = await api<CaseDetailDto>(`/api/v1/me/cases/${id}`)
    expect(detail).toMatchObject({ status: 'completed', ended: detail.total })
    await page.reload()
    await page.locator('.case').getByText('已全部办结').first().waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-case-completed.png'), fullPage: true })

    // 我的办件 shows the case and its items
    await page.goto(`${base}/packages/handling/pages/applications/index`)
    await page.getByText('我要开餐饮店').first().waitFor()
    expect(await page.getByText('一件事：我要开餐饮店').count()).toBeGreaterThanOrEqual(detail.total)
  })
})
