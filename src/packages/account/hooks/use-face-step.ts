import { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { confirmFace } from '../../../api/endpoints/identity'
import type { FaceTicketDto } from '../../../api/contract/identity'
import { runFaceFlow, settleFace, startError, type FaceOutcome } from '../../../stores/face'
import { returnTo } from '../../../routes'

export type FacePhase = 'idle' | 'starting' | 'verifying' | 'passed' | 'failed' | 'unsupported'

const confirm = (ticketId: string, hostToken?: string) => confirmFace({ ticketId, ...(hostToken ? { hostToken } : {}) })

/**
 * One 刷脸 step for a page: start a ticket, run the host flow, wait for the server's verdict. On H5 the page is
 * left for the provider page and loaded again with `?faceTicket=`, where the verdict is fetched.
 */
export function useFaceStep() {
  const { params } = useRouter()
  const then = params.then ? decodeURIComponent(params.then) : undefined
  const [phase, setPhase] = useState<FacePhase>('idle')
  const [message, setMessage] = useState<string | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})

  const apply = (outcome: FaceOutcome) => {
    if (outcome.status === 'redirected') return
    if (outcome.status === 'passed') {
      setPhase('passed')
      setMessage(null)
      return
    }
    setPhase(outcome.status === 'unsupported' ? 'unsupported' : outcome.status === 'cancelled' ? 'idle' : 'failed')
    setMessage(outcome.message)
  }

  useLoad(() => {
    if (!params.faceTicket) return
    setPhase('verifying')
    void settleFace(params.faceTicket, confirm).then(apply)
  })

  /** Starts a ticket with `start` and runs it; start errors land on the form fields. */
  async function run(start: () => Promise<FaceTicketDto>) {
    if (phase === 'starting' || phase === 'verifying') return
    setPhase('starting')
    setMessage(null)
    setFields({})
    let ticket: FaceTicketDto
    try {
      ticket = await start()
    } catch (e) {
      const error = startError(e)
      setPhase('idle')
      setMessage(error.message)
      setFields(error.fields)
      return
    }
    setPhase('verifying')
    apply(await runFaceFlow(ticket, confirm))
  }

  /** Where the provider page sends the browser back to (H5), keeping `then`. */
  const returnPath = (page: string) => (then ? `${page}?then=${encodeURIComponent(then)}` : page)

  return { phase, message, fields, then, run, returnPath, done: () => void returnTo(then) }
}
