import { useRouter } from '@tarojs/taro'
import { decodeParam, routes, withQuery } from '../../../../routes'
import { FEEDBACK_MAX_ATTACHMENTS } from '../../../../domain/feedback'
import { draftKeyOf, type FeedbackDraft } from '../../form/drafts'
import type { AttachmentRule } from '../../form/use-attachments'
import { useFeedbackForm } from '../../form/use-feedback-form'
import { useItem } from '../../form/use-item'

export const COMPLAINT_ATTACHMENTS: AttachmentRule = { name: '附件', kinds: ['image', 'pdf'], max: FEEDBACK_MAX_ATTACHMENTS }

/**
 * The hall concerned: the draft's choice ('' for 不涉及具体大厅), else the one the link named (?hall=); only a
 * hall among the item's 办理地点 counts.
 */
export function chosenHall(draft: Pick<FeedbackDraft, 'hall'>, linked: string, halls: readonly string[]): string {
  const wanted = draft.hall ?? linked
  return halls.includes(wanted) ? wanted : ''
}

/**
 * 我要投诉 (params item, hall; both optional): the item concerned and, among its 办理地点, the hall; the category,
 * what happened, up to four pictures or PDFs, how to reply.
 */
export function useComplaint() {
  const params = useRouter().params
  const itemId = decodeParam(params.item)
  const linkedHall = decodeParam(params.hall)
  const here = withQuery(routes.complain, { item: itemId || undefined, hall: linkedHall || undefined })
  const item = useItem(itemId)
  const halls = (item.item?.locations ?? []).map((l) => l.name)
  const form = useFeedbackForm({ kind: 'complaint', draftKey: draftKeyOf('complaint', itemId), here, attachments: COMPLAINT_ATTACHMENTS }, (d) => {
    const hall = chosenHall(d, linkedHall, halls)
    return { itemId: item.sendId, ...(hall ? { hallName: hall } : {}) }
  })
  return { item, form, halls, hall: chosenHall(form.draft, linkedHall, halls) }
}

export type Complaint = ReturnType<typeof useComplaint>
