import { Type, type Static, type TLiteral } from '@sinclair/typebox'
import { ClientPlatform } from './auth'
import { Mode } from './config'
import { ScenarioAnswersDto } from './scenario-answers'

/**
 * Online handling (在线办理): an item's form schema, drafts, uploads, applications (办件) and their statuses,
 * 补正, 撤回, 好差评, and the in-app 消息 centre. Validation rules live in the form schema the server sends, and
 * run on the client and again on the server (src/domain/form.ts, shared).
 */

const Literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[], description ? { description } : {})

/** Field types of the form engine. */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'amount',
  'date',
  'select',
  'region',
  'person',
  'id-number',
  'credit-code',
  'phone',
  'address',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

/**
 * Where a prefilled value comes from: the verified identity (实名), the account (手机号), the active enterprise
 * (法人 mode), or an e-licence (`licence:<电子证照名称>:<field>`, e.g. licence:居民户口簿:address).
 */
export const PrefillSource = Type.String({
  pattern: '^(identity\\.(name|idNumber)|account\\.phone|enterprise\\.(name|creditCode|legalRep)|licence:[^:]{1,20}:[A-Za-z]{1,30})$',
})

/** Show a field only when an earlier answer (a select, or a person's relation) has one of these values. */
export const ShowIfDto = Type.Object(
  { field: Type.String(), in: Type.Array(Type.String(), { minItems: 1 }) },
  { $id: 'ShowIfDto', additionalProperties: false },
)
export type ShowIfDto = Static<typeof ShowIfDto>

const FieldCommon = {
  /** Key in the answers; unique in the form (within a group: unique in the group) */
  id: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }),
  label: Type.String({ minLength: 1 }),
  required: Type.Boolean(),
  placeholder: Type.Optional(Type.String()),
  /** 填写说明 under the field */
  help: Type.Optional(Type.String()),
  showIf: Type.Optional(ShowIfDto),
  /** Filled from this source when the user has it */
  prefill: Type.Optional(PrefillSource),
  /** Whether a prefilled value may be corrected (false where the law fixes it, e.g. a verified name) */
  editable: Type.Optional(Type.Boolean()),
  /** select: the choices */
  options: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: Type.String() }, { additionalProperties: false }), { minItems: 1 })),
  /** number / amount (元): bounds; date: 'YYYY-MM-DD' bounds or 'today' */
  min: Type.Optional(Type.Union([Type.Number(), Type.String()])),
  max: Type.Optional(Type.Union([Type.Number(), Type.String()])),
  /** text / textarea */
  maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
  /** text: a regular expression the answer must match, with its Chinese message */
  pattern: Type.Optional(Type.String()),
  patternMessage: Type.Optional(Type.String()),
}

/** A single field. */
export const FormFieldDto = Type.Object({ ...FieldCommon, type: Literals(FIELD_TYPES) }, { $id: 'FormFieldDto', additionalProperties: false })
export type FormFieldDto = Static<typeof FormFieldDto>

/** A repeatable group of fields (e.g. 家庭成员, 股东), answered as a list of rows. */
export const FormGroupDto = Type.Object(
  {
    id: FieldCommon.id,
    label: FieldCommon.label,
    type: Type.Literal('group'),
    required: Type.Boolean(),
    help: FieldCommon.help,
    showIf: FieldCommon.showIf,
    minItems: Type.Integer({ minimum: 0, maximum: 50 }),
    maxItems: Type.Integer({ minimum: 1, maximum: 50 }),
    /** 「添加一位家庭成员」 */
    addLabel: Type.String(),
    fields: Type.Array(FormFieldDto, { minItems: 1 }),
  },
  { $id: 'FormGroupDto', additionalProperties: false },
)
export type FormGroupDto = Static<typeof FormGroupDto>

export type FormEntryDto = FormFieldDto | FormGroupDto

export const FormSectionDto = Type.Object(
  { title: Type.String(), fields: Type.Array(Type.Union([FormFieldDto, FormGroupDto]), { minItems: 1 }) },
  { $id: 'FormSectionDto', additionalProperties: false },
)
export type FormSectionDto = Static<typeof FormSectionDto>

