import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildServer } from '../mock/server'
import { STAFF } from '../mock/fixtures/staff'
import { mockPaths } from '../src/api/contract/paths'
import { createApiClient } from '../src/api/client'
import { createAuthApi } from '../src/api/endpoints/auth'
import { nodeTransport } from '../test/unit/api/node-transport'
import { seededRandom } from '../test/support/seeded-random'
import { faultDecider, faultedTotal, faultingTransport, newCounter, type FaultCounter } from './soak-faults'
import { runJourney, type JourneyResult } from './soak-journey'
import { isClearChinese, type SeenError } from './soak-user'

/**
 * The fault soak (issue 9, Resilience): many whole journeys through the app's own API client and endpoint
 * modules against the real mock over HTTP, with faults injected on a share of all requests, then the invariants
 * counted on the server's own state (the mock persists it to a temporary file, read back at the end).
 */
export interface SoakOptions {
  journeys: number
  seed: number
  /** Journeys running at once */
  concurrency: number
  /** Share of requests to fault, 0..1 */
  faultShare: number
  /** The client's timeout (the app's is 10 s; shorter here so a soak takes seconds) */
  timeoutMs?: number
  /** Pause between a user's taps, and the outbox's retry interval (the app's first is 15 s) */
  pauseMs?: number
}

export interface SoakReport {
  options: Required<SoakOptions>
  started: number
  completed: number
  gaveUp: { index: number; at: string }[]
  /** Applications of the soak's users, counted in the server's state */
  applicationsCreated: number
  /** Journeys that got as far as submitting (each must have exactly one application) */
  journeysSubmitting: number
  duplicateApplications: number
  /** A typed draft not equal to what the server holds (draft before submission, or the application's answers) */
  draftsLost: number
  paymentsChargedTwice: number
  appointmentsDoubleBooked: number
  requests: FaultCounter
  errorsSeen: SeenError[]
  unclearErrors: SeenError[]
  ms: number
}

interface PersistedState {
  slices: {
    applications?: { byId: Record<string, { userId: string; answers: unknown }> }
    payments?: { orders: Record<string, { feeId: string; status: string }> }
    appointments?: { byId: Record<string, { userId: string; serviceKey: string; status: string; date: string; slot: { id: string }; hall: { id: string } }> }
  }
}

const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** Runs `task(i)` for i in [0, n) with at most `limit` at once. */
async function pool<T>(n: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n)
  let next = 0
  const worker = async () => {
    while (next < n) {
      const i = next++
      results[i] = await task(i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker))
  return results
}

