import { View, Text } from '@tarojs/components'
import type { ItemSummaryDto } from '../../api/contract'
import { highlightRuns, itemBadges, usageLabel } from '../../domain/catalog'
import { Badges } from '../badges'
import './index.scss'

interface ItemRowProps {
  item: ItemSummaryDto
  onOpen: (item: ItemSummaryDto) => void
  /** [start, end) ranges of the name to highlight (search) */
  highlights?: readonly (readonly [number, number])[]
  /** A line under the department, e.g. 推荐理由 or 「别名：领证」 */
  note?: string | null
  /** Fixed height for virtual lists (name clamped to two lines) */
  fixed?: boolean
}

/**
 * One item in any list (home sections, 办事, search, a store): name, 实施主体 · region, badges, how many
 * people used it. The whole row is one button named after the item, then everything else it shows.
 */
export function ItemRow({ item, onOpen, highlights, note, fixed }: ItemRowProps) {
  const runs = highlights?.length ? highlightRuns(item.name, highlights) : [{ text: item.name, hit: false }]
  const badges = itemBadges(item)
  const usage = usageLabel(item.usageCount)
  return (
    <View
      className={`tb-item-row${fixed ? ' tb-item-row--fixed' : ''}`}
      hoverClass='tb-item-row--hover'
      onClick={() => onOpen(item)}
      role='button'
      // Everything the row shows, in order: a spoken name that contains the visible words (WCAG 2.5.3).
      aria-label={[item.name, item.department.name, note, ...badges.map((b) => b.text), usage].filter(Boolean).join('，')}
    >
      <View className='tb-item-row__main'>
        <Text className='tb-item-row__name'>
          {runs.map((r, i) =>
            r.hit ? (
              <Text key={i} className='tb-item-row__hit'>
                {r.text}
              </Text>
            ) : (
              r.text
            ),
          )}
        </Text>
        <Text className='tb-item-row__meta'>{item.department.name}</Text>
        {note ? <Text className='tb-item-row__note'>{note}</Text> : null}
        <View className='tb-item-row__foot'>
          <Badges badges={badges} />
          <Text className='tb-item-row__usage'>{usage}</Text>
        </View>
      </View>
    </View>
  )
}
