import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { LicencePurpose, ShowTokenDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { qrPngDataUri } from '../../../../domain/qr'
import { codeCountdown } from '../../../../domain/show-code'
import { ensureAssurance } from '../../../../hooks/use-guard'
import { session } from '../../../../stores/session'
import { openPage, routes, withQuery } from '../../../../routes'

/** After a failed refresh, wait this long before the next automatic try (the 重试 button does not wait) */
export const RETRY_MS = 5000
/** The server will not issue a code for this licence and purpose: retrying cannot help */
const REFUSALS = new Set(['LICENCE_NOT_VALID', 'PURPOSE_NOT_ALLOWED', 'LICENCE_NOT_FOUND'])

const faceAt = () => session.get().user?.faceVerifiedAt ?? null

/**
 * The 亮证 code's life: a fresh face check before the first token, a new token every `refreshInMs` (30 s) while the
 * page is in front, nothing fetched while it is hidden, and never an expired code on screen. Times are read on the
 * server's clock (the token's issuedAt against the device's): an old phone's drifting clock must not show a code
 * the server already refuses, nor blank one it still accepts.
 */
export function useShowCode(id: string, purpose: LicencePurpose) {
  const [token, setToken] = useState<ShowTokenDto | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const [visible, setVisible] = useState(false)
  const [fetching, setFetching] = useState(false)
  /** The last refresh failed (offline, timeout): its Chinese message */
  const [failure, setFailure] = useState<string | null>(null)
  /** The server refuses to issue (expired licence, purpose not allowed) */
  const [refused, setRefused] = useState<string | null>(null)
  /** Came back from 刷脸 without passing it: wait for the user to try again */
  const [needFace, setNeedFace] = useState(false)
  const busy = useRef(false)
  const retryAt = useRef(0)
  /** Server clock − device clock, from the last token */
  const skew = useRef(0)
  /** The face check we sent the user to, by the faceVerifiedAt it started from */
  const asked = useRef<{ faceAt: string | null } | null>(null)
  const here = withQuery(routes.showLicence, { id, purpose })

  function askFace() {
    asked.current = { faceAt: faceAt() }
    setToken(null)
    void openPage(withQuery(routes.faceCheck, { then: here }))
  }

  async function fetchToken() {
    if (busy.current || !id) return
    busy.current = true
    setFetching(true)
    try {
      const sentAt = Date.now()
      const next = await walletApi.showLicence(id, purpose)
      const receivedAt = Date.now()
      skew.current = next.issuedAt - Math.round((sentAt + receivedAt) / 2)
      retryAt.current = 0
      setToken(next)
      setFailure(null)
      setNow(receivedAt)
    } catch (e) {
      const code = e instanceof ApiError ? e.code : undefined
      if (code === 'FACE_REQUIRED') askFace()
      else if (code && REFUSALS.has(code)) {
        setToken(null)
        setRefused(e instanceof ApiError ? e.message : '该证照暂不能亮证')
      } else {
        retryAt.current = Date.now() + RETRY_MS
        setFailure(e instanceof ApiError ? e.message : '网络异常，亮证码未能刷新')
      }
    } finally {
      busy.current = false
      setFetching(false)
    }
  }

  /** Before the first token: the face check (once; a user who backed out of it chooses to try again). */
  function start() {
    if (!id) return
    if (asked.current && asked.current.faceAt === faceAt()) {
      setNeedFace(true)
      return
    }
    asked.current = null
    if (!ensureAssurance(here)) {
      asked.current = { faceAt: faceAt() }
      return
    }
    setNeedFace(false)
    void fetchToken()
  }

  useDidShow(() => {
    setVisible(true)
    setNow(Date.now())
    if (!token && !refused) start()
  })
  useDidHide(() => setVisible(false))

  // One tick a second while in front: the countdown, the watermark clock, and the refresh when due.
  useEffect(() => {
    if (!visible) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [visible])

  const countdown = token ? codeCountdown(token, now + skew.current) : null
  const due = Boolean(countdown?.refreshDue)
  useEffect(() => {
    if (visible && due && !busy.current && Date.now() >= retryAt.current) void fetchToken()
  }, [visible, due, now]) // eslint-disable-line react-hooks/exhaustive-deps

  const image = useMemo(() => (token ? qrPngDataUri(token.token, { moduleSize: 8 }).uri : null), [token])
  const expired = Boolean(countdown?.expired)
  return {
    /** The code to draw, or null: none yet, or the one we have no longer verifies */
    image: expired ? null : image,
    expired,
    /** Whole seconds to the next code; 0 while it is being fetched */
    secondsToRefresh: countdown?.secondsToRefresh ?? null,
    /** How often the code changes, in seconds (30) */
    refreshSeconds: token ? Math.round(token.refreshInMs / 1000) : 30,
    /** Server time, for the watermark */
    serverNow: now + skew.current,
    fetching,
    failure,
    refused,
    needFace,
    refresh: () => {
      retryAt.current = 0
      void fetchToken()
    },
    retryFace: () => {
      asked.current = null
      start()
    },
  }
}
