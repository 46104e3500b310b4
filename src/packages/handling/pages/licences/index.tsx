import { View, Text } from '@tarojs/components'
import type { LicenceDto } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { Icon } from '../../../../components/icon'
import { LICENCE_STATUS, useLicences } from './use-licences'
import { PersonalList } from '../../components/personal-list'
import './index.scss'

function LicenceCard({ l, onApplication }: { l: LicenceDto; onApplication: (id: string) => void }) {
  const status = LICENCE_STATUS[l.status]
  return (
    <View className='tb-card licences__card' role='listitem'>
      <View className='licences__head'>
        <Icon name='id-card' className='licences__icon' />
        <Text className='licences__type'>{l.type}</Text>
        <Badges badges={[{ text: status.text, tone: status.tone }]} />
      </View>
      <View className='licences__pair'>
        <Text className='licences__label'>证照编号</Text>
        <Text className='licences__value'>{l.number}</Text>
      </View>
      <View className='licences__pair'>
        <Text className='licences__label'>持证人</Text>
        <Text className='licences__value'>{l.holder}</Text>
      </View>
      <View className='licences__pair'>
        <Text className='licences__label'>发证机关</Text>
        <Text className='licences__value'>{l.issuer}</Text>
      </View>
      <View className='licences__pair'>
        <Text className='licences__label'>有效期</Text>
        <Text className='licences__value'>{`${l.issuedAt} 至 ${l.validUntil ?? '长期'}`}</Text>
      </View>
      {l.applicationId ? (
        <View
          className='licences__source'
          hoverClass='licences__source--hover'
          onClick={() => onApplication(l.applicationId!)}
          role='button'
          aria-label={`由办件签发，查看${l.type}的办件`}
        >
          <Text>由办件签发 · 查看办件</Text>
          <Icon name='chevron-right' />
        </View>
      ) : null}
    </View>
  )
}

export default function Licences() {
  const s = useLicences()
  return (
    <PersonalList
      className='licences'
      state={{ signedIn: s.signedIn, signingIn: s.signingIn, loading: s.loading, error: s.error, empty: s.licences.length === 0 }}
      signedOut={{ title: '登录后查看我的证照', description: '办结签发的电子证照会保存在这里', onSignIn: s.openLogin }}
      errorTitle='暂时无法加载证照'
      onRetry={s.retry}
      empty={{ icon: 'id-card', title: '暂无电子证照', description: '办结的办件签发电子证照后，会出现在这里', onBrowse: s.browse }}
      rows={3}
    >
      <View role='list' aria-label='我的电子证照'>
        {s.licences.map((l) => (
          <LicenceCard key={l.id} l={l} onApplication={s.openApplication} />
        ))}
      </View>
    </PersonalList>
  )
}
