import type {
  Audience,
  Channel,
  ContentIcon,
  FaqDto,
  FeeInfoDto,
  ItemKind,
  ItemType,
  LegalBasisDto,
  LocationDto,
  MaterialDto,
  Mode,
  RegionDto,
  ScenarioConditionDto,
  ScenarioQuestionDto,
  StepCode,
  TimeLimitDto,
} from '../../../src/api/contract'
import type { SharedFieldSpec } from '../../../src/domain/scenario'

/**
 * How the hand-written catalog is authored. A seed is a *base item* (基本编码) as a department defines it;
 * mock/catalog/generate.ts implements it in every region of its level (实施清单), filling what depends on the
 * region: the department's name (上海市民政局, 黄浦区民政局), 实施编码, halls, phones, 跨区域通办 regions.
 */

/** Where a base item is implemented: once per city (市级), per district (区级) or per street (街道级). */
export type SeedLevel = 'city' | 'district' | 'street'

/** A department (实施主体) as it exists at each level, named from templates. */
export interface DepartmentSeed {
  /** Stable key, kebab-case English, e.g. civil-affairs */
  key: string
  /**
   * Name per level; `{city}` is the city (上海市, 嘉兴市), `{district}` the district (黄浦区), `{districtShort}`
   * its short name (黄浦), `{street}` the street (南京东路街道). A level without a template has no such office.
   */
  names: Partial<Record<SeedLevel, string>>
  /** 部门简称, e.g. 民政 */
  shortName: string
  icon: ContentIcon
  /** 部门介绍 for its 旗舰店 (plain text, 2–3 sentences, for the city-level office) */
  introduction: string
}

/** A material as authored; `id` is derived from its position. */
export type MaterialSeed = Omit<MaterialDto, 'id'>

/** A process step as authored; `department` defaults to the implementing department. */
export interface StepSeed {
  code: StepCode
  name: string
  days: number
  description: string
  /** Another department's key when another office does this step (e.g. 制证 by the card centre) */
  department?: string
}

export interface ItemSeed {
  /** 基本编码: 12 digits, unique per base item */
  baseCode: string
  /** 事项名称 */
  name: string
  /** 别名 / 俗称 people actually type (领证, 开饭店) */
  aliases: string[]
  type: ItemType
  /** 办理对象 */
  audiences: Audience[]
  /** DepartmentSeed.key of the 实施主体 */
  department: string
  level: SeedLevel
  /** Theme ids (CategoryDto.id of mock/fixtures/modes.ts), at least one per audience */
  themes: string[]
  /** 业务办理项: each becomes its own implementation named `name（variant）`; omit for a single one */
  variants?: string[]
  /** 受理条件, rich text (<p>, <ul><li>, <strong>) */
  conditions: string
  legalBasis: LegalBasisDto[]
  kind: ItemKind
  legalLimit: TimeLimitDto
  promisedLimit: TimeLimitDto
  channels: Channel[]
  /** 网办深度 Ⅰ–Ⅳ */
  onlineDepth: 1 | 2 | 3 | 4
  /** 到办事现场次数 and, when > 0, why */
  visits: number
  visitReason: string | null
  bookable: boolean
  mailable: boolean
  /** 通办范围; cross-region means the 长三角 G60 科创走廊 cities */
  scope: 'local' | 'city' | 'cross-region'
  materials: MaterialSeed[]
  process: StepSeed[]
  fees: FeeInfoDto
  result: { kind: 'licence' | 'approval' | 'other'; name: string; sample: string | null }
  faq: FaqDto[]
  /** 1–100: how much it is used, relative to the others (seeds the usage counts) */
  popularity: number
  /** 上线日期 YYYY-MM-DD (a few in 2026-10/11 for 新上架) */
  onlineDate: string
  /**
   * 办理地点 in a region when they are not the department's own hall (外币兑换预约: bank branches); absent: the
   * implementing office's hall
   */
  locations?: (region: RegionDto) => LocationDto[]
}

/** One item a 一件事 may include, and the rule that decides it. */
export interface ScenarioStepSeed {
  /** ItemSeed.baseCode of a catalog item */
  baseCode: string
  /** One of that seed's `variants` (业务办理项), or null when it has none */
  variant: string | null
  /** Order (1…): steps of one stage run in parallel; a stage starts when the earlier ones are approved */
  stage: number
  /** Applies when this holds over the answers; null: always */
  when: ScenarioConditionDto | null
  /** Why it applies, in the user's terms (「因为店内销售酒类」, 「开餐饮店须先取得营业执照」) */
  why: string
}

/**
 * 一件事 (a scenario): several items of several departments handled as one application (高效办成一件事).
 * Served by mock/scenario/, evaluated by src/domain/scenario.ts.
 */
export interface ScenarioSeed {
  /** kebab-case English, stable */
  id: string
  title: string
  /** One sentence: which items it combines */
  summary: string
  mode: Mode
  icon: ContentIcon
  /** What people type for it (领证, 开饭店); matched as substrings and by pinyin */
  keywords: string[]
  /** Bumped when questions or steps change */
  version: number
  /** 适用对象 and what it covers, 2–4 short paragraphs */
  description: string[]
  questions: ScenarioQuestionDto[]
  steps: ScenarioStepSeed[]
  /** Item-specific fields (different ids) that are one answer in the combined form; same-id fields merge by themselves */
  sharedFields: SharedFieldSpec[]
}
