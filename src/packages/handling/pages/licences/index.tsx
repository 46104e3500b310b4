import { View, Text } from '@tarojs/components'
import type { LicenceDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { PersonalList } from '../../components/personal-list'
import { LicenceStatus } from '../../../../components/licence-status'
import { LICENCE_STATUS_LABELS } from '../../../../domain/show-code'
import { spokenName } from '../../../../domain/spoken'
import { useLicences } from './use-licences'
import './index.scss'

interface CardProps {
  l: LicenceDto
  onOpen: (id: string) => void
  onApplication: (id: string) => void
}

/**
 * One licence in the wallet, drawn like the card it stands for. The card itself is the button that opens it
 * (named by everything it shows); the link to the issuing 办件 sits under it as its own button, never inside.
 */
function LicenceCard({ l, onOpen, onApplication }: CardProps) {
  const holder = l.holder
  const validity = `${l.issuedAt} 至 ${l.validUntil ?? '长期'}`
  const open = l.status === 'valid' ? '亮证 · 详情' : '详情'
  return (
    <View className={`licences__card licences__card--${l.status}`}>
      <View
        className='licences__main'
        hoverClass='licences__main--hover'
        onClick={() => onOpen(l.id)}
        role='button'
        aria-label={spokenName(l.type, l.issuer, LICENCE_STATUS_LABELS[l.status], `持证人 ${holder}`, `证照编号 ${l.number}`, `有效期 ${validity}`, open)}
      >
        <View className='licences__head'>
          <Icon name='id-card' className='licences__icon' />
          <View className='licences__titles'>
            <Text className='licences__type'>{l.type}</Text>
            <Text className='licences__issuer'>{l.issuer}</Text>
          </View>
          <LicenceStatus status={l.status} />
        </View>
        <View className='licences__body'>
          <View className='licences__pair'>
            <Text className='licences__label'>持证人</Text>
            <Text className='licences__value'>{holder}</Text>
          </View>
          <View className='licences__pair'>
            <Text className='licences__label'>证照编号</Text>
            <Text className='licences__value'>{l.number}</Text>
          </View>
          <View className='licences__pair'>
            <Text className='licences__label'>有效期</Text>
            <Text className='licences__value'>{validity}</Text>
          </View>
        </View>
        <View className='licences__foot'>
          <Text>{open}</Text>
          <Icon name='chevron-right' />
        </View>
      </View>
      {l.applicationId ? (
        <View
          className='licences__source'
          hoverClass='licences__source--hover'
          onClick={() => onApplication(l.applicationId!)}
          role='button'
          aria-label={`由办件签发 · 查看${l.type}的办件`}
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
          <View key={l.id} role='listitem'>
            <LicenceCard l={l} onOpen={s.openLicence} onApplication={s.openApplication} />
          </View>
        ))}
      </View>
    </PersonalList>
  )
}
