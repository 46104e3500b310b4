import { createHash, randomBytes } from 'node:crypto'
import type { SessionDto } from '../../src/api/contract'
import { DAY } from '../clock'
import type { MockContext } from '../context'
import type { UserRecord } from '../store'
import { toUserDto } from './users'

export const SESSION_TTL_MS = 7 * DAY

/** Only a hash of the token is kept, so a leaked state file does not leak usable tokens. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

/** A new opaque token for the user. The caller saves the store. */
export function issueSession(ctx: MockContext, user: UserRecord): SessionDto {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = ctx.clock.now() + SESSION_TTL_MS
  ctx.store.state.sessions[hashToken(token)] = { userId: user.id, expiresAt }
  return { token, expiresAt: new Date(expiresAt).toISOString(), user: toUserDto(user) }
}

/** The signed-in user of a bearer token, or null when it is unknown or expired. */
export function userOfToken(ctx: MockContext, token: string): UserRecord | null {
  const session = ctx.store.state.sessions[hashToken(token)]
  if (!session || session.expiresAt <= ctx.clock.now()) return null
  return ctx.store.state.users[session.userId] ?? null
}

export function revokeToken(ctx: MockContext, token: string): void {
  delete ctx.store.state.sessions[hashToken(token)]
}
