import { allEndpoints } from '../../../src/api/contract/endpoints'
import { allCases, endpointCount, type FuzzCase, type FuzzOptions } from './cases'
import { buildWorld, type FuzzWorld } from './world'

/**
 * Sends every case to the mock in-process (`inject`) and checks each answer:
 * - never a 5xx (faults are off; a contract violation is a 500 too, so answers outside the contract count);
 * - every 4xx is JSON with a string `code` and a Chinese `message`;
 * - no answer to A (or to nobody) holds B's data, none to B holds A's (the request's own text excepted:
 *   an id sent may be echoed); /mock/* dev endpoints answer anyone by design and are left out of this check;
 * - Object.prototype and Array.prototype are untouched after every request.
 */
export interface Violation {
  endpoint: string
  probe: string
  problem: string
  status: number
  body: string
}

export interface FuzzReport {
  endpoints: number
  requests: number
  byClass: Record<'2xx' | '3xx' | '4xx' | '5xx', number>
  violations: Violation[]
  /** Mock log lines written during the run */
  logLines: string[]
  /** The seeded users (their phones, ID numbers, tokens) */
  world: Pick<FuzzWorld, 'a' | 'b'>
}

const CHINESE = /[\u4e00-\u9fff]/
const MOCK_IDS = new Set(allEndpoints.filter((e) => e.tag === 'mock').map((e) => e.id))

const protoSnapshot = () => [Object.getOwnPropertyNames(Object.prototype).join(','), Object.getOwnPropertyNames(Array.prototype).join(',')].join('|')

function leaks(c: FuzzCase, body: string, world: FuzzWorld): string[] {
  if (MOCK_IDS.has(c.endpoint)) return []
  const sent = `${c.url} ${tryDecode(c.url)} ${c.payload?.toString() ?? ''} ${JSON.stringify(c.headers)}`
  const foreign = c.actor === 'A' ? world.b.secrets : c.actor === 'B' ? world.a.secrets : [...world.a.secrets, ...world.b.secrets]
  return foreign.filter((s) => body.includes(s) && !sent.includes(s))
}

function tryDecode(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

export function checkAnswer(c: FuzzCase, status: number, contentType: string, body: string, world: FuzzWorld): string[] {
  const problems: string[] = []
  if (status >= 500) problems.push(`status ${status}`)
  if (status >= 400) {
    let parsed: unknown
    try {
      parsed = contentType.includes('json') ? JSON.parse(body) : undefined
    } catch {
      parsed = undefined
    }
    const err = parsed as { code?: unknown; message?: unknown } | undefined
    if (!err || typeof err.code !== 'string' || typeof err.message !== 'string') problems.push('4xx without a JSON ErrorBody')
    else if (!CHINESE.test(err.message)) problems.push(`message not Chinese: ${err.message}`)
  }
  for (const secret of leaks(c, body, world)) problems.push(`other user's data in the answer: ${secret.slice(0, 4)}…`)
  return problems
}

export async function runFuzz(options: FuzzOptions, onProgress?: (done: number, total: number) => void): Promise<FuzzReport> {
  const world = await buildWorld()
  const cases = allCases(world, options)
  const report: FuzzReport = { endpoints: endpointCount(options), requests: 0, byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }, violations: [], logLines: world.logLines, world: { a: world.a, b: world.b } }
  const before = protoSnapshot()
  try {
    for (const [i, c] of cases.entries()) {
      let status: number
      let contentType: string
      let body: string
      try {
        const res = await world.app.inject({ method: c.method, url: c.url, headers: c.headers, payload: c.payload })
        status = res.statusCode
        contentType = res.headers['content-type']?.toString() ?? ''
        body = res.body
      } catch (e) {
        // The request could not be written at all (an illegal header value): not the server's fault.
        if (/Invalid character|ERR_INVALID_CHAR|header/i.test(String(e))) continue
        throw e
      }
      report.requests += 1
      report.byClass[`${Math.floor(status / 100)}xx` as keyof FuzzReport['byClass']] += 1
      const problems = checkAnswer(c, status, contentType, body, world)
      if (protoSnapshot() !== before || ({} as Record<string, unknown>).polluted !== undefined) problems.push('prototype polluted')
      for (const problem of problems) report.violations.push({ endpoint: c.endpoint, probe: c.probe, problem, status, body: body.slice(0, 300) })
      onProgress?.(i + 1, cases.length)
    }
  } finally {
    await world.app.close()
  }
  return report
}
