import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { CITIZEN } from '../../mock/fixtures/identities'
import { mockPaths } from '../../src/api/contract/paths'
import { ALL_RICH, LONG_RICH, RICH_PROBES, TEXT_PROBES, textProbeLine } from '../support/xss-probes'
import { PHONE } from './browser'
import { JPEG, realName, signInBySms } from './flows'
import { LICENCE_RENEWAL_ITEM, fillLicenceRenewal, chooseIdCardLicence } from './apply-form'
import { SHOTS, startH5Stack } from './stack'

/**
 * Injection probes on the H5 build in Chromium: hostile markup in a guide (受理条件, 常见问题, name), in notices (body,
 * title, 文号), in a complaint (typed content, a file name, the department's reply, shown on the detail page and in
 * 消息) and typed into a form field (shown back on the review step). Every probe that could run calls `__xss(id)`;
 * the trap, a dialog listener and a console listener must stay silent, and the DOM must hold no injected element,
 * no on* attribute and no script URL. No CSP is relied on: the H5 build has none, so this is the sanitiser and
 * React's escaping alone.
 */
jest.setTimeout(240_000)

/** 黄浦区 内地居民结婚登记: bookable, with halls (a complaint can name one) */
const GUIDE_ITEM = '310101-000125006000-0'
/** 黄浦区 机动车驾驶证换证（期满换证）: an online item with a form */
const FORM_ITEM = LICENCE_RENEWAL_ITEM
const NOTICES = ['310000-n1', '310000-n2']
const GUIDE = '/packages/catalog/pages/guide/index'

/** A probe's text as it must read on the page: the id in a visible, unmistakable form. */
const HOSTILE_LINE = textProbeLine(120)
/** What the rich-text sanitiser emits (src/domain/rich-text.ts CLASS_OF) */
const RICH_TAGS = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'STRONG', 'B', 'EM', 'I', 'SPAN', 'H4', 'H5', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD'])

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let context: BrowserContext
let page: Page
/** Every way a probe could announce itself: the trap, a dialog, a console line naming the trap */
const fired: string[] = []

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  context = await stack.browser.newContext(PHONE)
  await context.exposeFunction('__xssHit', (id: unknown) => void fired.push(`trap:${String(id)}`))
  // Before any app script: a probe that runs anywhere in our origin reports here.
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: (id: unknown) => void; __xssHit: (id: string) => void }
    w.__xss = (id) => void w.__xssHit(String(id))
  })
  page = await context.newPage()
  page.on('dialog', (d) => {
    fired.push(`dialog:${d.message()}`)
    void d.dismiss()
  })
  page.on('console', (m) => {
    if (/__xss/.test(m.text())) fired.push(`console:${m.text()}`)
  })
  page.on('pageerror', (e) => {
    if (/__xss/.test(e.message)) fired.push(`pageerror:${e.message}`)
  })
})

afterAll(() => stack?.close())

async function post(path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.status === 204 ? null : res.json()
}

/**
 * What the DOM of the app holds that content must never produce: script-capable elements, event-handler
 * attributes, script or data URLs in URL attributes, and inside rich text any element or attribute the sanitiser
 * does not emit. Returns a description of each, empty when inert.
 */
