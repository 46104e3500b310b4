import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { FeedbackDto } from '../../../../api/contract'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { ApiError } from '../../../../api/errors'
import { FEEDBACK_KIND_LABELS } from '../../../../domain/feedback'
import { toast } from '../../../../hooks/host-actions'
import { decodeParam, openPage, routes, withQuery } from '../../../../routes'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { useRating } from './use-rating'

export type Phase = 'loading' | 'signed-out' | 'ready' | 'not-found' | 'error'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

/**
 * 咨询 / 投诉 / 找茬详情 (param id): where it stands, what was sent, the department's replies, the timeline, and
 * the 满意度评价 once answered. Requires sign-in; reloads on every show (a reply may have come from 消息).
 */
export function useFeedback() {
  const id = decodeParam(useRouter().params.id)
  const here = withQuery(routes.feedback, { id })
  const status = useStore(session, (s) => s.status)
  const signedIn = status === 'signed-in'
  const signedOut = status === 'anonymous' || status === 'failed'
  const [phase, setPhase] = useState<Phase>('loading')
  const [detail, setDetail] = useState<FeedbackDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  const shown = useRef(false)
  const showing = useRef(false)

  async function load() {
    if (!id) return setPhase('not-found')
    try {
      const d = await feedbackApi.get(id)
      showing.current = true
      setDetail(d)
      setPhase('ready')
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        showing.current = false
        setDetail(null)
        setPhase('not-found')
      } else if (showing.current) toast(messageOf(e, '刷新失败，请稍后重试'))
      else {
        setError(messageOf(e, '加载失败，请稍后重试'))
        setPhase('error')
      }
    }
  }

  useEffect(() => {
    if (signedIn) void load()
    else if (signedOut) setPhase('signed-out')
  }, [id, signedIn, signedOut]) // eslint-disable-line react-hooks/exhaustive-deps

  useDidShow(() => {
    if (shown.current && signedIn) void load()
    shown.current = true
  })

  const kind = detail?.kind
  useEffect(() => {
    if (kind) void Taro.setNavigationBarTitle({ title: `${FEEDBACK_KIND_LABELS[kind]}详情` })
  }, [kind])

  const rating = useRating(id, setDetail, () => void load())

  return {
    phase,
    detail,
    error,
    rating,
    retry: () => {
      setPhase('loading')
      void load()
    },
    signIn: () => void openPage(withQuery(routes.login, { then: here })),
    openList: () => void openPage(withQuery(routes.feedbackList, { kind: detail?.kind })),
    openItem: () => {
      if (detail?.item) void openPage(withQuery(routes.guide, { id: detail.item.id }))
    },
  }
}

export type Feedback = ReturnType<typeof useFeedback>
