/**
 * npm run bench: figures, not pass/fail (machines here are noisy). Prints a table and writes
 * bench/results.json.
 * - package sizes per target (as npm run size)
 * - H5 first screen in Chromium, mobile viewport, 4× CPU throttling: time until 首页's shortcuts render (median of 5)
 * - API round trip through the real client over HTTP to the mock server: p50 / p95 of 200 GETs
 * - catalog search (scripts/search-bench-lib.ts, also `npm run bench:search` alone): index build, p50 / p95 /
 *   max of a realistic query mix in process on the full catalog (上海市 and 黄浦区 scopes, budget p95 ≤ 20 ms),
 *   and p50 / p95 through the search route (app.inject)
 * - 亮证 QR (scripts/qr-bench-lib.ts): token to PNG data URI, p50 / p95 of 200 runs, and the data URI's size
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildServer } from '../mock/server'
import { serveH5 } from './serve-h5'
import { launchChromium, PHONE } from '../test/e2e/browser'
import { BUDGET, MINI_TARGETS, PLATFORM_LIMIT, gzippedSize, kb, miniSizes, pct } from './size-lib'
import { h5HomeAssets } from './h5-home-assets'
import { createApiClient } from '../src/api/client'
import { nodeTransport } from '../test/unit/api/node-transport'
import { paths } from '../src/api/contract/paths'
import { searchInProcess, searchLines, searchOverHttp } from './search-bench-lib'
import { qrFigures, qrLines } from './qr-bench-lib'

const root = join(__dirname, '..')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]

async function firstScreen(runs = 5) {
  const api = buildServer({ quiet: true })
  await api.listen({ host: '127.0.0.1', port: 0 })
  const { server, url } = await serveH5({ dist: join(root, 'dist/h5'), apiOrigin: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}` })
  const browser = await launchChromium()
  const times: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(PHONE)
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      const start = performance.now()
      await page.goto(url)
      await page.locator('.home__entry').first().waitFor()
      times.push(performance.now() - start)
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
    await api.close()
  }
  return { runs, medianMs: Math.round(median(times)), minMs: Math.round(Math.min(...times)), maxMs: Math.round(Math.max(...times)) }
}

async function apiRoundTrip(n = 200) {
  const api = buildServer({ quiet: true })
  await api.listen({ host: '127.0.0.1', port: 0 })
  const client = createApiClient({ baseUrl: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`, transport: nodeTransport, getToken: () => null })
  const times: number[] = []
  try {
    for (let i = 0; i < n; i++) {
      const start = performance.now()
      await client.get(paths.config)
      times.push(performance.now() - start)
    }
  } finally {
    await api.close()
  }
  return { requests: n, p50Ms: +quantile(times, 0.5).toFixed(2), p95Ms: +quantile(times, 0.95).toFixed(2) }
}

/** Catalog search: in process on the full catalog, then over HTTP through the route (null while unregistered). */
async function catalogSearch() {
  const inProcess = searchInProcess()
  const http = await searchOverHttp()
  return { inProcess, http }
}

async function main() {
  const sizes = MINI_TARGETS.map((t) => miniSizes(root, t))
  const homeAssets = await h5HomeAssets(root)
  const h5HomeGzip = gzippedSize(root, homeAssets)
  const screen = await firstScreen()
  const roundTrip = await apiRoundTrip()
  const search = await catalogSearch()
  const qr = qrFigures()

  const lines = [
    'package sizes',
    ...sizes.flatMap((s) => [
      `  ${s.target.padEnd(7)} main ${kb(s.main).padStart(9)}  (${pct(s.main, PLATFORM_LIMIT)} of 2 MB, budget ${kb(BUDGET.main)})`,
      ...Object.entries(s.subpackages).map(([n, v]) => `  ${s.target.padEnd(7)} ${n.padEnd(18)} ${kb(v).padStart(9)}  (${pct(v, PLATFORM_LIMIT)} of 2 MB)`),
    ]),
    `  h5      home route JS+CSS gzip ${kb(h5HomeGzip)} in ${homeAssets.length} files (budget ${kb(BUDGET.h5Home)})`,
    'H5 first screen (Chromium, 390×844, 4× CPU throttling, shortcuts visible)',
    `  median ${screen.medianMs} ms over ${screen.runs} runs (min ${screen.minMs}, max ${screen.maxMs})`,
    'API round trip (client → mock over HTTP, GET config)',
    `  p50 ${roundTrip.p50Ms} ms, p95 ${roundTrip.p95Ms} ms over ${roundTrip.requests} requests`,
    ...searchLines(search.inProcess, search.http),
    ...qrLines(qr),
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
  mkdirSync(join(root, 'bench'), { recursive: true })
  const results = { date: new Date().toISOString(), sizes, h5: { homeAssets, homeGzipBytes: h5HomeGzip }, firstScreen: screen, apiRoundTrip: roundTrip, catalogSearch: search, showCodeQr: qr }
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
}

void main()
