import { View } from '@tarojs/components'
import './index.scss'

/**
 * The picture of an on/off switch, drawn the same on every host (the native <Switch> differs per host and, on
 * H5, is a 52 × 32 px checkbox without a name). Not a control itself: the row around it is the switch (see
 * Cell's `checked`), so the whole row is the touch target.
 */
export function SwitchMark({ on }: { on: boolean }) {
  return (
    <View className={`tb-switch-mark${on ? ' tb-switch-mark--on' : ''}`} aria-hidden>
      <View className='tb-switch-mark__knob' />
    </View>
  )
}
