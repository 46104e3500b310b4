import type { DepartmentStoreDto, ItemDetailDto, ItemPageDto, SessionDto, SubscriptionListDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import type { Mock } from './support'

/** `/items/:id` with the id filled in (escaped: an id is data). */
export const withParam = (path: string, value: string) => path.replace(/:[A-Za-z]+/, encodeURIComponent(value))

/** A query string from defined values. */
export const query = (params: Record<string, string | number | boolean | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')

/** The catalog calls the route tests make, optionally as a signed-in user. */
export function catalogCalls(mock: Mock) {
  const as = (session?: SessionDto) => (session ? mock.bearer(session) : {})
  return {
    list: (params: Record<string, string | number | boolean | undefined>) => mock.call<ItemPageDto>('GET', `${paths.catalogItems}?${query(params)}`),
    item: (id: string, session?: SessionDto) => mock.call<ItemDetailDto>('GET', withParam(paths.catalogItem, id), undefined, as(session)),
    store: (id: string) => mock.call<DepartmentStoreDto>('GET', withParam(paths.department, id)),
    subscriptions: (session?: SessionDto) => mock.call<SubscriptionListDto>('GET', paths.subscriptions, undefined, as(session)),
    subscribe: (id: string, session?: SessionDto) => mock.call<SubscriptionListDto>('PUT', withParam(paths.subscription, id), undefined, as(session)),
    unsubscribe: (id: string, session?: SessionDto) => mock.call<SubscriptionListDto>('DELETE', withParam(paths.subscription, id), undefined, as(session)),
    reorder: (itemIds: string[], session?: SessionDto) => mock.call<SubscriptionListDto>('PUT', paths.subscriptions, { itemIds }, as(session)),
  }
}

/** Every page of a list, 100 at a time. */
export async function allPages(list: ReturnType<typeof catalogCalls>['list'], params: Record<string, string | number | boolean | undefined>) {
  const first = await list({ ...params, limit: 100 })
  const items = [...first.body.items]
  for (let offset = 100; offset < first.body.total; offset += 100) items.push(...(await list({ ...params, limit: 100, offset })).body.items)
  return { total: first.body.total, items }
}
