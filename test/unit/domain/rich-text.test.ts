import { MAX_DEPTH, MAX_HTML_LENGTH, MAX_NODES, MAX_TITLE_LENGTH, decodeEntities, plainTitle, richTextPlain, safeHref, toRichNodes, type RichNode } from '../../../src/domain/rich-text'
import { ALL_RICH, LONG_RICH, RICH_PROBES, TEXT_PROBES } from '../../support/xss-probes'

const OUT_TAGS = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'span', 'h4', 'h5', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])

/** Every node is either { type: 'text', text } or an allowed tag with exactly one attribute: our own class. */
function expectSafe(nodes: RichNode[]) {
  for (const n of nodes) {
    if ('type' in n) {
      expect(Object.keys(n).sort()).toEqual(['text', 'type'])
      expect(n.type).toBe('text')
      expect(typeof n.text).toBe('string')
      continue
    }
    expect(Object.keys(n).sort()).toEqual(['attrs', 'children', 'name'])
    expect(OUT_TAGS.has(n.name)).toBe(true)
    expect(Object.keys(n.attrs)).toEqual(['class'])
    expect(n.attrs.class).toMatch(/^tb-rt-[a-z0-9]+$/)
    expectSafe(n.children)
  }
}

const text = (nodes: RichNode[]): string => nodes.map((n) => ('type' in n ? n.text : text(n.children))).join('')
const names = (nodes: RichNode[]): string[] => nodes.flatMap((n) => ('type' in n ? [] : [n.name, ...names(n.children)]))
const classes = (nodes: RichNode[]): string[] => nodes.flatMap((n) => ('type' in n ? [] : [n.attrs.class, ...classes(n.children)]))
const depth = (nodes: RichNode[]): number => Math.max(0, ...nodes.map((n) => ('type' in n ? 0 : 1 + depth(n.children))))
const count = (nodes: RichNode[]): number => nodes.reduce((sum, n) => sum + 1 + ('type' in n ? 0 : count(n.children)), 0)
const p = (...children: RichNode[]) => ({ name: 'p', attrs: { class: 'tb-rt-p' }, children })
const t = (s: string) => ({ type: 'text' as const, text: s })

describe('rich text: guide HTML', () => {
  it('keeps the structure of a normal 受理条件 with a class per tag', () => {
    const html =
      '<p>申请结婚登记的男女双方应当同时满足：</p>\n<ul>\n  <li>男方年满 22 周岁，女方年满 20 周岁；</li>\n  <li>双方自愿结婚，<strong>须双方亲自到场</strong>。</li>\n</ul>\n<p>已实行<em>全市通办</em>。</p>'
    expect(toRichNodes(html)).toEqual([
      p(t('申请结婚登记的男女双方应当同时满足：')),
      {
        name: 'ul',
        attrs: { class: 'tb-rt-ul' },
        children: [
          { name: 'li', attrs: { class: 'tb-rt-li' }, children: [t('男方年满 22 周岁，女方年满 20 周岁；')] },
          { name: 'li', attrs: { class: 'tb-rt-li' }, children: [t('双方自愿结婚，'), { name: 'strong', attrs: { class: 'tb-rt-strong' }, children: [t('须双方亲自到场')] }, t('。')] },
        ],
      },
      p(t('已实行'), { name: 'em', attrs: { class: 'tb-rt-em' }, children: [t('全市通办')] }, t('。')),
    ])
  })

  it('keeps ordered lists, headings, line breaks and simple tables', () => {
    const nodes = toRichNodes('<h4>办理须知</h4><ol><li>一</li><li>二</li></ol><p>第一行<br/>第二行</p><table><thead><tr><th>项目</th><th>标准</th></tr></thead><tbody><tr><td>工本费</td><td>9 元</td></tr></tbody></table><h5>附</h5>')
    expectSafe(nodes)
    expect(names(nodes)).toEqual(['h4', 'ol', 'li', 'li', 'p', 'br', 'table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td', 'h5'])
    expect(text(nodes)).toBe('办理须知一二第一行第二行项目标准工本费9 元附')
  })

  it('reads b and i as strong and em, and bigger headings as h4', () => {
    const nodes = toRichNodes('<h1>标题</h1><p><b>粗</b><i>斜</i><span>普通</span></p>')
    expect(names(nodes)).toEqual(['h4', 'p', 'b', 'i', 'span'])
    expect(classes(nodes)).toEqual(['tb-rt-h4', 'tb-rt-p', 'tb-rt-strong', 'tb-rt-em', 'tb-rt-span'])
  })

  it('decodes entities into plain text', () => {
    const nodes = toRichNodes('<p>A &amp; B &lt;b&gt; &quot;引号&quot; &#39;单&#39; a&nbsp;b &#20013;&#x6587; &ldquo;通办&rdquo; &unknown;</p>')
    expect(text(nodes)).toBe('A & B <b> "引号" \'单\' a\u00a0b 中文 “通办” &unknown;')
    expect(names(nodes)).toEqual(['p'])
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd')
  })

  it('shows an http(s) link as its text followed by the URL', () => {
    const nodes = toRichNodes('<p>详见<a href="https://zwfw.sh.gov.cn/guide?a=1&amp;b=2" target="_blank" onclick="x()">一网通办</a>。</p>')
    expectSafe(nodes)
    expect(text(nodes)).toBe('详见一网通办 https://zwfw.sh.gov.cn/guide?a=1&b=2。')
    expect(classes(nodes)).toEqual(['tb-rt-p', 'tb-rt-link', 'tb-rt-url'])
    // A link whose text is its URL is not shown twice
    expect(text(toRichNodes('<a href="http://a.gov.cn">http://a.gov.cn</a>'))).toBe('http://a.gov.cn')
  })

  it('collapses whitespace and drops empty paragraphs', () => {
    expect(toRichNodes('  <p>  a \n\t b  </p>\n\n<p>   </p><p></p>  ')).toEqual([p(t('a b'))])
    expect(toRichNodes('')).toEqual([])
    expect(toRichNodes(undefined)).toEqual([])
    expect(toRichNodes(42 as unknown as string)).toEqual([])
  })

  it('keeps the text of other tags, on their own line when they were blocks', () => {
    const nodes = toRichNodes('<div>第一段</div><div>第二段 <font color="red">红字</font></div><section><u>下划线</u></section>')
    expectSafe(nodes)
    expect(names(nodes)).toEqual(['br', 'br'])
    expect(text(nodes)).toBe('第一段第二段 红字下划线')
  })
})

