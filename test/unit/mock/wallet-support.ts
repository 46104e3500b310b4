import type {
  LicenceDetailDto,
  LicenceDto,
  LicenceListDto,
  LicencePurpose,
  LicenceUsageListDto,
  SessionDto,
  ShowTokenDto,
  VerificationDto,
  VerificationListDto,
} from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { MINUTE } from '../../../mock/clock'
import type { SeedIdentity } from '../../../mock/fixtures/identities'
import { STAFF } from '../../../mock/fixtures/staff'
import { identityCalls } from './identity-support'
import type { Mock } from './support'

export const url = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))

/** Past the 30-minute face window (fixtures/platform.ts faceFreshMinutes) */
export const FACE_WINDOW_PASSED = 31 * MINUTE

/** A holder signed in on weapp with a bound identity (bound by a face check, so the check is fresh), and their wallet calls. */
export async function holder(mock: Mock, person: SeedIdentity, user = `holder-${person.idNumber.slice(-6)}`) {
  const session: SessionDto = await mock.platformLogin('weapp', user)
  await identityCalls(mock).bind(session, person)
  return walletCalls(mock, session)
}

/** The wallet calls of a signed-in account. */
export function walletCalls(mock: Mock, session: SessionDto) {
  const auth = mock.bearer(session)
  const list = async (): Promise<LicenceDto[]> => (await mock.call<LicenceListDto>('GET', paths.licences, undefined, auth)).body.licences
  const byType = async (type: string): Promise<LicenceDto> => {
    const found = (await list()).find((l) => l.type === type)
    if (!found) throw new Error(`no ${type} in the wallet`)
    return found
  }
  const detail = (id: string, reveal?: boolean) => mock.call<LicenceDetailDto>('GET', `${url(paths.licence, id)}${reveal === undefined ? '' : `?reveal=${reveal}`}`, undefined, auth)
  const show = (id: string, purpose: LicencePurpose) => mock.call<ShowTokenDto>('POST', url(paths.showLicence, id), { purpose }, auth)
  /** A token, expected to be issued */
  const token = async (id: string, purpose: LicencePurpose) => {
    const res = await show(id, purpose)
    if (res.status !== 200) throw new Error(`show failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.token
  }
  const usage = (id: string) => mock.call<LicenceUsageListDto>('GET', url(paths.licenceUsage, id), undefined, auth)
  /** A new face check (step-up), as the app asks before revealing or showing */
  const refreshFace = async () => {
    const ticket = await mock.call<{ ticketId: string }>('POST', paths.stepUpStart, { platform: 'weapp' }, auth)
    await mock.call('POST', paths.faceConfirm, { ticketId: ticket.body.ticketId }, auth)
  }
  return { session, auth, list, byType, detail, show, token, usage, refreshFace }
}

/** A window staff member signed in by SMS (H5), and the verification calls. */
export async function staff(mock: Mock, index = 0) {
  const session = await mock.smsLogin(STAFF[index].phone)
  const auth = mock.bearer(session)
  const verify = (token: string, purpose: LicencePurpose) => mock.call<VerificationDto>('POST', paths.verifications, { token, purpose }, auth)
  const list = () => mock.call<VerificationListDto>('GET', paths.verifications, undefined, auth)
  return { session, auth, verify, list, member: STAFF[index] }
}

export const revoke = (mock: Mock, id: string) => mock.call('POST', url(mockPaths.revokeLicence, id))
