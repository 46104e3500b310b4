import type { FaceResultDto } from '../../src/api/contract'
import { issueSession } from '../auth/sessions'
import { toUserDto } from '../auth/users'
import type { MockContext } from '../context'
import { httpError } from '../http/errors'
import type { UserRecord } from '../store'
import { bindIdentity, boundAccount, isPerson } from './binding'
import { settleTicket } from './tickets'
import type { FaceTicketRecord, Person } from './state'

export const PENDING_MESSAGE = '认证尚未完成'
export const IDENTITY_NOT_BOUND_MESSAGE = '该身份尚未在通办实名认证，请先登录后完成实名认证'

export const identityNotBound = () => httpError(403, 'IDENTITY_NOT_BOUND', IDENTITY_NOT_BOUND_MESSAGE)

const result = (status: FaceResultDto['status'], message: string, user: UserRecord | null = null, session: FaceResultDto['session'] = null): FaceResultDto => ({
  status,
  message,
  user: user ? toUserDto(user) : null,
  session,
})

/**
 * The server's verdict on a live ticket (see tickets.ts `liveTicket`), and what a pass does:
 * bind → the identity is bound to the caller (实名认证, assurance `face`); step-up → `faceVerifiedAt` is
 * refreshed; login → a new session for the account the identity is bound to. The caller saves.
 */
export function confirmFace(ctx: MockContext, ticket: FaceTicketRecord & { person: Person }): FaceResultDto {
  const { verdict, person } = settleTicket(ctx, ticket)
  if (verdict.status === 'pending') return result('pending', PENDING_MESSAGE)
  if (verdict.status === 'failed') return result('failed', verdict.message)

  const now = ctx.clock.now()
  if (ticket.purpose === 'login') {
    // Bound again elsewhere, or given up, since the ticket was issued: sign in where it is bound now.
    const user = boundAccount(ctx, person)
    if (!user) throw identityNotBound()
    user.faceVerifiedAt = now
    const session = issueSession(ctx, user)
    return result('passed', '刷脸登录成功', user, session)
  }
  const user = ctx.store.state.users[ticket.userId]
  if (!user) throw httpError(401, 'UNAUTHORIZED', '登录已过期，请重新登录')
  if (ticket.purpose === 'bind') {
    bindIdentity(ctx, user, person, now)
    return result('passed', '实名认证成功', user)
  }
  // step-up: the account must still be this person.
  if (!isPerson(user, person)) return result('failed', '账号的实名信息已变更，请重新刷脸')
  user.faceVerifiedAt = now
  return result('passed', '刷脸验证成功', user)
}