/** How a material of the guide may be provided in this application. */
export const MaterialSlotDto = Type.Object(
  {
    /** MaterialDto.id of the guide */
    id: Type.String(),
    name: Type.String(),
    requirement: Literals(['required', 'optional', 'deferrable'] as const),
    /** The 电子证照 that can replace it (免提交), or null */
    eLicence: Type.Union([Type.String(), Type.Null()]),
    /** Whether it may be uploaded, and what */
    upload: Type.Union([
      Type.Object(
        {
          kinds: Type.Array(Literals(['image', 'pdf'] as const), { minItems: 1 }),
          maxFiles: Type.Integer({ minimum: 1, maximum: 9 }),
          /** Per file, after compression */
          maxBytes: Type.Integer({ minimum: 1 }),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    notes: Type.String(),
  },
  { $id: 'MaterialSlotDto', additionalProperties: false },
)
export type MaterialSlotDto = Static<typeof MaterialSlotDto>

/** The form of one online item (same schema on the client and the server). */
export const FormSchemaDto = Type.Object(
  {
    itemId: Type.String(),
    itemName: Type.String(),
    /** Bumped when the form changes; a draft of an older version is migrated by field id */
    version: Type.Integer({ minimum: 1 }),
    /** Who may apply: 个人 / 法人 */
    audience: Mode,
    sections: Type.Array(FormSectionDto, { minItems: 1 }),
    materials: Type.Array(MaterialSlotDto),
    /** 承诺书: what the applicant declares before submitting */
    declaration: Type.String(),
    /** The fee to pay and when: before review (即办) or after acceptance; null when free */
    fee: Type.Union([
      Type.Object(
        { title: Type.String(), amountFen: Type.Integer({ minimum: 1 }), basis: Type.String(), timing: Literals(['before-review', 'after-acceptance'] as const) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { $id: 'FormSchemaDto', additionalProperties: false },
)
export type FormSchemaDto = Static<typeof FormSchemaDto>

/** A person answer: 本人, a family member, or someone else (name and 身份证号). */
export const PersonAnswer = Type.Object(
  {
    relation: Literals(['self', 'spouse', 'child', 'parent', 'other'] as const),
    name: Type.String({ maxLength: 30 }),
    idNumber: Type.String({ maxLength: 18 }),
  },
  { additionalProperties: false },
)
export type PersonAnswer = Static<typeof PersonAnswer>

export const AddressAnswer = Type.Object(
  { regionCode: Type.String({ maxLength: 9 }), detail: Type.String({ maxLength: 120 }) },
  { additionalProperties: false },
)
export type AddressAnswer = Static<typeof AddressAnswer>

/** One leaf answer: text, number, a person, an address, or null (not answered). */
export const LeafAnswer = Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), PersonAnswer, AddressAnswer, Type.Null()])
export type LeafAnswer = Static<typeof LeafAnswer>

/** Answers by field id; a group answers a list of rows. */
export const AnswersDto = Type.Record(
  Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }),
  Type.Union([LeafAnswer, Type.Array(Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }), LeafAnswer), { maxItems: 50 })]),
  { $id: 'AnswersDto', maxProperties: 200 },
)
export type AnswersDto = Static<typeof AnswersDto>

/** How one material is provided. */
export const MaterialAnswerDto = Type.Union(
  [
    /** 免提交: an e-licence of the user, referenced (the user consented to its use) */
    Type.Object({ kind: Type.Literal('licence'), licenceId: Type.String({ maxLength: 64 }), consent: Type.Literal(true) }, { additionalProperties: false }),
    /** Uploaded files (ids from the upload endpoint) */
    Type.Object({ kind: Type.Literal('upload'), fileIds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 9 }) }, { additionalProperties: false }),
    /** 容缺后补: to be provided later (only where the guide allows it) */
    Type.Object({ kind: Type.Literal('deferred') }, { additionalProperties: false }),
  ],
  { $id: 'MaterialAnswerDto' },
)
export type MaterialAnswerDto = Static<typeof MaterialAnswerDto>

export const MaterialAnswers = Type.Record(Type.String({ maxLength: 64 }), MaterialAnswerDto, { maxProperties: 50 })
export type MaterialAnswers = Static<typeof MaterialAnswers>

