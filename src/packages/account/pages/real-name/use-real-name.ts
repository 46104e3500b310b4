import { platform } from '@/platform'
import { startRealName } from '../../../../api/endpoints/identity'
import { useIdentityForm } from '../../../../hooks/use-identity-form'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { routes } from '../../../../routes'
import { useFaceStep } from '../../hooks/use-face-step'

/** 实名认证: name + 身份证号, an explicit consent, then 刷脸; the server binds the identity. */
export function useRealName() {
  const user = useStore(session, (s) => s.user)
  const face = useFaceStep()
  const form = useIdentityForm()

  function submit() {
    const input = form.validate()
    if (!input) return
    void face.run(() => startRealName({ ...input, consent: true, platform: platform.name, returnPath: face.returnPath(routes.realName) }))
  }

  // The server may refuse a start with field messages (e.g. 身份证号 not in the 公安 database).
  const errors: Record<string, string | undefined> = { ...form.errors, name: form.errors.name ?? face.fields.name, idNumber: form.errors.idNumber ?? face.fields.idNumber }
  return {
    ...face,
    ...form,
    verified: user?.realNameVerified ?? false,
    realName: user?.realName ?? null,
    errors,
    submit,
  }
}
