import { nearLoadedEnd, visibleRange } from '../../../src/components/virtual-list/window'

// A 375-wide phone: ItemRow is 232 design px = 116 px; a viewport of 580 px shows exactly 5 rows.
const base = { rowHeight: 116, viewportHeight: 580, overscan: 0 }

describe('visibleRange', () => {
  it('draws nothing for an empty list (and a zero spacer)', () => {
    expect(visibleRange({ ...base, scrollTop: 0, count: 0 })).toEqual({ start: 0, end: 0, offsetTop: 0, totalHeight: 0 })
    expect(visibleRange({ ...base, scrollTop: 900, count: 0 })).toEqual({ start: 0, end: 0, offsetTop: 0, totalHeight: 0 })
  })

  it('draws the first screen at the top', () => {
    expect(visibleRange({ ...base, scrollTop: 0, count: 100 })).toEqual({ start: 0, end: 5, offsetTop: 0, totalHeight: 11600 })
  })

  it('includes a row that is only partly visible at either edge', () => {
    // 50 px down: row 0 is half hidden, row 5 peeks in at the bottom.
    expect(visibleRange({ ...base, scrollTop: 50, count: 100 })).toMatchObject({ start: 0, end: 6 })
  })

  it('adds overscan on both sides, clamped to the list', () => {
    expect(visibleRange({ ...base, overscan: 3, scrollTop: 116 * 10, count: 100 })).toMatchObject({ start: 7, end: 18, offsetTop: 116 * 7 })
    expect(visibleRange({ ...base, overscan: 3, scrollTop: 0, count: 100 })).toMatchObject({ start: 0, end: 8 })
    expect(visibleRange({ ...base, overscan: 3, scrollTop: 116 * 95, count: 100 })).toMatchObject({ start: 92, end: 100 })
  })

  it('uses 4 rows of overscan by default', () => {
    expect(visibleRange({ rowHeight: 116, viewportHeight: 580, scrollTop: 116 * 20, count: 100 })).toMatchObject({ start: 16, end: 29 })
  })

  it('shows the last screen at the bottom', () => {
    expect(visibleRange({ ...base, scrollTop: 116 * 100 - 580, count: 100 })).toEqual({ start: 95, end: 100, offsetTop: 116 * 95, totalHeight: 11600 })
  })

  it('shows the last screen, not a blank, when the offset is beyond the end (the list shrank)', () => {
    expect(visibleRange({ ...base, scrollTop: 1_000_000, count: 100 })).toMatchObject({ start: 95, end: 100 })
    expect(visibleRange({ ...base, scrollTop: 1_000_000, count: 3 })).toMatchObject({ start: 0, end: 3, totalHeight: 348 })
  })

  it('treats an iOS bounce above the top as the top', () => {
    expect(visibleRange({ ...base, scrollTop: -80, count: 100 })).toMatchObject({ start: 0, end: 5 })
  })

  it('draws every row of a list shorter than the viewport', () => {
    expect(visibleRange({ ...base, scrollTop: 0, count: 2 })).toEqual({ start: 0, end: 2, offsetTop: 0, totalHeight: 232 })
  })

  it('stays bounded for huge counts, anywhere in the list', () => {
    const count = 5_000_000
    for (const row of [0, 1234, 2_500_000, count - 1]) {
      const r = visibleRange({ ...base, overscan: 4, scrollTop: row * 116, count })
      expect(r.end - r.start).toBeLessThanOrEqual(5 + 1 + 8)
      expect(r.start).toBeLessThanOrEqual(row)
      expect(r.totalHeight).toBe(count * 116)
      expect(r.offsetTop).toBe(r.start * 116)
    }
  })

  it('handles fractional row heights (414-wide screen: 128.064 px)', () => {
    const r = visibleRange({ rowHeight: 128.064, viewportHeight: 600, overscan: 0, scrollTop: 128.064 * 40, count: 500 })
    expect(r.start).toBe(40)
    expect(r.end).toBe(45)
  })

  it('survives nonsense input without drawing garbage', () => {
    expect(visibleRange({ ...base, scrollTop: Number.NaN, count: 10 })).toMatchObject({ start: 0, end: 5 })
    expect(visibleRange({ ...base, rowHeight: 0, scrollTop: 0, count: 10 })).toMatchObject({ start: 0, end: 0, totalHeight: 0 })
    expect(visibleRange({ ...base, viewportHeight: 0, scrollTop: 0, count: 10 })).toMatchObject({ start: 0, end: 1 })
  })
})

describe('nearLoadedEnd', () => {
  it('fires within the threshold of the loaded end while more exists', () => {
    expect(nearLoadedEnd({ start: 6, end: 19 }, 30, 5000, 10)).toBe(false)
    expect(nearLoadedEnd({ start: 7, end: 20 }, 30, 5000, 10)).toBe(true)
    expect(nearLoadedEnd({ start: 30, end: 45 }, 30, 5000, 10)).toBe(true)
  })

  it('does not fire for a window that jumped far past the loaded rows (that would fetch every page between)', () => {
    expect(nearLoadedEnd({ start: 996, end: 1013 }, 30, 5000, 10)).toBe(false)
  })

  it('never fires once everything is loaded', () => {
    expect(nearLoadedEnd({ start: 17, end: 30 }, 30, 30, 10)).toBe(false)
  })
})
