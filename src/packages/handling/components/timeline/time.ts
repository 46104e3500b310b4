import { formatBeijing } from '../../../../domain/assurance'

/**
 * Epoch ms as Beijing time, "2026-11-29 10:25", whatever the phone's time zone (the API's handling times are
 * epoch ms; formatBeijing reads ISO strings).
 */
export function formatBeijingTime(epochMs: number): string {
  return Number.isFinite(epochMs) ? formatBeijing(new Date(epochMs).toISOString()) : ''
}
