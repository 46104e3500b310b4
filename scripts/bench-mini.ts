/**
 * Mini-program figures in the simulated host of test/native/host (the compiled dist/weapp|alipay|swan, its
 * requests answered in process by the real mock):
 * - cold start: from booting the host (app.json, then app.js and its chunks) to 首页's first setData that shows
 *   its service tiles (社区服务 …), a new host (new JS context) per run
 * - long lists (weapp): 事项列表 and search results with 5,000 rows, scrolled top to bottom one screen at a time
 *   by the ScrollView's scroll events, with the rows drawn, the nodes in the page data and every setData's size
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildServer } from '../mock/server'
import { bootMiniApp, type HostPage } from '../test/native/host/mini-host'
import type { HttpRequest, HttpResponse, Target } from '../test/native/host/host-api'
import { findByClass, textOf, type TaroNode } from '../test/native/host/tree'
import { LONG_LISTS, LONG_LIST_ROWS, isLongListRequest, longListAnswer, realPageUrl } from './bench-long-list-data'
import { median, quantile, round } from './bench-stats'

/** The first 服务入口 tile's title: 首页 shows it from static data, before any answer arrives. */
const HOME_CONTENT = '社区服务'

function viaMock(server: FastifyInstance, counter: { inflight: number }) {
  return async (req: HttpRequest): Promise<HttpResponse> => {
    counter.inflight++
    try {
      const asked = new URL(req.url)
      const long = isLongListRequest(asked)
      const url = long ? realPageUrl(asked) : asked
      const res = await server.inject({ method: req.method as 'GET', url: url.pathname + url.search, headers: req.headers, payload: req.body as string | undefined })
      const json = String(res.headers['content-type'] ?? '').includes('json')
      const body = json ? res.json() : res.body
      return { status: res.statusCode, headers: res.headers as Record<string, string>, body: long && res.statusCode === 200 ? longListAnswer(asked, body) : body }
    } finally {
      counter.inflight--
    }
  }
}

export interface ColdStartFigures {
  target: Target
  runs: number[]
  medianMs: number
}

/** One cold start in this process: the time from booting the host to 首页's first setData showing its tiles. */
async function coldStartOnce(root: string, target: Target): Promise<number> {
  const server = buildServer({ quiet: true })
  await server.ready()
  let shown: number | null = null
  const start = performance.now()
  await bootMiniApp({
    target,
    dist: join(root, 'dist', target),
    http: viaMock(server, { inflight: 0 }),
    onSetData: (page) => {
      if (shown === null && page.route === 'pages/home/index' && textOf(page.data.root).includes(HOME_CONTENT)) shown = performance.now()
    },
  })
  if (shown === null) throw new Error(`${target}: 首页 never showed ${HOME_CONTENT}`)
  return round((shown as number) - start, 1)
}

/**
 * Each run in a new Node process, so nothing of the app's code is compiled yet (V8 keeps compiled scripts
 * across JS contexts of one process, which would make every run after the first a warm start).
 */
export function coldStarts(root: string, targets: readonly Target[], runs = 5): ColdStartFigures[] {
  return targets.map((target) => {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const child = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [__filename, 'cold-start', target], { cwd: root, encoding: 'utf8' })
      const ms = Number(/^cold-start (\S+)$/m.exec(child.stdout)?.[1])
      if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`cold start of ${target} failed:\n${child.stdout}\n${child.stderr}`)
      times.push(ms)
    }
    return { target, runs: times, medianMs: median(times) }
  })
}

export interface MiniListFigures {
  name: string
  rows: number
  steps: number
  lastRowShown: number
  maxRenderedRows: number
  maxNodes: number
  /** setData calls while scrolling, and their JSON size in bytes */
  updates: number
  p50Bytes: number
  maxBytes: number
  /** The first full render of the page, for scale */
  firstRenderBytes: number
}

const countNodes = (node: TaroNode | undefined): number => (node ? 1 + (node.cn ?? []).reduce((n, c) => n + countNodes(c), 0) : 0)
const px = (style: unknown, key: string) => Number(new RegExp(`${key}:\\s*([\\d.]+)px`).exec(String(style ?? ''))?.[1] ?? NaN)

/** Waits until the app has gone quiet: no request in flight and no setData for a few turns of the event loop. */
async function quiet(counter: { inflight: number; lastSetData: number }) {
  for (let idle = 0, turns = 0; idle < 3 && turns < 500; turns++) {
    const before = counter.lastSetData
    await new Promise((r) => setTimeout(r, 1))
    idle = counter.inflight === 0 && counter.lastSetData === before ? idle + 1 : 0
  }
}

export async function longListsWeapp(root: string): Promise<MiniListFigures[]> {
  const server = buildServer({ quiet: true })
  await server.ready()
  const counter = { inflight: 0, lastSetData: 0 }
  const sizes: number[] = []
  let recording = false
  let firstRender = 0
  try {
    const app = await bootMiniApp({
      target: 'weapp',
      dist: join(root, 'dist', 'weapp'),
      http: viaMock(server, counter),
      onSetData: (_page: HostPage, patch) => {
        counter.lastSetData++
        const bytes = Buffer.byteLength(JSON.stringify(patch))
        if (recording) sizes.push(bytes)
        else firstRender += bytes
      },
    })
    const out: MiniListFigures[] = []
    for (const list of LONG_LISTS) {
      firstRender = 0
      const page = await app.openPage(list.route)
      await app.waitFor(() => findByClass(page.data.root, 'tb-virtual-list__row').length > 0)
      await quiet(counter)
      const scroller = findByClass(page.data.root, 'tb-virtual-list')[0]
      const viewport = px(scroller.st, 'height')
      const rowHeight = px(findByClass(page.data.root, 'tb-virtual-list__row')[0].st, 'height')
      const firstRenderBytes = firstRender
      sizes.length = 0
      recording = true
      let maxRows = 0
      let maxNodes = 0
      let steps = 0
      const target = { id: scroller.sid, dataset: { sid: scroller.sid } }
      for (let top = viewport; top < LONG_LIST_ROWS * rowHeight; top += viewport) {
        page.instance.eh({ type: 'scroll', timeStamp: Date.now(), detail: { scrollTop: top, scrollLeft: 0, scrollHeight: LONG_LIST_ROWS * rowHeight, deltaY: viewport }, target, currentTarget: target })
        await quiet(counter)
        maxRows = Math.max(maxRows, findByClass(page.data.root, 'tb-virtual-list__row').length)
        maxNodes = Math.max(maxNodes, countNodes(page.data.root))
        steps++
      }
      recording = false
      const rows = findByClass(page.data.root, 'tb-virtual-list__row')
      const lastRowShown = rows.reduce((m, r) => Math.max(m, Math.round(px(r.st, 'top') / rowHeight)), -1)
      out.push({
        name: list.name,
        rows: LONG_LIST_ROWS,
        steps,
        lastRowShown,
        maxRenderedRows: maxRows,
        maxNodes,
        updates: sizes.length,
        p50Bytes: quantile(sizes, 0.5),
        maxBytes: Math.max(0, ...sizes),
        firstRenderBytes,
      })
      await app.back()
    }
    return out
  } finally {
    await server.close()
  }
}

// `tsx scripts/bench-mini.ts cold-start weapp`: one cold start, printed for coldStarts() to read.
if (require.main === module && process.argv[2] === 'cold-start') {
  void coldStartOnce(join(__dirname, '..'), process.argv[3] as Target).then((ms) => {
    process.stdout.write(`cold-start ${ms}\n`)
    // The booted app keeps its timers (session refresh, polling): this process is done once it has measured.
    process.exit(0)
  })
}
