import type { ScenarioAnswersDto, ScenarioQuestionDto } from '../../../../api/contract'
import { askedQuestions, checkAnswer } from '../../../../domain/scenario'

/**
 * The page's path through a 一件事: ① 介绍, ② one screen per question (the district first where the region has
 * districts), ③ the checklist. Which questions are asked follows the answers, so the screens are recomputed
 * from them every time rather than stored.
 */
export type Screen = { kind: 'district' } | { kind: 'question'; question: ScenarioQuestionDto }

export type View = { stage: 'intro' } | { stage: 'questions'; pos: number } | { stage: 'checklist' }

export function screensOf(questions: readonly ScenarioQuestionDto[], answers: ScenarioAnswersDto, needsDistrict: boolean): Screen[] {
  const asked: Screen[] = askedQuestions(questions, answers).map((question) => ({ kind: 'question', question }))
  return needsDistrict ? [{ kind: 'district' }, ...asked] : asked
}

/** The first screen still without a valid answer, or -1 when every one has one. */
export function firstOpen(screens: readonly Screen[], answers: ScenarioAnswersDto, regionCode: string | null): number {
  return screens.findIndex((s) => (s.kind === 'district' ? regionCode === null : checkAnswer(s.question, answers[s.question.id]) !== null))
}

/**
 * Where a reopened page resumes: the introduction when nothing was answered yet, else the first open question,
 * else the checklist.
 */
export function resumeView(screens: readonly Screen[], answers: ScenarioAnswersDto, regionCode: string | null, districtChosen: boolean): View {
  if (!districtChosen && Object.keys(answers).length === 0) return { stage: 'intro' }
  const open = firstOpen(screens, answers, regionCode)
  return open < 0 ? { stage: 'checklist' } : { stage: 'questions', pos: open }
}

/** A number as typed (「12」, 「3.5」), or undefined while it is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim()
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined
}
