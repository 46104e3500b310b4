import { View } from '@tarojs/components'
import type { Mode } from '../../api/contract/config'
import { Icon } from '../icon'
import './index.scss'

const OPTIONS: Array<{ id: Mode; label: string; icon: string }> = [
  { id: 'personal', label: '个人', icon: 'user' },
  { id: 'enterprise', label: '法人', icon: 'building' },
]

/** 个人 / 法人 segmented switch (随申办's dual interface). */
export function ModeSwitch({ value, onChange }: { value: Mode; onChange: (mode: Mode) => void }) {
  return (
    <View className='tb-mode-switch' role='tablist'>
      {OPTIONS.map((o) => (
        <View
          key={o.id}
          className={`tb-mode-switch__item${o.id === value ? ' tb-mode-switch__item--active' : ''}`}
          onClick={() => o.id !== value && onChange(o.id)}
          role='tab'
          aria-selected={o.id === value}
        >
          <Icon name={o.icon} className='tb-mode-switch__icon' />
          {o.label}
        </View>
      ))}
    </View>
  )
}
