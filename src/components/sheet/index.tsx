import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

interface SheetProps {
  /** The sheet's heading, also its accessible name */
  title: string
  /** What tapping outside the panel does, for screen readers (取消撤回, 取消亮证) */
  closeLabel: string
  onClose: () => void
  children: ReactNode
}

/**
 * A bottom sheet drawn in the page, for choices the hosts' own modals and action sheets cannot hold (a text
 * field, a second line of explanation). The mask closes it; `catchMove` keeps the page behind from scrolling.
 */
export function Sheet({ title, closeLabel, onClose, children }: SheetProps) {
  return (
    <View className='tb-sheet' role='dialog' aria-modal aria-label={title}>
      <View className='tb-sheet__mask' onClick={onClose} role='button' aria-label={closeLabel} catchMove />
      <View className='tb-sheet__panel'>
        <Text className='tb-sheet__title'>{title}</Text>
        {children}
      </View>
    </View>
  )
}
