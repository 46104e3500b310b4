import { View, Text } from '@tarojs/components'
import type { VerificationDto } from '../../../../api/contract'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { LICENCE_PURPOSE_LABELS } from '../../../../domain/show-code'
import { beijingTime } from '../../time'
import type { Outcome } from './outcome'

function Pair({ label, value }: { label: string; value: string }) {
  return (
    <View className='verify__pair'>
      <Text className='verify__pair-label'>{label}</Text>
      <Text className='verify__pair-value'>{value}</Text>
    </View>
  )
}

function Verified({ v }: { v: VerificationDto }) {
  return (
    <View className='tb-card verify__result verify__result--ok'>
      <View className='verify__result-head'>
        <Icon name='check' className='verify__result-icon' />
        <Text className='verify__result-title'>{`核验通过 · ${LICENCE_PURPOSE_LABELS[v.purpose]}`}</Text>
      </View>
      <Pair label='持证人' value={v.holder.nameMasked} />
      <Pair label='证件号码' value={v.holder.idNumberMasked} />
      <Pair label='证照' value={v.licence.type} />
      <Pair label='发证机关' value={v.licence.issuer} />
      <Pair label='有效期至' value={v.licence.validUntil ?? '长期'} />
      <Pair label='可信等级' value={v.licence.trustLevel} />
      <Pair label='核验时间' value={beijingTime(v.verifiedAt)} />
      {v.fields.length ? (
        <View className='verify__disclosed' role='list' aria-label='持证人出示的信息'>
          <Text className='verify__subtitle'>出示的信息</Text>
          {v.fields.map((f, i) => (
            <View key={`${f.label}-${i}`} role='listitem'>
              <Pair label={f.label} value={f.value} />
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}

/** The verdict of one 核验, announced to screen readers as it arrives (role alert), success or refusal alike. */
export function ResultCard({ outcome, busy, onRetry }: { outcome: Outcome; busy: boolean; onRetry: () => void }) {
  return (
    <View role='alert' aria-live='assertive'>
      {outcome.kind === 'verified' ? (
        <Verified v={outcome.verification} />
      ) : (
        <View className='tb-card verify__result verify__result--refused'>
          <View className='verify__result-head'>
            <Icon name={outcome.icon} className='verify__result-icon' />
            <Text className='verify__result-title'>{`${outcome.verdict}：${outcome.title}`}</Text>
          </View>
          <Text className='verify__result-text'>{outcome.message}</Text>
          {outcome.retry ? (
            <Button variant='ghost' loading={busy} onClick={onRetry} className='verify__result-action'>
              重新核验
            </Button>
          ) : null}
        </View>
      )}
    </View>
  )
}
