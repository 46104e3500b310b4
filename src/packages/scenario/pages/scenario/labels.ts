import type { ScenarioStepDto } from '../../../../api/contract'
import type { Badge } from '../../../../domain/catalog'
import type { Checklist } from '../../../../domain/scenario'

/**
 * How a 一件事 checklist reads: stage titles, visit and day totals, a step's badges. Pure, so the view stays a
 * view and the wording is in one place.
 */

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 「第一步」, and 「第二步（可同时办理）」 when the stage has more than one item (并联办理). */
export const stageTitle = (index: number, size: number) => `第${NUMERALS[index] ?? index + 1}步${size > 1 ? '（可同时办理）' : ''}`

/** 跑动次数 over the whole case: 「零跑动」 or 「最多跑 N 次」 */
export const totalVisitsLabel = (visits: number) => (visits === 0 ? '零跑动' : `最多跑 ${visits} 次`)

/** 承诺时限 along the stages: 「即办」 or 「N 个工作日」 */
export const totalDaysLabel = (days: number) => (days === 0 ? '即办' : `${days} 个工作日`)

export type StepAvailability = 'online' | 'offline' | 'unavailable'

export function availabilityOf(step: ScenarioStepDto, checklist: Pick<Checklist, 'offline' | 'unavailable'>): StepAvailability {
  if (!step.item || checklist.unavailable.some((s) => s.key === step.key)) return 'unavailable'
  return checklist.offline.some((s) => s.key === step.key) ? 'offline' : 'online'
}

/** 全程网办 (online, no visit), 到现场办理 N 次, or 当地暂未实施: always a word, never colour alone. */
export function stepBadges(step: ScenarioStepDto, availability: StepAvailability): Badge[] {
  const item = step.item
  if (availability === 'unavailable' || !item) return [{ text: '当地暂未实施', tone: 'warning' }]
  if (availability === 'online' && item.visits === 0) return [{ text: '全程网办', tone: 'accent' }]
  const visits = Math.max(item.visits, availability === 'offline' ? 1 : 0)
  return [{ text: `到现场办理 ${visits} 次`, tone: 'info' }, ...(availability === 'online' ? [{ text: '可网上申请', tone: 'success' as const }] : [])]
}
