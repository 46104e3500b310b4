import { FAULT_KINDS, FAULT_LABELS, faultedTotal } from './soak-faults'
import type { SoakReport } from './soak-lib'

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`
const row = (label: string, value: string | number, must = '') => `  ${label.padEnd(44)} ${String(value).padStart(10)}  ${must}`

/** The soak's figures as lines of a table, then every distinct message a user saw, with how often. */
export function soakTable(r: SoakReport, broken: string[]): string[] {
  const { requests } = r
  const faulted = faultedTotal(requests)
  const messages = new Map<string, number>()
  for (const e of r.errorsSeen) messages.set(`${e.step}: ${e.message}`, (messages.get(`${e.step}: ${e.message}`) ?? 0) + 1)
  return [
    `Fault soak: ${r.started} journeys, seed ${r.options.seed}, ${r.options.concurrency} at once, ${(r.ms / 1000).toFixed(1)} s`,
    row('requests sent (every attempt, uploads too)', requests.requests),
    row('requests faulted', `${faulted}`, `${pct(faulted, requests.requests)} (asked ${pct(r.options.faultShare, 1)})`),
    ...FAULT_KINDS.map((k) => row(`  ${FAULT_LABELS[k]}`, requests.faulted[k], pct(requests.faulted[k], requests.requests))),
    row('journeys started', r.started),
    row('journeys completed', r.completed, `must be ${r.started}`),
    row('applications created (server state)', r.applicationsCreated, `must be ${r.journeysSubmitting}`),
    row('duplicate applications', r.duplicateApplications, 'must be 0'),
    row('drafts lost', r.draftsLost, 'must be 0'),
    row('payments charged twice', r.paymentsChargedTwice, 'must be 0'),
    row('appointments double-booked', r.appointmentsDoubleBooked, 'must be 0'),
    row('error messages users saw', r.errorsSeen.length, `${r.unclearErrors.length} not clear Chinese (must be 0)`),
    ...[...messages.entries()].sort((a, b) => b[1] - a[1]).map(([m, n]) => `    ${String(n).padStart(4)} × ${m}`),
    ...r.gaveUp.map((g) => `  journey ${g.index} gave up at ${g.at}`),
    broken.length === 0 ? 'PASS: every invariant holds' : `FAIL: ${broken.join('; ')}`,
  ]
}
