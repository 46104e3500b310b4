import { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { platform } from '@/platform'
import { confirmFaceLogin, startFaceLogin } from '../../api/endpoints/identity'
import { useIdentityForm } from '../../hooks/use-identity-form'
import { runFaceFlow, settleFace, startError } from '../../stores/face'

const confirm = (ticketId: string, hostToken?: string) => confirmFaceLogin({ ticketId, ...(hostToken ? { hostToken } : {}) })

/**
 * 刷脸登录 (粤省事's quick login) in the browser: an identity already bound by 实名认证 signs in with one face
 * check. The provider page brings the browser back here with `?faceTicket=`, and the server's verdict carries
 * the session.
 */
export function useFaceLogin(onSignedIn: () => void) {
  const { params } = useRouter()
  const form = useIdentityForm()
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
    const input = form.validate()
    if (!input || busy) return
    setBusy(true)
    setMessage(null)
    try {
      const ticket = await startFaceLogin({ ...input, consent: true, platform: platform.name, returnPath: '/pages/login/index' })
      finish(await runFaceFlow(ticket, confirm))
    } catch (e) {
      const error = startError(e)
      form.showServerErrors(error.fields)
      setMessage(error.message)
      setBusy(false)
    }
  }

  return { ...form, returning: !!params.faceTicket, message, busy, submit: () => void submit() }
}