function injected(p: Page): Promise<string[]> {
  return p.evaluate((richTags) => {
    const out: string[] = []
    // The head holds only what the build put there: its one inline script (rem sizing), chunks from /js/ and /css/.
    for (const el of Array.from(document.head.querySelectorAll('script, link, iframe, base, meta[http-equiv="refresh"], object, embed'))) {
      const tag = el.tagName.toLowerCase()
      const url = el.getAttribute(tag === 'link' ? 'href' : 'src')
      const own = (tag === 'script' && (url === null ? !el.textContent?.includes('__xss') : url.startsWith('/js/'))) || (tag === 'link' && url?.startsWith('/css/'))
      if (!own) out.push(`head <${tag} ${url ?? ''}>`)
    }
    // The whole body, not only #app: Taro's H5 navigation bar lives outside it.
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase()
      if (tag === 'noscript' && el.parentElement === document.body) continue // index.html's own message
      if (['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'form', 'math', 'noscript', 'template'].includes(tag)) out.push(`<${tag}>`)
      if (tag === 'svg' && el.querySelector('script, [onload], animate, set')) out.push('<svg> with script or animation')
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) out.push(`<${tag} ${attr.name}>`)
        if (['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href', 'style'].includes(attr.name)) {
          // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL scheme
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()
          // The app's own QR codes are PNG data URIs; nothing else may carry a script or data URL.
          const ownPng = tag === 'img' && attr.name === 'src' && value.startsWith('data:image/png;base64,')
          // Taro's own H5 tab bar items are <a href="javascript:;"> (components taro-tabbar.js): a no-op, not content
          const tabBarItem = tag === 'a' && value === 'javascript:;' && el.closest('.weui-tabbar') !== null
          if (/(javascript|vbscript|data):|expression\(/.test(value) && !ownPng && !tabBarItem) out.push(`<${tag} ${attr.name}=${attr.value.slice(0, 60)}>`)
        }
      }
    }
    for (const rich of Array.from(document.querySelectorAll('.tb-rich-text'))) {
      for (const el of Array.from(rich.querySelectorAll('*'))) {
        if (!richTags.includes(el.tagName)) out.push(`rich text <${el.tagName.toLowerCase()}>`)
        const attrs = Array.from(el.attributes).map((a) => a.name)
        if (attrs.some((a) => a !== 'class') || !/^tb-rt-[a-z0-9]+$/.test(el.getAttribute('class') ?? '')) out.push(`rich text <${el.tagName.toLowerCase()} ${attrs.join(' ')}>`)
      }
    }
    return out
  }, [...RICH_TAGS])
}

/** The visible text of the current page (Taro H5 keeps earlier pages hidden in the DOM). */
const visibleText = (p: Page, selector: string) => p.locator(selector).last().innerText()

/** Lets any deferred payload (an image error, an animation, a focus) get its chance. */
const settle = (p: Page) => p.waitForTimeout(400)

async function expectInert(p: Page, shot: string) {
  await settle(p)
  await p.screenshot({ path: join(SHOTS, `h5-xss-${shot}.png`), fullPage: true })
  expect(await injected(p)).toEqual([])
  expect(fired).toEqual([])
}

