import { View, Text } from '@tarojs/components'
import { Icon } from '../icon'
import './index.scss'

/** The current region on a chip; tapping it opens the region picker. */
export function RegionChip({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <View className='tb-region-chip' hoverClass='tb-region-chip--hover' onClick={onClick} role='button' aria-label={`当前地区 ${label}，点击切换`}>
      <Icon name='location' />
      <Text className='tb-region-chip__label'>{label}</Text>
      <Icon name='chevron-down' />
    </View>
  )
}
