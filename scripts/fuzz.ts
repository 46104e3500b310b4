/**
 * npm run fuzz: every endpoint of the contract (src/api/contract/endpoints.ts, /mock/* included) against the
 * in-process mock with malformed, oversized, wrong-typed and hostile input, bad tokens and another user's ids.
 * Prints the counts and each violation; exits 1 when there is any.
 *
 *   npm run fuzz                  every payload on every field
 *   npm run fuzz -- --stride 4    every 4th payload per field (what the Jest test runs)
 *   npm run fuzz -- --only submit,book
 */
import { runFuzz } from '../test/support/fuzz/run'

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const stride = Number(arg('stride') ?? 1)
  const only = arg('only')?.split(',')
  const started = Date.now()
  const report = await runFuzz({ stride, only }, (done, total) => {
    if (done % 1000 === 0) process.stderr.write(`  ${done}/${total}\n`)
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const out = process.stdout
  out.write(`endpoints   ${report.endpoints}\n`)
  out.write(`requests    ${report.requests} (${seconds} s)\n`)
  for (const [cls, n] of Object.entries(report.byClass)) out.write(`  ${cls}       ${n}\n`)
  out.write(`violations  ${report.violations.length}\n`)
  const grouped = new Map<string, typeof report.violations>()
  for (const v of report.violations) {
    const key = `${v.endpoint}: ${v.problem.slice(0, 120)}`
    grouped.set(key, [...(grouped.get(key) ?? []), v])
  }
  for (const [key, list] of grouped) out.write(`  ${key} ×${list.length} (e.g. ${list[0].probe} → ${list[0].status} ${list[0].body.slice(0, 160)})\n`)
  process.exit(report.violations.length === 0 ? 0 : 1)
}

void main()
