import { pinyin, polyphonic } from 'pinyin-pro'

/**
 * Text handling shared by catalog search (search.ts) and the 一件事 scenarios (seed/scenarios.ts): query
 * normalisation, per-character pinyin readings (拼音) of the searchable strings, and a matcher for pinyin
 * queries (全拼 jiehun, 首字母 jhdj, mixed jiehundj) that reports which characters it matched so they can be
 * highlighted. Mock only: pinyin-pro is a devDependency and never reaches the app bundle.
 */

/** Longest query we look at (the contract allows 40 characters; anything longer is cut, never an error). */
export const MAX_QUERY_CHARS = 40
/** At most this many space-separated terms; the rest is ignored. */
export const MAX_TERMS = 8

/** Punctuation, symbols and separators: stripped from names and queries (（）、·, -, …). */
const NOISE = /[\p{P}\p{S}\p{Z}\s]/u
const NOISE_G = /[\p{P}\p{S}\p{Z}\s]+/gu
const HAN = /\p{Script=Han}/u
const LATIN = /[a-z]/

/** A query after normalisation: the space-separated terms and all of them joined (whitespace removed). */
export interface NormalisedQuery {
  terms: string[]
  compact: string
}

/**
 * Trim, full-width → half-width (NFKC), lower-case, ü → v, punctuation and symbols become separators; at most
 * MAX_QUERY_CHARS characters and MAX_TERMS terms. An empty `compact` means there is nothing to search for.
 */
export function normaliseQuery(q: string): NormalisedQuery {
  const text = Array.from(q.normalize('NFKC').toLowerCase().replace(/ü/g, 'v').replace(NOISE_G, ' ').trim())
    .slice(0, MAX_QUERY_CHARS)
    .join('')
  const terms = text.split(' ').filter(Boolean).slice(0, MAX_TERMS)
  return { terms, compact: terms.join('') }
}

/** Whether a (normalised) term could be pinyin, alone or mixed with characters (jhdj, jiehun, 结婚dj). */
export const hasLatin = (term: string) => LATIN.test(term)
export const isHan = (ch: string) => HAN.test(ch)

/**
 * One searchable string, normalised for matching. `norm` is the string as matched (NFKC, lower-case, without
 * punctuation or spaces); `chars` its characters with their pinyin readings; `start`/`end` map each UTF-16
 * unit of `norm` back to the original string, so matches become highlight ranges over the original.
 */
export interface TextEntry {
  text: string
  norm: string
  /** Per character of `norm` (code point): the readings, the contextual one first, and its offset in `norm` */
  chars: CharReadings[]
  start: number[]
  end: number[]
  /** Union of every character's first letters (a quick "cannot match" test) */
  firstMask: number
}

export interface CharReadings {
  /** The character as in `norm` */
  ch: string
  /** Offset of the character in `norm` (UTF-16 units) */
  at: number
  /** Readings without tones (ü as v); [0] is the reading in context (银行 → hang), the rest alternatives */
  readings: string[]
  /** Bit mask (a = bit 0) of the first letters of the contextual reading, and of every reading */
  primaryFirst: number
  anyFirst: number
}

const bit = (letter: string) => {
  const c = letter.charCodeAt(0) - 97
  return c >= 0 && c < 26 ? 1 << c : 0
}

/** 'lǜ' → 'lv', 'háng' → 'hang' */
function toneless(reading: string): string {
  return reading.normalize('NFD').replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

interface Unit {
  ch: string
  from: number
  to: number
}

/** The characters of a string as matched (NFKC, lower-case, no punctuation or spaces) with their offsets. */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = []
  let offset = 0
  for (const cp of text) {
    const from = offset
    offset += cp.length
    for (const ch of cp.normalize('NFKC').toLowerCase()) {
      if (!NOISE.test(ch)) units.push({ ch, from, to: offset })
    }
  }
  return units
}

/** A string as matched, without pinyin (department names: matched as Chinese only). */
export const normText = (text: string) =>
  unitsOf(text)
    .map((u) => u.ch)
    .join('')

const LETTERS = /^[a-zü]+$/

/** Every reading of one character without tones (行 → xing, hang, heng), cached per character. */
const charReadings = new Map<string, string[]>()
function readingsOf(ch: string): string[] {
  let list = charReadings.get(ch)
  if (!list) {
    list = [...new Set((polyphonic(ch, { toneType: 'none', type: 'array' })[0] ?? []).filter((r) => LETTERS.test(r)).map(toneless))]
    charReadings.set(ch, list)
  }
  return list
}

