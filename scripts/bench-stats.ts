/** Small statistics for the benchmarks: nearest-rank quantiles and medians, rounded for printing. */

/** Nearest-rank quantile (q in 0..1) of `xs`; 0 for an empty list. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))]
}

/** The middle value (the lower middle of an even count), 0 for an empty list. */
export const median = (xs: readonly number[]) => quantile(xs, 0.5)

/** `x` rounded to `digits` decimals, as a number. */
export const round = (x: number, digits = 0) => +x.toFixed(digits)
