import { Type, type Static } from '@sinclair/typebox'

/** The answers to a 一件事's questions (src/api/contract/scenario.ts); apart so a draft can carry them. */

export const Id = Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' })
export const OptionValue = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' })

/**
 * One answer: single → an option value; yes-no → 'yes' | 'no'; multi → option values (possibly none);
 * number → a number within the question's bounds.
 */
export const ScenarioAnswerValue = Type.Union([OptionValue, Type.Number(), Type.Array(OptionValue, { maxItems: 20, uniqueItems: true })])
export type ScenarioAnswerValue = Static<typeof ScenarioAnswerValue>

/** The answers to a scenario's questions, by question id. */
export const ScenarioAnswersDto = Type.Record(Id, ScenarioAnswerValue, { $id: 'ScenarioAnswersDto', maxProperties: 40 })
export type ScenarioAnswersDto = Static<typeof ScenarioAnswersDto>
