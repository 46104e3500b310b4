/**
 * 常见问题 matching while a question is typed (咨询). Chinese is written without spaces, so text is compared by
 * character bigrams (结婚, 婚登, 登记) with single characters as a weak fallback for typos, after a
 * normalisation both sides share: full-width → half-width, lower case, punctuation and symbols as separators,
 * and the words every question has (请问, 怎么, 如何, 需要, 什么, 的, 吗, …) dropped. Bigrams are weighted by how
 * rare they are among the entries (idf), so 结婚 decides more than 登记 or 材料.
 *
 * Pure and dependency-free: the consult page matches an item's own FAQ on the phone, the mock matches the
 * region's thousands of entries with the same code. An index is built once per entries array (memoised), so
 * a caller that keeps its array pays for the bigram sets only once.
 */

export interface FaqEntry {
  question: string
  /** Rich text as the catalog stores it */
  answer: string
  item: { id: string; name: string }
  /** Synonyms that count like the item's name (the catalog's aliases: 领证 for 结婚登记) */
  keywords?: readonly string[]
}

export interface FaqMatch extends FaqEntry {
  /** Relevance, 0 < score ≤ 1 */
  score: number
}

/** Shorter queries (after trimming) match nothing: one character says too little. */
export const FAQ_MIN_QUERY = 2
const DEFAULT_LIMIT = 5
/** Below this a suggestion is noise rather than help. */
export const FAQ_MIN_SCORE = 0.3
/** Longest query looked at; the rest is ignored. */
const MAX_QUERY = 100

/** A matching character costs this much of a matching bigram. */
const CHAR_WEIGHT = 0.3
/** Found only in the item's name or keywords, not in the question itself. */
const NAME_MATCH = 0.8
/** How much of the score is the query's coverage; the rest is how much of the question the query covers. */
const COVERAGE_SHARE = 0.75
/** Added when the query contains the item's name or one of its keywords whole. */
const SYNONYM_BONUS = 0.2

/**
 * Words of asking, not of the matter: longest first, so 怎么办 goes before 怎么. Single characters only where
 * they are almost never part of a content word (请 is not here: 申请).
 */
const STOP_PHRASES = [
  '可不可以', '需不需要', '能不能够',
  '怎么办', '怎么样', '为什么', '是不是', '能不能', '有没有',
  '请问', '怎么', '怎样', '如何', '是否', '可以', '能否', '需要', '什么', '哪些', '哪里', '哪儿', '哪个', '多少', '一下', '多久',
  '的', '了', '吗', '呢', '吧', '啊', '呀', '么', '嘛', '哦', '我', '你', '您', '们', '要', '想',
]
const STOP_BY_FIRST = new Map<string, string[]>()
for (const phrase of STOP_PHRASES) {
  const list = STOP_BY_FIRST.get(phrase[0]) ?? []
  list.push(phrase)
  STOP_BY_FIRST.set(phrase[0], list)
}

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
const isAlnum = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)

/** Full-width ASCII (ＡＢＣ１２３？) → half-width, then lower case. No String.normalize: old hosts lack it. */
function halfWidth(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : text[i]
  }
  return out.toLowerCase()
}

/**
 * The runs of meaningful text: Chinese runs and Latin/digit words, split at punctuation, spaces and stop
 * words. 「结婚登记要带什么材料？」 → 结婚登记 · 带 · 材料.
 */
export function faqSegments(text: string): string[] {
  const s = halfWidth(text)
  const segments: string[] = []
  let run = ''
  let runIsHan = false
  const flush = () => {
    if (run) segments.push(run)
    run = ''
  }
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i)
    if (isHan(code)) {
      const stop = (STOP_BY_FIRST.get(s[i]) ?? []).find((p) => s.startsWith(p, i))
      if (stop) {
        flush()
        i += stop.length
        continue
      }
      if (!runIsHan) flush()
      runIsHan = true
      run += s[i]
    } else if (isAlnum(code)) {
      if (runIsHan) flush()
      runIsHan = false
      run += s[i]
    } else flush()
    i++
  }
  flush()
  return segments
}

/** Bigrams (and Latin words) and single characters of some text. */
interface Grams {
  bigrams: Set<string>
  chars: Set<string>
}

function gramsOf(texts: readonly string[]): Grams {
  const bigrams = new Set<string>()
  const chars = new Set<string>()
  for (const text of texts) {
    for (const seg of faqSegments(text)) {
      if (!isHan(seg.charCodeAt(0))) {
        // A Latin or digit word is one token, as strong as a bigram (ic卡, 12345).
        bigrams.add(`#${seg}`)
        continue
      }
      for (let i = 0; i < seg.length; i++) {
        chars.add(seg[i])
        if (i + 1 < seg.length) bigrams.add(seg.slice(i, i + 2))
      }
    }
  }
  return { bigrams, chars }
}

