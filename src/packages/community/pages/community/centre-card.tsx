import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { CentreDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { distanceText } from '../../../../domain/distance'
import type { Community } from './use-community'

/** A small button of a centre: at least the touch size, named with the centre it acts on. */
function Action({ text, label, onClick }: { text: string; label: string; onClick: () => void }) {
  return (
    <View className='community__action' hoverClass='community__action--hover' onClick={onClick} role='button' aria-label={label}>
      <Text>{text}</Text>
    </View>
  )
}

function Line({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <View className='community__line'>
      <Text className='community__line-label'>{label}</Text>
      <Text className='community__line-value'>{value}</Text>
      {children}
    </View>
  )
}

/** 社区事务受理服务中心 / 行政服务中心: name, address (复制地址), hours, 延时服务 and 拨打电话. */
export function CentreCard({ centre, c }: { centre: CentreDto; c: Community }) {
  return (
    <View className='tb-card community__centre' role='group' aria-label={centre.name}>
      <View className='community__centre-head'>
        <Icon name={centre.kind === 'street' ? 'house' : 'landmark'} className='community__centre-icon' />
        <Text className='community__centre-name'>{centre.name}</Text>
        {centre.distanceM !== null ? <Text className='community__distance'>{distanceText(centre.distanceM)}</Text> : null}
      </View>
      <Line label='服务范围' value={centre.servesName} />
      <Line label='地址' value={centre.address}>
        <Action text='复制地址' label={`复制地址 ${centre.address}`} onClick={() => c.copyAddress(centre.address)} />
      </Line>
      <Line label='办公时间' value={centre.hours} />
      {centre.extraHours ? <Line label='延时服务' value={centre.extraHours} /> : null}
      <Line label='电话' value={centre.phone}>
        <Action text='拨打电话' label={`拨打电话，${centre.name} ${centre.phone}`} onClick={() => c.call(centre.phone)} />
      </Line>
    </View>
  )
}

/** One of 附近的服务中心: the street it serves, its address and (by distance) how far; a call away. */
export function NearbyRow({ centre, c }: { centre: CentreDto; c: Community }) {
  const distance = centre.distanceM === null ? null : distanceText(centre.distanceM)
  return (
    <View className='community__nearby' role='listitem' aria-label={`${centre.name}${distance ? `，距您 ${distance}` : ''}`}>
      <View className='community__nearby-text'>
        <View className='community__nearby-head'>
          <Text className='community__nearby-name'>{centre.name}</Text>
          {distance ? <Text className='community__distance'>{distance}</Text> : null}
        </View>
        <Text className='community__nearby-line'>{centre.address}</Text>
        <Text className='community__nearby-line'>{`办公时间：${centre.hours}`}</Text>
      </View>
      <View
        className='community__call'
        hoverClass='community__action--hover'
        onClick={() => c.call(centre.phone)}
        role='button'
        aria-label={`拨打${centre.name}电话 ${centre.phone}`}
      >
        <Icon name='phone' />
      </View>
    </View>
  )
}
