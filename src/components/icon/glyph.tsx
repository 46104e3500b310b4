import type { CSSProperties } from 'react'
import { View } from '@tarojs/components'
import type { IconName } from './icon-names'
import './icons.generated.scss'

export interface GlyphProps {
  name: IconName
  className: string
  style: CSSProperties
}

/**
 * Mini-programs: a View painted in the text colour through a CSS mask (icons.generated.scss); the hosts have no
 * inline `<svg>`. Taro builds glyph.h5.tsx for the browser instead.
 */
export function Glyph({ className, style }: GlyphProps) {
  return <View className={className} style={style} aria-hidden />
}