describe('injection probes on H5', () => {
  it('keeps a hostile guide inert: 受理条件, every 常见问题 answer opened, the name and the visit reason', async () => {
    const faq = [
      ...RICH_PROBES.map((p, i) => ({ question: `${p.id} ${TEXT_PROBES[i % TEXT_PROBES.length].html}`, answer: p.html })),
      { question: 'long', answer: LONG_RICH },
    ]
    await post(mockPaths.probeGuide, { id: GUIDE_ITEM, name: `结婚登记${HOSTILE_LINE}`, conditions: ALL_RICH, visitReason: HOSTILE_LINE, faq })

    await page.goto(`${base}${GUIDE}?id=${GUIDE_ITEM}`)
    await page.locator('.guide .guide__faq-question').first().waitFor()
    const questions = page.locator('.guide .guide__faq-question')
    expect(await questions.count()).toBe(faq.length)
    for (let i = 0; i < faq.length; i++) await questions.nth(i).click()
    await page.locator('.guide .guide__faq-answer').nth(faq.length - 1).waitFor()

    const shown = await visibleText(page, '.guide')
    // Text probes read as text, in names and labels alike
    expect(shown).toContain(`结婚登记${HOSTILE_LINE}`)
    expect(shown).toContain("<img src=x onerror=__xss('entity-text')>")
    expect(shown).toContain("{{constructor.constructor('__xss('template')')()}}")
    expect(shown).not.toContain('\u202e')
    expect(await page.locator('.guide .guide__faq-question').nth(1).getAttribute('aria-label')).toBe(faq[1].question)
    await expectInert(page, 'guide')
  })

  it('keeps hostile notices inert, in the list and on the detail page (both probe orders)', async () => {
    const reversed = [...RICH_PROBES].reverse().map((p) => p.html).join('\n')
    await post(mockPaths.probeNotice, { id: NOTICES[0], title: `通知${HOSTILE_LINE}`, docNumber: HOSTILE_LINE, department: TEXT_PROBES[0].html, body: ALL_RICH })
    await post(mockPaths.probeNotice, { id: NOTICES[1], title: `公告${TEXT_PROBES[1].html}`, body: reversed })

    await page.goto(`${base}/packages/community/pages/notices/index`)
    await page.getByText(`通知${HOSTILE_LINE}`).first().waitFor()
    await expectInert(page, 'notices')
    for (const id of NOTICES) {
      await page.goto(`${base}/packages/community/pages/notice/index?id=${id}`)
      await page.locator('.notice .notice__body').last().waitFor()
      const shown = await visibleText(page, '.notice')
      expect(shown).toContain(id === NOTICES[0] ? `通知${HOSTILE_LINE}` : `公告${TEXT_PROBES[1].html}`)
      // Each order shows its early probes as text, up to the unclosed <svg> of breakout-quote that swallows the rest
      expect(shown).toContain(id === NOTICES[0] ? "<img src=x onerror=__xss('entity-text')>" : "{{constructor.constructor('__xss('template')')()}}")
      await expectInert(page, `notice-${id}`)
    }
  })

  it('keeps a complaint inert: typed content, a hostile file name and the department’s reply, on the detail page and in 消息', async () => {
    await signInBySms(page, base, '13800138777')
    await page.goto(`${base}${GUIDE}?id=${GUIDE_ITEM}`)
    await page.getByRole('button', { name: /在线投诉/ }).click()
    await page.waitForURL(/feedback\/pages\/complaint/)
    await page.getByRole('radiogroup', { name: '涉及的办理地点' }).getByRole('radio').nth(1).click()
    await page.getByRole('radio', { name: '服务态度' }).click()
    const content = textProbeLine(500)
    await page.getByLabel('投诉内容').locator('textarea').fill(content)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: /^拍照 \/ 相册/ }).click()
    const fileName = `"><img src=x onerror=__xss('file-name')>.jpg`
    await (await chooser).setFiles({ name: fileName, mimeType: 'image/jpeg', buffer: JPEG })
    await page.getByText('已上传').waitFor()
    await expectInert(page, 'complaint-form')
    await page.getByRole('button', { name: '提交投诉' }).click()
    await page.waitForURL(/feedback\/pages\/detail/)
    const id = new URL(page.url()).searchParams.get('id')!

    const reply = TEXT_PROBES.map((p) => p.html).join('\n')
    await post(mockPaths.feedbackAction.replace(':id', id), { action: 'handle' })
    await post(mockPaths.feedbackAction.replace(':id', id), { action: 'answer', reply })
    await page.goto(`${base}/packages/feedback/pages/detail/index?id=${id}`)
    await page.locator('.feedback .feedback__reply').last().waitFor()
    const shown = await visibleText(page, '.feedback')
    expect(shown).toContain(content)
    expect(shown).toContain("<script>__xss('text-script')</script>")
    await expectInert(page, 'complaint-detail')

    await page.goto(`${base}/packages/handling/pages/messages/index`)
    await page.getByText(/投诉已答复/).first().waitFor()
    await expectInert(page, 'messages')
  })

  it('shows a hostile form answer back as text on the review step', async () => {
    await realName(page, base, CITIZEN.name, CITIZEN.idNumber, '通过')
    await page.getByText('实名认证成功').waitFor()
    await page.goto(`${base}/packages/handling/pages/apply/index?item=${FORM_ITEM}`)
    await page.getByText('驾驶证信息').waitFor()
    const address = `南京东路${TEXT_PROBES[1].html}${TEXT_PROBES[4].html}`
    await fillLicenceRenewal(page, { address })
    await expectInert(page, 'apply-form')
    await page.getByText('下一步').click()

    await chooseIdCardLicence(page)
    const photo = page.locator('.material-slot', { hasText: '近期免冠彩色照片' })
    const chooser = page.waitForEvent('filechooser')
    await photo.getByLabel(/^拍照 \/ 相册，上传/).click()
    await (await chooser).setFiles({ name: `'><svg onload=__xss('photo-name')>.jpg`, mimeType: 'image/jpeg', buffer: JPEG })
    await photo.getByText('已上传').first().waitFor()
    await expectInert(page, 'apply-materials')
    await page.getByText('下一步').click()

    await page.getByText('本人已阅读并承诺').waitFor()
    expect(await visibleText(page, '.apply')).toContain(address)
    await expectInert(page, 'apply-review')
  })

  it('never fired a probe on any surface', () => {
    expect(fired).toEqual([])
  })
})
