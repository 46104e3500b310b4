/**
 * 富文本 (受理条件, 常见问题 answers, notes) from the server, turned into the `nodes` array that `<RichText>`
 * takes on every target. Never trust markup from a server: this is an allow-list parser, not a filter.
 *
 * - Only the tags below come out, each with one attribute: a `class` we choose (`tb-rt-p`, …) for styling.
 *   Every source attribute (on*, style, id, src, …) is dropped; nothing the server wrote becomes an attribute.
 * - Links: mini-programs cannot follow a link inside rich-text, so an http(s) link becomes text with its URL
 *   shown; any other scheme (javascript:, data:, vbscript:, however obfuscated) keeps only the link's text.
 * - Other tags are dropped and their text kept, except script/style/iframe/object/embed/template/svg/…
 *   whose content is dropped entirely. Text is text: entities are decoded, and it never becomes markup.
 * - Broken markup (unclosed, misnested, truncated) never throws; input length, nesting depth and node count
 *   are capped so a hostile or runaway field cannot freeze an old phone.
 *
 * Longer than our usual file on purpose: the tokenizer and the tree builder are one security boundary, easier
 * to review in one place.
 *
 * @see https://docs.taro.zone/docs/components/base/rich-text (nodes: the array form on every target)
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/rich-text.html (trusted tags; class and
 *   style only; text nodes "支持 entities", so a doubly encoded `&amp;lt;` reads as `<` there: still text)
 * @see https://help.aliyun.com/document_detail/117713.html (Alipay rich-text: nodes array only, no HTML string)
 * @see https://w3cschool.cn/baiduapp/baiduapp-ko8239ff.html (Baidu rich-text mirror: same trusted set)
 * @see https://app.unpkg.com/@tarojs/components@4.2.0/files/dist/collection/components/rich-text/rich-text.js
 *   (H5: each node becomes a real element with its attrs, text is not entity-decoded: so we decode first)
 */

export interface RichTextNode {
  type: 'text'
  text: string
}

export interface RichElementNode {
  name: RichTag
  attrs: { class: string }
  children: RichNode[]
}

export type RichNode = RichTextNode | RichElementNode

/** The tags that may come out, each with its styling class (see src/components/rich-text/index.scss). */
const CLASS_OF = {
  p: 'tb-rt-p',
  br: 'tb-rt-br',
  ul: 'tb-rt-ul',
  ol: 'tb-rt-ol',
  li: 'tb-rt-li',
  strong: 'tb-rt-strong',
  b: 'tb-rt-strong',
  em: 'tb-rt-em',
  i: 'tb-rt-em',
  span: 'tb-rt-span',
  h4: 'tb-rt-h4',
  h5: 'tb-rt-h5',
  table: 'tb-rt-table',
  thead: 'tb-rt-thead',
  tbody: 'tb-rt-tbody',
  tr: 'tb-rt-tr',
  th: 'tb-rt-th',
  td: 'tb-rt-td',
} as const
export type RichTag = keyof typeof CLASS_OF

/** Own-key lookups only: `constructor` or `__proto__` in the input must not find Object.prototype. */
const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key)
const isRichTag = (tag: string): tag is RichTag => has(CLASS_OF, tag)

/** Source tags read as another allowed tag: bigger headings become our two heading levels. */
const ALIAS = new Map<string, RichTag>([
  ['h1', 'h4'],
  ['h2', 'h4'],
  ['h3', 'h4'],
  ['h6', 'h5'],
])

/** Dropped with everything inside: raw-text elements (their content is not markup) … */
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'textarea', 'title', 'xmp', 'noscript', 'noembed', 'noframes', 'plaintext'])
/** … and containers whose content is foreign or never meant to be read (nested ones are counted). */
const DROP_CONTENT = new Set(['object', 'template', 'svg', 'math', 'head', 'select', 'applet', 'frameset', 'embed', 'audio', 'video', 'canvas'])
/** HTML void elements: they never have content, so they never open a dropped region. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Dropped block tags still separate their text from what is around them. */
const SOFT_BLOCK = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'address', 'center', 'figure', 'figcaption', 'caption', 'dl', 'dt', 'dd', 'hr', 'form', 'fieldset', 'legend', 'details', 'summary', 'tfoot'])
const BLOCK: ReadonlySet<string> = new Set(['p', 'ul', 'ol', 'li', 'h4', 'h5', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])
/** Containers whose whitespace-only text is layout noise */
const STRUCTURAL: ReadonlySet<string> = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tr'])
/** Elements kept even when empty (a table cell keeps its column) */
const KEEP_EMPTY: ReadonlySet<string> = new Set(['br', 'td', 'th'])

