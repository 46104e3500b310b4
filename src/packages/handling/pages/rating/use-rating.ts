import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { ApplicationDetailDto, RatingIndicator } from '../../../../api/contract'
import { handlingApi } from '../../../../api/endpoints/handling'
import { ApiError } from '../../../../api/errors'
import { returnTo, routes, withQuery } from '../../../../routes'
import { COMMENT_MAX, INDICATORS, INDICATOR_LABEL } from './scores'
import { toast } from '../../../../hooks/host-actions'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

/**
 * 好差评 of one 办件 (param id): the five indicators, each 1–5, and an optional comment; or, with followUp=1, the
 * one rating the user may add after the department followed up a bad one. Sent once: a double tap, or a tap
 * after the server accepted it, sends nothing more (the request also carries an Idempotency-Key).
 */
export function useRating() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const followUpMode = params.followUp === '1'
  const [detail, setDetail] = useState<ApplicationDetailDto | null>(null)
  const [loadError, setLoadError] = useState<string | null>(id ? null : '未找到该办件')
  const [scores, setScores] = useState<Partial<Record<RatingIndicator, number>>>({})
  const [score, setScore] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const sent = useRef(false)
  const busy = useRef(false)

  async function load() {
    if (!id) return
    try {
      setDetail(await handlingApi.getApplication(id))
      setLoadError(null)
    } catch (e) {
      setLoadError(messageOf(e, '加载失败，请稍后重试'))
    }
  }
  useDidShow(() => {
    if (!sent.current) void load()
  })

  const followUp = detail?.rating?.followUp ?? null
  /** Why this page cannot take a rating now, in words (null: it can) */
  const closed = !detail
    ? null
    : followUpMode
      ? !followUp
        ? '部门尚未回访，暂不能追加评价'
        : detail.rating?.followUpRating
          ? '您已追加过评价'
          : null
      : detail.rating
        ? '您已评价过该办件'
        : !detail.canRate
          ? '办结后才能评价'
          : null

  async function submit() {
    if (busy.current || sent.current || !detail || closed) return
    const missing = followUpMode ? (score ? [] : ['满意度']) : INDICATORS.filter((k) => !scores[k]).map((k) => INDICATOR_LABEL[k])
    if (missing.length) {
      setError(`请为「${missing.join('」「')}」打分`)
      return
    }
    if (comment.length > COMMENT_MAX) {
      setError(`评价内容不能超过 ${COMMENT_MAX} 字`)
      return
    }
    setError(null)
    busy.current = true
    setSubmitting(true)
    try {
      const text = comment.trim()
      if (followUpMode) await handlingApi.followUpRating(id, { score: score!, comment: text })
      else await handlingApi.rate(id, { scores: scores as Record<RatingIndicator, number>, comment: text })
      sent.current = true
      toast('感谢您的评价', 'success')
      void returnTo(withQuery(routes.application, { id }))
    } catch (e) {
      setError(messageOf(e, '提交失败，请稍后重试'))
    } finally {
      busy.current = false
      setSubmitting(false)
    }
  }

  return {
    followUpMode,
    loading: !detail && !loadError,
    loadError,
    retry: () => void load(),
    itemName: detail?.itemName ?? '',
    number: detail?.number ?? '',
    followUpNote: followUp?.note ?? null,
    closed,
    scores,
    score,
    comment,
    error,
    submitting,
    setIndicator: (key: RatingIndicator, value: number) => {
      setScores((s) => ({ ...s, [key]: value }))
      setError(null)
    },
    setScore: (value: number) => {
      setScore(value)
      setError(null)
    },
    setComment: (value: string) => setComment(value.slice(0, COMMENT_MAX)),
    submit: () => void submit(),
    back: () => void returnTo(withQuery(routes.application, { id })),
  }
}
