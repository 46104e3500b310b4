import { api } from '../app-client'
import type { ApiClient } from '../client'
import type {
  AgentGrantBody,
  EnterpriseBindBody,
  EnterpriseDto,
  EnterpriseListDto,
  FaceConfirmBody,
  FaceLoginStartBody,
  FaceResultDto,
  FaceTicketDto,
  PhoneBindBody,
  RealNameStartBody,
  StepUpStartBody,
  UserDto,
} from '../contract'
import { paths } from '../contract/paths'

/**
 * 实名认证, 刷脸 and 法人. A face check is started with the server (which issues the host's ticket), run by
 * the platform adapter, and decided by the server again: only `confirmFace` / `confirmFaceLogin` answering
 * `passed` counts. Every face call carries an idempotency key, so the client's retry after a lost answer is
 * answered with the same ticket (one attempt against the hourly limit, not two) or the same verdict (not
 * TICKET_USED for a face check that passed); binding an enterprise and authorising an agent do too.
 */
export const createIdentityApi = (client: ApiClient) => ({
  /** 实名认证: name + 身份证号 + consent → a face ticket for this platform */
  startRealName: (body: RealNameStartBody) => client.post<FaceTicketDto>(paths.realNameStart, body, { idempotent: true }),
  /** A fresh face check by the bound user before a sensitive action */
  startStepUp: (body: StepUpStartBody) => client.post<FaceTicketDto>(paths.stepUpStart, body, { idempotent: true }),
  /** After the host's face flow: the server's verdict (`pending` → ask again shortly) */
  confirmFace: (body: FaceConfirmBody) => client.post<FaceResultDto>(paths.faceConfirm, body, { idempotent: true }),
  /** 刷脸登录 without a session: the identity must already be bound to an account */
  startFaceLogin: (body: FaceLoginStartBody) => client.post<FaceTicketDto>(paths.faceLoginStart, body, { idempotent: true }),
  /** `passed` carries the new session */
  confirmFaceLogin: (body: FaceConfirmBody) => client.post<FaceResultDto>(paths.faceLoginConfirm, body, { idempotent: true }),
  /** The phone-number button's answer, as the adapter normalised it */
  bindPhone: (body: PhoneBindBody) => client.post<UserDto>(paths.phoneBind, body),
  listEnterprises: () => client.get<EnterpriseListDto>(paths.enterprises),
  /** Bind as 法定代表人 by 统一社会信用代码 */
  bindEnterprise: (body: EnterpriseBindBody) => client.post<EnterpriseDto>(paths.enterpriseBind, body, { idempotent: true }),
  /** The legal representative authorises a 经办人 */
  grantAgent: (enterpriseId: string, body: AgentGrantBody) =>
    client.post<void>(paths.enterpriseAgents.replace(':id', encodeURIComponent(enterpriseId)), body, { idempotent: true }),
})

export const {
  startRealName,
  startStepUp,
  confirmFace,
  startFaceLogin,
  confirmFaceLogin,
  bindPhone,
  listEnterprises,
  bindEnterprise,
  grantAgent,
} = createIdentityApi(api)
