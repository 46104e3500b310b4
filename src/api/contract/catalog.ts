import { Type, type Static, type TLiteral } from '@sinclair/typebox'
import { Mode, RegionDto, RegionLevel } from './config'

/**
 * The service catalog on the national data model: one 政务服务事项 as listed in a region's 实施清单 (GB/T
 * 42452-style fields). A *base item* (基本编码) is implemented once per region and department (实施编码); the
 * API serves implementations. Rich-text fields (受理条件, FAQ answers, notes) carry a small HTML subset the
 * client sanitises before rendering (src/domain/rich-text.ts): never trust markup from a server.
 */

const Literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[], description ? { description } : {})

/** 事项类型 */
export const ITEM_TYPES = [
  'permit', // 行政许可
  'benefit', // 行政给付
  'confirmation', // 行政确认
  'ruling', // 行政裁决
  'award', // 行政奖励
  'other-power', // 其他行政权力
  'public-service', // 公共服务
  'convenience', // 便民服务
] as const
export type ItemType = (typeof ITEM_TYPES)[number]

/** 办件类型: 即办件 (decided at once) or 承诺件 (decided within the promised time) */
export const ITEM_KINDS = ['instant', 'promised'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

/** 办理形式: 窗口办理 / 网上办理 / 快递申请 */
export const CHANNELS = ['window', 'online', 'post'] as const
export type Channel = (typeof CHANNELS)[number]

/** 办理对象: 自然人 (personal) / 法人 (enterprise); an item may serve both */
export type Audience = Mode

/** 办理流程 step codes: 收件, 受理, 审查, 决定, 制证, 送达 */
export const STEP_CODES = ['receive', 'accept', 'review', 'decide', 'issue', 'deliver'] as const
export type StepCode = (typeof STEP_CODES)[number]

/** 时限 unit: 工作日 or 自然日 */
export const DAY_UNITS = ['working', 'natural'] as const

/** 通办范围: 本级 (only at the implementing region's halls), 全市通办, 跨区域通办 (with the listed regions) */
export const SCOPES = ['local', 'city', 'cross-region'] as const

/** 结果类型: 证照 / 批文 / 其他 */
export const RESULT_KINDS = ['licence', 'approval', 'other'] as const

/** 材料要求: 必要 / 非必要 / 容缺后补 */
export const MATERIAL_REQUIREMENTS = ['required', 'optional', 'deferrable'] as const

/** 材料形式: 纸质 / 电子 */
export const MATERIAL_FORMS = ['paper', 'electronic'] as const

/** 材料类型 */
export const MATERIAL_TYPES = ['certificate', 'application-form', 'proof', 'contract', 'photo', 'other'] as const

/** 时限: a number with its unit and what it means (法定办结时限 / 承诺办结时限). */
export const TimeLimitDto = Type.Object(
  {
    value: Type.Integer({ minimum: 0, maximum: 3650 }),
    unit: Literals(DAY_UNITS, '工作日 / 自然日'),
    /** e.g. 「即办」「自受理之日起计算，不含现场核查时间」 */
    note: Type.String(),
  },
  { $id: 'TimeLimitDto', additionalProperties: false },
)
export type TimeLimitDto = Static<typeof TimeLimitDto>

/** 设定依据: one article of a law or regulation. */
export const LegalBasisDto = Type.Object(
  { law: Type.String({ minLength: 1 }), article: Type.String(), text: Type.String() },
  { $id: 'LegalBasisDto', additionalProperties: false },
)
export type LegalBasisDto = Static<typeof LegalBasisDto>

/** 申请材料 */
export const MaterialDto = Type.Object(
  {
    id: Type.String(),
    name: Type.String({ minLength: 1 }),
    type: Literals(MATERIAL_TYPES, '材料类型'),
    /** 材料形式: 纸质 / 电子 (at least one) */
    forms: Type.Array(Literals(MATERIAL_FORMS), { minItems: 1 }),
    /** 必要 / 非必要 / 容缺后补 */
    requirement: Literals(MATERIAL_REQUIREMENTS),
    /** 来源渠道: 申请人自备 or 政府部门核发 (with the issuing department) */
    source: Type.Object(
      { kind: Literals(['applicant', 'government'] as const), department: Type.Union([Type.String(), Type.Null()]) },
      { additionalProperties: false },
    ),
    /** 原件份数 / 复印件份数 */
    originals: Type.Integer({ minimum: 0 }),
    copies: Type.Integer({ minimum: 0 }),
    /** 填写说明 / 受理标准 (plain text) */
    notes: Type.String(),
    /** 空白表格 and 示例样表, where there are any (absolute or platform-relative URLs) */
    blankForm: Type.Union([Type.String(), Type.Null()]),
    sample: Type.Union([Type.String(), Type.Null()]),
    /** The 电子证照 that replaces this material (免提交), e.g. 居民身份证; null when none can */
    eLicence: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'MaterialDto', additionalProperties: false },
)
export type MaterialDto = Static<typeof MaterialDto>

/** 办理流程: one step. */
export const ProcessStepDto = Type.Object(
  {
    code: Literals(STEP_CODES),
    /** 收件 / 受理 / 审查 / 决定 / 制证 / 送达, or the department's own wording */
    name: Type.String(),
    department: Type.String(),
    /** Working days this step takes (0: same day) */
    days: Type.Integer({ minimum: 0 }),
    description: Type.String(),
  },
  { $id: 'ProcessStepDto', additionalProperties: false },
)
export type ProcessStepDto = Static<typeof ProcessStepDto>

/** 收费: free, or the fee items with 收费标准 and 收费依据. Amounts stay text: the standards are often ranges. */
export const FeeInfoDto = Type.Object(
  {
    free: Type.Boolean(),
    items: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1 }),
          /** 收费标准, e.g. 「每证 9 元」 */
          standard: Type.String({ minLength: 1 }),
          /** 收费依据 */
          basis: Type.String({ minLength: 1 }),
          /** 是否允许减免 */
          reducible: Type.Boolean(),
          note: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
    /** 是否支持网上支付 */
    onlinePayment: Type.Boolean(),
  },
  { $id: 'FeeInfoDto', additionalProperties: false },
)
export type FeeInfoDto = Static<typeof FeeInfoDto>

