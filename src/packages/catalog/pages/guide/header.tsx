import { View, Text } from '@tarojs/components'
import type { ItemDetailDto } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { Icon } from '../../../../components/icon'
import { DEPTH_LABEL, LEVEL_LABEL, formatLimit, itemBadges, usageLabel, visitsLabel } from '../../../../domain/catalog'
import type { Guide } from './use-guide'

/** 好差评: 「4.8 分」 with how many rated, or 「暂无评价」 */
const ratingOf = (rating: ItemDetailDto['rating']) =>
  rating.count > 0 ? { value: `${rating.score.toFixed(1)} 分`, note: `${rating.count} 人评价` } : { value: '暂无评价', note: '' }

/** Name, 实施主体 (opens its 旗舰店), where and at which level, badges, and the facts people decide by. */
export function GuideHeader({ g, item }: { g: Guide; item: ItemDetailDto }) {
  const rating = ratingOf(item.rating)
  const facts = [
    { label: '承诺时限', value: formatLimit(item.promisedLimit) },
    { label: '到现场次数', value: visitsLabel(item.visits) },
    { label: '收费', value: item.fees.free ? '免费' : '需缴费', note: item.fees.free ? undefined : item.fees.items.length === 1 ? item.fees.items[0].standard : `${item.fees.items.length} 项收费` },
    { label: '网办深度', value: DEPTH_LABEL[item.onlineDepth]?.split(' · ')[0] ?? `${item.onlineDepth} 级`, note: DEPTH_LABEL[item.onlineDepth]?.split(' · ')[1] },
    { label: '办理热度', value: usageLabel(item.usageCount) },
    { label: '好差评', value: rating.value, note: rating.note },
  ]
  return (
    <View className='tb-card guide__header'>
      <Text className='guide__name'>{item.name}</Text>
      <View
        className='guide__department'
        hoverClass='guide__department--hover'
        onClick={g.openDepartment}
        role='button'
        aria-label={`实施主体 ${item.department.name}，查看部门旗舰店`}
      >
        <Icon name='building' className='guide__department-icon' />
        <Text className='guide__department-name'>{item.department.name}</Text>
        <Icon name='chevron-right' className='guide__department-arrow' />
      </View>
      <Text className='guide__place'>
        {item.regionName} · {LEVEL_LABEL[item.level]}
      </Text>
      <Badges badges={itemBadges(item)} className='guide__badges' />
      <View className='guide__facts'>
        {facts.map((f) => (
          <View key={f.label} className='guide__fact'>
            <Text className='guide__fact-label'>{f.label}</Text>
            <Text className='guide__fact-value'>{f.value}</Text>
            {f.note ? <Text className='guide__fact-note'>{f.note}</Text> : null}
          </View>
        ))}
      </View>
    </View>
  )
}