const entryCache = new Map<string, TextEntry>()

/**
 * The entry of a string, computed once per process (the catalog has a few hundred distinct names and
 * aliases; pinyin-pro costs about 0.1 ms each). Readings come from pinyin-pro in context (银行 yin hang, 行政
 * xing zheng, 重庆 chong qing, 长宁 chang ning); the other readings of a 多音字 are kept as alternatives.
 */
export function textEntry(text: string): TextEntry {
  const cached = entryCache.get(text)
  if (cached) return cached
  const units = unitsOf(text)
  const norm = units.map((u) => u.ch).join('')
  const start: number[] = []
  const end: number[] = []
  for (const u of units) {
    for (let k = 0; k < u.ch.length; k++) {
      start.push(u.from)
      end.push(u.to)
    }
  }
  // Pinyin in context over the whole normalised string, one reading per character (pinyin-pro's `array`
  // output; its `all` output would carry every reading too but costs ten times as much)
  const hasHan = units.some((u) => isHan(u.ch))
  let context = hasHan ? pinyin(norm, { toneType: 'none', type: 'array' }) : []
  // one entry per UTF-16 unit; should that ever differ, read each character alone
  if (hasHan && context.length !== units.length) context = units.map((u) => (isHan(u.ch) ? pinyin(u.ch, { toneType: 'none' }) : u.ch))
  let at = 0
  const chars = units.map((u, i): CharReadings => {
    const readings: string[] = []
    const add = (r: string) => {
      if (r && !readings.includes(r)) readings.push(r)
    }
    if (isHan(u.ch)) {
      if (LETTERS.test(context[i] ?? '')) add(toneless(context[i]))
      for (const alt of readingsOf(u.ch)) add(alt)
      // ü typed as u too (lv / lu for 绿), as an alternative
      for (const r of [...readings]) if (r.includes('v')) add(r.replace(/v/g, 'u'))
    }
    if (!readings.length) add(u.ch)
    const entry: CharReadings = { ch: u.ch, at, readings, primaryFirst: bit(readings[0]), anyFirst: 0 }
    for (const r of readings) entry.anyFirst |= bit(r)
    at += u.ch.length
    return entry
  })
  const entry: TextEntry = { text, norm, chars, start, end, firstMask: chars.reduce((m, c) => m | c.anyFirst, 0) }
  entryCache.set(text, entry)
  return entry
}

/**
 * The range of `entry.text` covered by the `norm` units [from, to): one range from the first matched
 * character to the last, so punctuation the match skipped (食品经营许可（新办 → the （ ) stays highlighted.
 */
export function rangesOf(entry: TextEntry, from: number, to: number): [number, number][] {
  return to > from ? [[entry.start[from], entry.end[to - 1]]] : []
}

/** Ranges of the given characters (indexes into entry.chars, ascending), consecutive characters as one range. */
export function charRanges(entry: TextEntry, indexes: number[]): [number, number][] {
  const out: [number, number][] = []
  let run = -2
  for (const i of indexes) {
    const c = entry.chars[i]
    const [s, e] = [entry.start[c.at], entry.end[c.at + c.ch.length - 1]]
    const last = out[out.length - 1]
    if (last && i === run + 1) last[1] = e
    else out.push([s, e])
    run = i
  }
  return out
}

