import { Type, type Static, type TLiteral } from '@sinclair/typebox'
import { ItemSummaryDto, MaterialDto, ScenarioHitDto } from './catalog'
import { Mode } from './config'
import { ApplicationSummaryDto, FormSchemaDto, SubmitBody } from './handling'
import { Id, OptionValue, ScenarioAnswersDto } from './scenario-answers'

export { ScenarioAnswerValue, ScenarioAnswersDto } from './scenario-answers'

/**
 * 一件事 (scenario-guided handling, 高效办成一件事): a life event or an enterprise event ("我要开餐饮店") that
 * combines several items of several departments. The user answers a few questions (情形引导), gets a tailored
 * checklist (which items, why, which materials, visits, promised days), fills **one combined form** that asks
 * each shared field once, and submits once: the server creates one application (办件) per item, linked under a
 * case (一件事办件). The questions and rules are data; src/domain/scenario.ts evaluates them on the client
 * (instant checklist) and on the server (the same code validates the submission).
 */

const Literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[], description ? { description } : {})


/** Question kinds: 单选, 多选, 数字, 是/否 (answered 'yes' / 'no'). */
export const QUESTION_KINDS = ['single', 'multi', 'number', 'yes-no'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]


/** Clause operators: in / not-in compare option values (multi: any selected value); gt…lte compare a number. */
export const CLAUSE_OPS = ['in', 'not-in', 'gt', 'gte', 'lt', 'lte'] as const
export type ClauseOp = (typeof CLAUSE_OPS)[number]

/**
 * One test on an answer. An unanswered (or unasked) question fails every clause, `not-in` included: a rule
 * never applies because of a question the user was not asked.
 */
export const ScenarioClauseDto = Type.Object(
  {
    question: Id,
    op: Literals(CLAUSE_OPS),
    /** in / not-in */
    values: Type.Optional(Type.Array(OptionValue, { minItems: 1 })),
    /** gt / gte / lt / lte */
    value: Type.Optional(Type.Number()),
  },
  { $id: 'ScenarioClauseDto', additionalProperties: false },
)
export type ScenarioClauseDto = Static<typeof ScenarioClauseDto>

/** Holds when every `all` clause holds and, if `any` is given, at least one `any` clause holds. */
export const ScenarioConditionDto = Type.Object(
  {
    all: Type.Optional(Type.Array(ScenarioClauseDto)),
    any: Type.Optional(Type.Array(ScenarioClauseDto)),
  },
  { $id: 'ScenarioConditionDto', additionalProperties: false },
)
export type ScenarioConditionDto = Static<typeof ScenarioConditionDto>

export const ScenarioOptionDto = Type.Object(
  { value: OptionValue, label: Type.String({ minLength: 1 }), help: Type.Optional(Type.String()) },
  { $id: 'ScenarioOptionDto', additionalProperties: false },
)
export type ScenarioOptionDto = Static<typeof ScenarioOptionDto>

/** One question (情形), shown one per screen. */
export const ScenarioQuestionDto = Type.Object(
  {
    id: Id,
    kind: Literals(QUESTION_KINDS),
    /** 「店铺有多少个餐位？」 */
    title: Type.String({ minLength: 1 }),
    /** Why it is asked / how to answer */
    help: Type.Optional(Type.String()),
    /** single / multi */
    options: Type.Optional(Type.Array(ScenarioOptionDto, { minItems: 2 })),
    /** number: bounds and unit (个, 人, 平方米) */
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    unit: Type.Optional(Type.String()),
    /** Asked only when this holds over the earlier answers */
    showIf: Type.Optional(ScenarioConditionDto),
  },
  { $id: 'ScenarioQuestionDto', additionalProperties: false },
)
export type ScenarioQuestionDto = Static<typeof ScenarioQuestionDto>

