import { View } from '@tarojs/components'
import { isIconName, type IconName } from './icon-names'

interface IconProps {
  name: IconName | string
  /** CSS size (inherits the font size by default) */
  size?: string
  color?: string
  className?: string
}

/** A line icon drawn as a CSS mask (see icons.generated.scss); unknown names fall back to `grid`. */
export function Icon({ name, size, color, className }: IconProps) {
  const known = isIconName(name) ? name : 'grid'
  const style = { ...(size ? { fontSize: size } : {}), ...(color ? { color } : {}) }
  return <View className={`tb-icon tb-icon--${known}${className ? ` ${className}` : ''}`} style={style} aria-hidden />
}
