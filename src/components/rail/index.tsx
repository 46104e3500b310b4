import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/** The dot's colour: an entry passed (muted), the current or a recorded one (accent), a success (success) */
export type RailDot = 'muted' | 'accent' | 'success'

interface RailEntryProps {
  dot: RailDot
  /** The last entry draws no line down */
  last: boolean
  className?: string
  children: ReactNode
}

/**
 * One entry of a vertical timeline (办理进度, 用证记录, 咨询投诉进度): a dot on a rail, a line down to the next
 * entry, and the entry's content. Put entries in a View with role='list'; the dot's colour is never the only
 * signal, so say the state in the content too.
 */
export function RailEntry({ dot, last, className, children }: RailEntryProps) {
  return (
    <View className={`tb-rail${className ? ` ${className}` : ''}`} role='listitem'>
      <View className='tb-rail__track'>
        <View className={`tb-rail__dot tb-rail__dot--${dot}`} />
        {last ? null : <View className='tb-rail__line' />}
      </View>
      <View className='tb-rail__body'>{children}</View>
    </View>
  )
}
