import { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { FeedbackKind, FeedbackSummaryDto } from '../../../../api/contract'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { ApiError } from '../../../../api/errors'
import { toast, setPageTitle } from '../../../../hooks/host-actions'
import { decodeParam, openPage, routes, withQuery } from '../../../../routes'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { KIND_TAB, isKind } from '../../model'

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')

/**
 * 我的咨询 / 我的投诉 / 我的找茬 (param kind): one tab per kind, newest first as the server sends them. Loads on
 * every show (a reply or a rating may have come meanwhile) and on every tab; a late answer for another tab is
 * dropped, and a failed reload keeps the rows shown.
 */
export function useFeedbackList() {
  const param = decodeParam(useRouter().params.kind)
  const [kind, setKind] = useState<FeedbackKind>(isKind(param) ? param : 'consult')
  const status = useStore(session, (s) => s.status)
  const signedIn = status === 'signed-in'
  const [rows, setRows] = useState<FeedbackSummaryDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const latest = useRef(0)
  const shown = useRef(false)
  const kindRef = useRef(kind)
  kindRef.current = kind

  async function load(k: FeedbackKind, keep: boolean) {
    if (session.get().status !== 'signed-in') return
    const n = ++latest.current
    if (!keep) {
      setRows(null)
      setError(null)
    }
    try {
      const { items } = await feedbackApi.list(k)
      if (n !== latest.current) return
      setRows(items)
      setError(null)
    } catch (e) {
      if (n !== latest.current) return
      if (keep) toast(messageOf(e))
      else setError(messageOf(e))
    }
  }

  useEffect(() => {
    setPageTitle(KIND_TAB[kind].title)
  }, [kind])

  useEffect(() => {
    if (signedIn) void load(kindRef.current, false)
  }, [signedIn]) // eslint-disable-line react-hooks/exhaustive-deps

  // The first show is the mount (the effect above loads); later shows are returns from a record.
  useDidShow(() => {
    if (shown.current) void load(kindRef.current, true)
    shown.current = true
  })

  const here = withQuery(routes.feedbackList, { kind })
  return {
    kind,
    signedIn,
    signingIn: status === 'idle' || status === 'signing-in',
    loading: signedIn && rows === null && !error,
    error: rows === null ? error : null,
    rows: rows ?? [],
    select(k: FeedbackKind) {
      if (k === kindRef.current) return
      kindRef.current = k
      setKind(k)
      void load(k, false)
    },
    retry: () => void load(kindRef.current, false),
    open: (id: string) => void openPage(withQuery(routes.feedback, { id })),
    fileNew: (url: string) => void openPage(url),
    signIn: () => void openPage(withQuery(routes.login, { then: here })),
  }
}

export type FeedbackList = ReturnType<typeof useFeedbackList>
