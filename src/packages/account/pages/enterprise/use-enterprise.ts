import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { bindEnterprise, grantAgent } from '../../../../api/endpoints/identity'
import { ApiError } from '../../../../api/errors'
import { checkCreditCode } from '../../../../domain/credit-code'
import { checkIdCard, checkPersonName } from '../../../../domain/id-card'
import { useStore } from '../../../../stores/create-store'
import { enterprises, loadEnterprises, setActiveEnterprise } from '../../../../stores/enterprises'
import { session } from '../../../../stores/session'
import { openPage, routes, returnTo, withQuery } from '../../../../routes'
import { toast } from '../../../../hooks/host-actions'

/**
 * 绑定企业 (法定代表人, by 统一社会信用代码), or with `?id=` 授权经办人 for an enterprise the user represents.
 * Both need 实名认证 first: the server matches the verified identity.
 */
export function useEnterprise() {
  const { params } = useRouter()
  const agentFor = useStore(enterprises, (e) => e.list.find((x) => x.id === params.id) ?? null)
  const verified = useStore(session, (s) => s.user?.realNameVerified ?? false)
  const [creditCode, setCreditCode] = useState('')
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(action: () => Promise<void>) {
    if (busy) return
    setBusy(true)
    setFormError(null)
    try {
      await action()
    } catch (e) {
      setFormError(e instanceof ApiError ? e.message : '提交失败，请稍后重试')
      if (e instanceof ApiError && e.fields) setErrors(e.fields)
    } finally {
      setBusy(false)
    }
  }

  function submitBind() {
    const check = checkCreditCode(creditCode)
    setErrors({ creditCode: check.ok ? undefined : check.message })
    if (!check.ok) return
    void send(async () => {
      const bound = await bindEnterprise({ creditCode: creditCode.trim().toUpperCase() })
      await loadEnterprises()
      setActiveEnterprise(bound.id)
      toast('企业已绑定', 'success')
      void returnTo(routes.security)
    })
  }

  function submitAgent() {
    const id = checkIdCard(idNumber)
    const nameCheck = checkPersonName(name)
    const next = { name: nameCheck.ok ? undefined : nameCheck.message, idNumber: id.ok ? undefined : id.message }
    setErrors(next)
    if (next.name || next.idNumber || !params.id) return
    void send(async () => {
      await grantAgent(params.id!, { name: name.trim(), idNumber: idNumber.trim().toUpperCase() })
      toast('已授权经办人', 'success')
      void returnTo(routes.security)
    })
  }

  const clear = (key: string) => setErrors((e) => ({ ...e, [key]: undefined }))
  return {
    mode: params.id ? ('agent' as const) : ('bind' as const),
    agentFor,
    verified,
    creditCode,
    name,
    idNumber,
    setCreditCode: (v: string) => (setCreditCode(v), clear('creditCode')),
    setName: (v: string) => (setName(v), clear('name')),
    setIdNumber: (v: string) => (setIdNumber(v), clear('idNumber')),
    errors,
    formError,
    busy,
    submit: params.id ? submitAgent : submitBind,
    openRealName: () => void openPage(withQuery(routes.realName, { then: withQuery(routes.enterprise, { id: params.id }) })),
  }
}