/** A draft: per user and item on the server, so it follows the user across platforms. */
export const DraftDto = Type.Object(
  {
    itemId: Type.String(),
    itemName: Type.String(),
    formVersion: Type.Integer({ minimum: 1 }),
    answers: AnswersDto,
    materials: MaterialAnswers,
    /** Client time of the last change (epoch ms): the newer of local and server wins */
    updatedAt: Type.Integer({ minimum: 0 }),
    /** The key the submission of this draft carries: a draft is submitted at most once */
    submissionKey: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
    /**
     * A 一件事 draft (key `scenario-<id>`): the region and the answers to its questions; `answers` and
     * `materials` are then those of the combined form. Absent on an item's draft.
     */
    scenario: Type.Optional(
      Type.Object(
        { regionCode: Type.String({ pattern: '^(\\d{6}|\\d{9})$' }), version: Type.Integer({ minimum: 1 }), answers: ScenarioAnswersDto },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'DraftDto', additionalProperties: false },
)
export type DraftDto = Static<typeof DraftDto>

export const DraftBody = Type.Omit(DraftDto, ['itemName'], { $id: 'DraftBody', additionalProperties: false })
export type DraftBody = Static<typeof DraftBody>

export const DraftListDto = Type.Object({ drafts: Type.Array(DraftDto) }, { $id: 'DraftListDto', additionalProperties: false })
export type DraftListDto = Static<typeof DraftListDto>

/** An uploaded file (a material scan or photo). */
export const UploadDto = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Literals(['image', 'pdf'] as const),
    bytes: Type.Integer({ minimum: 1 }),
  },
  { $id: 'UploadDto', additionalProperties: false },
)
export type UploadDto = Static<typeof UploadDto>

/**
 * 办件状态, with the national codes: 1 已接件, 3 已受理, 5 不予受理, 6 补正 (待补正), 8 办理中, 9 特别程序, 11 办结（通过）,
 * 12 办结（容缺通过）, 13 办结（不通过）, 14 撤回, 15 撤销. Legal transitions: src/domain/application-status.ts.
 */