/** One item a scenario may include, with the rule that decides it, resolved in the scenario's region. */
export const ScenarioStepDto = Type.Object(
  {
    /** Stable within the scenario: `${baseCode}-${variantIndex}` */
    key: Type.String({ pattern: '^\\d{12}-\\d{1,2}$' }),
    baseCode: Type.String({ pattern: '^\\d{12}$' }),
    /** 业务办理项 (新办, 转移登记) or null */
    variant: Type.Union([Type.String(), Type.Null()]),
    /** 事项名称 (with the variant) */
    name: Type.String(),
    /** Order: steps of one stage run in parallel (并联办理); a stage starts when the earlier ones are approved */
    stage: Type.Integer({ minimum: 1, maximum: 9 }),
    /** Applies when this holds; null: always */
    when: Type.Union([ScenarioConditionDto, Type.Null()]),
    /** Why it applies, in the user's terms: 「因为店内销售酒类」 */
    why: Type.String({ minLength: 1 }),
    /** The implementation in the scenario's region (实施清单 entry); null where it is not implemented */
    item: Type.Union([ItemSummaryDto, Type.Null()]),
    /** 申请材料 of that implementation */
    materials: Type.Array(MaterialDto),
    /** What it produces (an e-licence name such as 营业执照), which later steps then need not be given */
    result: Type.Object({ kind: Literals(['licence', 'approval', 'other'] as const), name: Type.String() }, { additionalProperties: false }),
  },
  { $id: 'ScenarioStepDto', additionalProperties: false },
)
export type ScenarioStepDto = Static<typeof ScenarioStepDto>

const ScenarioId = Type.String({ pattern: '^[a-z][a-z0-9-]{1,40}$' })

/** A scenario as cards show it (首页, 办事, search): the same shape as a search hit. */
export const ScenarioSummaryDto = ScenarioHitDto
export type ScenarioSummaryDto = ScenarioHitDto

export const ScenarioListDto = Type.Object({ scenarios: Type.Array(ScenarioHitDto) }, { $id: 'ScenarioListDto', additionalProperties: false })
export type ScenarioListDto = Static<typeof ScenarioListDto>

export const ScenarioListQuery = Type.Object({ mode: Type.Optional(Mode) }, { additionalProperties: false })
export type ScenarioListQuery = Static<typeof ScenarioListQuery>

/** A scenario with its questions and steps, resolved in one region. */
export const ScenarioDto = Type.Object(
  {
    ...ScenarioHitDto.properties,
    id: ScenarioId,
    /** Bumped when questions or rules change; a draft of an older version keeps the answers that still fit */
    version: Type.Integer({ minimum: 1 }),
    /** 适用对象 and what it covers, a few short paragraphs */
    description: Type.Array(Type.String(), { minItems: 1 }),
    /** The region the steps are resolved in (a district or street; a city where it has no districts) */
    regionCode: Type.String(),
    regionName: Type.String(),
    questions: Type.Array(ScenarioQuestionDto, { minItems: 1 }),
    steps: Type.Array(ScenarioStepDto, { minItems: 2 }),
  },
  { $id: 'ScenarioDto', additionalProperties: false },
)
export type ScenarioDto = Static<typeof ScenarioDto>

export const ScenarioQuery = Type.Object({ region: Type.String({ pattern: '^(\\d{6}|\\d{9})$' }) }, { additionalProperties: false })
export type ScenarioQuery = Static<typeof ScenarioQuery>

export const ScenarioIdParams = Type.Object({ id: ScenarioId }, { additionalProperties: false })

/** Which combined form: the region and the answers (which decide the items). */
export const ScenarioFormBody = Type.Object(
  { regionCode: ScenarioQuery.properties.region, answers: ScenarioAnswersDto },
  { $id: 'ScenarioFormBody', additionalProperties: false },
)
export type ScenarioFormBody = Static<typeof ScenarioFormBody>

/** How one item's own form maps onto the combined form. */
export const ScenarioFormPartDto = Type.Object(
  {
    stepKey: ScenarioStepDto.properties.key,
    itemId: Type.String(),
    itemName: Type.String(),
    department: Type.String(),
    stage: ScenarioStepDto.properties.stage,
    /** The item's top-level field or group id → the combined form's id (shared fields map to one id) */
    fields: Type.Record(Type.String(), Type.String()),
    /** The item's material slot id → the combined slot id */
    materials: Type.Record(Type.String(), Type.String()),
    /**
     * What this item need not be given because an earlier step of the case produces it: material slot ids (the
     * 营业执照 a stage-1 step issues) and the founded business's name, code and legal representative fields, each
     * → that step's 事项名称
     */
    providedInCase: Type.Record(Type.String(), Type.String()),
    /** This item's fee, if any (the combined form's `fee` adds them up) */
    fee: FormSchemaDto.properties.fee,
  },
  { $id: 'ScenarioFormPartDto', additionalProperties: false },
)
export type ScenarioFormPartDto = Static<typeof ScenarioFormPartDto>

