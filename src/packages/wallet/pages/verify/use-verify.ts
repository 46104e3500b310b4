import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { platform } from '@/platform'
import type { LicencePurpose, VerificationDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { LICENCE_PURPOSE_LABELS } from '../../../../domain/show-code'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { openPage, routes } from '../../../../routes'
import { refusalOf, type Outcome } from './outcome'

export const PURPOSES = Object.keys(LICENCE_PURPOSE_LABELS) as LicencePurpose[]
/** VerifyTokenBody.token: at most 600 characters */
export const TOKEN_MAX = 600

/**
 * 验证电子证照, for window staff (user.staff): choose the purpose, scan the citizen's 亮证 code (or paste / type it
 * where the host has no scanner), and read the server's verdict. Nothing is decided here: the server checks the
 * signature, the expiry, one use per code, the licence's status and the purpose.
 */
export function useVerify() {
  const signedIn = useStore(session, (s) => s.status === 'signed-in')
  const staff = useStore(session, (s) => s.user?.staff ?? null)
  const [purpose, setPurpose] = useState<LicencePurpose>('identity')
  const [manual, setManual] = useState(false)
  const [text, setText] = useState('')
  const [textError, setTextError] = useState<string | null>(null)
  /** Why the scanner did not give a code (unsupported here, failed), shown above the text area */
  const [scanNote, setScanNote] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [recent, setRecent] = useState<VerificationDto[] | null>(null)
  const [recentError, setRecentError] = useState<string | null>(null)
  const working = useRef(false)
  const lastToken = useRef<string | null>(null)

  async function loadRecent() {
    if (!session.get().user?.staff) return
    try {
      setRecent((await walletApi.listVerifications()).verifications)
      setRecentError(null)
    } catch (e) {
      setRecentError(e instanceof ApiError ? e.message : '加载失败，请稍后重试')
    }
  }
  // On signing in as staff (also the first render), and again on each later show.
  const isStaff = staff !== null
  const shown = useRef(false)
  useEffect(() => {
    if (isStaff) void loadRecent()
  }, [isStaff])
  useDidShow(() => {
    if (shown.current) void loadRecent()
    shown.current = true
  })

  async function verify(raw: string) {
    // A pasted code may carry line breaks or spaces from a chat window; a token never has any.
    const token = raw.replace(/\s+/g, '')
    if (!token) {
      setTextError('请粘贴或输入亮证码')
      return
    }
    if (working.current) return
    working.current = true
    setBusy(true)
    setOutcome(null)
    lastToken.current = token
    try {
      const verification = await walletApi.verify(token, purpose)
      setOutcome({ kind: 'verified', verification })
      setRecent((list) => [verification, ...(list ?? []).filter((v) => v.id !== verification.id)])
      setText('')
    } catch (e) {
      setOutcome(refusalOf(e))
    } finally {
      working.current = false
      setBusy(false)
    }
  }

  async function scan() {
    if (working.current) return
    setOutcome(null)
    const result = await platform.scan()
    if (result.status === 'ok') {
      setScanNote(null)
      await verify(result.value.text)
      return
    }
    // No scanner here (H5 without BarcodeDetector), or the staff closed it: the code can be pasted or typed.
    setManual(true)
    setScanNote(result.status === 'cancelled' ? null : result.message)
  }

  return {
    signedIn,
    staff,
    purposes: PURPOSES,
    purpose,
    choosePurpose: (p: LicencePurpose) => {
      setPurpose(p)
      setOutcome(null)
    },
    scan: () => void scan(),
    manual,
    openManual: () => setManual(true),
    scanNote,
    text,
    textError,
    setText: (value: string) => {
      setText(value.slice(0, TOKEN_MAX))
      setTextError(null)
    },
    submitText: () => void verify(text),
    busy,
    outcome,
    retry: () => {
      if (lastToken.current) void verify(lastToken.current)
    },
    recent,
    recentError,
    retryRecent: () => void loadRecent(),
    openLogin: () => void openPage(routes.login),
  }
}
