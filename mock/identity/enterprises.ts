import type { AgentGrantBody, EnterpriseDto } from '../../src/api/contract'
import { checkCreditCode } from '../../src/domain/credit-code'
import type { MockContext } from '../context'
import { seedEnterprises, type SeedEnterprise } from '../fixtures/enterprises'
import { httpError } from '../http/errors'
import type { UserRecord } from '../store'
import { isPerson } from './binding'
import { checkedPerson, maskName } from './person'
import { agentKey, identityState } from './state'

/**
 * 法人: an account acts for an enterprise as its 法定代表人 (bound by 统一社会信用代码, checked against the
 * register's legal representative) or as a 经办人 the legal representative authorised by name + 身份证号.
 * Both follow the account's verified identity: an account that binds another identity loses them.
 */
const refuse = {
  realName: () => httpError(403, 'REAL_NAME_REQUIRED', '请先完成实名认证'),
  notFound: () => httpError(404, 'ENTERPRISE_NOT_FOUND', '未找到该统一社会信用代码对应的企业'),
  notLegalRep: () => httpError(403, 'NOT_LEGAL_REP', '您不是该企业的法定代表人，可请法定代表人授权您为经办人'),
}

const toDto = (enterprise: SeedEnterprise, role: EnterpriseDto['role'], at: number): EnterpriseDto => ({
  id: enterprise.id,
  name: enterprise.name,
  creditCode: enterprise.creditCode,
  legalRepMasked: maskName(enterprise.legalRep.name),
  role,
  boundAt: new Date(at).toISOString(),
})

/**
 * Binds as 法定代表人; binding again answers the first binding. 400 CREDIT_CODE_INVALID (GB 32100, the
 * message in `fields.creditCode`), 403 REAL_NAME_REQUIRED, 404 ENTERPRISE_NOT_FOUND, 403 NOT_LEGAL_REP.
 */
export function bindEnterprise(ctx: MockContext, user: UserRecord, creditCode: string): EnterpriseDto {
  const check = checkCreditCode(creditCode)
  if (!check.ok) throw httpError(400, 'CREDIT_CODE_INVALID', check.message, { fields: { creditCode: check.message } })
  if (!user.realName) throw refuse.realName()
  const normalised = creditCode.trim().toUpperCase()
  const enterprise = seedEnterprises.find((e) => e.creditCode === normalised)
  if (!enterprise) throw refuse.notFound()
  if (!isPerson(user, enterprise.legalRep)) throw refuse.notLegalRep()
  const bindings = (identityState(ctx).legalRepBindings[user.id] ??= {})
  bindings[enterprise.id] ??= ctx.clock.now()
  return toDto(enterprise, 'legal-rep', bindings[enterprise.id])
}

/** The legal representative of `enterpriseId` authorises a 经办人 (repeating it changes nothing). */
export function grantAgent(ctx: MockContext, user: UserRecord, enterpriseId: string, agent: AgentGrantBody): void {
  const enterprise = seedEnterprises.find((e) => e.id === enterpriseId)
  if (!enterprise) throw refuse.notFound()
  if (!user.realName) throw refuse.realName()
  if (!isPerson(user, enterprise.legalRep)) throw refuse.notLegalRep()
  const person = checkedPerson(ctx, agent.name, agent.idNumber)
  const grants = (identityState(ctx).agentGrants[enterprise.id] ??= {})
  grants[agentKey(person)] ??= ctx.clock.now()
}

/** The enterprises the account acts for, in the order it got them; 法定代表人 wins over 经办人. */
export function listEnterprises(ctx: MockContext, user: UserRecord): EnterpriseDto[] {
  const identity = user.realName
  if (!identity) return []
  const state = identityState(ctx)
  const mine = agentKey(identity)
  const list: EnterpriseDto[] = []
  for (const enterprise of seedEnterprises) {
    const boundAt = state.legalRepBindings[user.id]?.[enterprise.id]
    const grantedAt = state.agentGrants[enterprise.id]?.[mine]
    if (boundAt !== undefined && isPerson(user, enterprise.legalRep)) list.push(toDto(enterprise, 'legal-rep', boundAt))
    else if (grantedAt !== undefined) list.push(toDto(enterprise, 'agent', grantedAt))
  }
  return list.sort((a, b) => a.boundAt.localeCompare(b.boundAt))
}
