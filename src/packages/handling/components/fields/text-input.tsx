import { View, Text, Input, Textarea } from '@tarojs/components'
import type { FormFieldDto, LeafAnswer } from '../../../../api/contract'

type TextType = 'text' | 'textarea' | 'number' | 'amount' | 'id-number' | 'credit-code' | 'phone'

/** The keyboard each type opens: digits with a dot for amounts, the 身份证 keyboard (with X) for ID numbers. */
const KEYBOARD: Record<Exclude<TextType, 'textarea'>, 'text' | 'number' | 'idcard' | 'digit'> = {
  text: 'text',
  number: 'digit',
  amount: 'digit',
  'id-number': 'idcard',
  'credit-code': 'text',
  phone: 'number',
}

const MAX_LENGTH: Partial<Record<TextType, number>> = { 'id-number': 18, 'credit-code': 18, phone: 12, number: 15, amount: 15 }

const DEFAULT_PLACEHOLDER: Record<TextType, string> = {
  text: '请输入',
  textarea: '请输入',
  number: '请输入数字',
  amount: '0.00',
  'id-number': '18 位身份证号码',
  'credit-code': '18 位统一社会信用代码',
  phone: '手机号或带区号的固定电话',
}

/** Whole numbers and decimals as people type them, for number and amount. */
const NUMERIC = /^-?\d+(\.\d+)?$/

/** What the input shows: an amount answer kept as a number reads with its two decimals (12.5 → 12.50). */
function shown(type: TextType, value: LeafAnswer): string {
  if (value === null || typeof value === 'object') return ''
  if (type === 'amount' && typeof value === 'number') return value.toFixed(2)
  return String(value)
}

/**
 * Text-like fields. Numbers and amounts keep the typed text while the user types (「12.」 stays 「12.」) and become
 * numbers on blur when they are valid; ID numbers and credit codes are upper-cased as typed.
 */
export function TextInput({ field, value, onChange, onBlur, label }: { field: FormFieldDto; value: LeafAnswer; onChange: (v: LeafAnswer) => void; onBlur: () => void; label: string }) {
  const type = field.type as TextType
  const placeholder = field.placeholder ?? DEFAULT_PLACEHOLDER[type]
  const change = (text: string) => {
    const v = type === 'id-number' || type === 'credit-code' ? text.toUpperCase() : text
    onChange(v === '' ? null : v)
  }
  const blur = () => {
    if ((type === 'number' || type === 'amount') && typeof value === 'string' && NUMERIC.test(value.trim()) && !/\.\d{3,}$/.test(value.trim())) onChange(Number(value.trim()))
    onBlur()
  }
  if (type === 'textarea') {
    const text = shown(type, value)
    return (
      <View className='form-field__box form-field__box--area'>
        <Textarea
          className='form-field__textarea'
          value={text}
          maxlength={field.maxLength ?? 500}
          placeholder={placeholder}
          autoHeight
          onInput={(e) => change(e.detail.value)}
          onBlur={blur}
          aria-label={label}
        />
        <Text className='form-field__count'>{`${Array.from(text).length}/${field.maxLength ?? 500}`}</Text>
      </View>
    )
  }
  return (
    <View className='form-field__box'>
      <Input
        className='form-field__input'
        type={KEYBOARD[type]}
        value={shown(type, value)}
        maxlength={field.maxLength ?? MAX_LENGTH[type] ?? 100}
        placeholder={placeholder}
        onInput={(e) => change(e.detail.value)}
        onBlur={blur}
        aria-label={label}
      />
      {type === 'amount' ? <Text className='form-field__unit'>元</Text> : null}
    </View>
  )
}
