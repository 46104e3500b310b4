import type { FastifyInstance } from 'fastify'
import type {
  BrowseDto,
  BrowseQuery,
  DepartmentListDto,
  DepartmentListQuery,
  DepartmentStoreDto,
  HomeFeedQuery,
  ItemIdParams,
  ItemListQuery,
  ItemPageDto,
  RegionChildrenDto,
  RegionDto,
  RegionLevel,
  SearchQuery,
  SearchResultDto,
  SubscriptionListDto,
  SubscriptionOrderBody,
} from '../../src/api/contract'
import { catalogEndpoints as e } from '../../src/api/contract/endpoints-catalog'
import { homeFeed } from '../catalog/feed'
import { toDetail, toSummary, type CatalogItem } from '../catalog/model'
import { byLiveUsage, catalogIndex, itemFilter, listItems } from '../catalog/query'
import { searchCatalog } from '../catalog/search-route'
import { ancestorsOf, childrenOf, regionByCode } from '../catalog/seed/regions'
import { departmentSeeds } from '../catalog/seed/departments'
import { toDepartmentDto } from '../catalog/offices'
import {
  catalogStateOf,
  MAX_SUBSCRIPTIONS,
  recordView,
  reorderSubscriptions,
  subscribe,
  subscriptionsOf,
  unsubscribe,
  usageOf,
} from '../catalog/state'
import type { MockContext } from '../context'
import { modes } from '../fixtures/modes'
import { endpointRoute } from '../http/endpoint-route'
import { httpError, messages } from '../http/errors'
import { optionalAuth, requireAuth } from '../plugins/auth'
import { probedGuide } from '../probe'

const DEFAULT_LIMIT = 20
const HOT_ITEMS = 5
const LEVELS: readonly RegionLevel[] = ['province', 'city', 'district', 'street']
const deptOrder = new Map(departmentSeeds.map((d, i) => [d.key, i]))
/** 主题 id → title, both modes (a store page is not per mode) */
const themeTitles = new Map(modes.flatMap((m) => m.categories.map((c) => [c.id, c.title] as const)))
const OTHER_THEME = '其他'

function regionOr404(code: string): RegionDto {
  const region = regionByCode(code)
  if (!region) throw httpError(404, 'REGION_NOT_FOUND', messages.regionNotFound)
  return region
}

function itemOr404(id: string): CatalogItem {
  const item = catalogIndex().catalog.byId.get(id)
  if (!item) throw httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound)
  return item
}

