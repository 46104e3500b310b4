import { platform } from '@/platform'
import type { ScenarioAnswersDto, ScenarioDto } from '../../../../api/contract'
import { checkAnswer, sanitizeScenarioAnswers } from '../../../../domain/scenario'

/**
 * Answers kept between visits. Signed in they live in the user's draft (`scenario-<id>`, synced); signed out they
 * stay on this device under a key that names only the scenario: the answers (餐位数, 是否售酒) describe the
 * matter, not the person, so they are not a personal cache and survive until they move into a draft.
 */
export interface SavedAnswers {
  /** The district (or region) chosen; null while a district still has to be chosen */
  regionCode: string | null
  /** ScenarioDto.version the answers were given for */
  version: number
  answers: ScenarioAnswersDto
  /** When they were last changed (epoch ms) */
  savedAt: number
}

export const DEVICE_ANSWERS_PREFIX = 'tb.scenario-answers.v1.'
export const deviceAnswersKey = (scenarioId: string) => `${DEVICE_ANSWERS_PREFIX}${scenarioId}`

const isAnswers = (a: unknown): a is ScenarioAnswersDto => typeof a === 'object' && a !== null && !Array.isArray(a)

export function readDeviceAnswers(scenarioId: string): SavedAnswers | null {
  const saved = platform.storage.get<Partial<SavedAnswers>>(deviceAnswersKey(scenarioId))
  if (!saved || !isAnswers(saved.answers) || typeof saved.version !== 'number') return null
  return {
    regionCode: typeof saved.regionCode === 'string' ? saved.regionCode : null,
    version: saved.version,
    answers: saved.answers,
    savedAt: typeof saved.savedAt === 'number' ? saved.savedAt : 0,
  }
}

export const writeDeviceAnswers = (scenarioId: string, saved: SavedAnswers) => platform.storage.set(deviceAnswersKey(scenarioId), saved)
export const forgetDeviceAnswers = (scenarioId: string) => platform.storage.remove(deviceAnswersKey(scenarioId))

/**
 * The saved answers that still fit this version of the questions: those of questions still asked whose value
 * is still valid (an option removed, a bound narrowed: that one question is asked again).
 */
export function answersStillValid(scenario: Pick<ScenarioDto, 'questions'>, answers: ScenarioAnswersDto): ScenarioAnswersDto {
  const byId = new Map(scenario.questions.map((q) => [q.id, q]))
  let kept = answers
  // Dropping an answer may hide a later question (its showIf), whose answer then goes too: repeat until stable.
  for (let round = 0; round <= scenario.questions.length; round++) {
    const next: ScenarioAnswersDto = {}
    for (const [id, value] of Object.entries(sanitizeScenarioAnswers(scenario.questions, kept))) {
      const question = byId.get(id)
      if (question && checkAnswer(question, value) === null) next[id] = value
    }
    if (Object.keys(next).length === Object.keys(kept).length) return next
    kept = next
  }
  return kept
}
