import { View, Text } from '@tarojs/components'
import type { LicenceDetailDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { LicenceStatus } from '../../../../components/licence-status'
import { LICENCE_STATUS_LABELS } from '../../../../domain/show-code'

/**
 * The licence's face (照面信息) drawn like the card it stands for: title and 发证机关 on top, the printed fields in
 * their order, then 可信等级 and the validity. The status is a word as well as a colour.
 */
export function LicenceFace({ licence: l, revealed }: { licence: LicenceDetailDto; revealed: boolean }) {
  return (
    <View className={`licence-face licence-face--${l.status}`} role='group' aria-label={`${l.type}，${LICENCE_STATUS_LABELS[l.status]}`}>
      <View className='licence-face__head'>
        <Icon name='id-card' className='licence-face__emblem' />
        <View className='licence-face__titles'>
          <Text className='licence-face__title'>{l.type}</Text>
          <Text className='licence-face__issuer'>{l.issuer}</Text>
        </View>
        <LicenceStatus status={l.status} />
      </View>
      <View className='licence-face__fields' role='list' aria-label='照面信息'>
        {l.face.map((f, i) => (
          <View key={`${f.label}-${i}`} className='licence-face__field' role='listitem' aria-label={`${f.label}：${f.value}${f.masked ? '（部分隐藏）' : ''}`}>
            <Text className='licence-face__label'>{f.label}</Text>
            <Text className='licence-face__value'>{f.value}</Text>
          </View>
        ))}
      </View>
      <View className='licence-face__foot'>
        <Text className='licence-face__trust'>{`可信等级 ${l.trustLevel}`}</Text>
        <Text className='licence-face__validity'>{`有效期 ${l.issuedAt} 至 ${l.validUntil ?? '长期'}`}</Text>
      </View>
      <Text className='licence-face__hint'>{revealed ? '正在显示完整信息，离开本页后自动隐藏' : '部分信息已隐藏，查看完整信息需本人刷脸'}</Text>
    </View>
  )
}
