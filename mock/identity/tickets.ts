import { randomBytes } from 'node:crypto'
import type { ClientPlatform, FacePurpose, FaceTicketDto } from '../../src/api/contract'
import { MINUTE } from '../clock'
import type { MockContext } from '../context'
import { httpError } from '../http/errors'
import { countFaceAttempt } from './attempts'
import { newProviderRef, providerPayload, providerVerdict, type Verdict } from './providers'
import { identityKey, identityState, pruneTickets, type FaceTicketRecord, type Person } from './state'
import { own } from '../store'

/** Single use, valid 10 minutes (WeChat's verify_id lives an hour; the shorter window is ours). */
export const TICKET_TTL_MS = 10 * MINUTE

/** Where the H5 provider page returns to when the client names no `returnPath`: the page that started it. */
export const DEFAULT_RETURN_PATHS: Record<FacePurpose, string> = {
  bind: '/packages/account/pages/real-name/index',
  'step-up': '/packages/account/pages/face-check/index',
  login: '/pages/login/index',
}

export interface TicketRequest {
  purpose: FacePurpose
  platform: ClientPlatform
  /** bind / step-up: the caller; login: the account the identity is bound to */
  userId: string
  person: Person
  returnPath?: string
}

/** Counts the attempt (429 past the limits), then issues a ticket and the provider payload. The caller saves. */
export function issueFaceTicket(ctx: MockContext, request: TicketRequest): FaceTicketDto {
  const state = identityState(ctx)
  const now = ctx.clock.now()
  pruneTickets(state, now)
  countFaceAttempt(state, identityKey(request.person.idNumber), request.userId, now)
  const ticket: FaceTicketRecord = {
    id: `ft_${randomBytes(16).toString('hex')}`,
    purpose: request.purpose,
    platform: request.platform,
    userId: request.userId,
    person: request.person,
    returnPath: request.returnPath ?? DEFAULT_RETURN_PATHS[request.purpose],
    providerRef: newProviderRef(request.platform),
    issuedAt: now,
    expiresAt: now + TICKET_TTL_MS,
    usedAt: null,
    scan: null,
  }
  state.tickets[ticket.id] = ticket
  ctx.log(`face ticket issued: ${ticket.purpose}, ${ticket.platform}`)
  return { ticketId: ticket.id, purpose: ticket.purpose, expiresAt: new Date(ticket.expiresAt).toISOString(), provider: providerPayload(ticket, request.person) }
}

const refuse = {
  unknown: () => httpError(404, 'TICKET_UNKNOWN', '刷脸凭证不存在，请重新发起认证'),
  notYours: () => httpError(403, 'TICKET_FORBIDDEN', '该刷脸凭证不属于当前账号，请重新发起认证'),
  used: () => httpError(400, 'TICKET_USED', '该刷脸凭证已使用，请重新发起认证'),
  expired: () => httpError(400, 'TICKET_EXPIRED', '刷脸已超时，请重新发起认证'),
}

/**
 * A ticket that can still be used, or the reason it cannot: 404 TICKET_UNKNOWN, 403 TICKET_FORBIDDEN (when
 * `mayUse` says the caller has no claim on it), 400 TICKET_USED, 400 TICKET_EXPIRED.
 */
export function liveTicket(ctx: MockContext, ticketId: string, mayUse: (ticket: FaceTicketRecord) => boolean = () => true) {
  const ticket = own(identityState(ctx).tickets, ticketId)
  if (!ticket) throw refuse.unknown()
  if (!mayUse(ticket)) throw refuse.notYours()
  if (ticket.usedAt !== null || !ticket.person) throw refuse.used()
  if (ticket.expiresAt <= ctx.clock.now()) throw refuse.expired()
  return ticket as FaceTicketRecord & { person: Person }
}

/**
 * Asks the simulated provider for the ticket's verdict. A final one (passed / failed) uses the ticket up and
 * drops the identity from it; `pending` leaves it as it is. The caller saves.
 */
export function settleTicket(ctx: MockContext, ticket: FaceTicketRecord & { person: Person }): { verdict: Verdict; person: Person } {
  const { person } = ticket
  const verdict = providerVerdict(ticket, person)
  if (verdict.status !== 'pending') {
    const record: FaceTicketRecord = ticket
    record.usedAt = ctx.clock.now()
    record.person = null
    ctx.log(`face ticket ${verdict.status}: ${ticket.purpose}, ${ticket.platform}`)
  }
  return { verdict, person }
}

/** What the provider page (or a test standing in for the host) reports about the face scan. */
export function reportScan(ctx: MockContext, ticketId: string, outcome: 'pass' | 'fail'): FaceTicketRecord {
  const ticket = liveTicket(ctx, ticketId)
  ticket.scan = outcome
  return ticket
}
