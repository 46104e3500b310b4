import type { UserRecord } from '../store'
import type { MockContext } from '../context'
import { identityKey, identityState, type Person } from './state'

/**
 * Binds a face-verified identity to the account. One identity may be bound by several accounts (a person
 * with a WeChat and an Alipay account); 刷脸登录 signs in to the account that bound it LAST. An account that
 * binds another identity gives up the previous one (its enterprises follow the identity, see enterprises.ts).
 */
export function bindIdentity(ctx: MockContext, user: UserRecord, person: Person, now: number): void {
  const { boundTo } = identityState(ctx)
  const previous = user.realName
  if (previous && previous.idNumber !== person.idNumber && boundTo[identityKey(previous.idNumber)] === user.id) {
    delete boundTo[identityKey(previous.idNumber)]
  }
  const same = previous?.idNumber === person.idNumber && previous.name === person.name
  user.realName = { name: person.name, idNumber: person.idNumber, boundAt: same ? previous.boundAt : now }
  user.realNameVerified = true
  user.faceVerifiedAt = now
  boundTo[identityKey(person.idNumber)] = user.id
}

/** The account 刷脸登录 signs in to for this name + 身份证号, or null when none has it bound. */
export function boundAccount(ctx: MockContext, person: Person): UserRecord | null {
  const userId = identityState(ctx).boundTo[identityKey(person.idNumber)]
  const user = userId ? ctx.store.state.users[userId] : undefined
  const holds = user?.realName?.idNumber === person.idNumber && user.realName.name === person.name
  return holds ? user : null
}

/** Whether the account's bound identity is this person (enterprise roles follow the identity). */
export const isPerson = (user: UserRecord, person: Person) =>
  user.realName?.idNumber === person.idNumber.toUpperCase() && user.realName.name === person.name
