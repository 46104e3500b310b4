import { randomBytes } from 'node:crypto'
import type { StaffDto, UserDto } from '../../src/api/contract'
import type { MockContext } from '../context'
import { staffMemberOf } from '../fixtures/staff'
import { maskIdNumber, maskName } from '../identity/person'
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

/** The staff member (窗口工作人员) the account is, by its phone or bound identity (fixtures/staff.ts), or null. */
export function staffOf(user: UserRecord): StaffDto | null {
  const member = staffMemberOf(user)
  return member ? { name: member.name, department: member.department, hall: member.hall } : null
}

/**
 * The account as the client sees it. The identity bound by 实名认证 (mock/identity) appears masked only;
 * assurance is the strongest proof the account has: face (实名认证 by face) > phone (a phone number) > account.
 * `staff` only for window staff.
 */
export function toUserDto(user: UserRecord): UserDto {
  const verified = user.realNameVerified || Boolean(user.realName)
  const staff = staffOf(user)
  return {
    id: user.id,
    platform: user.platform,
    displayName: user.displayName,
    phoneMasked: user.phone ? maskPhone(user.phone) : null,
    realNameVerified: verified,
    assurance: verified ? 'face' : user.phone ? 'phone' : 'account',
    realName: user.realName ? { nameMasked: maskName(user.realName.name), idNumberMasked: maskIdNumber(user.realName.idNumber) } : null,
    faceVerifiedAt: user.faceVerifiedAt ? new Date(user.faceVerifiedAt).toISOString() : null,
    ...(staff ? { staff } : {}),
  }
}
