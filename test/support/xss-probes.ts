/**
 * The injection probe set shared by the sanitiser's unit tests, the H5 browser test (test/e2e/xss.test.ts) and the
 * mini-program host test (test/native/xss.test.ts). Every payload that could run calls `__xss('<id>')`: the browser
 * test installs that function as a trap, so any probe that executes names itself.
 *
 * @see https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html (the classes of tricks)
 */
export interface Probe {
  id: string
  html: string
}

const trap = (id: string) => `__xss('${id}')`

/** Markup for rich-text fields (受理条件, 常见问题 answers, notice bodies). */
export const RICH_PROBES: Probe[] = [
  { id: 'script', html: `<p>前<script>${trap('script')}</script>后</p>` },
  { id: 'script-upper', html: `<SCRIPT type="text/javascript">${trap('script-upper')}</SCRIPT >` },
  { id: 'script-split', html: `<scr<script>ipt>${trap('script-split')}</scr</script>ipt>` },
  { id: 'img-onerror', html: `<img src=x onerror="${trap('img-onerror')}">` },
  { id: 'img-case', html: `<IMG SRC=x OnErRoR=${trap('img-case')}>` },
  { id: 'img-backtick', html: `<img src=\`x\` onerror=${trap('img-backtick')}>` },
  { id: 'svg-onload', html: `<svg onload="${trap('svg-onload')}"><circle r="1"/></svg>` },
  { id: 'svg-script', html: `<svg><script>${trap('svg-script')}</script></svg>` },
  { id: 'svg-anim', html: `<svg><animate onbegin="${trap('svg-anim')}" attributeName="x" dur="1s"/></svg>` },
  { id: 'href-js', html: `<a href="javascript:${trap('href-js')}">点此办理</a>` },
  { id: 'href-js-entity', html: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${trap('href-js-entity')}">实体编码</a>` },
  { id: 'href-js-hex', html: `<a href="&#x6A;avascript&#x3A;${trap('href-js-hex')}">十六进制</a>` },
  { id: 'href-js-tab', html: `<a href="jav\tascript:${trap('href-js-tab')}">制表符</a>` },
  { id: 'href-js-newline', html: `<a href=" &#x0A;javascript:${trap('href-js-newline')}">换行</a>` },
  { id: 'href-js-nosemicolon', html: `<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58${trap('href-js-nosemicolon')}">无分号</a>` },
  { id: 'href-vbscript', html: `<a href="vbscript:msgbox(1)">vb</a>` },
  { id: 'href-data', html: `<a href="data:text/html;base64,PHNjcmlwdD5fX3hzcygnZGF0YScpPC9zY3JpcHQ+">data 链接</a>` },
  { id: 'href-data-svg', html: `<a href="data:image/svg+xml,<svg onload=${trap('href-data-svg')}>">svg 链接</a>` },
  { id: 'iframe', html: `<iframe src="javascript:${trap('iframe')}"></iframe>` },
  { id: 'iframe-srcdoc', html: `<iframe srcdoc="<script>parent.${trap('iframe-srcdoc')}</script>"></iframe>` },
  { id: 'object', html: `<object data="javascript:${trap('object')}"></object><embed src="javascript:${trap('embed')}">` },
  { id: 'style-url', html: `<p style="background:url(javascript:${trap('style-url')})">样式</p>` },
  { id: 'style-expression', html: `<div style="width: expression(${trap('style-expression')})">表达式</div>` },
  { id: 'style-tag', html: `<style>@import 'javascript:${trap('style-tag')}';body{background:red}</style>样式表` },
  { id: 'link-meta', html: `<link rel="stylesheet" href="javascript:${trap('link')}"><meta http-equiv="refresh" content="0;url=javascript:${trap('meta')}">` },
  { id: 'form-action', html: `<form><button formaction="javascript:${trap('form-action')}">提交</button></form>` },
  { id: 'autofocus', html: `<input autofocus onfocus="${trap('autofocus')}"><details open ontoggle="${trap('details')}">` },
  { id: 'body-onload', html: `<body onload="${trap('body-onload')}">正文</body>` },
  { id: 'entity-text', html: `&lt;img src=x onerror=${trap('entity-text')}&gt;` },
  { id: 'double-entity', html: `&amp;lt;script&amp;gt;${trap('double-entity')}&amp;lt;/script&amp;gt;` },
  { id: 'breakout-attr', html: `<p title=""><img src=x onerror=${trap('breakout-attr')}>">属性</p>` },
  { id: 'breakout-quote', html: `"><img src=x onerror=${trap('breakout-quote')}>'><svg onload=${trap('breakout-single')}>` },
  { id: 'noscript-mxss', html: `<noscript><p title="</noscript><img src=x onerror=${trap('noscript-mxss')}>"></noscript>` },
  { id: 'math-mxss', html: `<math><mtext><table><mglyph><style><img src=x onerror=${trap('math-mxss')}></style></mglyph></table></mtext></math>` },
  { id: 'comment', html: `<!--><img src=x onerror=${trap('comment')}>--><p>注释后</p>` },
  { id: 'cdata', html: `<![CDATA[><img src=x onerror=${trap('cdata')}>]]>` },
  { id: 'template', html: `{{constructor.constructor('${trap('template')}')()}} \${${trap('template-literal')}} <%= ${trap('erb')} %>` },
  { id: 'unicode', html: `<p>\u202e申请人\u202d \u200b零宽\u200b 😀 \u2028换行 Z\u0351\u0363\u0364a\u0310\u0305l\u036ag\u0352o 𠀀</p>` },
]

/** Plain strings for fields shown as text (names, replies, complaint content, form answers, file names). */
export const TEXT_PROBES: Probe[] = [
  { id: 'text-script', html: `<script>${trap('text-script')}</script>` },
  { id: 'text-img', html: `"><img src=x onerror=${trap('text-img')}>` },
  { id: 'text-svg', html: `'><svg onload=${trap('text-svg')}>` },
  { id: 'text-href', html: `<a href="javascript:${trap('text-href')}">链接</a>` },
  { id: 'text-template', html: `{{${trap('text-template')}}}\${${trap('text-literal')}}` },
  { id: 'text-entity', html: `&lt;img src=x onerror=${trap('text-entity')}&gt;` },
]

/** Hostile rich text in one string (a notice body or 受理条件 takes them all at once). */
export const ALL_RICH = RICH_PROBES.map((p) => p.html).join('\n')

/** One line of every text probe, cut to `max` characters (fields with a length cap). */
export const textProbeLine = (max: number) => TEXT_PROBES.map((p) => p.html).join(' ').slice(0, max)

/** Far over every cap: the sanitiser must cut it, the page must stay responsive. */
export const LONG_RICH = `<p>${'<b>长'.repeat(3_000)}${'超长文本'.repeat(2_500)}</p>`
