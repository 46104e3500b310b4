import { randomBytes } from 'node:crypto'
import type { UserDto } from '../../src/api/contract'
import type { MockContext } from '../context'
import { maskPhone } from '../log'
import type { UserRecord } from '../store'

/** The user bound to an identity (`weapp:<openid>`, `phone:<number>`, …), created on first sight. */
export function userForIdentity(
  ctx: MockContext,
  identity: string,
  create: (id: string) => Omit<UserRecord, 'id' | 'createdAt'>,
): UserRecord {
  const { state } = ctx.store
  const existing = state.identities[identity]
  if (existing && state.users[existing]) return state.users[existing]
  const id = `u_${randomBytes(6).toString('hex')}`
  const user: UserRecord = { id, createdAt: ctx.clock.now(), ...create(id) }
  state.users[id] = user
  state.identities[identity] = id
  return user
}

export const toUserDto = (user: UserRecord): UserDto => ({
  id: user.id,
  platform: user.platform,
  displayName: user.displayName,
  phoneMasked: user.phone ? maskPhone(user.phone) : null,
  realNameVerified: user.realNameVerified,
  // Refined by the identity module once 实名认证 records exist.
  assurance: user.realNameVerified ? 'face' : user.phone ? 'phone' : 'account',
  realName: null,
  faceVerifiedAt: null,
})
