import { View, Text } from '@tarojs/components'
import { Icon } from '../../../components/icon'
import { ErrorLine } from './error-line'
import './index.scss'

export interface ChoiceOption<T> {
  value: T
  text: string
  /** Read aloud instead of the text, when the text alone is not clear */
  label?: string
}

interface ChoiceChipsProps<T> {
  title: string
  options: ChoiceOption<T>[]
  value: T | null
  onChange: (value: T) => void
  error?: string
  /** Chips a row in normal mode (elder mode takes two) */
  columns?: 2 | 3
}

/**
 * One choice among a few, as large word chips (radio buttons): a check mark and the border say which is chosen,
 * not only the colour.
 */
export function ChoiceChips<T extends string | number>({ title, options, value, onChange, error, columns = 3 }: ChoiceChipsProps<T>) {
  return (
    <View className='fb-field'>
      <Text className='fb-field__label'>{title}</Text>
      <View className={`fb-chips fb-chips--${columns}`} role='radiogroup' aria-label={title}>
        {options.map((o) => {
          const on = o.value === value
          return (
            <View
              key={String(o.value)}
              className={`fb-chip${on ? ' fb-chip--on' : ''}`}
              hoverClass='fb-chip--hover'
              onClick={() => onChange(o.value)}
              role='radio'
              aria-checked={on}
              aria-label={o.label ?? o.text}
            >
              {on ? <Icon name='check' className='fb-chip__check' /> : null}
              <Text className='fb-chip__text'>{o.text}</Text>
            </View>
          )
        })}
      </View>
      {error ? (
        <ErrorLine text={error} />
      ) : null}
    </View>
  )
}