/** The service catalog: src/api/contract/endpoints-catalog.ts. Reads are open; 我的订阅 needs a session. */
export function registerCatalogRoutes(app: FastifyInstance, ctx: MockContext) {
  const maybeUser = optionalAuth(ctx)
  const state = () => catalogStateOf(ctx)
  const summary = (item: CatalogItem) => toSummary(item, usageOf(state(), item))

  app.get<{ Querystring: HomeFeedQuery }>(e.catalogHome.path, endpointRoute(e.catalogHome, maybeUser), async (request) => {
    const region = regionOr404(request.query.region)
    return homeFeed({ index: catalogIndex(), state: state(), region, mode: request.query.mode, userId: request.auth?.user.id ?? null })
  })

  app.get<{ Querystring: BrowseQuery }>(e.catalogBrowse.path, endpointRoute(e.catalogBrowse), async (request): Promise<BrowseDto> => {
    const { region, mode } = request.query
    regionOr404(region)
    const items = catalogIndex().bySeedUsage.filter(itemFilter({ region, mode }))
    const count = (accept: (item: CatalogItem) => boolean) => items.reduce((n, item) => (accept(item) ? n + 1 : n), 0)
    const categories = modes.find((m) => m.id === mode)?.categories ?? []
    return {
      regionCode: region,
      mode,
      total: items.length,
      themes: categories.map((c) => ({ id: c.id, count: count((i) => i.themes.includes(c.id)) })),
      levels: LEVELS.map((level) => ({ level, count: count((i) => i.level === level) })).filter((l) => l.count > 0),
      crossRegionCount: count((i) => i.scope === 'cross-region'),
    }
  })

  app.get<{ Querystring: ItemListQuery }>(e.catalogItems.path, endpointRoute(e.catalogItems), async (request): Promise<ItemPageDto> => {
    const { offset = 0, limit = DEFAULT_LIMIT } = request.query
    regionOr404(request.query.region)
    const matches = listItems(catalogIndex(), state(), request.query)
    return { items: matches.slice(offset, offset + limit).map(summary), total: matches.length, offset }
  })

  app.get<{ Params: ItemIdParams }>(e.catalogItem.path, endpointRoute(e.catalogItem, maybeUser), async (request) => {
    const item = itemOr404(request.params.id)
    const userId = request.auth?.user.id ?? null
    recordView(ctx, item.id, userId)
    ctx.store.save()
    const subscribed = !!userId && subscriptionsOf(state(), userId).includes(item.id)
    return probedGuide(ctx, toDetail(item, usageOf(state(), item), subscribed))
  })

  app.get<{ Querystring: SearchQuery }>(e.catalogSearch.path, endpointRoute(e.catalogSearch), async (request): Promise<SearchResultDto> => {
    regionOr404(request.query.region)
    return searchCatalog(catalogIndex(), state(), request.query)
  })

  app.get<{ Querystring: DepartmentListQuery }>(e.departments.path, endpointRoute(e.departments), async (request): Promise<DepartmentListDto> => {
    const { region, mode } = request.query
    // The region's own offices and its parent regions' (a district: its offices and the city's).
    const codes = new Set([region, ...ancestorsOf(regionOr404(region).code).map((r) => r.code)])
    const index = catalogIndex()
    const departments = index.catalog.departments
      .filter((d) => codes.has(d.regionCode))
      .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || deptOrder.get(a.key)! - deptOrder.get(b.key)!)
      .map((d) => toDepartmentDto(d, mode ? (index.byDepartment.get(d.id) ?? []).filter((i) => i.audiences.includes(mode)).length : d.itemCount))
      .filter((d) => d.itemCount > 0)
    return { departments }
  })

  app.get<{ Params: ItemIdParams }>(e.department.path, endpointRoute(e.department), async (request): Promise<DepartmentStoreDto> => {
    const index = catalogIndex()
    const office = index.catalog.departmentById.get(request.params.id)
    if (!office) throw httpError(404, 'DEPARTMENT_NOT_FOUND', messages.departmentNotFound)
    const items = byLiveUsage(index.byDepartment.get(office.id) ?? [], state())
    const groups = new Map<string, CatalogItem[]>()
    for (const title of [...themeTitles.values(), OTHER_THEME]) groups.set(title, [])
    for (const item of items) groups.get(themeTitles.get(item.themes[0]) ?? OTHER_THEME)!.push(item)
    return {
      department: toDepartmentDto(office),
      introduction: office.introduction,
      address: office.address,
      hours: office.hours,
      consultPhone: office.consultPhone,
      complaintPhone: office.complaintPhone,
      website: office.website,
      hotItems: items.slice(0, HOT_ITEMS).map(summary),
      groups: [...groups].filter(([, list]) => list.length > 0).map(([title, list]) => ({ title, items: list.map(summary) })),
    }
  })

  app.get<{ Params: { code: string } }>(e.regionChildren.path, endpointRoute(e.regionChildren), async (request): Promise<RegionChildrenDto> => {
    const parent = regionOr404(request.params.code)
    return { parent, children: [...childrenOf(parent.code)] }
  })

  registerSubscriptionRoutes(app, ctx)
}

/** 我的订阅: list, subscribe (idempotent), unsubscribe (idempotent), reorder. */
function registerSubscriptionRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const list = (ids: readonly string[]): SubscriptionListDto => {
    const { byId } = catalogIndex().catalog
    const state = catalogStateOf(ctx)
    const items = ids.map((id) => byId.get(id)).filter((i): i is CatalogItem => !!i)
    return { items: items.map((i) => toSummary(i, usageOf(state, i))), max: MAX_SUBSCRIPTIONS }
  }

  app.get(e.subscriptions.path, endpointRoute(e.subscriptions, authed), async (request) =>
    list(subscriptionsOf(catalogStateOf(ctx), request.auth!.user.id)),
  )

  app.put<{ Body: SubscriptionOrderBody }>(e.reorderSubscriptions.path, endpointRoute(e.reorderSubscriptions, authed), async (request) => {
    const { byId } = catalogIndex().catalog
    const ids = reorderSubscriptions(ctx, request.auth!.user.id, request.body.itemIds, (id) => byId.has(id))
    ctx.store.save()
    return list(ids)
  })

  app.put<{ Params: ItemIdParams }>(e.subscribe.path, endpointRoute(e.subscribe, authed), async (request) => {
    const item = itemOr404(request.params.id)
    const ids = subscribe(ctx, request.auth!.user.id, item.id)
    ctx.store.save()
    return list(ids)
  })

  app.delete<{ Params: ItemIdParams }>(e.unsubscribe.path, endpointRoute(e.unsubscribe, authed), async (request) => {
    const ids = unsubscribe(ctx, request.auth!.user.id, request.params.id)
    ctx.store.save()
    return list(ids)
  })
}
