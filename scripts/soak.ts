/**
 * npm run soak [-- --journeys 60 --seed 9 --concurrency 6 --faults 0.25]
 * Drives whole journeys through the app's API client against the mock with injected faults and prints a table
 * (see scripts/soak-lib.ts). Exits 1 when an invariant breaks.
 */
import { brokenInvariants, runSoak } from './soak-lib'
import { soakTable } from './soak-table'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`)
  return value
}

async function main() {
  const report = await runSoak({ journeys: arg('journeys', 60), seed: arg('seed', 9), concurrency: arg('concurrency', 6), faultShare: arg('faults', 0.25) })
  const broken = brokenInvariants(report)
  process.stdout.write(`${soakTable(report, broken).join('\n')}\n`)
  process.exitCode = broken.length > 0 ? 1 : 0
}

main().catch((e: unknown) => {
  process.stderr.write(`soak failed: ${(e as Error).stack ?? String(e)}\n`)
  process.exitCode = 2
})
