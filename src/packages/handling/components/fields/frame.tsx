import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Icon } from '../../../../components/icon'

/** Where a prefilled value came from (「来自实名认证」) and whether the user may change it. */
export interface SourceNote {
  text: string
  editable: boolean
}

interface FrameProps {
  label: string
  required: boolean
  help?: string
  source?: SourceNote | null
  error?: string | null
  /** Anchor of the field, for jumping to it from the error summary */
  anchor?: string
  children: ReactNode
}

/**
 * A field's label, control, source, help and error, in that order. Optional fields say 选填 in words, and an error
 * is a sentence under the field (the red border only repeats it).
 */
export function FieldFrame({ label, required, help, source, error, anchor, children }: FrameProps) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`} id={anchor}>
      <View className='form-field__head'>
        <Text className='form-field__label'>{label}</Text>
        {required ? null : <Text className='form-field__optional'>选填</Text>}
      </View>
      {children}
      {source ? (
        <View className='form-field__source'>
          <Icon name='shield' className='form-field__source-icon' />
          <Text>{source.text}</Text>
          <Text className='form-field__source-edit'>{source.editable ? '可修改' : '不可修改'}</Text>
        </View>
      ) : null}
      {help ? <Text className='form-field__help'>{help}</Text> : null}
      {error ? (
        <View className='form-field__error' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  )
}

/**
 * A value the user cannot change here: a prefilled fixed value, or one the system fills at submission. Its words say
 * so; no aria-readonly, which belongs to form roles (textbox, grid …), not to a box of text (axe aria-allowed-attr).
 */
export function ReadOnlyBox({ label, text, action }: { label: string; text: string; action?: { text: string; run: () => void } }) {
  return (
    <View className='form-field__box form-field__box--readonly' aria-label={`${label}：${text}`}>
      <Text className='form-field__readonly-text'>{text}</Text>
      {action ? (
        <View className='form-field__link' hoverClass='form-field__link--hover' onClick={action.run} role='button' aria-label={`${label}${action.text}`}>
          <Text>{action.text}</Text>
        </View>
      ) : null}
    </View>
  )
}
