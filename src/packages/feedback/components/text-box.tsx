import { View, Text, Textarea } from '@tarojs/components'
import { ErrorLine } from './error-line'
import './index.scss'

interface TextBoxProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder: string
  max: number
  error?: string
  /** A line under the box (how many characters are needed) */
  hint?: string
}

/** A labelled multi-line box with its counter (「12/500」) and its own error line. */
export function TextBox({ label, value, onChange, placeholder, max, error, hint }: TextBoxProps) {
  const count = Array.from(value).length
  return (
    <View className='fb-field'>
      <Text className='fb-field__label'>{label}</Text>
      <Textarea
        className={`fb-textarea${error ? ' fb-textarea--error' : ''}`}
        value={value}
        // Taro's Textarea stops at 140 characters unless told otherwise
        maxlength={max}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
        aria-label={label}
      />
      <View className='fb-field__foot'>
        {error ? (
          <ErrorLine text={error} />
        ) : (
          <Text className='fb-field__hint'>{hint ?? ''}</Text>
        )}
        <Text className='fb-field__counter' aria-label={`已输入 ${count} 个字，最多 ${max} 个字`}>{`${count}/${max}`}</Text>
      </View>
    </View>
  )
}
