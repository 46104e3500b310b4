import { useRef, useState } from 'react'
import type { FeedbackDto } from '../../../../api/contract'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { ApiError } from '../../../../api/errors'
import { RATING_COMMENT_MAX } from '../../../../domain/feedback'
import { toast } from '../../../../hooks/host-actions'

/**
 * 满意度评价: one of five words and an optional comment. Sent once however often it is tapped; a record that is
 * already rated or not yet answered (another device, a stale page) is reloaded instead of showing an error.
 */
export function useRating(id: string, adopt: (d: FeedbackDto) => void, reload: () => void) {
  const [score, setScore] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)

  async function send(s: number) {
    try {
      adopt(await feedbackApi.rate(id, { score: s, comment: comment.trim().slice(0, RATING_COMMENT_MAX) }))
      toast('感谢您的评价')
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        toast(e.message)
        reload()
      } else setError(e instanceof ApiError ? e.message : '评价提交失败，请稍后重试')
    }
  }

  return {
    score,
    comment,
    sending,
    error,
    choose(s: number) {
      setScore(s)
      setError(null)
    },
    setComment: (text: string) => setComment(text),
    submit() {
      if (busy.current) return
      if (score === null) return setError('请选择满意程度')
      busy.current = true
      setSending(true)
      setError(null)
      void send(score).finally(() => {
        busy.current = false
        setSending(false)
      })
    },
  }
}

export type Rating = ReturnType<typeof useRating>
