import Taro from '@tarojs/taro'
import { cleanPageParams, normaliseRoute, pageParamsToQuery, reportTitle } from '../../domain/feedback'
import { PAGE_TITLES } from '../../page-titles'
import { routes, withQuery } from '../../routes'

/**
 * The 业务找茬 entry's target: the report page, told which page the user was on (route, parameters, title) and
 * the item that page is about.
 */

/** Pages without the entry: the feedback pages themselves, 登录, and 亮证 (a QR code page must stay clean). */
export const NO_REPORT_ROUTES: ReadonlySet<string> = new Set([
  routes.consult,
  routes.complain,
  routes.report,
  routes.feedbackList,
  routes.feedback,
  routes.login,
  routes.showLicence,
])

/** The parameter naming the item a page is about: 办事指南 ?id=, 在线办理 and 预约 ?item= */
const ITEM_PARAM: Record<string, string> = { [routes.guide]: 'id', [routes.apply]: 'item', [routes.book]: 'item' }

export interface PageRef {
  path: string
  params: Record<string, string | undefined>
}

/** routes.report with from, params, title and item for a page as the router describes it. */
export function reportUrl(page: PageRef): string {
  const route = normaliseRoute(page.path) ?? routes.home
  const params = cleanPageParams(page.params)
  const key = ITEM_PARAM[route]
  return withQuery(routes.report, {
    from: route,
    params: pageParamsToQuery(params) || undefined,
    title: reportTitle(PAGE_TITLES[route] ?? ''),
    item: key ? params[key] : undefined,
  })
}

/**
 * The page the user is on when they tap: Taro's current router (its path carries a query on H5, its params the
 * hosts' own keys; reportUrl cleans both), else what the page saw when it mounted and the top of the page stack.
 */
export function currentPage(mounted: Partial<PageRef>): PageRef {
  // Optional call: jsdom page tests run with a stand-in for Taro that has no getCurrentInstance.
  const router = Taro.getCurrentInstance?.()?.router
  if (router?.path) return { path: router.path, params: router.params }
  const pages = Taro.getCurrentPages()
  return { path: mounted.path || pages[pages.length - 1]?.route || '', params: mounted.params ?? {} }
}
