import type {
  AnswersDto,
  ApplicationStatus,
  CaseStatus,
  FormSchemaDto,
  MaterialAnswers,
  Mode,
  ScenarioAnswersDto,
  ScenarioClauseDto,
  ScenarioConditionDto,
  ScenarioDto,
  ScenarioFormPartDto,
  ScenarioQuestionDto,
  ScenarioStepDto,
} from '../api/contract'

/**
 * 一件事 (scenario-guided handling), pure logic shared by the client and the mock server:
 * - 情形引导: which questions are asked (showIf over earlier answers), whether each answer is valid;
 * - 规则: which steps (items) apply from the answers, in stages (a stage runs in parallel, 并联办理);
 * - 清单: the tailored checklist (items, why, materials deduplicated, visits, promised working days);
 * - 合并表单: the items' forms combined into one, each shared field asked once, and each item's answers taken
 *   back out of it;
 * - 一件事办件: the case status from its applications.
 *
 * IMPLEMENTATION PENDING (skeleton: signatures are the contract between the client, the mock and the tests).
 */

const pending = (): never => {
  throw new Error('scenario domain: not implemented yet')
}

// ------------------------------------------------------------------------------------------- questions and rules

/** Whether one clause holds over the answers (an unanswered question fails every clause). */
export function clauseHolds(clause: ScenarioClauseDto, answers: ScenarioAnswersDto): boolean {
  return pending()
}

/** Whether a condition holds; null / undefined holds. */
export function conditionHolds(condition: ScenarioConditionDto | null | undefined, answers: ScenarioAnswersDto): boolean {
  return pending()
}

/** The questions asked with these answers, in order (a question's showIf sees only the answers of asked questions before it). */
export function askedQuestions(questions: readonly ScenarioQuestionDto[], answers: ScenarioAnswersDto): ScenarioQuestionDto[] {
  return pending()
}

/** The Chinese message for an invalid or missing answer to one question, or null when it is fine. */
export function checkAnswer(question: ScenarioQuestionDto, value: ScenarioAnswersDto[string] | undefined): string | null {
  return pending()
}

/** Messages by question id for every asked question whose answer is missing or invalid. */
export function validateScenarioAnswers(questions: readonly ScenarioQuestionDto[], answers: ScenarioAnswersDto): Record<string, string> {
  return pending()
}

/** Only the answers of asked questions (unknown and unasked dropped). */
export function sanitizeScenarioAnswers(questions: readonly ScenarioQuestionDto[], answers: ScenarioAnswersDto): ScenarioAnswersDto {
  return pending()
}

/** The steps that apply, by stage then authored order. */
export function applicableSteps(scenario: Pick<ScenarioDto, 'questions' | 'steps'>, answers: ScenarioAnswersDto): ScenarioStepDto[] {
  return pending()
}

// ------------------------------------------------------------------------------------------------------- checklist

export interface ChecklistMaterial {
  name: string
  requirement: 'required' | 'optional' | 'deferrable'
  /** 电子证照 that replaces it (免提交), or null */
  eLicence: string | null
  /** 事项名称 of the steps that need it */
  forSteps: string[]
  /** 事项名称 of an earlier step of this case that produces it (then nothing to bring), or null */
  providedBy: string | null
}

export interface Checklist {
  steps: ScenarioStepDto[]
  /** Steps grouped by stage, stages in order */
  stages: { stage: number; steps: ScenarioStepDto[] }[]
  /** Online steps (their item is online) go into the combined form; the others are done at a hall */
  online: ScenarioStepDto[]
  offline: ScenarioStepDto[]
  /** Steps whose item is not implemented in the region */
  unavailable: ScenarioStepDto[]
  materials: ChecklistMaterial[]
  /** 跑动次数: total visits to a hall */
  visits: number
  /** 承诺时限: along the stages, the longest of each stage, in working days (natural days × 5/7, rounded up) */
  promisedDays: number
}

export function checklistOf(scenario: Pick<ScenarioDto, 'questions' | 'steps'>, answers: ScenarioAnswersDto): Checklist {
  return pending()
}

// ----------------------------------------------------------------------------------------------- combined form

/** Fields of different items that are one answer: `${baseCode}:${fieldId}` each, asked once as `id`. */
export interface SharedFieldSpec {
  id: string
  /** Its label in the combined form (default: the first field's) */
  label?: string
  fields: string[]
}

/** One online item of the case with its own form. */
export interface FormPart {
  step: Pick<ScenarioStepDto, 'key' | 'baseCode' | 'stage' | 'name' | 'result'>
  itemId: string
  itemName: string
  department: string
  form: FormSchemaDto
}

export interface CombineInput {
  scenarioId: string
  title: string
  mode: Mode
  version: number
  shared: readonly SharedFieldSpec[]
  /** Online parts, any order (combined by stage, then the given order) */
  parts: readonly FormPart[]
}

/** The draft / form key of a scenario's combined form. */
export const combinedFormId = (scenarioId: string) => `scenario-${scenarioId}`

/** One form for all parts, each shared field once; and how each part's answers come out of it. */
export function combineForms(input: CombineInput): { form: FormSchemaDto; parts: ScenarioFormPartDto[] } {
  return pending()
}

/** One part's own answers and materials, taken out of the combined ones (slots provided in the case left out). */
export function partAnswers(part: ScenarioFormPartDto, answers: AnswersDto, materials: MaterialAnswers): { answers: AnswersDto; materials: MaterialAnswers } {
  return pending()
}

/** A part's form without the material slots the case provides (what the server validates the part against). */
export function partForm(part: ScenarioFormPartDto, form: FormSchemaDto): FormSchemaDto {
  return pending()
}

/** Messages keyed by the part's own paths (members.0.name, a slot id) → keyed by the combined form's. */
export function toCombinedErrors(part: ScenarioFormPartDto, errors: Record<string, string>): Record<string, string> {
  return pending()
}

// ------------------------------------------------------------------------------------------------------- cases

/** Statuses after which an application moves no more (办结, 不予受理, 撤回, 撤销). */
export const ENDED_STATUSES: readonly ApplicationStatus[] = ['not-accepted', 'approved', 'approved-conditional', 'denied', 'withdrawn', 'revoked']
export const APPROVED_STATUSES: readonly ApplicationStatus[] = ['approved', 'approved-conditional']

export interface CasePartState {
  name: string
  stage: number
  status: ApplicationStatus
  /** A fee of it is waiting to be paid */
  unpaid: boolean
}

/** The case status from its parts: see CASE_STATUSES. */
export function caseStatusOf(parts: readonly CasePartState[]): CaseStatus {
  return pending()
}

/** Names of earlier-stage parts this one waits for: those of an earlier stage not yet approved (none once it ended). */
export function waitingFor(part: CasePartState, parts: readonly CasePartState[]): string[] {
  return pending()
}
