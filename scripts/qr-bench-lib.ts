/**
 * The 亮证 QR figure for `npm run bench`: token to drawn image, in process, i.e. encodeQr + the PNG data URI an
 * <Image> shows (what the show page does every 30 s), for a 270-character token (the mock's tokens are about 267) at the defaults (module 8 px,
 * quiet zone 4, level M). A figure, not a test: it prints, it does not assert.
 */
import { performance } from 'node:perf_hooks'
import { qrPngDataUri } from '../src/domain/qr'

export interface QrFigures {
  tokenChars: number
  runs: number
  modules: number
  pixels: number
  /** Length of the data URI: the bytes a page passes to <Image src> (and, on mini-programs, through setData) */
  uriBytes: number
  p50Ms: number
  p95Ms: number
  maxMs: number
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0
}
const ms = (x: number) => +x.toFixed(3)

/** A token shaped like the platform's: `TB1.<payload>.<signature>` in base64url, a different one each run. */
function token(run: number, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let seed = run + 1
  let body = ''
  for (let i = 0; body.length < length - 5; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    body += alphabet[seed % 64]
  }
  return `TB1.${body.slice(0, 130)}.${body.slice(130)}`
}

export function qrFigures(runs = 200, tokenChars = 270): QrFigures {
  for (let i = 0; i < 20; i++) qrPngDataUri(token(-i - 1, tokenChars)) // warm-up, not counted
  const times: number[] = []
  let last = qrPngDataUri(token(0, tokenChars))
  for (let i = 0; i < runs; i++) {
    const text = token(i, tokenChars)
    const start = performance.now()
    last = qrPngDataUri(text)
    times.push(performance.now() - start)
  }
  return {
    tokenChars: token(0, tokenChars).length,
    runs,
    modules: last.modules,
    pixels: last.pixels,
    uriBytes: last.uri.length,
    p50Ms: ms(quantile(times, 0.5)),
    p95Ms: ms(quantile(times, 0.95)),
    maxMs: ms(Math.max(...times)),
  }
}

export function qrLines(f: QrFigures): string[] {
  return [
    `亮证 QR (token → PNG data URI, ${f.tokenChars}-char token, level M, ${f.modules} modules, ${f.pixels}×${f.pixels} px)`,
    `  p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms over ${f.runs} runs; data URI ${(f.uriBytes / 1024).toFixed(1)} KB`,
  ]
}