interface IndexedEntry {
  entry: FaqEntry
  question: Grams
  /** The item's name and keywords */
  name: Grams
  /** The name and keywords as compact strings (segments joined), for a whole-synonym match in the query */
  synonyms: string[]
  /** Sum of the idf of the question's bigrams (its "length" for precision) */
  questionWeight: number
}

export interface FaqIndex {
  readonly size: number
  match(query: string, limit?: number): FaqMatch[]
}

/** Segments joined: what a whole name or keyword must appear in. */
const compact = (text: string) => faqSegments(text).join('')

function buildIndex(entries: readonly FaqEntry[]): FaqIndex {
  // An item's name and keywords are shared by all its questions: worked out once per item.
  const names = new Map<string, Pick<IndexedEntry, 'name' | 'synonyms'>>()
  const nameOf = (entry: FaqEntry) => {
    const texts = [entry.item.name, ...(entry.keywords ?? [])]
    const key = texts.join('\u0001')
    let known = names.get(key)
    if (!known) names.set(key, (known = { name: gramsOf(texts), synonyms: texts.map(compact).filter((k) => k.length >= 2) }))
    return known
  }
  const indexed: IndexedEntry[] = entries.map((entry) => ({ entry, question: gramsOf([entry.question]), ...nameOf(entry), questionWeight: 0 }))
  // Document frequency: in how many entries (question, name or keywords) a gram occurs.
  const df = new Map<string, number>()
  for (const e of indexed) {
    const seen = new Set<string>()
    for (const g of [e.question, e.name]) {
      g.bigrams.forEach((b) => seen.add(b))
      g.chars.forEach((c) => seen.add(`:${c}`))
    }
    seen.forEach((k) => df.set(k, (df.get(k) ?? 0) + 1))
  }
  const n = Math.max(1, indexed.length)
  const idf = (key: string) => Math.log(1 + n / (1 + (df.get(key) ?? 0)))
  for (const e of indexed) e.question.bigrams.forEach((b) => (e.questionWeight += idf(b)))

  function match(query: string, limit = DEFAULT_LIMIT): FaqMatch[] {
    const trimmed = query.trim()
    if (trimmed.length < FAQ_MIN_QUERY || limit < 1) return []
    const text = trimmed.slice(0, MAX_QUERY)
    const q = gramsOf([text])
    // Grams no entry has (a typo, a pair across two words like 记材) cannot match: they only lower the share
    // of the query that could, so 「结昏登记材料」 still finds 结婚登记 and gibberish finds nothing.
    const bigrams = [...q.bigrams].filter((b) => df.has(b)).map((b) => ({ b, w: idf(b) }))
    if (bigrams.length === 0) return []
    const known = bigrams.length / q.bigrams.size
    const chars = [...q.chars].filter((c) => df.has(`:${c}`)).map((c) => ({ c, w: idf(`:${c}`) * CHAR_WEIGHT }))
    const total = bigrams.reduce((s, x) => s + x.w, 0) + chars.reduce((s, x) => s + x.w, 0)
    const whole = faqSegments(text).join('|')

    const scored: { at: number; score: number }[] = []
    indexed.forEach((e, at) => {
      let got = 0
      let questionHits = 0
      for (const { b, w } of bigrams) {
        if (e.question.bigrams.has(b)) {
          got += w
          questionHits += w
        } else if (e.name.bigrams.has(b)) got += w * NAME_MATCH
      }
      if (got === 0) return
      for (const { c, w } of chars) {
        if (e.question.chars.has(c)) got += w
        else if (e.name.chars.has(c)) got += w * NAME_MATCH
      }
      const coverage = Math.min(1, got / total) * known
      const precision = e.questionWeight > 0 ? Math.min(1, questionHits / e.questionWeight) : 0
      // The query names the item or one of its synonyms outright (领证 → 结婚登记): it is about that item.
      const named = e.synonyms.some((k) => whole.includes(k)) ? SYNONYM_BONUS : 0
      const score = Math.min(1, COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * precision + named)
      if (score >= FAQ_MIN_SCORE) scored.push({ at, score: Math.round(score * 1000) / 1000 })
    })
    scored.sort((a, b) => b.score - a.score || a.at - b.at)
    return scored.slice(0, limit).map(({ at, score }) => ({ ...indexed[at].entry, score }))
  }

  return { size: indexed.length, match }
}

const indexes = new WeakMap<readonly FaqEntry[], FaqIndex>()

/** The index of these entries, built on first use and kept as long as the array is. */
export function faqIndex(entries: readonly FaqEntry[]): FaqIndex {
  let index = indexes.get(entries)
  if (!index) indexes.set(entries, (index = buildIndex(entries)))
  return index
}

/** Suggestions for a typed question, best first; [] below FAQ_MIN_QUERY characters (after trimming). */
export function matchFaqs(query: string, entries: readonly FaqEntry[], limit: number = DEFAULT_LIMIT): FaqMatch[] {
  return faqIndex(entries).match(query, limit)
}
