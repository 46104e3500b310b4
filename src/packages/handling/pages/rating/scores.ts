import type { RatingIndicator } from '../../../../api/contract'

/**
 * 好差评: the five national indicators (RATING_INDICATORS of the contract, listed here so the schema module stays
 * out of the bundle; the Record type fails the compile if the contract gains one) and the five levels' words.
 */
export const INDICATOR_LABEL: Record<RatingIndicator, string> = {
  overall: '整体满意度',
  efficiency: '办事效率',
  guideAccuracy: '办事指南精确度',
  convenience: '办事便捷度',
  usability: '平台操作性',
}

export const INDICATORS = Object.keys(INDICATOR_LABEL) as RatingIndicator[]

/** 1–5, as the national 好差评 system words them */
export const SCORE_WORD: Record<number, string> = {
  1: '非常不满意',
  2: '不满意',
  3: '基本满意',
  4: '满意',
  5: '非常满意',
}

export const SCORES = [1, 2, 3, 4, 5] as const

/** 「★★★★☆」 for a score, read aloud as its word instead (the stars are aria-hidden where shown). */
export const stars = (score: number) => '★'.repeat(score) + '☆'.repeat(Math.max(0, 5 - score))

/** A comment's limit (RatingBody.comment maxLength) */
export const COMMENT_MAX = 300