/** 办理地点: a hall with its hours and how to get there. */
export const LocationDto = Type.Object(
  {
    name: Type.String(),
    address: Type.String(),
    /** 办理时间 */
    hours: Type.String(),
    /** 交通指引 */
    transport: Type.String(),
  },
  { $id: 'LocationDto', additionalProperties: false },
)
export type LocationDto = Static<typeof LocationDto>

/** 常见问题 (answer is rich text) */
export const FaqDto = Type.Object({ question: Type.String(), answer: Type.String() }, { $id: 'FaqDto', additionalProperties: false })
export type FaqDto = Static<typeof FaqDto>

/** 实施主体: a department of one region (上海市民政局, 黄浦区民政局, 南京东路街道社区事务受理服务中心). */
export const DepartmentRefDto = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    /** 部门简称 for chips, e.g. 民政 */
    shortName: Type.String(),
  },
  { $id: 'DepartmentRefDto', additionalProperties: false },
)
export type DepartmentRefDto = Static<typeof DepartmentRefDto>

/** 运营数据: real figures, counted by the platform. */
const OperationsFields = {
  /** 办件量 + 浏览量 counted by the platform (applications and guide views) */
  usageCount: Type.Integer({ minimum: 0 }),
  /** 上线日期 (YYYY-MM-DD, Beijing): drives 新上架 */
  onlineDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  /** 好差评: average score 1–5 (0 when unrated) and how many ratings */
  rating: Type.Object({ score: Type.Number({ minimum: 0, maximum: 5 }), count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
}

/** What lists, search results and home sections show of an item: enough for a row and its badges. */
export const ItemSummaryDto = Type.Object(
  {
    /** 实施编码: the implementation's id, unique in the catalog */
    id: Type.String(),
    /** 事项名称 (with the 业务办理项, e.g. 食品经营许可（新办）) */
    name: Type.String(),
    /** 基本编码: the same for every region's implementation of the item */
    baseCode: Type.String(),
    type: Literals(ITEM_TYPES, '事项类型'),
    /** 办理对象 */
    audiences: Type.Array(Mode, { minItems: 1 }),
    department: DepartmentRefDto,
    /** 行使层级 */
    level: RegionLevel,
    regionCode: Type.String(),
    /** 所属地区名称, e.g. 黄浦区 */
    regionName: Type.String(),
    /** 办件类型 */
    kind: Literals(ITEM_KINDS),
    /** 承诺办结时限 */
    promisedLimit: TimeLimitDto,
    /** 网办深度 Ⅰ–Ⅳ (4 = 全程网办) */
    onlineDepth: Type.Integer({ minimum: 1, maximum: 4 }),
    /** 到办事现场次数 */
    visits: Type.Integer({ minimum: 0, maximum: 5 }),
    /** 通办范围 */
    scope: Literals(SCOPES),
    /** Whether 在线办理 is offered (办理形式 includes 网上) */
    online: Type.Boolean(),
    bookable: Type.Boolean(),
    ...OperationsFields,
  },
  { $id: 'ItemSummaryDto', additionalProperties: false },
)
export type ItemSummaryDto = Static<typeof ItemSummaryDto>

/** The full 办事指南 of one implementation. */
export const ItemDetailDto = Type.Object(
  {
    ...ItemSummaryDto.properties,
    /** 别名 / 俗称, e.g. 领证 for 结婚登记 */
    aliases: Type.Array(Type.String()),
    /** 实施编码 as printed in the 实施清单 */
    implementationCode: Type.String(),
    /** 事项版本 */
    version: Type.String(),
    /** 主题 (theme ids of the mode's categories) */
    themes: Type.Array(Type.String()),
    /** 受理条件 (rich text) */
    conditions: Type.String(),
    /** 设定依据 */
    legalBasis: Type.Array(LegalBasisDto, { minItems: 1 }),
    /** 法定办结时限 */
    legalLimit: TimeLimitDto,
    /** 办理形式 */
    channels: Type.Array(Literals(CHANNELS), { minItems: 1 }),
    /** Why a visit is needed when visits > 0 (e.g. 现场核验身份、签署声明), else null */
    visitReason: Type.Union([Type.String(), Type.Null()]),
    /** 可邮寄 (结果快递送达) */
    mailable: Type.Boolean(),
    /** 通办范围's regions for 跨区域通办 (codes), empty otherwise */
    scopeRegions: Type.Array(Type.String()),
    materials: Type.Array(MaterialDto),
    process: Type.Array(ProcessStepDto, { minItems: 1 }),
    fees: FeeInfoDto,
    locations: Type.Array(LocationDto, { minItems: 1 }),
    /** 咨询电话 and 投诉电话 (never the same number) */
    consultPhone: Type.String(),
    complaintPhone: Type.String(),
    /** 审批结果 */
    result: Type.Object(
      {
        kind: Literals(RESULT_KINDS),
        name: Type.String(),
        /** 结果样本 URL, or null */
        sample: Type.Union([Type.String(), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    faq: Type.Array(FaqDto),
    /** Whether the signed-in caller subscribes to it (false when signed out) */
    subscribed: Type.Boolean(),
  },
  { $id: 'ItemDetailDto', additionalProperties: false },
)
export type ItemDetailDto = Static<typeof ItemDetailDto>

export const ItemIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80, pattern: '^[0-9A-Za-z-]+$' }) }, { additionalProperties: false })
export type ItemIdParams = Static<typeof ItemIdParams>

/** Filters shared by lists and search. `region` scopes to that region, its parents and its sub-regions. */
const ListFilterFields = {
  region: Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' }),
  mode: Type.Optional(Mode),
  level: Type.Optional(RegionLevel),
  /**
   * 部门: one office (a DepartmentRefDto.id, e.g. 310101-civil-affairs) or a kind of office in every region of
   * the scope (SearchResultDto.departments[].key, e.g. civil-affairs)
   */
  department: Type.Optional(Type.String({ maxLength: 80 })),
  theme: Type.Optional(Type.String({ maxLength: 40 })),
  /** 事项类型: 便民服务 (convenience) lists 外币兑换预约, 生活缴费 and the like */
  type: Type.Optional(Literals(ITEM_TYPES)),
  /** 只看全程网办 (网办深度 Ⅳ) */
  fullyOnline: Type.Optional(Type.Boolean()),
  /** 只看零跑动 */
  zeroVisit: Type.Optional(Type.Boolean()),
  /** 只看跨区域通办 */
  crossRegion: Type.Optional(Type.Boolean()),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
}

export const ItemListQuery = Type.Object(
  {
    ...ListFilterFields,
    /** 排序: 热度 (usage), 最新 (online date), 名称 */
    sort: Type.Optional(Literals(['popular', 'newest', 'name'] as const)),
  },
  { additionalProperties: false },
)
export type ItemListQuery = Static<typeof ItemListQuery>

export const ItemPageDto = Type.Object(
  {
    items: Type.Array(ItemSummaryDto),
    /** All matches, for "共 N 项" and the virtual list's height */
    total: Type.Integer({ minimum: 0 }),
    offset: Type.Integer({ minimum: 0 }),
  },
  { $id: 'ItemPageDto', additionalProperties: false },
)
export type ItemPageDto = Static<typeof ItemPageDto>

export const SearchQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 40 }), ...ListFilterFields },
  { additionalProperties: false },
)
export type SearchQuery = Static<typeof SearchQuery>

