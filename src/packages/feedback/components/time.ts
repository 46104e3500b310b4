import { formatBeijing } from '../../../domain/assurance'

/** Epoch ms as Beijing time, "2026-11-29 10:25", whatever the phone's time zone. */
export const formatBeijingTime = (epochMs: number): string => (Number.isFinite(epochMs) ? formatBeijing(new Date(epochMs).toISOString()) : '')
