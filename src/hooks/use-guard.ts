import { requirementFor } from '../domain/assurance'
import { appConfig } from '../stores/app-config'
import { session } from '../stores/session'
import { openPage, routes, withQuery } from '../routes'

/**
 * Before a sensitive action (亮证, 提交, 支付): sends the user to the step still missing — 登录, 实名认证 or a
 * fresh 刷脸 — and back to `then` afterwards. Returns true when the action may go ahead now.
 */
export function ensureAssurance(then: string): boolean {
  const window = appConfig.get().data?.faceFreshMinutes
  const need = requirementFor(session.get().user, Date.now(), window)
  if (need === 'ok') return true
  const page = { 'sign-in': routes.login, 'real-name': routes.realName, face: routes.faceCheck }[need]
  void openPage(withQuery(page, { then }))
  return false
}
