/**
 * Windowing math for fixed-height rows: which rows a scroll position shows, plus `overscan` rows either side
 * so a fast flick finds rows already drawn. Pure, in px; the component turns design px into px first.
 */
export interface WindowInput {
  /** The scroll offset reported by the ScrollView (may be negative or past the end during iOS bounce) */
  scrollTop: number
  /** The ScrollView's height */
  viewportHeight: number
  rowHeight: number
  count: number
  /** Rows drawn beyond each edge of the viewport (default 4) */
  overscan?: number
}

export interface WindowRange {
  /** First row drawn (inclusive) */
  start: number
  /** Row after the last one drawn (exclusive); start === end when nothing is drawn */
  end: number
  /** Top of row `start` inside the scroll content */
  offsetTop: number
  /** Height of the whole scroll content */
  totalHeight: number
}

export const DEFAULT_OVERSCAN = 4

const finite = (n: number) => (Number.isFinite(n) ? n : 0)

export function visibleRange({ scrollTop, viewportHeight, rowHeight, count, overscan = DEFAULT_OVERSCAN }: WindowInput): WindowRange {
  const rows = Math.max(0, Math.floor(finite(count)))
  const height = Math.max(0, finite(rowHeight))
  const totalHeight = rows * height
  if (rows === 0 || height === 0) return { start: 0, end: 0, offsetTop: 0, totalHeight }

  const viewport = Math.max(0, finite(viewportHeight))
  const extra = Math.max(0, Math.floor(finite(overscan)))
  // Clamp into the scrollable range: a bounce above the top reads as 0, and a position past the end (the
  // list shrank under the user) shows the last screen instead of nothing.
  const top = Math.min(Math.max(0, finite(scrollTop)), Math.max(0, totalHeight - viewport))
  const first = Math.min(rows - 1, Math.floor(top / height))
  const last = Math.max(first + 1, Math.min(rows, Math.ceil((top + viewport) / height)))
  const start = Math.max(0, first - extra)
  const end = Math.min(rows, last + extra)
  return { start, end, offsetTop: start * height, totalHeight }
}

/**
 * Whether the drawn window came within `threshold` rows of the end of what is loaded, while more exists: the
 * moment to ask for the next page. A window that jumped past the loaded rows altogether (a fast drag of the
 * scroll bar) is not "near": paging on from there would fetch every page in between.
 */
export const nearLoadedEnd = (range: Pick<WindowRange, 'start' | 'end'>, loadedCount: number, count: number, threshold: number) =>
  loadedCount < count && range.end >= loadedCount - threshold && range.start <= loadedCount
