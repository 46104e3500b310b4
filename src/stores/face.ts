import { platform } from '@/platform'
import type { FaceResultDto, FaceTicketDto } from '../api/contract/identity'
import { ApiError } from '../api/errors'
import { adoptSession, setUser } from './session'

/**
 * 刷脸: the host's face flow for a server ticket, then the server's verdict. The client never decides: a host
 * "success" only means the flow ended, and `passed` comes from the server (which asked the provider).
 */
export type FaceOutcome =
  | { status: 'passed' }
  | { status: 'redirected' }
  | { status: 'failed' | 'cancelled' | 'unsupported' | 'pending'; message: string }

export type ConfirmFace = (ticketId: string, hostToken?: string) => Promise<FaceResultDto>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Asks the server for the verdict, again while the provider has none yet (`pending`), then applies it. */
export async function settleFace(ticketId: string, confirm: ConfirmFace, hostToken?: string, tries = 5, waitMs = 1500): Promise<FaceOutcome> {
  for (let i = 0; i < tries; i++) {
    let result: FaceResultDto
    try {
      result = await confirm(ticketId, hostToken)
    } catch (e) {
      return { status: 'failed', message: e instanceof ApiError ? e.message : '认证结果确认失败，请稍后重试' }
    }
    if (result.status === 'passed') {
      if (result.session) adoptSession(result.session)
      else if (result.user) setUser(result.user)
      return { status: 'passed' }
    }
    if (result.status === 'failed') return { status: 'failed', message: result.message }
    if (i < tries - 1) await sleep(waitMs)
  }
  return { status: 'pending', message: '认证结果确认中，请稍后再试' }
}

/**
 * Runs the host flow for the ticket. On H5 the browser goes to the provider page and comes back to the
 * ticket's return path with `?faceTicket=`; that page then calls settleFace.
 */
export async function runFaceFlow(ticket: FaceTicketDto, confirm: ConfirmFace): Promise<FaceOutcome> {
  const host = await platform.verifyFace(ticket.provider)
  if (host.status === 'cancelled' || host.status === 'unsupported' || host.status === 'failed') {
    return { status: host.status, message: host.message }
  }
  if (ticket.provider.provider === 'h5') return { status: 'redirected' }
  return settleFace(ticket.ticketId, confirm, host.value.hostToken)
}

/** Why a start request failed, in Chinese, with the field errors for the form. */
export function startError(e: unknown): { message: string; fields: Record<string, string> } {
  if (e instanceof ApiError) return { message: e.message, fields: e.fields ?? {} }
  return { message: '暂时无法开始认证，请稍后重试', fields: {} }
}