/** A [start, end) range of a string that matched, for highlighting. */
export const HighlightDto = Type.Tuple([Type.Integer({ minimum: 0 }), Type.Integer({ minimum: 0 })])

/** 一件事 (a scenario) suggested by search; the scenario pages come with the scenario issue. */
/** A 一件事 as search and 首页 show it (ScenarioSummaryDto of scenario.ts has the same shape). */
export const ScenarioHitDto = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    summary: Type.String(),
    mode: Mode,
    /** One of CONTENT_ICONS */
    icon: Type.String(),
    /** How many items it may include */
    itemCount: Type.Integer({ minimum: 1 }),
  },
  { $id: 'ScenarioHitDto', additionalProperties: false },
)
export type ScenarioHitDto = Static<typeof ScenarioHitDto>

export const SearchHitDto = Type.Object(
  {
    item: ItemSummaryDto,
    /** Ranges of `item.name` that matched (empty when it matched by alias, pinyin or department) */
    highlights: Type.Array(HighlightDto),
    /** How it matched, e.g. 「别名：领证」「拼音首字母」「部门：民政局」; null for a plain name match */
    matchedBy: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'SearchHitDto', additionalProperties: false },
)
export type SearchHitDto = Static<typeof SearchHitDto>

export const SearchResultDto = Type.Object(
  {
    query: Type.String(),
    hits: Type.Array(SearchHitDto),
    total: Type.Integer({ minimum: 0 }),
    offset: Type.Integer({ minimum: 0 }),
    /** 一件事 scenarios matching the query (开饭店 → 我要开餐饮店) */
    scenarios: Type.Array(ScenarioHitDto),
    /**
     * 按部门筛选: the kinds of office among all hits before the department filter, most hits first (≤ 8); pass a
     * `key` back as `department`
     */
    departments: Type.Array(
      Type.Object({ key: Type.String(), name: Type.String(), count: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
      { maxItems: 8 },
    ),
    /** When nothing matched: other queries worth trying (hot items of the region) */
    suggestions: Type.Array(Type.String()),
    /** Server time spent, ms (for the benchmark and the curious) */
    tookMs: Type.Number({ minimum: 0 }),
  },
  { $id: 'SearchResultDto', additionalProperties: false },
)
export type SearchResultDto = Static<typeof SearchResultDto>

/** A department store's summary, for the 部门 browse list. */
export const DepartmentDto = Type.Object(
  {
    ...DepartmentRefDto.properties,
    regionCode: Type.String(),
    level: RegionLevel,
    /** 事项数 in this store */
    itemCount: Type.Integer({ minimum: 0 }),
    /** One of CONTENT_ICONS, for its tile */
    icon: Type.String(),
  },
  { $id: 'DepartmentDto', additionalProperties: false },
)
export type DepartmentDto = Static<typeof DepartmentDto>

/** 旗舰店: a department's own page. */
export const DepartmentStoreDto = Type.Object(
  {
    department: DepartmentDto,
    /** 部门介绍 (plain text) */
    introduction: Type.String(),
    address: Type.String(),
    hours: Type.String(),
    consultPhone: Type.String(),
    complaintPhone: Type.String(),
    website: Type.Union([Type.String(), Type.Null()]),
    /** The store's most used items */
    hotItems: Type.Array(ItemSummaryDto),
    /** Its items grouped by 主题 (title from the mode's categories, or 其他) */
    groups: Type.Array(Type.Object({ title: Type.String(), items: Type.Array(ItemSummaryDto) }, { additionalProperties: false })),
  },
  { $id: 'DepartmentStoreDto', additionalProperties: false },
)
export type DepartmentStoreDto = Static<typeof DepartmentStoreDto>

export const DepartmentListQuery = Type.Object(
  { region: ListFilterFields.region, mode: Type.Optional(Mode) },
  { additionalProperties: false },
)
export type DepartmentListQuery = Static<typeof DepartmentListQuery>

export const DepartmentListDto = Type.Object(
  { departments: Type.Array(DepartmentDto) },
  { $id: 'DepartmentListDto', additionalProperties: false },
)
export type DepartmentListDto = Static<typeof DepartmentListDto>

/** Counts for 办事's browse tabs: per 主题, per 层级. */
export const BrowseDto = Type.Object(
  {
    regionCode: Type.String(),
    mode: Mode,
    total: Type.Integer({ minimum: 0 }),
    themes: Type.Array(Type.Object({ id: Type.String(), count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false })),
    levels: Type.Array(Type.Object({ level: RegionLevel, count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false })),
    /** Items of this scope handled 跨区域通办 */
    crossRegionCount: Type.Integer({ minimum: 0 }),
  },
  { $id: 'BrowseDto', additionalProperties: false },
)
export type BrowseDto = Static<typeof BrowseDto>

export const BrowseQuery = Type.Object({ region: ListFilterFields.region, mode: Mode }, { additionalProperties: false })
export type BrowseQuery = Static<typeof BrowseQuery>

/** 通知公告 summary (the home strip). */
export const NoticeSummaryDto = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    department: Type.String(),
    regionCode: Type.String(),
    /** Epoch ms */
    publishedAt: Type.Integer(),
  },
  { $id: 'NoticeSummaryDto', additionalProperties: false },
)
export type NoticeSummaryDto = Static<typeof NoticeSummaryDto>

