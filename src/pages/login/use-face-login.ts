import { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { platform } from '@/platform'
import { confirmFaceLogin, startFaceLogin } from '../../api/endpoints/identity'
import { checkIdCard, checkPersonName } from '../../domain/id-card'
import { runFaceFlow, settleFace, startError } from '../../stores/face'

const confirm = (ticketId: string, hostToken?: string) => confirmFaceLogin({ ticketId, ...(hostToken ? { hostToken } : {}) })

/**
 * 刷脸登录 (粤省事's quick login) in the browser: an identity already bound by 实名认证 signs in with one face
 * check. The provider page brings the browser back here with `?faceTicket=`, and the server's verdict carries
 * the session.
 */
export function useFaceLogin(onSignedIn: () => void) {
  const { params } = useRouter()
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [consent, setConsent] = useState(false)
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(!!params.faceTicket)

  const finish = (outcome: Awaited<ReturnType<typeof settleFace>>) => {
    setBusy(false)
    if (outcome.status === 'passed') onSignedIn()
    else if (outcome.status !== 'redirected') setMessage(outcome.message)
  }

  useLoad(() => {
    if (params.faceTicket) void settleFace(params.faceTicket, confirm).then(finish)
  })

  async function submit() {
    const id = checkIdCard(idNumber)
    const nameCheck = checkPersonName(name)
    const next = {
      name: nameCheck.ok ? undefined : nameCheck.message,
      idNumber: id.ok ? undefined : id.message,
      consent: consent ? undefined : '请阅读并同意个人信息处理说明',
    }
    setErrors(next)
    if (next.name || next.idNumber || next.consent || busy) return
    setBusy(true)
    setMessage(null)
    try {
      const ticket = await startFaceLogin({ name: name.trim(), idNumber: idNumber.trim().toUpperCase(), consent: true, platform: platform.name, returnPath: '/pages/login/index' })
      finish(await runFaceFlow(ticket, confirm))
    } catch (e) {
      const error = startError(e)
      setErrors((x) => ({ ...x, ...error.fields }))
      setMessage(error.message)
      setBusy(false)
    }
  }

  return {
    returning: !!params.faceTicket,
    name,
    idNumber,
    consent,
    setName: (v: string) => (setName(v), setErrors((e) => ({ ...e, name: undefined }))),
    setIdNumber: (v: string) => (setIdNumber(v), setErrors((e) => ({ ...e, idNumber: undefined }))),
    toggleConsent: () => (setConsent(!consent), setErrors((e) => ({ ...e, consent: undefined }))),
    errors,
    message,
    busy,
    submit: () => void submit(),
  }
}
