import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { FeedbackDto, FeedbackListDto, MessageListDto } from '../../src/api/contract'
import { PHONE } from './browser'
import { JPEG, signInBySms } from './flows'
import { SHOTS, startH5Stack } from './stack'

/**
 * 投诉 and 业务找茬 on the H5 build in Chromium against the mock, end to end: a complaint from a guide with a hall
 * and a photo, moved on by the department through the mock's back office, answered (the reply in 消息), rated and
 * closed; and a 找茬 from the footer of a guide page, which records that page and its item.
 */
jest.setTimeout(240_000)

/** 黄浦区 内地居民结婚登记 */
const ITEM = '310101-000125006000-0'
const USER = '13800138333'
/** Page paths (src/routes.ts imports Taro, which the browser tests do not load) */
const GUIDE = '/packages/catalog/pages/guide/index'
const MESSAGES = '/packages/handling/pages/messages/index'

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let page: Page
let token: string

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  page = await (await stack.browser.newContext(PHONE)).newPage()
  await signInBySms(page, base, USER)
  token = await page.evaluate(() => JSON.parse(localStorage.getItem('tb.session.v1') ?? '{}').token as string)
})

afterAll(() => stack?.close())

async function api<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: init?.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'x-tongban-contract': '1.0.0', ...(init ? { 'content-type': 'application/json' } : {}) },
    body: init ? JSON.stringify(init.body) : undefined,
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** The department acts, as the mock's back office does on its timer in development. */
const act = (id: string, action: 'handle' | 'answer' | 'close', reply?: string) =>
  api<FeedbackDto>(`/mock/feedback/${id}/action`, { method: 'POST', body: reply ? { action, reply } : { action } })

const idOf = (url: string) => new URL(url).searchParams.get('id')!

describe('咨询投诉 on H5', () => {
  it('files a complaint with a photo from a guide and follows it to 已办结', async () => {
    await page.goto(`${base}${GUIDE}?id=${ITEM}`)
    await page.getByRole('button', { name: /在线投诉/ }).click()
    await page.waitForURL(/feedback\/pages\/complaint/)
    await page.locator('.complaint').getByText('内地居民结婚登记').first().waitFor()

    const halls = page.getByRole('radiogroup', { name: '涉及的办理地点' }).getByRole('radio')
    await halls.nth(1).click()
    const hall = (await halls.nth(1).getAttribute('aria-label'))!
    await page.getByRole('radio', { name: '服务态度' }).click()
    await page.getByLabel('投诉内容').locator('textarea').fill('11月20日上午在结婚登记窗口办理时，工作人员态度生硬，没有说明需要补充的材料。')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: /^拍照 \/ 相册/ }).click()
    await (await chooser).setFiles({ name: 'window.jpg', mimeType: 'image/jpeg', buffer: JPEG })
    await page.getByText('已上传').waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-complaint.png'), fullPage: true })

    // A double tap files one complaint.
    await page.getByRole('button', { name: '提交投诉' }).dblclick()
    await page.waitForURL(/feedback\/pages\/detail/)
    const id = idOf(page.url())
    await page.locator('.feedback__status-word', { hasText: '已收到' }).waitFor()
    const mine = await api<FeedbackListDto>('/api/v1/me/feedback?kind=complaint')
    expect(mine.items).toHaveLength(1)
    const filed = await api<FeedbackDto>(`/api/v1/me/feedback/${id}`)
    expect(filed).toMatchObject({ kind: 'complaint', category: 'attitude', item: { id: ITEM }, hall: { name: hall } })
    expect(filed.attachments).toEqual([expect.objectContaining({ name: 'window.jpg', kind: 'image' })])

    await act(id, 'handle')
    await act(id, 'answer', '经核查，当日窗口人员未一次性告知所需材料，已对其进行批评教育，并在窗口张贴材料清单。感谢您的监督。')
    const messages = await api<MessageListDto>('/api/v1/me/messages')
    expect(messages.messages.find((m) => m.feedbackId === id)).toBeTruthy()

    // The reply arrives in 消息, which opens the complaint.
    await page.goto(`${base}${MESSAGES}`)
    await page.getByText(/投诉已答复/).first().click()
    await page.waitForURL(/feedback\/pages\/detail/)
    await page.locator('.feedback').getByText('已对其进行批评教育', { exact: false }).waitFor()
    await page.getByRole('radio', { name: '满意', exact: true }).click()
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.locator('.feedback__status-word', { hasText: '已办结' }).waitFor()
    await page.screenshot({ path: join(SHOTS, 'h5-complaint-closed.png'), fullPage: true })
    expect(await api<FeedbackDto>(`/api/v1/me/feedback/${id}`)).toMatchObject({ status: 'closed', rating: { score: 4 } })
  })

  it('reports a problem from the footer of a guide, which records the page and its item', async () => {
    await page.goto(`${base}${GUIDE}?id=${ITEM}`)
    await page.getByRole('button', { name: '页面有问题？业务找茬' }).click()
    await page.waitForURL(/feedback\/pages\/report/)
    await page.getByText('您正在反馈的页面：办事指南').waitFor()
    await page.getByText('涉及事项：内地居民结婚登记').waitFor()
    await page.getByRole('radio', { name: '指南信息有误' }).click()
    await page.getByLabel('问题描述').locator('textarea').fill('指南写周六可办理，但现场周六不开放，请核实更新。')
    await page.getByRole('button', { name: '提交反馈' }).click()
    await page.waitForURL(/feedback\/pages\/detail/)
    await page.locator('.feedback').getByText('反馈页面').waitFor()
    const report = await api<FeedbackDto>(`/api/v1/me/feedback/${idOf(page.url())}`)
    expect(report).toMatchObject({ kind: 'report', category: 'guide-wrong', item: { id: ITEM }, page: { route: GUIDE, params: { id: ITEM }, title: '办事指南' } })
  })
})