/** Guide fields are a few KB; anything longer is cut (with 「…」) before parsing. */
export const MAX_HTML_LENGTH = 20_000
/** Deeper elements are flattened into their parent (their text stays). */
export const MAX_DEPTH = 12
/** Nodes produced at most; the rest is cut with 「…」. */
export const MAX_NODES = 2_000
const MAX_URL_LENGTH = 2_048

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', mdash: '—', ndash: '–', middot: '·', bull: '•',
  times: '×', divide: '÷', yen: '¥', copy: '©', reg: '®', deg: '°', plusmn: '±', le: '≤', ge: '≥', permil: '‰',
  colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')',
}

const ENTITY = /&(?:#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g

/** Decodes character references: the named ones guides use, and every numeric one (semicolon optional, as browsers do). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(ENTITY, (whole, num: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const key = has(NAMED_ENTITIES, name) ? name : name.toLowerCase()
      return has(NAMED_ENTITIES, key) ? NAMED_ENTITIES[key] : whole
    }
    const code = num![0] === 'x' || num![0] === 'X' ? parseInt(num!.slice(1), 16) : parseInt(num!, 10)
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
    return String.fromCodePoint(code)
  })
}

/**
 * Control characters (except whitespace) never reach the screen, nor do bidi embeddings, overrides and isolates:
 * an RLO (U+202E) would show a phone number, an amount or a URL reversed ("Trojan Source" spoofing).
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g
/** Everything a browser ignores or strips inside a URL scheme (`java\tscript:`, `&#x0A;javascript:`), and invisible format characters (bidi controls) that would disguise the URL shown */
// eslint-disable-next-line no-control-regex
const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g

/** An http(s) URL fit to show, or null: allow-listed after decoding and stripping, never block-listed. */
export function safeHref(raw: string): string | null {
  const url = decodeEntities(raw).replace(URL_NOISE, '')
  return url.length <= MAX_URL_LENGTH && /^https?:\/\/[^/?#]/i.test(url) ? url : null
}

/** Which open elements a start tag ends (searching up to a `stop` element), as HTML's parser does. */
const BLOCK_STOP = ['li', 'td', 'th', 'table', 'ul', 'ol']
const IMPLIED_END: Partial<Record<RichTag | 'a', { close: string[]; stop: string[] }>> = {
  p: { close: ['p'], stop: BLOCK_STOP },
  ul: { close: ['p'], stop: BLOCK_STOP },
  ol: { close: ['p'], stop: BLOCK_STOP },
  table: { close: ['p'], stop: BLOCK_STOP },
  h4: { close: ['p', 'h'], stop: BLOCK_STOP },
  h5: { close: ['p', 'h'], stop: BLOCK_STOP },
  li: { close: ['li', 'p'], stop: ['ul', 'ol', 'table', 'td', 'th'] },
  tr: { close: ['tr', 'td', 'th'], stop: ['table', 'thead', 'tbody'] },
  td: { close: ['td', 'th'], stop: ['tr', 'table'] },
  th: { close: ['td', 'th'], stop: ['tr', 'table'] },
  thead: { close: ['thead', 'tbody'], stop: ['table'] },
  tbody: { close: ['thead', 'tbody'], stop: ['table'] },
}

interface Frame {
  /** Source tag name, for matching its end tag (all headings share 'h') */
  key: string
  /** The element it becomes; null for a link without a safe URL (its children join the parent) */
  node: RichElementNode | null
  children: RichNode[]
  /** A link's URL, shown after its text */
  href?: string
}

const element = (name: RichTag, children: RichNode[] = []): RichElementNode => ({ name, attrs: { class: CLASS_OF[name] }, children })
const isElement = (n: RichNode | undefined): n is RichElementNode => !!n && 'name' in n
const isText = (n: RichNode | undefined): n is RichTextNode => !!n && 'type' in n
const keyOf = (tag: string) => (/^h[1-6]$/.test(tag) ? 'h' : tag)
const textOf = (nodes: RichNode[]): string => nodes.map((n) => (isText(n) ? n.text : textOf(n.children))).join('')

/** A small HTML tree builder with HTML's common implied end tags (p, li, tr, td) and nothing else. */
class Builder {
  private readonly root: Frame = { key: '#root', node: null, children: [] }
  private readonly stack: Frame[] = [this.root]
  private count = 0
  truncated = false

  private get top() {
    return this.stack[this.stack.length - 1]
  }

  /** Counts a node; false once the cap is reached (the parser then stops). */
  private take(): boolean {
    if (this.count >= MAX_NODES) this.truncated = true
    else this.count++
    return !this.truncated
  }

  text(raw: string) {
    const text = decodeEntities(raw).replace(CONTROL, '').replace(/[\t\n\r\f ]+/g, ' ')
    if (!text) return
    const top = this.top
    const last = top.children[top.children.length - 1]
    if (text === ' ' && (STRUCTURAL.has(top.node?.name ?? '') || top.children.length === 0 || (isElement(last) && BLOCK.has(last.name)))) return
    if (isText(last)) last.text += text
    else if (this.take()) top.children.push({ type: 'text', text })
  }

  /** Keeps words of a dropped block (div, section, …) apart from their neighbours. */
  softBreak(): void {
    const kids = this.top.children
    // A lone space before the break is noise
    if (isText(kids[kids.length - 1]) && (kids[kids.length - 1] as RichTextNode).text === ' ') kids.pop()
    const last = kids[kids.length - 1]
    if (!last || STRUCTURAL.has(this.top.node?.name ?? '') || (isElement(last) && (last.name === 'br' || BLOCK.has(last.name)))) return
    if (this.take()) kids.push(element('br'))
  }

  open(tag: string, href?: string) {
    const name: RichTag | 'a' | undefined = tag === 'a' ? 'a' : ALIAS.get(tag) ?? (isRichTag(tag) ? tag : undefined)
    if (!name) {
      if (SOFT_BLOCK.has(tag)) this.softBreak()
      return
    }
    if (name === 'br') {
      if (this.take()) this.top.children.push(element('br'))
      return
    }
    this.closeImplied(name)
    // `<p/>` opens a paragraph in HTML too: only void elements (br here) are self-closing
    if (this.stack.length > MAX_DEPTH || !this.take()) return
    if (name === 'a') {
      const url = href === undefined ? null : safeHref(href)
      const link: RichElementNode | null = url ? { name: 'span', attrs: { class: 'tb-rt-link' }, children: [] } : null
      this.stack.push({ key: 'a', node: link, children: link ? link.children : [], href: url ?? undefined })
      return
    }
    const node = element(name)
    this.stack.push({ key: keyOf(tag), node, children: node.children })
  }

  close(tag: string) {
    if (tag === 'br') return this.open('br') // `</br>` is read as <br>, as browsers do
    if (SOFT_BLOCK.has(tag)) return this.softBreak()
    const key = keyOf(tag)
    for (let i = this.stack.length - 1; i > 0; i--) {
      if (this.stack[i].key === key) {
        while (this.stack.length > i) this.pop()
        return
      }
    }
  }

  /** HTML's implied end tags: a new paragraph, item, row or cell ends the open one. */
  private closeImplied(name: RichTag | 'a') {
    const rule = has(IMPLIED_END, name) ? IMPLIED_END[name] : undefined
    if (!rule) return
    // The outermost match below the stop: a new row ends the open cell and its row.
    let at = -1
    for (let i = this.stack.length - 1; i > 0 && !rule.stop.includes(this.stack[i].key); i--) {
      if (rule.close.includes(this.stack[i].key)) at = i
    }
    if (at > 0) while (this.stack.length > at) this.pop()
  }

  private pop() {
    const frame = this.stack.pop()!
    const parent = this.top.children
    if (frame.href && textOf(frame.children).trim() !== frame.href) {
      frame.children.push({ name: 'span', attrs: { class: 'tb-rt-url' }, children: [{ type: 'text', text: ` ${frame.href}` }] })
    }
    if (!frame.node) {
      for (const child of frame.children) this.adopt(parent, child)
      return
    }
    const node = frame.node
    if (BLOCK.has(node.name)) trimEdges(node.children)
    if (node.children.length === 0 && !KEEP_EMPTY.has(node.name)) return
    parent.push(node)
  }

  /** Appends a child, merging adjacent text. */
  private adopt(parent: RichNode[], child: RichNode) {
    const last = parent[parent.length - 1]
    if (isText(child) && isText(last)) last.text += child.text
    else parent.push(child)
  }

  finish(): RichNode[] {
    if (this.truncated) this.adopt(this.top.children, { type: 'text', text: '…' })
    while (this.stack.length > 1) this.pop()
    trimEdges(this.root.children)
    return this.root.children
  }
}

/** Trims whitespace at the start and end of a block's content, and line breaks at its end. */
function trimEdges(children: RichNode[]) {
  for (let last = children[children.length - 1]; isElement(last) && last.name === 'br'; last = children[children.length - 1]) children.pop()
  const first = children[0]
  if (isText(first)) first.text = first.text.replace(/^ +/, '')
  const last = children[children.length - 1]
  if (isText(last)) last.text = last.text.replace(/ +$/, '')
  if (isText(children[0]) && !children[0].text) children.shift()
  const end = children[children.length - 1]
  if (isText(end) && !end.text) children.pop()
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13

interface Tag {
  name: string
  end: boolean
  selfClosing: boolean
  href?: string
  /** Index after the tag's `>`; -1 when the input ends inside the tag */
  next: number
}

/** Reads one tag at `i` (src[i] === '<', followed by a letter or '/' + letter). Linear in the tag's length. */
function readTag(src: string, i: number): Tag {
  const n = src.length
  const end = src.charCodeAt(i + 1) === 47
  let j = i + (end ? 2 : 1)
  const start = j
  while (j < n && !isSpace(src.charCodeAt(j)) && src[j] !== '/' && src[j] !== '>') j++
  const tag: Tag = { name: src.slice(start, j).toLowerCase(), end, selfClosing: false, next: -1 }
  while (j < n) {
    const c = src[j]
    if (c === '>') {
      tag.next = j + 1
      return tag
    }
    if (c === '/' || isSpace(src.charCodeAt(j))) {
      tag.selfClosing = c === '/' && src[j + 1] === '>'
      j++
      continue
    }
    const nameStart = j
    while (j < n && !isSpace(src.charCodeAt(j)) && src[j] !== '/' && src[j] !== '>' && (src[j] !== '=' || j === nameStart)) j++
    const attr = src.slice(nameStart, j).toLowerCase()
    let k = j
    while (k < n && isSpace(src.charCodeAt(k))) k++
    let value = ''
    if (src[k] === '=') {
      k++
      while (k < n && isSpace(src.charCodeAt(k))) k++
      const quote = src[k]
      if (quote === '"' || quote === "'") {
        const close = src.indexOf(quote, k + 1)
        if (close === -1) return tag
        value = src.slice(k + 1, close)
        k = close + 1
      } else {
        const vStart = k
        while (k < n && !isSpace(src.charCodeAt(k)) && src[k] !== '>') k++
        value = src.slice(vStart, k)
      }
      j = k
    }
    if (attr === 'href' && tag.href === undefined) tag.href = value
  }
  return tag
}

/** Index after the end tag `</name …>` of a raw-text element, or the input's end. */
function skipRawText(src: string, lower: string, name: string, from: number): number {
  let at = from
  for (;;) {
    const found = lower.indexOf(`</${name}`, at)
    if (found === -1) return src.length
    const after = lower.charCodeAt(found + 2 + name.length)
    if (Number.isNaN(after) || isSpace(after) || after === 62 || after === 47) {
      const close = src.indexOf('>', found)
      return close === -1 ? src.length : close + 1
    }
    at = found + 2
  }
}

/** Sanitised RichText nodes for `<RichText nodes>`; never throws. */
export function toRichNodes(html: string | null | undefined): RichNode[] {
  if (typeof html !== 'string' || html.length === 0) return []
  const cut = html.length > MAX_HTML_LENGTH
  const src = cut ? html.slice(0, MAX_HTML_LENGTH) : html
  const lower = src.toLowerCase()
  const out = new Builder()
  /** Inside a dropped container: its name and how many of it are open */
  let drop: { name: string; depth: number } | null = null
  let i = 0
  while (i < src.length && !out.truncated) {
    const lt = src.indexOf('<', i)
    if (lt === -1) {
      if (!drop) out.text(src.slice(i))
      break
    }
    if (lt > i && !drop) out.text(src.slice(i, lt))
    i = lt
    if (src.startsWith('<!--', i)) {
      const close = src.indexOf('-->', i + 4)
      i = close === -1 ? src.length : close + 3
      continue
    }
    const next = src.charCodeAt(i + 1)
    // <!DOCTYPE>, <![CDATA[…]]>, <?xml?> and `</ …>` are bogus comments in HTML: dropped up to the next `>`.
    if (next === 33 || next === 63 || (next === 47 && !isLetter(src.charCodeAt(i + 2)))) {
      const close = src.indexOf('>', i + 2)
      i = close === -1 ? src.length : close + 1
      continue
    }
    if (!isLetter(next) && next !== 47) {
      if (!drop) out.text('<')
      i++
      continue
    }
    const tag = readTag(src, i)
    if (tag.next === -1) break // the input ends inside a tag: drop it
    i = tag.next
    if (!tag.end && RAW_TEXT.has(tag.name)) {
      if (!tag.selfClosing) i = skipRawText(src, lower, tag.name, i)
      continue
    }
    if (drop) {
      if (tag.name === drop.name && !tag.selfClosing) drop.depth += tag.end ? -1 : 1
      if (drop.depth === 0) drop = null
      continue
    }
    if (DROP_CONTENT.has(tag.name)) {
      if (!tag.end && !tag.selfClosing && !VOID.has(tag.name)) drop = { name: tag.name, depth: 1 }
      continue
    }
    if (tag.end) out.close(tag.name)
    else out.open(tag.name, tag.href)
  }
  if (cut) out.truncated = true
  return out.finish()
}

const PLAIN_BREAK: ReadonlySet<string> = new Set([...BLOCK, 'br'])

/** The text of rich text on one line (aria-labels, previews, search snippets). */
export function richTextPlain(html: string | null | undefined): string {
  const parts: string[] = []
  const walk = (nodes: RichNode[]) => {
    for (const n of nodes) {
      if (isText(n)) parts.push(n.text)
      else {
        if (PLAIN_BREAK.has(n.name)) parts.push(' ')
        walk(n.children)
        if (PLAIN_BREAK.has(n.name)) parts.push(' ')
      }
    }
  }
  walk(toRichNodes(html))
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** Navigation bar titles longer than this are cut with 「…」 (a host shows about 10–16 characters anyway). */
export const MAX_TITLE_LENGTH = 40

/**
 * A server string (an item's name, a department's, a scenario's title) fit for the host's navigation bar title.
 * Taro 4.2's H5 router writes the title with `innerHTML` (navigation-bar.js `setTitle`), so a name carrying
 * `<img src=x onerror=…>` would run in our origin: angle brackets become their full-width forms (＜＞, which read
 * the same and can never open a tag), control and bidi characters go, and the length is capped. The same on every
 * target, so a title reads alike everywhere.
 * @see https://app.unpkg.com/@tarojs/router@4.2.0/files/dist/router/navigation-bar.js (titleElement.innerHTML = proceedTitle)
 */
export function plainTitle(text: string): string {
  const clean = [...text.replace(CONTROL, '').replace(/[\t\n\r\f\u2028\u2029]+/g, ' ').replace(/</g, '＜').replace(/>/g, '＞').trim()]
  return clean.length > MAX_TITLE_LENGTH ? `${clean.slice(0, MAX_TITLE_LENGTH - 1).join('')}…` : clean.join('')
}
