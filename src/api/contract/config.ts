import { Type, type Static } from '@sinclair/typebox'
import { CONTENT_ICONS } from './icons'

/** One of CONTENT_ICONS */
const ContentIconSchema = Type.Union(CONTENT_ICONS.map((name) => Type.Literal(name)))

/** 办事模式: 个人 (自然人) or 法人 (enterprise). Enterprise services never mix with citizen services. */
export const Mode = Type.Union([Type.Literal('personal'), Type.Literal('enterprise')])
export type Mode = Static<typeof Mode>

/** 行政层级: province / city / district (区县) / street (街道). */
export const RegionLevel = Type.Union([
  Type.Literal('province'),
  Type.Literal('city'),
  Type.Literal('district'),
  Type.Literal('street'),
])
export type RegionLevel = Static<typeof RegionLevel>

/** A region: 行政区划代码 (GB/T 2260) + name. `g60` marks cities of the 长三角 G60 科创走廊. */
export const RegionDto = Type.Object(
  {
    code: Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' }),
    name: Type.String(),
    /** 简称 shown on the region chip, e.g. 上海市 → 上海, 松江区 → 松江 */
    shortName: Type.String(),
    level: RegionLevel,
    parentCode: Type.Union([Type.String(), Type.Null()]),
    g60: Type.Boolean(),
  },
  { $id: 'RegionDto', additionalProperties: false },
)
export type RegionDto = Static<typeof RegionDto>

/** A shortcut on 首页 for one mode. `icon` is one of CONTENT_ICONS. */
export const QuickEntryDto = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    icon: ContentIconSchema,
    /** One line under the title, plain language */
    hint: Type.String(),
    /** The 办事 category this shortcut opens (CategoryDto.id of the same mode) */
    categoryId: Type.String(),
  },
  { $id: 'QuickEntryDto', additionalProperties: false },
)
export type QuickEntryDto = Static<typeof QuickEntryDto>

/** A service category (主题分类) shown on 办事 for one mode. */
export const CategoryDto = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    icon: ContentIconSchema,
    /** Typical items in this category, shown so people recognise it */
    examples: Type.Array(Type.String()),
  },
  { $id: 'CategoryDto', additionalProperties: false },
)
export type CategoryDto = Static<typeof CategoryDto>

export const ModeDto = Type.Object(
  {
    id: Mode,
    /** 个人 / 法人 */
    label: Type.String(),
    /** Who this mode is for, e.g. 市民办事 / 企业办事 */
    audience: Type.String(),
    greeting: Type.String(),
    quickEntries: Type.Array(QuickEntryDto),
    categories: Type.Array(CategoryDto),
  },
  { $id: 'ModeDto', additionalProperties: false },
)
export type ModeDto = Static<typeof ModeDto>

export const AppConfigDto = Type.Object(
  {
    contractVersion: Type.String(),
    platformName: Type.String({ description: 'The government platform the API stands for, e.g. 上海市一网通办（模拟）' }),
    defaultRegionCode: Type.String(),
    regions: Type.Array(RegionDto),
    modes: Type.Array(ModeDto),
    /** 政务服务便民热线 */
    hotline: Type.String(),
    /** Minutes a face check stays fresh: sensitive actions (亮证, 提交, 支付) ask again after this (default 30) */
    faceFreshMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  },
  { $id: 'AppConfigDto', additionalProperties: false },
)
export type AppConfigDto = Static<typeof AppConfigDto>
