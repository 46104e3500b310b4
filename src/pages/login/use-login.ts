import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { platform } from '@/platform'
import { sendSmsCode } from '../../api/endpoints/auth'
import { ApiError } from '../../api/errors'
import { checkPhone, checkSmsCode, normalisePhone } from '../../domain/phone'
import { useStore } from '../../stores/create-store'
import { EXPIRED_MESSAGE, session, signInWithPlatform, signInWithSms } from '../../stores/session'
import { openTab, routes } from '../../routes'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

/** Leaves the login page: back to where the user came from, or to 我的. */
function leave() {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void openTab(routes.mine)
}

/**
 * 登录: mini-programs use the host account (one tap, silent code exchange); the browser uses phone + SMS
 * code. Every mistake is explained in Chinese beside the field it concerns.
 */
export function useLogin() {
  const status = useStore(session, (s) => s.status)
  const sessionError = useStore(session, (s) => s.error)
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [phoneError, setPhoneError] = useState<string | null>(null)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [cooldown, setCooldown] = useState(0)
  const [sending, setSending] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const codeSent = useRef(false)

  useEffect(() => {
    if (cooldown <= 0) return undefined
    const timer = setTimeout(() => setCooldown((c) => c - 1), 1000)
    return () => clearTimeout(timer)
  }, [cooldown])

  async function sendCode() {
    const check = checkPhone(phone)
    setPhoneError(check.ok ? null : check.message)
    if (!check.ok || sending || cooldown > 0) return
    setSending(true)
    setFormError(null)
    try {
      const result = await sendSmsCode({ phone: normalisePhone(phone) })
      codeSent.current = true
      setCooldown(result.cooldownSeconds)
    } catch (e) {
      setFormError(messageOf(e, '验证码发送失败，请稍后重试'))
    } finally {
      setSending(false)
    }
  }

  async function submitSms() {
    const p = checkPhone(phone)
    const c = checkSmsCode(code)
    setPhoneError(p.ok ? null : p.message)
    setCodeError(c.ok ? null : c.message)
    if (!p.ok || !c.ok || submitting) return
    setSubmitting(true)
    setFormError(null)
    try {
      await signInWithSms(normalisePhone(phone), code.trim())
      leave()
    } catch (e) {
      setFormError(messageOf(e, '登录失败，请稍后重试'))
    } finally {
      setSubmitting(false)
    }
  }

  async function submitPlatform() {
    if (submitting) return
    setSubmitting(true)
    const okay = await signInWithPlatform()
    setSubmitting(false)
    if (okay) leave()
  }

  return {
    usesSms: platform.name === 'h5',
    platformName: platform.displayName,
    signedIn: status === 'signed-in',
    phone,
    code,
    setPhone: (v: string) => {
      setPhone(v)
      setPhoneError(null)
    },
    setCode: (v: string) => {
      setCode(v)
      setCodeError(null)
    },
    phoneError,
    codeError,
    // H5 has no silent sign-in to fail; it shows only why the user is here again (登录已过期).
    formError: formError ?? (platform.name === 'h5' && sessionError !== EXPIRED_MESSAGE ? null : sessionError),
    sendLabel: sending ? '发送中…' : cooldown > 0 ? `${cooldown} 秒后重发` : codeSent.current ? '重新获取' : '获取验证码',
    canSend: !sending && cooldown === 0,
    sendCode,
    submitting,
    submit: platform.name === 'h5' ? submitSms : submitPlatform,
    leave,
  }
}
