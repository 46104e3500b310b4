import { View, Text } from '@tarojs/components'
import { Icon } from '../../../../components/icon'
import './index.scss'

interface ChipProps {
  label: string
  /** A toggle or choice that is on: shown filled, announced as pressed */
  active?: boolean
  onClick: () => void
}

/**
 * A filter, sort or suggestion chip. When on it is filled and ticked (colour is never the only signal). The tap
 * handler is always bound, whatever the state.
 */
export function Chip({ label, active, onClick }: ChipProps) {
  return (
    <View
      className={`catalog-chip${active ? ' catalog-chip--active' : ''}`}
      hoverClass='catalog-chip--hover'
      onClick={onClick}
      role='button'
      aria-pressed={active}
    >
      {active ? <Icon name='check' className='catalog-chip__check' /> : null}
      <Text>{label}</Text>
    </View>
  )
}
