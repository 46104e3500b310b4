/**
 * The fault header's little language: `;`-separated settings, e.g.
 *   `delay=800`                      wait 800 ms before handling
 *   `status=503`                     answer 503 instead of handling
 *   `drop`                           close the connection without an answer
 *   `status=503;after`               handle the request, then lose the answer (the action happened)
 *   `status=429;retry-after=1`       with a Retry-After header
 *   `status=503;times=2;key=abc`     only the first 2 requests carrying key abc get the fault
 * `times` without `key` counts per identical header value.
 */
export interface FaultSpec {
  delayMs: number
  status: number | null
  drop: boolean
  after: boolean
  retryAfterSeconds: number | null
  times: number | null
  key: string | null
}

const int = (value: string | undefined, min: number, max: number): number | null => {
  if (value === undefined || !/^\d+$/.test(value)) return null
  const n = Number(value)
  return n >= min && n <= max ? n : null
}

/** The parsed spec, or null when any part is not understood (the caller answers 400). */
export function parseFaultSpec(header: string): FaultSpec | null {
  const spec: FaultSpec = { delayMs: 0, status: null, drop: false, after: false, retryAfterSeconds: null, times: null, key: null }
  for (const part of header.split(';')) {
    const [name, value, extra] = part.trim().split('=')
    if (extra !== undefined) return null
    if (name === 'drop' && value === undefined) spec.drop = true
    else if (name === 'after' && value === undefined) spec.after = true
    else if (name === 'delay') spec.delayMs = int(value, 0, 60_000) ?? NaN
    else if (name === 'status') spec.status = int(value, 400, 599) ?? NaN
    else if (name === 'retry-after') spec.retryAfterSeconds = int(value, 0, 3600) ?? NaN
    else if (name === 'times') spec.times = int(value, 1, 1000) ?? NaN
    else if (name === 'key' && value !== undefined && /^[\w.:-]{1,64}$/.test(value)) spec.key = value
    else return null
  }
  const numbers = [spec.delayMs, spec.status, spec.retryAfterSeconds, spec.times]
  return numbers.some((n) => Number.isNaN(n)) ? null : spec
}
