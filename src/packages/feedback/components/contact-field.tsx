import { Text } from '@tarojs/components'
import type { ContactPreference } from '../../../api/contract'
import { CONTACT_LABELS } from '../../../domain/feedback'
import { ChoiceChips } from './choice-chips'

const ORDER = Object.keys(CONTACT_LABELS) as ContactPreference[]

/** What each choice means, under the chips: who calls which number, where the reply goes. */
function explain(contact: ContactPreference, phoneMasked: string | null, signedIn: boolean): string {
  if (contact === 'phone') {
    if (phoneMasked) return `工作人员将致电您的手机 ${phoneMasked}，答复也会发到「消息」`
    return signedIn ? '您的账号未绑定手机号，请选择站内消息' : '登录后将致电您账号绑定的手机号'
  }
  if (contact === 'message') return '答复将发送到「消息」，也可在「我的咨询投诉」中查看'
  return '不需要回访，答复仍可在「我的咨询投诉」中查看'
}

/** 回复方式: 电话回访 (with the masked phone), 站内消息, 无需回访 */
export function ContactField({ value, onChange, phoneMasked, signedIn, error }: { value: ContactPreference; onChange: (c: ContactPreference) => void; phoneMasked: string | null; signedIn: boolean; error?: string }) {
  return (
    <>
      <ChoiceChips
        title='回复方式'
        options={ORDER.map((c) => ({ value: c, text: CONTACT_LABELS[c], label: c === 'phone' && phoneMasked ? `${CONTACT_LABELS[c]}，${phoneMasked}` : undefined }))}
        value={value}
        onChange={onChange}
        error={error}
      />
      <Text className='fb-field__hint fb-contact__note'>{explain(value, phoneMasked, signedIn)}</Text>
    </>
  )
}