describe('rich text: hostile input', () => {
  it('drops script, style, iframe, object, embed and template with their content', () => {
    const cases: [string, string][] = [
      ['<p>a<script>alert(1)</script>b</p>', 'ab'],
      ['<p>a<SCRIPT type="text/javascript" >alert("</p>")</SCRIPT >b</p>', 'ab'],
      ['a<script>document.write("<p>x</p>")', 'a'],
      ['a<script/>b', 'ab'],
      ['<style>p { background: url(javascript:alert(1)) }</style>ok', 'ok'],
      ['<iframe src="javascript:alert(1)"><p>inner</p></iframe>ok', 'ok'],
      ['<object data="x.swf"><object>x</object>still inside</object>ok', 'ok'],
      ['<embed src="x.swf">after', 'after'],
      ['<template><p>hidden</p><script>x</script></template>ok', 'ok'],
      ['<noscript><p>n</p></noscript><textarea><p>t</p></textarea><title>ti</title>ok', 'ok'],
    ]
    for (const [html, expected] of cases) {
      const nodes = toRichNodes(html)
      expectSafe(nodes)
      expect(text(nodes)).toBe(expected)
    }
  })

  it('never passes an attribute from the input: on*, style, id, src, class', () => {
    const nodes = toRichNodes('<p onclick="steal()" style="position:fixed" id="x" class="evil" data-x="1">t</p><img src=x onerror=alert(1)><span onmouseover=alert(1)>s</span>')
    expectSafe(nodes)
    expect(JSON.stringify(nodes)).not.toMatch(/onclick|onerror|onmouseover|style|evil|alert|img/)
    expect(text(nodes)).toBe('ts')
  })

  it('refuses javascript:, data: and vbscript: links however they are written, keeping only the text', () => {
    const hrefs = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'jav&#x61;script:alert(1)',
      'jav&#97script:alert(1)',
      'jav&#X61;script&colon;alert(1)',
      '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
      'java\tscript:alert(1)',
      'java&#x09;script:alert(1)',
      'java&Tab;script:alert(1)',
      ' \n javascript:alert(1)',
      '&#14;javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      'https:evil.example',
      '/relative/path',
    ]
    for (const href of hrefs) {
      for (const quoted of [`"${href}"`, `'${href}'`]) {
        const nodes = toRichNodes(`<a href=${quoted}>点我</a>`)
        expectSafe(nodes)
        expect(nodes).toEqual([t('点我')])
      }
      expect(safeHref(href)).toBeNull()
    }
    // Unquoted, with a trailing attribute
    expect(toRichNodes('<a href=javascript:alert(1) title=x>点我</a>')).toEqual([t('点我')])
  })

  it('accepts http and https links only, cleaned of what a browser would strip', () => {
    expect(safeHref(' https://zwfw.sh.gov.cn/a ')).toBe('https://zwfw.sh.gov.cn/a')
    expect(safeHref('HTTP://example.gov.cn')).toBe('HTTP://example.gov.cn')
    expect(safeHref('https://')).toBeNull()
    expect(safeHref(`https://a.gov.cn/${'x'.repeat(3000)}`)).toBeNull()
  })

  it('drops svg and math with their content, event handlers included', () => {
    for (const html of [
      '<svg onload=alert(1)><text>t</text><script>x</script></svg>ok',
      '<svg/onload=alert(1)></svg>ok',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>ok',
      '<svg><svg><p>x</p></svg>inner</svg>ok',
    ]) {
      const nodes = toRichNodes(html)
      expectSafe(nodes)
      expect(text(nodes)).toBe('ok')
    }
  })

  it('survives nested junk, comments, bogus tags and stray brackets', () => {
    const cases: [string, string][] = [
      ['<div><font color=red><center><p>a</p></center></font></div>', 'a'],
      ['<<p>>x', '<>x'],
      ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
      ['<!-- <script>alert(1)</script> -->ok', 'ok'],
      // A CDATA section is a bogus comment in HTML, ending at the first `>`: the rest is harmless text.
      ['<![CDATA[<script>alert(1)]]>ok', 'alert(1)]]>ok'],
      ['<!DOCTYPE html><?xml version="1.0"?>ok', 'ok'],
      ['a</ p>b', 'ab'],
      ['<p>a<!-- never closed <p>b', 'a'],
      ['<p title=">">quoted</p>', 'quoted'],
      ['<p title="never closed>lost</p>', ''],
      ['<p <p>>x</p>', '>x'],
      ['<constructor>a</constructor><__proto__>b</__proto__><toString>c', 'a<__proto__>bc'],
      ['&constructor; &__proto__; &toString;', '&constructor; &__proto__; &toString;'],
    ]
    for (const [html, expected] of cases) {
      const nodes = toRichNodes(html)
      expectSafe(nodes)
      expect(text(nodes)).toBe(expected)
    }
  })

  it('repairs unclosed and misnested tags without throwing', () => {
    const misnested = toRichNodes('<p><strong>a<em>b</strong>c</em>')
    expectSafe(misnested)
    expect(text(misnested)).toBe('abc')
    expect(names(toRichNodes('<p>a<p>b'))).toEqual(['p', 'p'])
    expect(names(toRichNodes('<ul><li>a<li>b</ul>'))).toEqual(['ul', 'li', 'li'])
    expect(names(toRichNodes('<table><tr><td>1<td>2<tr><td>3</table>'))).toEqual(['table', 'tr', 'td', 'td', 'tr', 'td'])
    expect(names(toRichNodes('<ul><li>a<ul><li>b</ul><li>c</ul>'))).toEqual(['ul', 'li', 'ul', 'li', 'li'])
    expect(text(toRichNodes('</p></ul></table></li>text'))).toBe('text')
  })

  it('caps nesting depth, keeping the text', () => {
    const html = '<span>'.repeat(1000) + '深' + '</span>'.repeat(1000)
    expect(html.length).toBeLessThan(MAX_HTML_LENGTH)
    const nodes = toRichNodes(html)
    expectSafe(nodes)
    expect(depth(nodes)).toBeLessThanOrEqual(MAX_DEPTH)
    expect(text(nodes)).toBe('深')
  })

  it('caps length and node count, and stays fast on a 100k-character input', () => {
    const long = '<p>很长的段落<strong>加粗</strong></p>'.repeat(4000)
    expect(long.length).toBeGreaterThan(100_000)
    const started = Date.now()
    const nodes = toRichNodes(long)
    expect(Date.now() - started).toBeLessThan(1000)
    expectSafe(nodes)
    expect(count(nodes)).toBeLessThanOrEqual(MAX_NODES + 1)
    expect(text(nodes).endsWith('…')).toBe(true)
    expect(text(nodes).length).toBeLessThan(MAX_HTML_LENGTH)

    const breaks = toRichNodes('<br>'.repeat(MAX_HTML_LENGTH / 4))
    expect(count(breaks)).toBeLessThanOrEqual(MAX_NODES + 1)
    expect(text(breaks)).toBe('…')

    const pathological = toRichNodes('<a href="' + 'x'.repeat(100_000))
    expect(pathological).toEqual([t('…')])
    expect(() => toRichNodes('<'.repeat(100_000))).not.toThrow()
    expect(() => toRichNodes('<p '.repeat(40_000))).not.toThrow()
  })

  it('never throws and never lets anything unsafe through on random hostile soup', () => {
    const pieces = ['<p>', '</p>', '<li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '<a href="', 'javascript:', 'https://x.gov.cn', '">', '</a>', '<script>', '</script>', '<svg onload=', '<img src=x onerror=alert(1)>', '&#x6A;', '&amp;', '&', '<', '>', '"', "'", '<!--', '-->', '<style>', '</', 'strong>', '<em', ' ', '文字', '<object>', '</object>', '<br/>', '<h2>', '=']
    let seed = 42
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
    for (let round = 0; round < 400; round++) {
      const html = Array.from({ length: 1 + Math.floor(rand() * 60) }, () => pieces[Math.floor(rand() * pieces.length)]).join('')
      const nodes = toRichNodes(html)
      expectSafe(nodes)
      expect(depth(nodes)).toBeLessThanOrEqual(MAX_DEPTH)
    }
  })
})