export async function runSoak(input: SoakOptions): Promise<SoakReport> {
  const options: Required<SoakOptions> = { timeoutMs: 1500, pauseMs: 20, ...input }
  const dir = mkdtempSync(join(tmpdir(), 'tongban-soak-'))
  const statePath = join(dir, 'state.json')
  const app = buildServer({ quiet: true, persistPath: statePath })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const t0 = Date.now()
  const counter = newCounter()
  try {
    // The window staff signs in once, without faults (set-up, not part of the soak).
    const clean = createAuthApi(createApiClient({ baseUrl, transport: nodeTransport }))
    await clean.sendSmsCode({ phone: STAFF[0].phone })
    const outbox = (await (await fetch(`${baseUrl}${mockPaths.outbox}?phone=${STAFF[0].phone}`)).json()) as { messages: { code: string }[] }
    const staffToken = (await clean.loginWithSms({ phone: STAFF[0].phone, code: outbox.messages[0].code })).token

    const clientFor = (decide: () => string | null, token: () => string | null) =>
      createApiClient({ baseUrl, transport: faultingTransport(nodeTransport, decide), getToken: token, timeoutMs: options.timeoutMs })
    const results = await pool(options.journeys, options.concurrency, (index) => {
      // One PRNG per journey: the same seed gives the same decisions whatever the interleaving.
      const decide = faultDecider(seededRandom(options.seed * 100_003 + index), options.faultShare, counter, options.timeoutMs)
      return runJourney(index, {
        baseUrl,
        client: (token) => clientFor(decide, token),
        uploadFault: decide,
        timeoutMs: options.timeoutMs,
        staff: clientFor(decide, () => staffToken),
        pauseMs: options.pauseMs,
      })
    })
    // Answers lost after handling (timeouts) may still be in flight on the server: let them land.
    await new Promise((resolve) => setTimeout(resolve, options.timeoutMs + 500))
    return tally(options, results, JSON.parse(readFileSync(statePath, 'utf8')) as PersistedState, counter, Date.now() - t0)
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

function tally(options: Required<SoakOptions>, results: JourneyResult[], state: PersistedState, requests: FaultCounter, ms: number): SoakReport {
  const users = new Set(results.map((r) => r.userId).filter((id): id is string => id !== null))
  const applications = Object.values(state.slices.applications?.byId ?? {}).filter((a) => users.has(a.userId))
  const perUser = new Map<string, number>()
  for (const a of applications) perUser.set(a.userId, (perUser.get(a.userId) ?? 0) + 1)
  const submitting = results.filter((r) => r.expectedAnswers !== null)

  let draftsLost = 0
  for (const r of submitting) {
    const held = r.applicationId ? state.slices.applications?.byId[r.applicationId] : undefined
    if (r.draftMatched === false || (held && !same(held.answers, r.expectedAnswers))) draftsLost++
  }

  const paidPerFee = new Map<string, number>()
  for (const o of Object.values(state.slices.payments?.orders ?? {})) if (o.status === 'paid') paidPerFee.set(o.feeId, (paidPerFee.get(o.feeId) ?? 0) + 1)
  const activePerService = new Map<string, number>()
  for (const a of Object.values(state.slices.appointments?.byId ?? {})) {
    if (users.has(a.userId) && a.status === 'booked') activePerService.set(`${a.userId} ${a.serviceKey}`, (activePerService.get(`${a.userId} ${a.serviceKey}`) ?? 0) + 1)
  }
  const errorsSeen = results.flatMap((r) => r.errors)
  return {
    options,
    started: results.length,
    completed: results.filter((r) => r.completed).length,
    gaveUp: results.filter((r) => r.gaveUpAt !== null).map((r) => ({ index: r.index, at: r.gaveUpAt! })),
    applicationsCreated: applications.length,
    journeysSubmitting: submitting.length,
    duplicateApplications: [...perUser.values()].reduce((n, c) => n + Math.max(0, c - 1), 0),
    draftsLost,
    paymentsChargedTwice: [...paidPerFee.values()].filter((n) => n > 1).length,
    appointmentsDoubleBooked: [...activePerService.values()].filter((n) => n > 1).length,
    requests,
    errorsSeen,
    unclearErrors: errorsSeen.filter((e) => !isClearChinese(e.message)),
    ms,
  }
}

/** The invariants that must hold; each broken one as a line (empty when the soak passed). */
export function brokenInvariants(r: SoakReport): string[] {
  const broken: string[] = []
  if (r.completed !== r.started) broken.push(`journeys completed ${r.completed} of ${r.started}`)
  if (r.applicationsCreated !== r.journeysSubmitting) broken.push(`applications ${r.applicationsCreated} ≠ journeys that submitted ${r.journeysSubmitting}`)
  if (r.duplicateApplications > 0) broken.push(`duplicate applications ${r.duplicateApplications}`)
  if (r.draftsLost > 0) broken.push(`drafts lost ${r.draftsLost}`)
  if (r.paymentsChargedTwice > 0) broken.push(`payments charged twice ${r.paymentsChargedTwice}`)
  if (r.appointmentsDoubleBooked > 0) broken.push(`appointments double-booked ${r.appointmentsDoubleBooked}`)
  if (r.unclearErrors.length > 0) broken.push(`unclear error messages ${r.unclearErrors.length}`)
  if (faultedTotal(r.requests) / Math.max(1, r.requests.requests) < r.options.faultShare * 0.8) broken.push('fewer faults injected than asked')
  return broken
}
