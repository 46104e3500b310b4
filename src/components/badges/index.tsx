import { View, Text } from '@tarojs/components'
import type { Badge } from '../../domain/catalog'
import './index.scss'

/** Word badges (零跑动, 全程网办, 即办件, 跨区域通办): colour supports the word, never replaces it. */
export function Badges({ badges, className }: { badges: Badge[]; className?: string }) {
  if (badges.length === 0) return null
  return (
    <View className={`tb-badges ${className ?? ''}`}>
      {badges.map((b) => (
        <Text key={b.text} className={`tb-badge tb-badge--${b.tone}`}>
          {b.text}
        </Text>
      ))}
    </View>
  )
}
