import { Type, type Static } from '@sinclair/typebox'
import { HallDto } from './appointment'
import { ItemSummaryDto, NoticeSummaryDto } from './catalog'

/**
 * 通知公告 (a light feed of the region's notices, no comments or likes) and 社区 (the user's street and
 * district: 社区事务受理服务中心 and 行政服务中心 with hours and address, centres near the user when location is
 * allowed, and the street-level items).
 */

const RegionCode = Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' })

export const NoticeListQuery = Type.Object(
  {
    region: RegionCode,
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
)
export type NoticeListQuery = Static<typeof NoticeListQuery>

/** The notices of a region and its parent regions, newest first. */
export const NoticePageDto = Type.Object(
  { items: Type.Array(NoticeSummaryDto), total: Type.Integer({ minimum: 0 }), offset: Type.Integer({ minimum: 0 }) },
  { $id: 'NoticePageDto', additionalProperties: false },
)
export type NoticePageDto = Static<typeof NoticePageDto>

export const NoticeDetailDto = Type.Object(
  {
    ...NoticeSummaryDto.properties,
    /** Rich text (the catalog's subset; sanitised by the client) */
    body: Type.String(),
    /** 文号, e.g. 黄府办〔2026〕12号, when the notice has one */
    docNumber: Type.Union([Type.String(), Type.Null()]),
    /** Items the notice concerns, linked to their guides */
    items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false })),
  },
  { $id: 'NoticeDetailDto', additionalProperties: false },
)
export type NoticeDetailDto = Static<typeof NoticeDetailDto>

/** A service centre: 社区事务受理服务中心 of a street or 行政服务中心 of a district. */
export const CentreDto = Type.Object(
  {
    ...HallDto.properties,
    kind: Type.Union([Type.Literal('street'), Type.Literal('district')]),
    /** The street (or district) it serves */
    servesName: Type.String(),
    /** 周六 / 延时 services, e.g. 周六上午 9:00-12:00 照常受理 */
    extraHours: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'CentreDto', additionalProperties: false },
)
export type CentreDto = Static<typeof CentreDto>

export const CommunityQuery = Type.Object(
  {
    /** A street (9 digits) or a district (6 digits) */
    region: RegionCode,
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  },
  { additionalProperties: false },
)
export type CommunityQuery = Static<typeof CommunityQuery>

export const CommunityDto = Type.Object(
  {
    /** The district of the query */
    district: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    /** The street when the query named one */
    street: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }), Type.Null()]),
    /** The street's 社区事务受理服务中心 (null when no street was named) */
    streetCentre: Type.Union([CentreDto, Type.Null()]),
    /** The district's 行政服务中心 */
    districtCentre: CentreDto,
    /** Every street centre of the district: nearest first with a location, else by name (≤ 30) */
    nearby: Type.Array(CentreDto),
    /** Street-level items (街道级) handled at the street centre, most used first */
    items: Type.Array(ItemSummaryDto),
    /** The district's 便民服务 items (外币兑换预约, 生活缴费, …) */
    convenience: Type.Array(ItemSummaryDto),
  },
  { $id: 'CommunityDto', additionalProperties: false },
)
export type CommunityDto = Static<typeof CommunityDto>
