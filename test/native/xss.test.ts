import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { buildServer } from '../../mock/server'
import { mockPaths, paths } from '../../src/api/contract/paths'
import { ALL_RICH, LONG_RICH, RICH_PROBES, TEXT_PROBES, textProbeLine } from '../support/xss-probes'
import { bootMiniApp } from './host/mini-host'
import { elements, type TaroNode } from './host/tree'
import type { HttpRequest, Target } from './host/host-api'

/**
 * Injection probes in the compiled mini-programs (weapp, alipay, swan) booted in the simulated host: hostile markup
 * in a guide (受理条件, every 常见问题 answer, the name), a notice (title, body) and a complaint (its content and the
 * department's reply). A mini-program has no HTML parser in the logic layer and no eval in templates: the danger is
 * what the host's `<rich-text nodes>` is given and what lands in an attribute. So the test reads the page data the
 * templates bind to: every rich-text `nodes` array must hold only our tags with our class and text, and every text
 * probe must come out as text, character for character.
 */
jest.setTimeout(60_000)

const root = join(__dirname, '../..')
const targets: Target[] = ['weapp', 'alipay', 'swan']
const BASE: Record<Target, string> = { weapp: 'base.wxml', alipay: 'base.axml', swan: 'base.swan' }
const GUIDE_ITEM = '310101-000125006000-0'
const NOTICE = '310000-n1'
const HOSTILE_LINE = textProbeLine(120)
const RICH_TAGS = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'span', 'h4', 'h5', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])

/** The component number of `<rich-text>` and the data key its `nodes` attribute binds, from the compiled template. */
function richTextBinding(target: Target): { nn: string; key: string } {
  const source = readFileSync(join(root, 'dist', target, BASE[target]), 'utf8').replace(/\s+/g, ' ')
  const m = /<template name="tmpl_0_(\d+)"> ?<rich-text [^>]*?\bnodes="\{\{i\.(\w+)/.exec(source)
  if (!m) throw new Error(`no rich-text template in dist/${target}/${BASE[target]}`)
  return { nn: m[1], key: m[2] }
}

/** Problems in a rich-text `nodes` array: anything but text or one of our tags carrying exactly our class. */
function unsafeNodes(nodes: unknown, path = 'nodes'): string[] {
  if (!Array.isArray(nodes)) return [`${path} is not an array`]
  return nodes.flatMap((n: any, i): string[] => {
    const at = `${path}[${i}]`
    if (n && n.type === 'text') return Object.keys(n).sort().join() === 'text,type' && typeof n.text === 'string' ? [] : [`${at}: text node with ${Object.keys(n)}`]
    if (!n || !RICH_TAGS.has(n.name)) return [`${at}: <${n?.name}>`]
    const attrs = Object.keys(n.attrs ?? {})
    if (attrs.join() !== 'class' || !/^tb-rt-[a-z0-9]+$/.test(n.attrs.class)) return [`${at}: <${n.name} ${attrs.join(' ')}>`]
    if (Object.keys(n).sort().join() !== 'attrs,children,name') return [`${at}: <${n.name}> with ${Object.keys(n)}`]
    return unsafeNodes(n.children, `${at}.children`)
  })
}

const richText = (nodes: any[]): string => nodes.map((n) => (n.type === 'text' ? n.text : richText(n.children))).join('')

function viaMock(server: FastifyInstance) {
  return async (req: HttpRequest) => {
    const url = new URL(req.url)
    const res = await server.inject({ method: req.method as InjectOptions['method'], url: url.pathname + url.search, headers: req.headers, payload: req.body as string | undefined })
    const type = String(res.headers['content-type'] ?? '')
    return { status: res.statusCode, headers: res.headers as Record<string, string>, body: type.includes('json') ? res.json() : res.body }
  }
}

