import { useState } from 'react'
import { checkIdCard, checkPersonName } from '../domain/id-card'

export interface IdentityInput {
  name: string
  /** Upper-cased (a lower-case x check character is accepted) */
  idNumber: string
}

/**
 * 姓名 + 身份证号 + consent, as 实名认证 and 刷脸登录 ask for them: each mistake explained in Chinese beside its
 * field, and server field errors shown the same way.
 */
export function useIdentityForm() {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [consent, setConsent] = useState(false)
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const clear = (key: string) => setErrors((e) => ({ ...e, [key]: undefined }))

  /** The input when it is valid and consented; otherwise null, with the errors shown. */
  function validate(): IdentityInput | null {
    const nameCheck = checkPersonName(name)
    const id = checkIdCard(idNumber)
    const next = {
      name: nameCheck.ok ? undefined : nameCheck.message,
      idNumber: id.ok ? undefined : id.message,
      consent: consent ? undefined : '请阅读并同意个人信息处理说明',
    }
    setErrors(next)
    return next.name || next.idNumber || next.consent ? null : { name: name.trim(), idNumber: idNumber.trim().toUpperCase() }
  }

  return {
    name,
    idNumber,
    consent,
    errors,
    setName: (v: string) => (setName(v), clear('name')),
    setIdNumber: (v: string) => (setIdNumber(v), clear('idNumber')),
    toggleConsent: () => (setConsent(!consent), clear('consent')),
    /** Field messages from the server (ApiError.fields) */
    showServerErrors: (fields: Record<string, string>) => setErrors((e) => ({ ...e, ...fields })),
    validate,
  }
}
