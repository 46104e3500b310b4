import { api } from '../app-client'
import type { ApiClient } from '../client'
import type {
  BrowseDto,
  DepartmentListDto,
  DepartmentStoreDto,
  HomeFeedDto,
  ItemDetailDto,
  ItemListQuery,
  ItemPageDto,
  Mode,
  RegionChildrenDto,
  SearchQuery,
  SearchResultDto,
  SubscriptionListDto,
} from '../contract'
import { paths } from '../contract/paths'

/** A path with its `:name` parameter filled in, escaped: an id is data, never a path. */
const withParam = (path: string, name: string, value: string) => path.replace(`:${name}`, encodeURIComponent(value))

/**
 * The service catalog (事项目录). Reads are safe to retry; subscribing and unsubscribing are naturally
 * idempotent on the server (subscribing twice keeps one), so a double tap or a retried request changes nothing.
 */
export const createCatalogApi = (client: ApiClient) => ({
  /** 首页 sections for a region and mode; personalised when signed in */
  homeFeed: (region: string, mode: Mode) => client.get<HomeFeedDto>(paths.catalogHome, { query: { region, mode } }),
  /** Counts per 主题 and 层级 for 办事 */
  browse: (region: string, mode: Mode) => client.get<BrowseDto>(paths.catalogBrowse, { query: { region, mode } }),
  listItems: (query: ItemListQuery) => client.get<ItemPageDto>(paths.catalogItems, { query: { ...query } }),
  /** 办事指南 (counts as a view) */
  getItem: (id: string) => client.get<ItemDetailDto>(withParam(paths.catalogItem, 'id', id)),
  search: (query: SearchQuery) => client.get<SearchResultDto>(paths.catalogSearch, { query: { ...query } }),
  listDepartments: (region: string, mode?: Mode) => client.get<DepartmentListDto>(paths.departments, { query: { region, mode } }),
  /** 部门旗舰店 */
  getDepartment: (id: string) => client.get<DepartmentStoreDto>(withParam(paths.department, 'id', id)),
  regionChildren: (code: string) => client.get<RegionChildrenDto>(withParam(paths.regionChildren, 'code', code)),
  listSubscriptions: () => client.get<SubscriptionListDto>(paths.subscriptions),
  subscribe: (itemId: string) => client.put<SubscriptionListDto>(withParam(paths.subscription, 'id', itemId)),
  unsubscribe: (itemId: string) => client.delete<SubscriptionListDto>(withParam(paths.subscription, 'id', itemId)),
  reorderSubscriptions: (itemIds: string[]) => client.put<SubscriptionListDto>(paths.subscriptions, { itemIds }),
})

export const catalogApi = createCatalogApi(api)