describe.each(targets)('injection probes in the compiled %s output', (target) => {
  let server: FastifyInstance
  let app: Awaited<ReturnType<typeof bootMiniApp>>
  let binding: { nn: string; key: string }

  const call = async (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => {
    const res = await server.inject({ method, url, payload, headers: { 'x-tongban-contract': '1.0.0', ...headers } })
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
    return res.statusCode === 204 ? null : res.json()
  }
  /** Every rich-text node array the page renders */
  const richNodes = (data: { root?: TaroNode }) => elements(data.root).filter((n) => String(n.nn) === binding.nn).map((n) => n[binding.key] as any[])

  beforeAll(async () => {
    server = buildServer({ quiet: true })
    await server.ready()
    binding = richTextBinding(target)
    // Build the catalog index before the app asks (seconds on a busy machine; the client would time out)
    await call('GET', paths.catalogItem.replace(':id', GUIDE_ITEM))
    app = await bootMiniApp({ target, dist: join(root, 'dist', target), http: viaMock(server) })
  }, 60_000)
  afterAll(() => server.close())

  it('gives the host’s rich-text only our tags and text for a hostile guide, every 常见问题 answer opened', async () => {
    const faq = [...RICH_PROBES.map((p, i) => ({ question: `[Q${String(i).padStart(2, '0')}] ${TEXT_PROBES[i % TEXT_PROBES.length].html}`, answer: p.html })), { question: '[QLONG]', answer: LONG_RICH }]
    await call('POST', mockPaths.probeGuide, { id: GUIDE_ITEM, name: `结婚登记${HOSTILE_LINE}`, conditions: ALL_RICH, faq })
    const page = await app.openPage(`/packages/catalog/pages/guide/index?id=${GUIDE_ITEM}`)
    await app.waitFor(() => app.text(page).includes('[Q00]'))
    for (const { question } of faq) await app.tap(question.slice(0, 5), page)

    const arrays = richNodes(page.data)
    // 受理条件 and every answer
    expect(arrays).toHaveLength(1 + faq.length)
    expect(arrays.flatMap((nodes, i) => unsafeNodes(nodes, `rich-text #${i}`))).toEqual([])
    const shown = arrays.map(richText).join('\n')
    expect(shown).toContain("<img src=x onerror=__xss('entity-text')>")
    expect(shown).toContain("ipt>__xss('script-split')ipt>")
    expect(shown).not.toMatch(/[\u202a-\u202e]/)
    // Text probes in the name and the questions are page text, verbatim
    expect(app.text(page)).toContain(`结婚登记${HOSTILE_LINE}`)
    for (const { question } of faq) expect(app.text(page)).toContain(question)
    // The navigation bar title is the name with full-width brackets (Taro's H5 router writes titles as HTML). Taro
    // maps Alipay's onto my.setNavigationBar, which the simulated host does not offer: nothing is recorded there.
    const titles = app.calls.filter((c) => c.api === 'setNavigationBarTitle').map((c) => (c.args as { title: string }).title)
    if (target === 'alipay') expect(titles).toEqual([])
    else expect(titles[titles.length - 1]).toMatch(/^结婚登记＜script＞__xss/)
    expect(titles.join('')).not.toMatch(/[<>]/)
    await app.back()
  }, 30_000)

  it('renders a hostile notice’s title as text and its body through the sanitiser', async () => {
    await call('POST', mockPaths.probeNotice, { id: NOTICE, title: `通知${HOSTILE_LINE}`, body: ALL_RICH })
    const page = await app.openPage(`/packages/community/pages/notice/index?id=${NOTICE}`)
    await app.waitFor(() => app.text(page).includes(`通知${HOSTILE_LINE}`))
    const arrays = richNodes(page.data)
    expect(arrays).toHaveLength(1)
    expect(unsafeNodes(arrays[0])).toEqual([])
    expect(richText(arrays[0])).toContain('点此办理')
    await app.back()
  })

  it('shows a hostile complaint and the department’s reply as text', async () => {
    const token = (app.storage.get('tb.session.v1') as { token: string }).token
    const auth = { authorization: `Bearer ${token}` }
    const content = textProbeLine(500)
    const filed = await call(
      'POST',
      paths.feedback,
      { kind: 'complaint', category: 'attitude', content, itemId: GUIDE_ITEM, attachments: [], contact: 'message', region: '310101', submissionKey: `xss-${target}-complaint` },
      auth,
    )
    const reply = TEXT_PROBES.map((p) => p.html).join('\n')
    await call('POST', mockPaths.feedbackAction.replace(':id', filed.id), { action: 'answer', reply })
    const page = await app.openPage(`/packages/feedback/pages/detail/index?id=${filed.id}`)
    await app.waitFor(() => app.text(page).includes("<script>__xss('text-script')</script>"))
    expect(app.text(page)).toContain(content)
    for (const p of TEXT_PROBES) expect(app.text(page)).toContain(p.html)
    expect(richNodes(page.data)).toEqual([])
    await app.back()
  })

  it('carries no script URL or event handler from content into any rendered attribute', async () => {
    for (const url of [`/packages/catalog/pages/guide/index?id=${GUIDE_ITEM}`, `/packages/community/pages/notice/index?id=${NOTICE}`]) {
      const page = await app.openPage(url)
      await app.waitFor(() => app.text(page).includes('__xss'))
      const rendered = elements(page.data.root).map((n) => app.attributes(n))
      const bad = rendered.flatMap((attrs) => Object.entries(attrs).filter(([name, value]) => /^on[a-z]/i.test(name) || (/(javascript|vbscript|data):/i.test(value.replace(/\s/g, '')) && name !== 'aria-label')))
      expect(bad).toEqual([])
      await app.back()
    }
  })

  it('has a checker that would flag what an unsanitised host would be given', () => {
    expect(unsafeNodes([{ name: 'img', attrs: { src: 'x', onerror: '__xss(1)' }, children: [] }])).toHaveLength(1)
    expect(unsafeNodes([{ name: 'p', attrs: { class: 'tb-rt-p', style: 'x' }, children: [] }])).toHaveLength(1)
    expect(unsafeNodes([{ name: 'p', attrs: { class: 'tb-rt-p' }, children: [{ name: 'a', attrs: { class: 'tb-rt-a', href: 'javascript:x' }, children: [] }] }])).toHaveLength(1)
    expect(unsafeNodes('<img src=x onerror=__xss(1)>')).toHaveLength(1)
  })

  it('reported no runtime error on the way', () => {
    expect(app.errors).toEqual([])
  })
})
