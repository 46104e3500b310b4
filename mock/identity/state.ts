import { createHash } from 'node:crypto'
import type { ClientPlatform, FacePurpose } from '../../src/api/contract'
import { DAY } from '../clock'
import type { MockContext } from '../context'

/** A person as typed on the form: 姓名 + 身份证号 (upper-case X). */
export interface Person {
  name: string
  idNumber: string
}

export interface FaceTicketRecord {
  id: string
  purpose: FacePurpose
  platform: ClientPlatform
  /** bind / step-up: the caller; login: the account the identity was bound to when the ticket was issued */
  userId: string
  /** Who is being checked; dropped once the ticket is used, so old tickets keep no identity */
  person: Person | null
  /** H5: where the provider page sends the browser back */
  returnPath: string
  /** The host-side reference (verifyId, certifyId, face token) */
  providerRef: string
  issuedAt: number
  expiresAt: number
  usedAt: number | null
  /** The face scan as the provider saw it (provider page or POST /mock/face/outcome); null: not reported */
  scan: 'pass' | 'fail' | null
}

/** The identity module's part of the mock state (`store.slice('identity')`): persisted and reset with it. */
export interface IdentityState {
  tickets: Record<string, FaceTicketRecord>
  /** identityKey(身份证号) → the account it was bound to last; 刷脸登录 signs in there */
  boundTo: Record<string, string>
  /** `identity:<key>` or `user:<id>` → when face tickets were issued (the last hour is kept) */
  attempts: Record<string, number[]>
  /** user id → enterprise id → when the user bound it as 法定代表人 */
  legalRepBindings: Record<string, Record<string, number>>
  /** enterprise id → agentKey(姓名, 身份证号) → when the legal representative authorised that 经办人 */
  agentGrants: Record<string, Record<string, number>>
}

const seed = (): IdentityState => ({ tickets: {}, boundTo: {}, attempts: {}, legalRepBindings: {}, agentGrants: {} })

export const identityState = (ctx: MockContext) => ctx.store.slice<IdentityState>('identity', seed)

const hash = (text: string) => createHash('sha256').update(text).digest('base64url')

/** Maps are keyed by a hash, so the state file's keys never spell out an ID number. */
export const identityKey = (idNumber: string) => hash(`id:${idNumber.toUpperCase()}`)
export const agentKey = (person: Person) => hash(`agent:${person.name}:${person.idNumber.toUpperCase()}`)

/** Forgets tickets a day after they expired; a long-lived state file stays small. */
export function pruneTickets(state: IdentityState, now: number) {
  for (const [id, ticket] of Object.entries(state.tickets)) if (ticket.expiresAt + DAY <= now) delete state.tickets[id]
}
