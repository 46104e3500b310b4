import type {
  Channel,
  ItemKind,
  ItemSummaryDto,
  ItemType,
  MaterialDto,
  RegionLevel,
  StepCode,
  TimeLimitDto,
} from '../api/contract'

/**
 * How catalog data reads to people: labels for the national codes (事项类型, 办件类型, 网办深度, …), the badges
 * a row or guide shows, and counts in Chinese. Pure: pages and tests share it.
 */

export const ITEM_TYPE_LABEL: Record<ItemType, string> = {
  permit: '行政许可',
  benefit: '行政给付',
  confirmation: '行政确认',
  ruling: '行政裁决',
  award: '行政奖励',
  'other-power': '其他行政权力',
  'public-service': '公共服务',
  convenience: '便民服务',
}

export const ITEM_KIND_LABEL: Record<ItemKind, string> = { instant: '即办件', promised: '承诺件' }

export const CHANNEL_LABEL: Record<Channel, string> = { window: '窗口办理', online: '网上办理', post: '快递申请' }

/** 行使层级 */
export const LEVEL_LABEL: Record<RegionLevel, string> = { province: '省级', city: '市级', district: '区级', street: '街道级' }

export const STEP_LABEL: Record<StepCode, string> = {
  receive: '收件',
  accept: '受理',
  review: '审查',
  decide: '决定',
  issue: '制证',
  deliver: '送达',
}

/** 网办深度 Ⅰ–Ⅳ with what each means */
export const DEPTH_LABEL: Record<number, string> = {
  1: 'Ⅰ级 · 网上咨询',
  2: 'Ⅱ级 · 网上预审',
  3: 'Ⅲ级 · 网上受理',
  4: 'Ⅳ级 · 全程网办',
}

export const REQUIREMENT_LABEL: Record<MaterialDto['requirement'], string> = {
  required: '必要',
  optional: '非必要',
  deferrable: '容缺后补',
}

export const MATERIAL_FORM_LABEL: Record<MaterialDto['forms'][number], string> = { paper: '纸质', electronic: '电子' }

/** 「即办」, 「承诺 5 个工作日」, 「法定 20 个自然日」 */
export function formatLimit(limit: TimeLimitDto, prefix = ''): string {
  if (limit.value === 0) return '即办'
  return `${prefix}${limit.value} 个${limit.unit === 'working' ? '工作日' : '自然日'}`
}

/** 「零跑动」, 「最多跑一次」, 「跑动 2 次」 */
export function visitsLabel(visits: number): string {
  if (visits === 0) return '零跑动'
  if (visits === 1) return '最多跑一次'
  return `跑动 ${visits} 次`
}

/** 「1.2万人办理」: usage in the way Chinese apps count people */
export function usageLabel(count: number): string {
  if (count >= 100_000_000) return `${(count / 100_000_000).toFixed(1).replace(/\.0$/, '')}亿人办理`
  if (count >= 10_000) return `${(count / 10_000).toFixed(1).replace(/\.0$/, '')}万人办理`
  return `${count}人办理`
}

export type BadgeTone = 'success' | 'accent' | 'info' | 'warning'

export interface Badge {
  text: string
  tone: BadgeTone
}

/**
 * The badges of an item, most telling first: 零跑动 / 最多跑一次, 全程网办, 即办件, 跨区域通办. Colour is never
 * the only signal: every badge is a word.
 */
export function itemBadges(item: Pick<ItemSummaryDto, 'visits' | 'onlineDepth' | 'kind' | 'scope'>): Badge[] {
  const badges: Badge[] = []
  if (item.visits <= 1) badges.push({ text: visitsLabel(item.visits), tone: 'success' })
  if (item.onlineDepth === 4) badges.push({ text: '全程网办', tone: 'accent' })
  if (item.kind === 'instant') badges.push({ text: '即办件', tone: 'info' })
  if (item.scope === 'cross-region') badges.push({ text: '跨区域通办', tone: 'warning' })
  return badges
}

/** The 事项名称 without its 业务办理项: 食品经营许可（新办） → 食品经营许可 */
export const baseName = (name: string) => name.replace(/（[^）]*）$/, '')

/** Split a string into plain and highlighted runs from [start, end) ranges (overlaps merged, out of range ignored). */
export function highlightRuns(text: string, ranges: readonly (readonly [number, number])[]): { text: string; hit: boolean }[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
  const runs: { text: string; hit: boolean }[] = []
  let at = 0
  for (const [s, e] of sorted) {
    if (e <= at) continue
    const start = Math.max(s, at)
    if (start > at) runs.push({ text: text.slice(at, start), hit: false })
    runs.push({ text: text.slice(start, e), hit: true })
    at = e
  }
  if (at < text.length) runs.push({ text: text.slice(at), hit: false })
  return runs
}
