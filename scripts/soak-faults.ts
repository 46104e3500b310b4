import { FAULT_HEADER } from '../src/api/contract'
import type { Transport } from '../src/api/transport'

/**
 * The faults a soak injects, one decision per request (every attempt of the client, every upload), through the
 * mock's own per-request fault header (mock/plugins/faults.ts), so the server really delays, fails, drops, or
 * acts and then loses its answer. `after` faults are the ones that make duplicates when a client retries wrongly.
 */
export type FaultKind = 'slow' | 'timeout' | 'status-503' | 'drop' | 'status-503-after' | 'drop-after'

export const FAULT_KINDS: readonly FaultKind[] = ['slow', 'timeout', 'status-503', 'drop', 'status-503-after', 'drop-after']

/** Relative weights of the kinds among faulted requests */
const WEIGHTS: Record<FaultKind, number> = { slow: 25, timeout: 5, 'status-503': 25, drop: 15, 'status-503-after': 15, 'drop-after': 15 }

export const FAULT_LABELS: Record<FaultKind, string> = {
  slow: 'slowed (200–800 ms)',
  timeout: 'past the client timeout (acted, late)',
  'status-503': '503 before handling',
  drop: 'dropped before handling',
  'status-503-after': 'handled, then answered 503',
  'drop-after': 'handled, then connection dropped',
}

export interface FaultCounter {
  requests: number
  faulted: Record<FaultKind, number>
}

export const newCounter = (): FaultCounter => ({ requests: 0, faulted: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number> })

export const faultedTotal = (c: FaultCounter) => FAULT_KINDS.reduce((n, k) => n + c.faulted[k], 0)

/**
 * Decides the fault of one request: null (none) or the header value. `timeoutMs` is the client's timeout; a
 * `timeout` fault waits longer than that before the server handles the request.
 */
export function faultDecider(random: () => number, share: number, counter: FaultCounter, timeoutMs: number) {
  const total = FAULT_KINDS.reduce((n, k) => n + WEIGHTS[k], 0)
  return (): string | null => {
    counter.requests++
    if (random() >= share) return null
    let pick = random() * total
    const kind = FAULT_KINDS.find((k) => (pick -= WEIGHTS[k]) < 0) ?? 'slow'
    counter.faulted[kind]++
    switch (kind) {
      case 'slow':
        return `delay=${200 + Math.floor(random() * 600)}`
      case 'timeout':
        return `delay=${timeoutMs + 300}`
      case 'status-503':
        return 'status=503'
      case 'drop':
        return 'drop'
      case 'status-503-after':
        return 'status=503;after'
      case 'drop-after':
        return 'drop;after'
    }
  }
}

/** A transport that puts the decided fault header on each attempt. */
export const faultingTransport =
  (base: Transport, decide: () => string | null): Transport =>
  (request) => {
    const fault = decide()
    return base(fault ? { ...request, headers: { ...request.headers, [FAULT_HEADER]: fault } } : request)
  }
