import { useState } from 'react'
import { platform } from '@/platform'
import { startRealName } from '../../../../api/endpoints/identity'
import { checkIdCard, checkPersonName } from '../../../../domain/id-card'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { routes } from '../../../../routes'
import { useFaceStep } from '../../hooks/use-face-step'

/** 实名认证: name + 身份证号, an explicit consent, then 刷脸; the server binds the identity. */
export function useRealName() {
  const user = useStore(session, (s) => s.user)
  const face = useFaceStep()
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [consent, setConsent] = useState(false)
  const [errors, setErrors] = useState<{ name?: string; idNumber?: string; consent?: string }>({})

  function submit() {
    const id = checkIdCard(idNumber)
    const nameCheck = checkPersonName(name)
    const next = {
      name: nameCheck.ok ? undefined : nameCheck.message,
      idNumber: id.ok ? undefined : id.message,
      consent: consent ? undefined : '请阅读并同意个人信息处理说明',
    }
    setErrors(next)
    if (next.name || next.idNumber || next.consent) return
    void face.run(() =>
      startRealName({
        name: name.trim(),
        idNumber: idNumber.trim().toUpperCase(),
        consent: true,
        platform: platform.name,
        returnPath: face.returnPath(routes.realName),
      }),
    )
  }

  return {
    ...face,
    verified: user?.realNameVerified ?? false,
    realName: user?.realName ?? null,
    name,
    idNumber,
    consent,
    setName: (v: string) => (setName(v), setErrors((e) => ({ ...e, name: undefined }))),
    setIdNumber: (v: string) => (setIdNumber(v), setErrors((e) => ({ ...e, idNumber: undefined }))),
    toggleConsent: () => (setConsent(!consent), setErrors((e) => ({ ...e, consent: undefined }))),
    errors: { name: errors.name ?? face.fields.name, idNumber: errors.idNumber ?? face.fields.idNumber, consent: errors.consent },
    submit,
  }
}
