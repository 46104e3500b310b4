import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/errors'
import { openPage, routes, withQuery } from '../routes'
import { useStore } from '../stores/create-store'
import { session } from '../stores/session'
import { toast } from './host-actions'

export type RecordPhase = 'loading' | 'signed-out' | 'ready' | 'not-found' | 'error'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

interface Options {
  /** This page's URL, to come back to after 登录 */
  here: string
  /** Send a signed-out visitor to 登录 at once (else the page offers it) */
  signInFirst?: boolean
}

/**
 * One of the signed-in user's own records, by its page's id (一件事办件, 预约详情, 咨询投诉详情): loaded once signed in
 * and again on every later show (the user comes back from 改约, 缴费 or 消息); 'signed-out' without a session; 404 →
 * 'not-found'; a first failure → 'error' with its Chinese message; a refresh that fails keeps what is shown and
 * only says so. One request at a time: a pull-down during a 刷新 waits for the same answer.
 */
export function useMyRecord<T>(id: string, fetch: (id: string) => Promise<T>, { here, signInFirst = false }: Options) {
  const status = useStore(session, (s) => s.status)
  const userId = useStore(session, (s) => s.user?.id)
  const signedIn = status === 'signed-in'
  const signedOut = status === 'anonymous' || status === 'failed'
  const [phase, setPhase] = useState<RecordPhase>('loading')
  const [detail, setDetail] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const shown = useRef(false)
  /** A record is on screen (a failed refresh then only says so) */
  const showing = useRef(false)
  const running = useRef<Promise<void> | null>(null)

  async function fetchRecord() {
    if (!id) return setPhase('not-found')
    try {
      const d = await fetch(id)
      showing.current = true
      setDetail(d)
      setError(null)
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

  function load(): Promise<void> {
    if (!running.current) running.current = fetchRecord().finally(() => (running.current = null))
    return running.current
  }

  useEffect(() => {
    if (signedIn) void load()
    else if (signedOut) {
      setPhase('signed-out')
      if (signInFirst) void openPage(withQuery(routes.login, { then: here }))
    }
  }, [id, signedIn, signedOut, userId]) // eslint-disable-line react-hooks/exhaustive-deps

  // The first show is the mount (the effect above loads); later shows are returns to this page.
  useDidShow(() => {
    if (shown.current && signedIn) void load()
    shown.current = true
  })

  return {
    phase,
    detail,
    /** Replace the record with the server's answer to an action (取消预约, 评价) */
    setDetail,
    error,
    signedIn,
    load,
    retry: () => {
      setPhase('loading')
      void load()
    },
    signIn: () => void openPage(withQuery(routes.login, { then: here })),
  }
}
