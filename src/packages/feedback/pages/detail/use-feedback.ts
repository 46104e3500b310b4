import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { FEEDBACK_KIND_LABELS } from '../../../../domain/feedback'
import { decodeParam, openPage, routes, withQuery } from '../../../../routes'
import { useMyRecord } from '../../../../hooks/use-my-record'
import { setPageTitle } from '../../../../hooks/host-actions'
import { useRating } from './use-rating'

export type { RecordPhase as Phase } from '../../../../hooks/use-my-record'

/**
 * 咨询 / 投诉 / 找茬详情 (param id): where it stands, what was sent, the department's replies, the timeline, and
 * the 满意度评价 once answered. Requires sign-in; reloads on every show (a reply may have come from 消息).
 */
export function useFeedback() {
  const id = decodeParam(useRouter().params.id)
  const here = withQuery(routes.feedback, { id })
  const record = useMyRecord(id, feedbackApi.get, { here })
  const { phase, detail, setDetail, error, load } = record

  const kind = detail?.kind
  useEffect(() => {
    if (kind) setPageTitle(`${FEEDBACK_KIND_LABELS[kind]}详情`)
  }, [kind])

  const rating = useRating(id, setDetail, () => void load())

  return {
    phase,
    detail,
    error,
    rating,
    retry: record.retry,
    signIn: record.signIn,
    openList: () => void openPage(withQuery(routes.feedbackList, { kind: detail?.kind })),
    openItem: () => {
      if (detail?.item) void openPage(withQuery(routes.guide, { id: detail.item.id }))
    },
  }
}

export type Feedback = ReturnType<typeof useFeedback>
