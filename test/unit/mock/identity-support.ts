import type { ClientPlatform, FaceResultDto, FaceTicketDto, SessionDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import type { SeedIdentity } from '../../../mock/fixtures/identities'
import type { Mock } from './support'

/** Calls of the identity tests: start 实名认证, report a scan, confirm, bind in one go. */
export function identityCalls(mock: Mock) {
  const startRealName = (session: SessionDto, person: SeedIdentity, platform: ClientPlatform = 'weapp', extra: object = {}) =>
    mock.call<FaceTicketDto>('POST', paths.realNameStart, { name: person.name, idNumber: person.idNumber, consent: true, platform, ...extra }, mock.bearer(session))
  const confirm = (session: SessionDto, ticketId: string) => mock.call<FaceResultDto>('POST', paths.faceConfirm, { ticketId }, mock.bearer(session))
  const outcome = (ticketId: string, outcome: 'pass' | 'fail') => mock.call('POST', mockPaths.faceOutcome, { ticketId, outcome })

  /** 实名认证 in a mini-program host, where the host's face flow counts as done: the identity is bound. */
  async function bind(session: SessionDto, person: SeedIdentity): Promise<FaceResultDto> {
    const ticket = await startRealName(session, person)
    if (ticket.status !== 200) throw new Error(`real-name start failed: ${ticket.status}`)
    const res = await confirm(session, ticket.body.ticketId)
    if (res.body.status !== 'passed') throw new Error(`face check did not pass: ${res.body.message}`)
    return res.body
  }

  return { startRealName, confirm, outcome, bind }
}