export const APPLICATION_STATUSES = [
  'submitted',
  'accepted',
  'not-accepted',
  'supplementing',
  'processing',
  'special',
  'approved',
  'approved-conditional',
  'denied',
  'withdrawn',
  'revoked',
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/** One entry of the timeline. */
export const StatusEventDto = Type.Object(
  {
    status: Literals(APPLICATION_STATUSES),
    /** National code, e.g. 3 for 已受理 */
    code: Type.Integer({ minimum: 1, maximum: 15 }),
    /** Epoch ms */
    at: Type.Integer(),
    /** Who (a department, or 申请人) */
    by: Type.String(),
    /** Reason or note: why 不予受理, what to 补正, why 撤回 */
    note: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'StatusEventDto', additionalProperties: false },
)
export type StatusEventDto = Static<typeof StatusEventDto>

/** What the reviewer asks to 补正. */
export const SupplementRequestDto = Type.Object(
  {
    reason: Type.String(),
    /** Field ids to correct */
    fields: Type.Array(Type.String()),
    /** Material slot ids to provide again */
    materials: Type.Array(Type.String()),
    /** Epoch ms; after it the application may be closed as 不予受理 */
    dueAt: Type.Integer(),
  },
  { $id: 'SupplementRequestDto', additionalProperties: false },
)
export type SupplementRequestDto = Static<typeof SupplementRequestDto>

/** 好差评 indicators (national online indicators), each 1–5. */
export const RATING_INDICATORS = ['overall', 'efficiency', 'guideAccuracy', 'convenience', 'usability'] as const
export type RatingIndicator = (typeof RATING_INDICATORS)[number]

const Score = Type.Integer({ minimum: 1, maximum: 5 })

export const RatingBody = Type.Object(
  {
    scores: Type.Object(Object.fromEntries(RATING_INDICATORS.map((k) => [k, Score])) as Record<RatingIndicator, typeof Score>, { additionalProperties: false }),
    comment: Type.String({ maxLength: 300 }),
  },
  { $id: 'RatingBody', additionalProperties: false },
)
export type RatingBody = Static<typeof RatingBody>

export const FollowUpRatingBody = Type.Object(
  { score: Score, comment: Type.String({ maxLength: 300 }) },
  { $id: 'FollowUpRatingBody', additionalProperties: false },
)
export type FollowUpRatingBody = Static<typeof FollowUpRatingBody>

export const RatingDto = Type.Object(
  {
    ...RatingBody.properties,
    at: Type.Integer(),
    /** A bad rating (整体满意度 ≤ 2) is followed up by the department: what they did */
    followUp: Type.Union([Type.Object({ note: Type.String(), at: Type.Integer() }, { additionalProperties: false }), Type.Null()]),
    /** The one rating the user may add after the follow-up */
    followUpRating: Type.Union([Type.Object({ ...FollowUpRatingBody.properties, at: Type.Integer() }, { additionalProperties: false }), Type.Null()]),
  },
  { $id: 'RatingDto', additionalProperties: false },
)
export type RatingDto = Static<typeof RatingDto>

/** An application (办件) as the list shows it. */
export const ApplicationSummaryDto = Type.Object(
  {
    id: Type.String(),
    /** 办件编号 people quote on the phone */
    number: Type.String(),
    itemId: Type.String(),
    itemName: Type.String(),
    department: Type.String(),
    status: Literals(APPLICATION_STATUSES),
    submittedAt: Type.Integer(),
    updatedAt: Type.Integer(),
    /** 承诺办结日期 (YYYY-MM-DD, Beijing), counted in working days from acceptance; null before acceptance */
    dueDate: Type.Union([Type.String(), Type.Null()]),
    /** A fee of this application waiting to be paid */
    unpaidFeeId: Type.Union([Type.String(), Type.Null()]),
    /** The 一件事 case it belongs to, when it was submitted as part of one */
    case: Type.Optional(Type.Object({ id: Type.String(), title: Type.String() }, { additionalProperties: false })),
  },
  { $id: 'ApplicationSummaryDto', additionalProperties: false },
)
export type ApplicationSummaryDto = Static<typeof ApplicationSummaryDto>

/** The full 办件: the timeline, what was submitted, what is asked, the result, the rating. */
export const ApplicationDetailDto = Type.Object(
  {
    ...ApplicationSummaryDto.properties,
    mode: Mode,
    timeline: Type.Array(StatusEventDto, { minItems: 1 }),
    answers: AnswersDto,
    materials: MaterialAnswers,
    /** Set while status is supplementing */
    supplement: Type.Union([SupplementRequestDto, Type.Null()]),
    /** What came out: an e-licence (then in the wallet), an approval, or a reason for 不通过 */
    result: Type.Union([
      Type.Object(
        { kind: Literals(['licence', 'approval', 'other'] as const), name: Type.String(), licenceId: Type.Union([Type.String(), Type.Null()]) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    /** Whether 撤回 is still possible (before a decision) */
    canWithdraw: Type.Boolean(),
    /** Whether it may be rated now (ended, not rated yet) */
    canRate: Type.Boolean(),
    rating: Type.Union([RatingDto, Type.Null()]),
  },
  { $id: 'ApplicationDetailDto', additionalProperties: false },
)
export type ApplicationDetailDto = Static<typeof ApplicationDetailDto>

/** 我的办件 filters */
export const APPLICATION_FILTERS = ['all', 'in-progress', 'supplementing', 'done', 'withdrawn'] as const
export type ApplicationFilter = (typeof APPLICATION_FILTERS)[number]

export const ApplicationListQuery = Type.Object(
  {
    filter: Type.Optional(Literals(APPLICATION_FILTERS)),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
)
export type ApplicationListQuery = Static<typeof ApplicationListQuery>

export const ApplicationListDto = Type.Object(
  {
    applications: Type.Array(ApplicationSummaryDto),
    total: Type.Integer({ minimum: 0 }),
    /** Counts per filter, for the tabs */
    counts: Type.Object(Object.fromEntries(APPLICATION_FILTERS.map((f) => [f, Type.Integer({ minimum: 0 })])) as Record<ApplicationFilter, ReturnType<typeof Type.Integer>>, {
      additionalProperties: false,
    }),
  },
  { $id: 'ApplicationListDto', additionalProperties: false },
)
export type ApplicationListDto = Static<typeof ApplicationListDto>

/** Submit: one application per `submissionKey` (a retried or repeated submission answers the same one). */
export const SubmitBody = Type.Object(
  {
    itemId: Type.String({ minLength: 1, maxLength: 80 }),
    formVersion: Type.Integer({ minimum: 1 }),
    answers: AnswersDto,
    materials: MaterialAnswers,
    /** 承诺: the applicant accepted the declaration */
    declarationAccepted: Type.Literal(true),
    submissionKey: DraftDto.properties.submissionKey,
    /** Which mode (个人 / 法人) the application is made in; 法人 acts for the active enterprise */
    mode: Mode,
    platform: ClientPlatform,
  },
  { $id: 'SubmitBody', additionalProperties: false },
)
export type SubmitBody = Static<typeof SubmitBody>

export const SupplementBody = Type.Object(
  { answers: AnswersDto, materials: MaterialAnswers },
  { $id: 'SupplementBody', additionalProperties: false },
)
export type SupplementBody = Static<typeof SupplementBody>

export const WithdrawBody = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 200 }) }, { $id: 'WithdrawBody', additionalProperties: false })
export type WithdrawBody = Static<typeof WithdrawBody>

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80, pattern: '^[0-9A-Za-z-]+$' }) }, { additionalProperties: false })

