import { randomBytes } from 'node:crypto'
import type { FaceProviderDto } from '../../src/api/contract'
import { identityMockPaths } from '../../src/api/contract/paths-identity'
import { NOT_IN_REGISTRY, failingIdentities, seedIdentities } from '../fixtures/identities'
import type { FaceTicketRecord, Person } from './state'

/**
 * The simulated face providers: what each host needs to start its flow, and the verdict the server gets when
 * it asks the provider afterwards. Real references are opaque; these are random too.
 */
export function newProviderRef(platform: FaceTicketRecord['platform']): string {
  const hex = randomBytes(16).toString('hex')
  // WeChat getverifyid → verify_id; Alipay certify.open.initialize → certify_id (32 hex); Baidu: a FACE_TOKEN.
  return { weapp: `mock-verify-${hex}`, alipay: hex, swan: `mock-facetoken-${hex}`, h5: hex }[platform]
}

/** The `provider` part of a FaceTicketDto, for the platform the ticket was issued for. */
export function providerPayload(ticket: FaceTicketRecord, person: Person): FaceProviderDto {
  switch (ticket.platform) {
    case 'weapp':
      // getverifyid → verify_id for wx.requestFacialVerify({ verifyId })
      // @see https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_getverifyid
      return { provider: 'weapp', verifyId: ticket.providerRef }
    case 'alipay':
      // certify.open.initialize → certify_id (32 hex), certify.open.certify → url, for
      // my.call('startBizService', { name: 'open-certify', param: JSON.stringify({ certifyId, url }) })
      // @see https://help.aliyun.com/document_detail/144545.html
      // A fake alipay.user.certify.open.certify URL on a reserved domain: it must never reach a real gateway.
      return {
        provider: 'alipay',
        certifyId: ticket.providerRef,
        url: `https://openapi.alipay.example/gateway.do?method=alipay.user.certify.open.certify&certify_id=${ticket.providerRef}`,
      }
    case 'swan':
      // swan.ai.facePersonVerify compares a face image with the 公安 photo of this name + number (Baidu app only).
      return { provider: 'swan', name: person.name, idCardNumber: person.idNumber, image: ticket.providerRef, imageType: 'FACE_TOKEN' }
    case 'h5':
      // Same-origin path: the H5 app reaches it through its /mock proxy. Only the opaque ticket id is in the URL.
      return { provider: 'h5', url: `${identityMockPaths.faceProvider}?ticket=${ticket.id}` }
  }
}

export type Verdict = { status: 'passed' } | { status: 'failed'; message: string } | { status: 'pending' }

export const SCAN_FAILED_MESSAGE = '人脸核验未通过，请本人在光线充足处重新刷脸'

/**
 * What the provider answers when the server asks (queryverifyinfo / certify.open.query). The face scan is the
 * reported one; in a mini-program host without a report the user is taken to have completed the scan (the
 * host flow ran), on H5 the answer is `pending` until the provider page reports. The seeded failing
 * identities fail whatever the scan says, and a seeded number with another name fails the 公安 check.
 */
export function providerVerdict(ticket: FaceTicketRecord, person: Person): Verdict {
  const scan = ticket.scan ?? (ticket.platform === 'h5' ? null : 'pass')
  if (scan === null) return { status: 'pending' }
  const failing = failingIdentities.find((f) => f.idNumber === person.idNumber)
  if (failing) return { status: 'failed', message: failing.failure }
  const seeded = seedIdentities.find((s) => s.idNumber === person.idNumber)
  if (seeded && seeded.name !== person.name) return { status: 'failed', message: NOT_IN_REGISTRY.failure }
  if (scan === 'fail') return { status: 'failed', message: SCAN_FAILED_MESSAGE }
  return { status: 'passed' }
}
