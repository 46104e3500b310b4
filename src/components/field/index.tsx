import { View, Text, Input } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Icon } from '../icon'
import './index.scss'

interface FieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** Chinese message under the field; the border turns red */
  error?: string | null
  type?: 'text' | 'number' | 'idcard'
  maxlength?: number
  icon?: string
  name?: string
  /** Right-hand action, e.g. 获取验证码 */
  extra?: ReactNode
}

/** A labelled input with its own error line: the one form field of every Tongban form. */
export function Field({ label, value, onChange, placeholder, error, type = 'text', maxlength, icon, name, extra }: FieldProps) {
  return (
    <View className='tb-field'>
      <Text className='tb-field__label'>{label}</Text>
      <View className={`tb-field__box${error ? ' tb-field__box--error' : ''}`}>
        {icon ? <Icon name={icon} className='tb-field__icon' /> : null}
        <Input
          className='tb-field__input'
          type={type}
          maxlength={maxlength}
          placeholder={placeholder}
          value={value}
          onInput={(e) => onChange(e.detail.value)}
          aria-label={label}
          name={name}
        />
        {extra}
      </View>
      {error ? <Text className='tb-field__error'>{error}</Text> : null}
    </View>
  )
}