/** Sorted union of range lists. */
export function mergeRanges(lists: [number, number][][]): [number, number][] {
  const all = lists.flat().sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: [number, number][] = []
  for (const [s, e] of all) {
    const last = out[out.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

/**
 * How a pinyin query matched: 全拼 (every character by its full reading; the last may be cut short: jiehund),
 * 首字母 (one letter per character: jhdj) or mixed (either, or the 声母 zh/ch/sh, or a character typed as
 * itself: jiehundj, 结婚dj).
 */
export type PinyinKind = 'full' | 'initials' | 'mixed'

export interface PinyinMatch {
  kind: PinyinKind
  /** Matched from the first character */
  prefix: boolean
  /** Needed a reading that is not the one in context (还款 as huankuan: pinyin-pro reads hai) */
  alternative: boolean
  /** Matched characters [from, to) (indexes into entry.chars) */
  from: number
  to: number
}

const MAX_STEPS = 4000

// The walk's state: matching is synchronous, so one set of variables serves every call without closures.
let wChars: CharReadings[] = []
let wTerm = ''
let wSteps = 0

/** Walks from character i at term position p; returns the end character index or -1. */
function walk(i: number, p: number, kind: PinyinKind, alt: boolean): number {
  const term = wTerm
  if (p === term.length) return i
  if (i === wChars.length || ++wSteps > MAX_STEPS) return -1
  const c = wChars[i]
  if (kind === 'mixed' && term.startsWith(c.ch, p) && !LATIN.test(c.ch)) {
    const r = walk(i + 1, p + c.ch.length, kind, alt)
    if (r >= 0) return r
  }
  const count = alt ? c.readings.length : 1
  for (let k = 0; k < count; k++) {
    const reading = c.readings[k]
    if (kind === 'initials') {
      if (reading.charCodeAt(0) === term.charCodeAt(p)) {
        const r = walk(i + 1, p + 1, kind, alt)
        if (r >= 0) return r
      }
      continue
    }
    // the full reading, or the last syllable typed in part (jiehund)
    if (term.startsWith(reading, p)) {
      const r = walk(i + 1, p + reading.length, kind, alt)
      if (r >= 0) return r
    } else if (term.length - p < reading.length && reading.startsWith(term.slice(p))) {
      return i + 1
    }
    if (kind === 'mixed') {
      // the 声母 zh / ch / sh, or the first letter
      if (reading.length > 2 && reading.charCodeAt(1) === 104 /* h */ && /^[zcs]/.test(reading) && term.startsWith(reading.slice(0, 2), p)) {
        const r = walk(i + 1, p + 2, kind, alt)
        if (r >= 0) return r
      }
      if (reading.length > 1 && reading.charCodeAt(0) === term.charCodeAt(p)) {
        const r = walk(i + 1, p + 1, kind, alt)
        if (r >= 0) return r
      }
    }
  }
  return -1
}

const KINDS: PinyinKind[] = ['full', 'initials', 'mixed']

/**
 * Match a normalised term (no spaces) against an entry's readings. Tries, best first: 全拼 from the start,
 * 全拼 anywhere, 首字母 from the start, 首字母 anywhere, mixed, all with the readings in context; then 全拼 with
 * the other readings of 多音字. Returns the best match or null.
 */
export function matchPinyin(entry: TextEntry, term: string): PinyinMatch | null {
  const chars = entry.chars
  const n = chars.length
  if (!n || !term) return null
  const first = term[0]
  const firstBit = bit(first)
  if (firstBit !== 0 ? !(entry.firstMask & firstBit) : !entry.norm.includes(first)) return null
  wChars = chars
  wTerm = term
  wSteps = 0
  for (const alt of [false, true]) {
    for (const kind of KINDS) {
      if (firstBit === 0 && kind !== 'mixed') continue
      // other readings only for 全拼 (huankuan → 还款): with 首字母 they would mostly add noise
      if (alt && kind !== 'full') continue
      for (const prefixOnly of [true, false]) {
        for (let s = prefixOnly ? 0 : 1; s < (prefixOnly ? 1 : n); s++) {
          const c = chars[s]
          if (firstBit !== 0) {
            if (!((alt ? c.anyFirst : c.primaryFirst) & firstBit) && !(kind === 'mixed' && c.ch === first)) continue
          } else if (c.ch[0] !== first) continue
          const to = walk(s, 0, kind, alt)
          if (to >= 0) {
            // (a match that works without alternatives was found in the first pass, so `alt` here means needed)
            // One letter per character is 首字母, even when the walk read it as a cut-short syllable (j, jh…)
            const k = kind === 'full' && term.length === to - s ? 'initials' : kind
            return { kind: k, prefix: s === 0, alternative: alt, from: s, to }
          }
        }
      }
    }
  }
  return null
}

/** 首字母 of a string's contextual readings (结婚登记 → jhdj), for places that only need the string. */
export function initialsOf(text: string): string {
  return textEntry(text)
    .chars.map((c) => c.readings[0][0] ?? '')
    .join('')
}

/** Full pinyin of a string's contextual readings without tones (结婚登记 → jiehundengji). */
export function fullPinyinOf(text: string): string {
  return textEntry(text)
    .chars.map((c) => c.readings[0])
    .join('')
}
