import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { anchorId, type SectionId } from './use-guide'

/**
 * One titled section of the guide. The anchor sits above the title by the height of the sticky chips, so a
 * jump lands with the title in view rather than under them.
 */
export function Section({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  return (
    <View className='guide__section'>
      <View id={anchorId(id)} className='guide__anchor' />
      <View className='tb-section-title' role='heading' aria-level={2}>
        <Text>{title}</Text>
      </View>
      <View className='tb-card guide__card'>{children}</View>
    </View>
  )
}

/** A label and its value; long values wrap under the label's column. */
export function Row({ label, value, children }: { label: string; value?: string; children?: ReactNode }) {
  return (
    <View className='guide__row'>
      <Text className='guide__row-label'>{label}</Text>
      <View className='guide__row-value'>
        {value !== undefined ? <Text>{value}</Text> : null}
        {children}
      </View>
    </View>
  )
}
