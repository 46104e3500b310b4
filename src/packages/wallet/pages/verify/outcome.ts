import type { VerificationDto } from '../../../../api/contract'
import { ApiError } from '../../../../api/errors'

/** What one 核验 came to: the verified licence, or why it was refused (the server's Chinese reason). */
export type Outcome =
  | { kind: 'verified'; verification: VerificationDto }
  | { kind: 'refused'; code: string | null; verdict: '核验未通过' | '核验未完成'; title: string; icon: string; message: string; retry: boolean }

/** A title and icon per refusal: the staff member sees at a glance what to tell the citizen. */
const REFUSALS: Record<string, { title: string; icon: string }> = {
  TOKEN_EXPIRED: { title: '亮证码已过期', icon: 'file-clock' },
  TOKEN_USED: { title: '亮证码已核验过', icon: 'clipboard' },
  TOKEN_INVALID: { title: '亮证码无效或已被篡改', icon: 'shield' },
  LICENCE_REVOKED: { title: '证照已吊销', icon: 'close' },
  LICENCE_NOT_VALID: { title: '证照已过期或失效', icon: 'close' },
  PURPOSE_MISMATCH: { title: '用途不符', icon: 'info' },
  STAFF_ONLY: { title: '仅限窗口工作人员使用', icon: 'user' },
}

/** A failed 核验 as the page shows it; a network failure may be tried again with the same code. */
export function refusalOf(e: unknown): Outcome {
  const code = e instanceof ApiError ? e.code ?? null : null
  const known = code ? REFUSALS[code] : undefined
  const message = e instanceof ApiError ? e.message : '核验失败，请稍后重试'
  if (known) return { kind: 'refused', code, verdict: '核验未通过', ...known, message, retry: false }
  const transient = !(e instanceof ApiError) || e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server'
  return { kind: 'refused', code, verdict: '核验未完成', title: transient ? '网络或服务异常' : '无法核验', icon: 'refresh', message, retry: transient }
}
