import { useRouter } from '@tarojs/taro'
import type { FeedbackPageDto } from '../../../../api/contract'
import { normaliseRoute, pageParamsFromQuery, reportTitle } from '../../../../domain/feedback'
import { PAGE_TITLES } from '../../../../page-titles'
import { decodeParam, routes, withQuery } from '../../../../routes'
import { draftKeyOf } from '../../form/drafts'
import type { AttachmentRule } from '../../form/use-attachments'
import { useFeedbackForm } from '../../form/use-feedback-form'
import { useItem } from '../../form/use-item'

/** A 找茬 takes one screenshot */
export const SCREENSHOT: AttachmentRule = { name: '截图', kinds: ['image'], max: 1 }

/**
 * The page a report is about, from the entry's link (?from=&params=&title=). Without a page (opened from
 * elsewhere) it is about 通办 as a whole, reported against 首页.
 */
export function reportedPage(query: { from?: string; params?: string; title?: string }): FeedbackPageDto {
  const route = normaliseRoute(decodeParam(query.from))
  if (!route) return { route: routes.home, params: {}, title: '通办' }
  return { route, params: pageParamsFromQuery(decodeParam(query.params)), title: reportTitle(decodeParam(query.title) || PAGE_TITLES[route] || '') }
}

/**
 * 业务找茬 (params from, params, title, item): what went wrong on the page the user came from, with an optional
 * screenshot. The page and the item go with the report, so nobody has to describe where it happened.
 */
export function useReport() {
  const query = useRouter().params
  const page = reportedPage(query)
  const itemId = decodeParam(query.item)
  const here = withQuery(routes.report, { from: query.from ? page.route : undefined, params: decodeParam(query.params) || undefined, title: decodeParam(query.title) || undefined, item: itemId || undefined })
  const item = useItem(itemId)
  const form = useFeedbackForm({ kind: 'report', draftKey: draftKeyOf('report', itemId, page.route), here, attachments: SCREENSHOT }, () => ({ itemId: item.sendId, page }))
  return { page, item, form }
}

export type Report = ReturnType<typeof useReport>
