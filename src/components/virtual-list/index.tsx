import { ScrollView, View } from '@tarojs/components'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { platform } from '@/platform'
import { useStore } from '../../stores/create-store'
import { preferences } from '../../stores/preferences'
import { ITEM_ROW_HEIGHT, designToPx } from '../item-row/metrics'
import { DEFAULT_OVERSCAN, nearLoadedEnd, visibleRange } from './window'
import './index.scss'

/**
 * A windowed list of fixed-height rows: thousands of 事项 on every target, drawing only the rows in view.
 *
 * Why not Taro's own VirtualList: in Taro 4 it left `@tarojs/components` for `@tarojs/components-advanced`
 * (not a dependency here, `@tarojs/components/virtual-list` no longer exists in 4.2.0), and its record on the
 * hosts we ship to is poor: it threw on Alipay, flickered on Baidu, and still judders on real devices. It also
 * renders an `item` component over an in-memory `itemData` array, whereas our rows come from a server that
 * pages by offset and must show placeholders for pages not loaded yet. This one is a ScrollView, a spacer and
 * absolutely positioned rows keyed by index: the smallest thing every host renders the same way, with the
 * windowing math pure and unit-tested (window.ts).
 * @see https://docs.taro.zone/docs/virtual-list/ (Taro 4: import from @tarojs/components-advanced)
 * @see https://github.com/NervJS/taro/issues/13442 (VirtualList throws on Alipay)
 * @see https://github.com/NervJS/taro/issues/8936 (judder on Alipay, flicker on Baidu)
 * @see https://github.com/NervJS/taro/issues/15759 (judder on real WeChat devices, open)
 * @see https://github.com/NervJS/taro/issues/16813 (Taro 4.0 VirtualList: useSyncExternalStore undefined)
 *
 * Inline px styles are deliberate: Taro converts px only in style sheets, and these offsets are computed at run
 * time from the real window width (designToPx), so they are already real px on every host.
 */
export interface VirtualListProps {
  count: number
  /** Row height in real px (see useItemRowHeight) */
  rowHeight: number
  /** Draws row `index`: the row, or a placeholder (RowPlaceholder) while its page is loading */
  renderRow: (index: number) => ReactNode
  /** ScrollView height in px; defaults to the window height minus `headerHeight` */
  height?: number
  /** px above the list (page header, filters) when `height` is not given */
  headerHeight?: number
  overscan?: number
  /** Rows loaded from the start (for paging); defaults to `count` */
  loadedCount?: number
  /** How close, in rows, the window may come to `loadedCount` before onEndReached (default 10) */
  endThreshold?: number
  /** Called once per `loadedCount` when the window nears the loaded end while more rows exist */
  onEndReached?: () => void
  /** Called whenever the drawn rows change, with [start, end): load what they need */
  onRangeChange?: (start: number, end: number) => void
  className?: string
  /** Names the list for screen readers */
  label?: string
  /** Drawn after the last row, inside the scroll area (the page's 业务找茬 entry when the list fills the page) */
  footer?: ReactNode
}

const FALLBACK_WINDOW = { width: 375, height: 667 }

/** The window in px, read once per mount (the host's system-info call is not free on mini-programs). */
export function useWindowSize() {
  const [size] = useState(() => {
    const info = platform.systemInfo()
    return {
      width: info.windowWidth || FALLBACK_WINDOW.width,
      height: info.windowHeight || FALLBACK_WINDOW.height,
      designPxScale: info.designPxScale || FALLBACK_WINDOW.width / 750,
    }
  })
  return size
}

/** A height given in design px for normal and elder mode (长辈模式), in real px on this screen. */
export function useDesignPx(design: { normal: number; elder: number }): number {
  const elder = useStore(preferences, (p) => p.elderMode)
  const { designPxScale } = useWindowSize()
  return designToPx(design[elder ? 'elder' : 'normal'], designPxScale)
}

/** The fixed height of an ItemRow in px, following elder mode. */
export const useItemRowHeight = () => useDesignPx(ITEM_ROW_HEIGHT)

/** A grey row standing in for an item whose page has not arrived yet. */
export function RowPlaceholder() {
  return (
    <View className='tb-virtual-list__placeholder' aria-busy aria-label='加载中'>
      <View className='tb-skeleton tb-virtual-list__line tb-virtual-list__line--title' />
      <View className='tb-skeleton tb-virtual-list__line tb-virtual-list__line--meta' />
      <View className='tb-skeleton tb-virtual-list__line tb-virtual-list__line--foot' />
    </View>
  )
}

export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, renderRow, overscan = DEFAULT_OVERSCAN, loadedCount = props.count, endThreshold = 10 } = props
  const win = useWindowSize()
  const viewportHeight = Math.max(rowHeight, props.height ?? win.height - (props.headerHeight ?? 0))

  // The scroll offset the drawn window was computed from. Scroll events arrive many times a frame; state only
  // changes (and React only renders) when they move the window to other rows.
  const [top, setTop] = useState(0)
  const range = visibleRange({ scrollTop: top, viewportHeight, rowHeight, count, overscan })
  const drawn = useRef(range)
  drawn.current = range

  // Always bound: Taro's mini runtime crashes when a node's only handler comes and goes between renders.
  const onScroll = (e: { detail: { scrollTop: number } }) => {
    const scrollTop = e.detail.scrollTop
    const next = visibleRange({ scrollTop, viewportHeight, rowHeight, count, overscan })
    if (next.start !== drawn.current.start || next.end !== drawn.current.end) setTop(scrollTop)
  }

  const callbacks = useRef(props)
  callbacks.current = props
  useEffect(() => {
    if (range.end > range.start) callbacks.current.onRangeChange?.(range.start, range.end)
  }, [range.start, range.end])

  const reportedFor = useRef<number | null>(null)
  useEffect(() => {
    if (range.end === range.start || reportedFor.current === loadedCount) return
    if (!nearLoadedEnd(range, loadedCount, count, endThreshold)) return
    reportedFor.current = loadedCount
    callbacks.current.onEndReached?.()
  }, [range.start, range.end, loadedCount, count, endThreshold]) // eslint-disable-line react-hooks/exhaustive-deps

  const rows: ReactNode[] = []
  for (let i = range.start; i < range.end; i++) {
    rows.push(
      <View key={i} className='tb-virtual-list__row' style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }} role='listitem'>
        {renderRow(i)}
      </View>,
    )
  }

  return (
    <ScrollView
      scrollY
      className={`tb-virtual-list${props.className ? ` ${props.className}` : ''}`}
      style={{ height: `${viewportHeight}px` }}
      onScroll={onScroll}
      data-rendered={rows.length}
    >
      <View className='tb-virtual-list__body' style={{ height: `${range.totalHeight}px` }} role='list' aria-label={props.label}>
        {rows}
      </View>
      {props.footer}
    </ScrollView>
  )
}
