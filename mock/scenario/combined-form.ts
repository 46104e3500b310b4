import type { RegionDto, ScenarioAnswersDto, ScenarioDto, ScenarioFormDto } from '../../src/api/contract'
import {
  checklistOf,
  combineForms,
  sanitizeScenarioAnswers,
  validateScenarioAnswers,
  type Checklist,
  type FormPart,
} from '../../src/domain/scenario'
import type { ScenarioSeed } from '../catalog/seed/types'
import type { MockContext } from '../context'
import { formFor } from '../handling/forms'
import { scenarioErrors } from './errors'
import { resolveScenario } from './resolve'

/**
 * The combined form of a 一件事 for a region and the answers to its questions: the applicable steps whose
 * implementation is online (the checklist's `online`), each with its item's own form, combined by
 * src/domain/scenario.ts `combineForms` (each shared field once). The same build serves the form endpoint and
 * the case submission, which validates against exactly what the client was shown.
 */
export interface CombinedForm {
  scenario: ScenarioDto
  /** The answers of asked questions only */
  answers: ScenarioAnswersDto
  checklist: Checklist
  dto: ScenarioFormDto
}

/** 400 INVALID_SCENARIO_ANSWERS (by question id) for missing or invalid answers, 400 NO_ONLINE_ITEMS when no step is online. */
export function buildCombinedForm(ctx: MockContext, seed: ScenarioSeed, region: RegionDto, answers: ScenarioAnswersDto): CombinedForm {
  const problems = validateScenarioAnswers(seed.questions, answers)
  if (Object.keys(problems).length > 0) throw scenarioErrors.invalidAnswers(problems)
  const scenario = resolveScenario(ctx, seed, region)
  const kept = sanitizeScenarioAnswers(seed.questions, answers)
  const checklist = checklistOf(scenario, kept)
  const parts: FormPart[] = []
  for (const step of checklist.online) {
    const form = step.item ? formFor(step.item.id) : null
    if (!step.item || !form) continue
    parts.push({ step, itemId: step.item.id, itemName: step.item.name, department: step.item.department.name, form })
  }
  if (parts.length === 0) throw scenarioErrors.noOnlineItems()
  const combined = combineForms({ scenarioId: seed.id, title: seed.title, mode: seed.mode, version: seed.version, shared: seed.sharedFields, parts, steps: checklist.steps })
  return { scenario, answers: kept, checklist, dto: { scenarioId: seed.id, regionCode: region.code, form: combined.form, parts: combined.parts } }
}