/** 电子证照 of the user (the wallet issue adds showing and verifying them). */
export const LicenceDto = Type.Object(
  {
    id: Type.String(),
    /** 电子证照名称, e.g. 居民身份证, 食品经营许可证 */
    type: Type.String(),
    /** 证照编号, masked */
    number: Type.String(),
    holder: Type.String(),
    issuer: Type.String(),
    issuedAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    validUntil: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]),
    status: Literals(['valid', 'expired', 'revoked'] as const),
    /** The application that issued it, when one did */
    applicationId: Type.Union([Type.String(), Type.Null()]),
    /** Fields a form may be prefilled from (e.g. address of 居民户口簿), by field name */
    fields: Type.Record(Type.String(), Type.String()),
  },
  { $id: 'LicenceDto', additionalProperties: false },
)
export type LicenceDto = Static<typeof LicenceDto>

export const LicenceListDto = Type.Object({ licences: Type.Array(LicenceDto) }, { $id: 'LicenceListDto', additionalProperties: false })
export type LicenceListDto = Static<typeof LicenceListDto>

/** 消息: one per status change of the user's applications. */
export const MessageDto = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    body: Type.String(),
    at: Type.Integer(),
    read: Type.Boolean(),
    applicationId: Type.Union([Type.String(), Type.Null()]),
    /** The 咨询 / 投诉 / 找茬 it answers, when it does */
    feedbackId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { $id: 'MessageDto', additionalProperties: false },
)
export type MessageDto = Static<typeof MessageDto>

export const MessageListDto = Type.Object(
  { messages: Type.Array(MessageDto), unread: Type.Integer({ minimum: 0 }) },
  { $id: 'MessageListDto', additionalProperties: false },
)
export type MessageListDto = Static<typeof MessageListDto>

export const MarkReadBody = Type.Object(
  { ids: Type.Union([Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 }), Type.Literal('all')]) },
  { $id: 'MarkReadBody', additionalProperties: false },
)
export type MarkReadBody = Static<typeof MarkReadBody>

/** The mock's back office (tests and dev): move an application on, as a reviewer would. */
export const REVIEW_ACTIONS = ['accept', 'not-accept', 'request-supplement', 'process', 'special-start', 'special-end', 'approve', 'approve-conditional', 'deny', 'revoke'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export const ReviewBody = Type.Object(
  {
    action: Literals(REVIEW_ACTIONS),
    note: Type.Optional(Type.String({ maxLength: 200 })),
    /** request-supplement: what to correct (defaults: the first required material) */
    fields: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
    materials: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  },
  { $id: 'ReviewBody', additionalProperties: false },
)
export type ReviewBody = Static<typeof ReviewBody>
