import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Icon } from '../icon'
import './index.scss'

interface CellProps {
  icon?: string
  title: string
  /** Secondary line under the title */
  description?: string
  /** Right-hand content, e.g. a value or a SwitchMark */
  extra?: ReactNode
  arrow?: boolean
  onClick?: () => void
  /**
   * A row that turns a setting on and off: the whole row is the switch (role='switch', aria-checked), so the
   * mark in `extra` is only a picture and no control sits inside another.
   */
  checked?: boolean
}

/** A list row with a touch target of at least var(--tb-touch). */
export function Cell({ icon, title, description, extra, arrow, onClick, checked }: CellProps) {
  const toggle = checked !== undefined
  return (
    // The handler stays bound even without onClick: adding or removing a node's only handler on an update
    // breaks Taro's mini-program runtime (it re-aliases the node), e.g. when 实名认证 turns a row read-only.
    // hoverClass 'none' marks such a row as not tappable (the a11y walk reads it so).
    <View
      className='tb-cell'
      hoverClass={onClick ? 'tb-cell--hover' : 'none'}
      onClick={() => onClick?.()}
      role={onClick ? (toggle ? 'switch' : 'button') : undefined}
      aria-checked={toggle ? checked : undefined}
    >
      {icon ? <Icon name={icon} className='tb-cell__icon' /> : null}
      <View className='tb-cell__body'>
        <Text className='tb-cell__title'>{title}</Text>
        {description ? <Text className='tb-cell__description'>{description}</Text> : null}
      </View>
      {extra !== undefined ? <View className='tb-cell__extra'>{extra}</View> : null}
      {arrow ? <Icon name='chevron-right' className='tb-cell__arrow' /> : null}
    </View>
  )
}