/**
 * The one combined form: a FormSchemaDto (itemId `scenario-<id>`, so every form component and the form engine
 * work on it unchanged) whose fields are the union of the items' fields, each shared field once, plus how each
 * item's answers are taken out of it.
 */
export const ScenarioFormDto = Type.Object(
  {
    scenarioId: ScenarioId,
    regionCode: Type.String(),
    form: FormSchemaDto,
    parts: Type.Array(ScenarioFormPartDto, { minItems: 1 }),
  },
  { $id: 'ScenarioFormDto', additionalProperties: false },
)
export type ScenarioFormDto = Static<typeof ScenarioFormDto>

/** Submit a case: one application per applicable item, all or none, one case per `submissionKey`. */
export const CaseSubmitBody = Type.Object(
  {
    scenarioId: ScenarioId,
    regionCode: ScenarioQuery.properties.region,
    scenarioAnswers: ScenarioAnswersDto,
    /** ScenarioDto.version the answers were given for */
    scenarioVersion: Type.Integer({ minimum: 1 }),
    // The combined form's answers and materials, 承诺, the key, the mode and the platform, as for one item
    ...Type.Omit(SubmitBody, ['itemId', 'formVersion']).properties,
  },
  { $id: 'CaseSubmitBody', additionalProperties: false },
)
export type CaseSubmitBody = Static<typeof CaseSubmitBody>

/**
 * 一件事办件 status: in-progress (办理中), action-needed (待补正 or 待缴费 somewhere), completed (every item
 * 办结 and approved), ended (every item ended, some not approved).
 */
export const CASE_STATUSES = ['in-progress', 'action-needed', 'completed', 'ended'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const CaseSummaryDto = Type.Object(
  {
    id: Type.String(),
    /** 一件事办件编号 */
    number: Type.String(),
    scenarioId: ScenarioId,
    title: Type.String(),
    status: Literals(CASE_STATUSES),
    submittedAt: Type.Integer(),
    updatedAt: Type.Integer(),
    /** Items in the case, and how many have ended (办结, 不予受理, 撤回…) */
    total: Type.Integer({ minimum: 1 }),
    ended: Type.Integer({ minimum: 0 }),
    /** What happens next, one sentence: 「等待市场监管局受理营业执照申请」「请缴纳合并费用」「已全部办结」 */
    next: Type.String(),
  },
  { $id: 'CaseSummaryDto', additionalProperties: false },
)
export type CaseSummaryDto = Static<typeof CaseSummaryDto>

export const CasePartDto = Type.Object(
  {
    stepKey: ScenarioStepDto.properties.key,
    stage: ScenarioStepDto.properties.stage,
    why: Type.String(),
    application: ApplicationSummaryDto,
    /** 事项名称 of earlier-stage items this one waits for (empty when it can proceed) */
    waitingFor: Type.Array(Type.String()),
    /** What is next for this item, one sentence */
    next: Type.String(),
  },
  { $id: 'CasePartDto', additionalProperties: false },
)
export type CasePartDto = Static<typeof CasePartDto>

export const CaseDetailDto = Type.Object(
  {
    ...CaseSummaryDto.properties,
    mode: Mode,
    regionName: Type.String(),
    parts: Type.Array(CasePartDto, { minItems: 1 }),
    /** Items of the case that are not handled online (e.g. 结婚登记 needs both in person): what to do at the hall */
    offline: Type.Array(
      Type.Object(
        {
          stepKey: ScenarioStepDto.properties.key,
          name: Type.String(),
          why: Type.String(),
          /** Its guide in the case's region, when implemented there */
          itemId: Type.Union([Type.String(), Type.Null()]),
          visits: Type.Integer({ minimum: 0 }),
          visitReason: Type.Union([Type.String(), Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
    /** 合并缴费: one fee for the items' fees, once it falls due; null when none is due (yet) */
    fee: Type.Union([
      Type.Object(
        { id: Type.String(), title: Type.String(), amountFen: Type.Integer({ minimum: 1 }), paid: Type.Boolean() },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { $id: 'CaseDetailDto', additionalProperties: false },
)
export type CaseDetailDto = Static<typeof CaseDetailDto>

export const CaseListDto = Type.Object({ cases: Type.Array(CaseSummaryDto) }, { $id: 'CaseListDto', additionalProperties: false })
export type CaseListDto = Static<typeof CaseListDto>
