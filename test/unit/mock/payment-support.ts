import type { ClientPlatform, FeeListDto, OrderDto, SessionDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import type { FaceResultDto, FaceTicketDto } from '../../../src/api/contract'
import { X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import type { Mock } from './support'

export const orderUrl = (id: string) => paths.order.replace(':id', encodeURIComponent(id))

/** A signed-in user of the mock and the payment calls the payment tests make as that user. */
export async function payer(mock: Mock, user = 'alice') {
  const session: SessionDto = await mock.platformLogin('weapp', user)
  const auth = mock.bearer(session)
  await faceVerified(mock, auth)
  const fees = async () => (await mock.call<FeeListDto>('GET', paths.fees, undefined, auth)).body.fees
  const order = (feeId: string, platform: ClientPlatform = 'weapp', extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    mock.call<OrderDto>('POST', paths.orders, { feeId, platform, ...extra }, { ...auth, ...headers })
  const getOrder = (id: string) => mock.call<OrderDto>('GET', orderUrl(id), undefined, auth)
  return { session, auth, fees, order, getOrder, refreshFace: () => faceVerified(mock, auth, 'stepUp') }
}

/**
 * Paying needs 实名 and a fresh face check (403 FACE_CHECK_REQUIRED otherwise): 实名认证 (or a step-up check)
 * through the simulated provider, as the app would.
 */
export async function faceVerified(mock: Mock, auth: Record<string, string>, kind: 'realName' | 'stepUp' = 'realName') {
  const start = kind === 'realName' ? { path: paths.realNameStart, body: { ...X_CHECK_DIGIT, consent: true, platform: 'weapp' } } : { path: paths.stepUpStart, body: { platform: 'weapp' } }
  const ticket = await mock.call<FaceTicketDto>('POST', start.path, start.body, auth)
  const verdict = await mock.call<FaceResultDto>('POST', paths.faceConfirm, { ticketId: ticket.body.ticketId }, auth)
  if (verdict.body.status !== 'passed') throw new Error(`face check did not pass: ${JSON.stringify(verdict.body)}`)
}

export const notify = (mock: Mock, orderId: string, outcome: 'success' | 'fail') =>
  mock.call('POST', mockPaths.payNotify, { orderId, outcome })
