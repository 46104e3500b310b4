import type { CasePartDto, CaseStatus } from '../../../../api/contract'
import type { Badge } from '../../../../domain/catalog'

/**
 * 一件事办件 status words and tones (CASE_STATUSES of the contract, listed here so the schema module stays out of
 * the bundle; the Record type fails the compile if the contract gains one). The word is always shown.
 */
export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  'in-progress': '办理中',
  'action-needed': '待您处理',
  completed: '已全部办结',
  ended: '已结束',
}

const CASE_TONE: Record<CaseStatus, Badge['tone']> = {
  'in-progress': 'accent',
  'action-needed': 'warning',
  completed: 'success',
  ended: 'info',
}

export const caseBadge = (status: CaseStatus): Badge => ({ text: CASE_STATUS_LABEL[status], tone: CASE_TONE[status] })

/** 「3/5 已办结」 */
export const progressText = (c: { ended: number; total: number }) => `${c.ended}/${c.total} 已办结`


const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九']

export interface StageGroup {
  /** 「第一步」, 「第二步（同时办理）」 when its items run in parallel (并联办理) */
  title: string
  parts: CasePartDto[]
}

/** The parts by stage, stages in order, numbered as the user sees them (a stage without items is skipped). */
export function stagesOf(parts: readonly CasePartDto[]): StageGroup[] {
  const stages = [...new Set(parts.map((p) => p.stage))].sort((a, b) => a - b)
  return stages.map((stage, i) => {
    const inStage = parts.filter((p) => p.stage === stage)
    const step = `第${NUMERALS[i] ?? i + 1}步`
    return { title: inStage.length > 1 ? `${step}（同时办理）` : step, parts: inStage }
  })
}

/** 「等待「营业执照」办结」: the earlier items a part waits for, or null when it can proceed. */
export const waitingText = (names: readonly string[]) => (names.length ? `等待${names.map((n) => `「${n}」`).join('、')}办结` : null)
