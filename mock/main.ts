import { resolve } from 'node:path'
import { mockPaths } from '../src/api/contract/paths'
import { catalogIndex } from './catalog/query'
import { buildServer } from './server'

/**
 * `npm run mock`: the mock platform on http://127.0.0.1:9527. Environment:
 *   MOCK_PORT, MOCK_HOST        where to listen (default 9527, 127.0.0.1)
 *   MOCK_PERSIST                keep state in a JSON file across restarts: a path, or 1 for mock/.data/state.json
 *   MOCK_LATENCY_MS             added to every API request
 *   MOCK_ERROR_RATE             0..1 share of API requests answered 503
 *   MOCK_DROP_RATE              0..1 share of API requests whose connection is closed without an answer
 *   MOCK_REVIEW_MS              the scripted back office moves applications and 咨询/投诉/找茬 on every so many ms
 *                               (default 15000, 0: off)
 */
const env = process.env

const rate = (name: string): number => {
  const value = Number(env[name] ?? 0)
  if (!(value >= 0 && value <= 1)) throw new Error(`${name} must be between 0 and 1`)
  return value
}

function reviewInterval(): number {
  const value = Number(env.MOCK_REVIEW_MS ?? 15_000)
  if (!(value >= 0)) throw new Error('MOCK_REVIEW_MS must be 0 (off) or a number of milliseconds')
  return value
}

function persistPath(): string | undefined {
  const value = env.MOCK_PERSIST
  if (!value || value === '0' || value === 'false') return undefined
  return resolve(value === '1' || value === 'true' ? 'mock/.data/state.json' : value)
}

async function main() {
  const port = Number(env.MOCK_PORT ?? 9527)
  const host = env.MOCK_HOST ?? '127.0.0.1'
  const persist = persistPath()
  const reviewMs = reviewInterval()
  const app = buildServer({
    persistPath: persist,
    faults: { latencyMs: Number(env.MOCK_LATENCY_MS ?? 0) || 0, errorRate: rate('MOCK_ERROR_RATE'), dropRate: rate('MOCK_DROP_RATE') },
  })
  // The catalog (20,000+ implementations) is generated once per process: now, rather than on the first request.
  const started = performance.now()
  const { items } = catalogIndex().catalog
  const catalogReady = `${items.length} implementations, ready in ${Math.round(performance.now() - started)} ms`
  await app.listen({ port, host })
  // The scripted reviewer (审批后台): only here, never in buildServer, so tests decide every step themselves.
  const stopBackOffice = app.backOffice.start({ intervalMs: reviewMs })
  const base = `http://${host}:${port}`
  process.stdout.write(
    [
      `通办 mock API on ${base}`,
      `  短信发件箱  ${base}${mockPaths.outbox}`,
      `  事项目录    ${catalogReady}`,
      `  state       ${persist ?? 'in memory (set MOCK_PERSIST=1 to keep it in mock/.data/state.json)'}`,
      `  审批后台    ${reviewMs > 0 ? `moves applications and 咨询/投诉/找茬 every ${reviewMs} ms (MOCK_REVIEW_MS)` : `off (MOCK_REVIEW_MS=0); use POST ${base}${mockPaths.review} and ${base}${mockPaths.feedbackAction}`}`,
      '',
    ].join('\n'),
  )
  const stop = () => {
    stopBackOffice()
    void app.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`mock: ${(error as Error).message}\n`)
  process.exit(1)
})
