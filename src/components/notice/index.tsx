import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Icon } from '../icon'
import './index.scss'

/** A calm inline message: info (blue), success (green), warning (amber) or error (red). Never a pop-up. */
export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: ReactNode }) {
  const icon = { info: 'info', success: 'check', warning: 'info', error: 'close' }[tone]
  return (
    <View className={`tb-notice tb-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={icon} className='tb-notice__icon' />
      <View className='tb-notice__body'>
        {title ? <Text className='tb-notice__title'>{title}</Text> : null}
        {children ? <Text className='tb-notice__text'>{children}</Text> : null}
      </View>
    </View>
  )
}
