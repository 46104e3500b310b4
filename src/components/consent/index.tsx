import { View, Text } from '@tarojs/components'
import { Icon } from '../icon'
import './index.scss'

/** An explicit "I agree" checkbox with its own error line (never pre-ticked). */
export function Consent({ checked, onToggle, label, error }: { checked: boolean; onToggle: () => void; label: string; error?: string | null }) {
  return (
    <View>
      <View className='tb-consent' onClick={onToggle} role='checkbox' aria-checked={checked}>
        <View className={`tb-consent__box${checked ? ' tb-consent__box--on' : ''}`}>{checked ? <Icon name='check' /> : null}</View>
        <Text className='tb-consent__label'>{label}</Text>
      </View>
      {error ? <Text className='tb-consent__error'>{error}</Text> : null}
    </View>
  )
}