describe('rich text as plain text', () => {
  it('reads blocks, items and cells apart on one line, without markup or scripts', () => {
    expect(richTextPlain('<p>条件：</p><ul><li>年满 18 周岁；</li><li>本市户籍。</li></ul><script>alert(1)</script><p>A&amp;B</p>')).toBe('条件： 年满 18 周岁； 本市户籍。 A&B')
    expect(richTextPlain('第一行<br>第二行')).toBe('第一行 第二行')
    expect(richTextPlain('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b')
    expect(richTextPlain('')).toBe('')
  })
})

/**
 * The probe set the browser and mini-program tests put into guides and notices (test/support/xss-probes.ts): what
 * each probe becomes, exactly. Whatever a probe carries ends as text or is dropped; only our tags with our class
 * come out, and no URL is ever an attribute (an http(s) link is shown as text, other schemes vanish).
 */
describe('rich text: the XSS probe set', () => {
  /** The text each probe shows, and the elements it keeps (all others are dropped). */
  const expected: Record<string, [string, string[]]> = {
    script: ['前后', ['p']],
    'script-upper': ['', []],
    // `<scr<script>` is a tag named "scr<script" (HTML reads it so too): the rest is harmless text
    'script-split': ["ipt>__xss('script-split')ipt>", []],
    'img-onerror': ['', []],
    'img-case': ['', []],
    'img-backtick': ['', []],
    'svg-onload': ['', []],
    'svg-script': ['', []],
    'svg-anim': ['', []],
    'href-js': ['点此办理', []],
    'href-js-entity': ['实体编码', []],
    'href-js-hex': ['十六进制', []],
    'href-js-tab': ['制表符', []],
    'href-js-newline': ['换行', []],
    'href-js-nosemicolon': ['无分号', []],
    'href-vbscript': ['vb', []],
    'href-data': ['data 链接', []],
    'href-data-svg': ['svg 链接', []],
    iframe: ['', []],
    'iframe-srcdoc': ['', []],
    object: ['', []],
    'style-url': ['样式', ['p']],
    'style-expression': ['表达式', []],
    'style-tag': ['样式表', []],
    'link-meta': ['', []],
    'form-action': ['提交', []],
    autofocus: ['', []],
    'body-onload': ['正文', []],
    // Entities decode to text, and text never becomes markup again
    'entity-text': ["<img src=x onerror=__xss('entity-text')>", []],
    'double-entity': ["&lt;script&gt;__xss('double-entity')&lt;/script&gt;", []],
    'breakout-attr': ['">属性', ['p']],
    'breakout-quote': ['">\'>', []],
    'noscript-mxss': ['">', []],
    'math-mxss': ['', []],
    comment: ['注释后', ['p']],
    cdata: [']]>', []],
    template: ["{{constructor.constructor('__xss('template')')()}} ${__xss('template-literal')} <%= __xss('erb') %>", []],
    // Bidi overrides are dropped (no reversed text); zero-width, emoji, combining marks and astral characters stay
    unicode: ['申请人 \u200b零宽\u200b 😀 \u2028换行 Z\u0351\u0363\u0364a\u0310\u0305l\u036ag\u0352o 𠀀', ['p']],
    'text-script': ['', []],
    'text-img': ['">', []],
    'text-svg': ["'>", []],
    'text-href': ['链接', []],
    'text-template': ["{{__xss('text-template')}}${__xss('text-literal')}", []],
    'text-entity': ["<img src=x onerror=__xss('text-entity')>", []],
  }

  it('has an expectation for every probe', () => {
    expect(Object.keys(expected).sort()).toEqual([...RICH_PROBES, ...TEXT_PROBES].map((p) => p.id).sort())
  })

  it.each([...RICH_PROBES, ...TEXT_PROBES])('$id: only text and our own tags come out', ({ id, html }) => {
    const nodes = toRichNodes(html)
    expectSafe(nodes)
    expect([text(nodes), names(nodes)]).toEqual(expected[id])
    // Nothing from the probe became an attribute: only `class` keys, and only our tb-rt-* values
    expect(JSON.stringify(nodes)).not.toMatch(/"(?:href|src|style|on\w+|srcdoc|formaction|data|action)"\s*:/i)
  })

  it('keeps every probe inert when they come all at once; an unclosed <svg> swallows the rest', () => {
    const nodes = toRichNodes(ALL_RICH)
    expectSafe(nodes)
    expect(depth(nodes)).toBeLessThanOrEqual(MAX_DEPTH)
    const shown = text(nodes)
    for (const kept of ['前后', '点此办理', '样式表', "<img src=x onerror=__xss('entity-text')>", '">属性']) expect(shown).toContain(kept)
    // breakout-quote opens an <svg> it never closes: like foreign content in a browser, nothing after it is ours
    expect(shown.endsWith('">\'>')).toBe(true)
    expect(shown).not.toContain('注释后')
  })

  it('cuts an over-long probe at the cap with 「…」', () => {
    expect(LONG_RICH.length).toBeGreaterThan(MAX_HTML_LENGTH)
    const nodes = toRichNodes(LONG_RICH)
    expectSafe(nodes)
    expect(depth(nodes)).toBeLessThanOrEqual(MAX_DEPTH)
    expect(text(nodes).endsWith('…')).toBe(true)
  })

  it('drops bidi controls from text and from a link’s shown URL', () => {
    expect(text(toRichNodes('<p>电话 \u202e1234-5678\u202c</p>'))).toBe('电话 1234-5678')
    expect(text(toRichNodes('\u2066隔离\u2069'))).toBe('隔离')
    expect(safeHref('https://zwfw.sh.gov.cn/\u202egpj.exe')).toBe('https://zwfw.sh.gov.cn/gpj.exe')
  })
})

/** Taro 4.2's H5 navigation bar writes its title with innerHTML: a server name must never reach it as markup. */
describe('navigation bar titles', () => {
  it('keeps ordinary names as they are', () => {
    for (const name of ['内地居民结婚登记', '上海市民政局', '我要开餐饮店', '《食品经营许可证》新办', 'A&B 企业变更（含 5% 以上股权）']) expect(plainTitle(name)).toBe(name)
  })

  it.each([...RICH_PROBES, ...TEXT_PROBES])('$id: no angle bracket survives, so no tag can open', ({ html }) => {
    const title = plainTitle(html)
    expect(title).not.toMatch(/[<>\p{Cc}\u202a-\u202e\u2066-\u2069]/u)
    expect([...title].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH)
  })

  it('reads the same with full-width brackets, on one line, cut with 「…」', () => {
    expect(plainTitle('"><img src=x onerror=alert(1)>')).toBe('"＞＜img src=x onerror=alert(1)＞')
    expect(plainTitle('第一行\n第二行\u202e')).toBe('第一行 第二行')
    const long = plainTitle('很'.repeat(100))
    expect([...long]).toHaveLength(MAX_TITLE_LENGTH)
    expect(long.endsWith('…')).toBe(true)
  })
})
