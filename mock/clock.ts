/** The mock's notion of "now" in epoch ms. Tests pass a settable clock to step over expiries without waiting. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock that only moves when told to, for tests. */
export function manualClock(start = Date.parse('2026-01-05T02:00:00Z')) {
  let t = start
  return {
    now: () => t,
    advance(ms: number) {
      t += ms
    },
  }
}

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const DAY = 24 * 60 * MINUTE
