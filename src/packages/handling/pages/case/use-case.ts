import { stopPullDownRefresh, useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { CaseDetailDto } from '../../../../api/contract'
import { scenarioApi } from '../../../../api/endpoints/scenario'
import { ApiError } from '../../../../api/errors'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { openPage, routes, withQuery } from '../../../../routes'
import { decodeParam } from '../../../../routes'
import { stagesOf } from './model'
import { toast } from '../../../../hooks/host-actions'

type Phase = 'loading' | 'signed-out' | 'ready' | 'not-found' | 'error'

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '加载失败，请稍后重试')

/**
 * 一件事办件 (param id): the case's status and progress, what is next, the combined fee, its applications by stage
 * (each leads to its 办件详情) and the items to handle at a hall. Requires sign-in (a signed-out visitor goes to
 * sign in and comes back); reloads on every show, on pull-down and with 刷新. A failed refresh keeps what is shown.
 */
export function useCase() {
  const id = decodeParam(useRouter().params.id)
  const here = withQuery(routes.case, { id })
  const status = useStore(session, (s) => s.status)
  const userId = useStore(session, (s) => s.user?.id)
  const signedIn = status === 'signed-in'
  const signedOut = status === 'anonymous' || status === 'failed'
  const [phase, setPhase] = useState<Phase>('loading')
  const [detail, setDetail] = useState<CaseDetailDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [refreshing, setRefreshing] = useState(false)
  const shown = useRef(false)
  /** A case is on screen (a failed refresh then only says so) */
  const showing = useRef(false)
  const running = useRef<Promise<void> | null>(null)

  async function fetchCase() {
    if (!id) return setPhase('not-found')
    try {
      const d = await scenarioApi.getCase(id)
      showing.current = true
      setDetail(d)
      setError(null)
      setPhase('ready')
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        showing.current = false
        setDetail(null)
        setPhase('not-found')
      } else if (showing.current) {
        // A refresh that failed: what is shown stays
        toast(messageOf(e))
      } else {
        setError(messageOf(e))
        setPhase('error')
      }
    }
  }

  /** One request at a time: a pull-down during a 刷新 waits for the same answer. */
  function load(): Promise<void> {
    if (!running.current) running.current = fetchCase().finally(() => (running.current = null))
    return running.current
  }

  async function refresh() {
    if (!signedIn) return
    setRefreshing(true)
    await load()
    setRefreshing(false)
  }

  useEffect(() => {
    if (signedIn) void load()
    else if (signedOut) {
      setPhase('signed-out')
      void openPage(withQuery(routes.login, { then: here }))
    }
  }, [id, signedIn, signedOut, userId]) // eslint-disable-line react-hooks/exhaustive-deps

  // The first show is the mount (the effect above loads); later shows are returns from a 办件, 缴费 or 登录.
  useDidShow(() => {
    if (shown.current && signedIn) void load()
    shown.current = true
  })
  usePullDownRefresh(() => void refresh().finally(() => stopPullDownRefresh()))

  return {
    phase,
    detail,
    error,
    stages: detail ? stagesOf(detail.parts) : [],
    refreshing,
    refresh: () => void refresh(),
    retry: () => {
      setPhase('loading')
      void load()
    },
    signIn: () => void openPage(withQuery(routes.login, { then: here })),
    openApplication: (applicationId: string) => void openPage(withQuery(routes.application, { id: applicationId })),
    openGuide: (itemId: string) => void openPage(withQuery(routes.guide, { id: itemId })),
    openFees: () => void openPage(routes.fees),
    openApplications: () => void openPage(routes.applications),
  }
}

export type Case = ReturnType<typeof useCase>