/** 为你推荐: an item with why it is recommended (因为你订阅了…). */
export const RecommendationDto = Type.Object(
  {
    item: ItemSummaryDto,
    /** 推荐理由, shown under the item */
    reason: Type.String(),
    /** What drove it: a subscription, the user's history, the region, the mode, or 新上架 */
    basis: Literals(['subscription', 'history', 'region', 'mode', 'new'] as const),
  },
  { $id: 'RecommendationDto', additionalProperties: false },
)
export type RecommendationDto = Static<typeof RecommendationDto>

/** Everything 首页 shows below the header, for one region and mode, personalised when signed in. */
export const HomeFeedDto = Type.Object(
  {
    regionCode: Type.String(),
    mode: Mode,
    /** 我的订阅 (in the user's order; empty when signed out) */
    subscriptions: Type.Array(ItemSummaryDto),
    /** 常用服务 from the user's own history (empty when signed out or new) */
    frequent: Type.Array(ItemSummaryDto),
    /** 全省热门: the province (上海市 is province-level) */
    provinceHot: Type.Object({ title: Type.String(), items: Type.Array(ItemSummaryDto) }, { additionalProperties: false }),
    /** 本地热门: the user's city or district; null when the region is the province itself */
    localHot: Type.Union([Type.Object({ title: Type.String(), items: Type.Array(ItemSummaryDto) }, { additionalProperties: false }), Type.Null()]),
    /** 新上架 */
    newest: Type.Array(ItemSummaryDto),
    /** 一件事 of this mode (我要结婚, 我要开餐饮店), as themes */
    scenarios: Type.Array(ScenarioHitDto),
    recommendations: Type.Array(RecommendationDto),
    notices: Type.Array(NoticeSummaryDto),
    /** Set when the region is outside the platform's own province: 跨区域通办 (roaming) */
    roaming: Type.Union([
      Type.Object(
        {
          regionName: Type.String(),
          /** Items of that region handled across regions (营业执照, 工业产品生产许可证, …) */
          crossRegionItems: Type.Array(ItemSummaryDto),
          crossRegionCount: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { $id: 'HomeFeedDto', additionalProperties: false },
)
export type HomeFeedDto = Static<typeof HomeFeedDto>

export const HomeFeedQuery = Type.Object({ region: ListFilterFields.region, mode: Mode }, { additionalProperties: false })
export type HomeFeedQuery = Static<typeof HomeFeedQuery>

/** 我的订阅 (the service supermarket): the items, in the user's order. */
export const SubscriptionListDto = Type.Object(
  { items: Type.Array(ItemSummaryDto), max: Type.Integer({ minimum: 1 }) },
  { $id: 'SubscriptionListDto', additionalProperties: false },
)
export type SubscriptionListDto = Static<typeof SubscriptionListDto>

export const SubscriptionOrderBody = Type.Object(
  { itemIds: Type.Array(ItemIdParams.properties.id, { maxItems: 100, uniqueItems: true }) },
  { $id: 'SubscriptionOrderBody', additionalProperties: false },
)
export type SubscriptionOrderBody = Static<typeof SubscriptionOrderBody>

/** Sub-regions of a region (streets of a district; districts of a G60 city), fetched when the picker opens one. */
export const RegionChildrenDto = Type.Object(
  { parent: RegionDto, children: Type.Array(RegionDto) },
  { $id: 'RegionChildrenDto', additionalProperties: false },
)
export type RegionChildrenDto = Static<typeof RegionChildrenDto>

export const RegionCodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' }) }, { additionalProperties: false })
