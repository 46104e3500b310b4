import { View, Text } from '@tarojs/components'
import type { ItemDetailDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { SafeRichText } from '../../../../components/rich-text'
import { CHANNEL_LABEL, ITEM_KIND_LABEL, ITEM_TYPE_LABEL, LEVEL_LABEL, STEP_LABEL, formatLimit } from '../../../../domain/catalog'
import { richTextPlain } from '../../../../domain/rich-text'
import { Row, Section } from './section'
import type { Guide } from './use-guide'

const AUDIENCE_LABEL = { personal: '自然人', enterprise: '法人' } as const
const RESULT_KIND_LABEL = { licence: '证照', approval: '批文', other: '其他' } as const

/** 通办范围 in words; 跨区域通办 names its regions. */
function scopeText(item: ItemDetailDto, regionNames: string[]) {
  if (item.scope === 'local') return `仅限${item.regionName}办理`
  if (item.scope === 'city') return '全市通办'
  return regionNames.length ? `跨区域通办：${regionNames.join('、')}` : '跨区域通办'
}

export function BasicInfo({ g, item }: { g: Guide; item: ItemDetailDto }) {
  return (
    <Section id='basic' title='基本信息'>
      <Row label='事项类型' value={ITEM_TYPE_LABEL[item.type]} />
      {item.aliases.length ? <Row label='又称' value={item.aliases.join('、')} /> : null}
      <Row label='基本编码' value={item.baseCode} />
      <Row label='实施编码' value={item.implementationCode} />
      <Row label='办理对象' value={item.audiences.map((a) => AUDIENCE_LABEL[a]).join('、')} />
      <Row label='办件类型' value={ITEM_KIND_LABEL[item.kind]} />
      <Row label='行使层级' value={LEVEL_LABEL[item.level]} />
      <Row label='通办范围' value={scopeText(item, g.scopeRegionNames)} />
      <Row label='办理形式' value={item.channels.map((c) => CHANNEL_LABEL[c]).join('、')} />
      {item.visitReason ? <Row label='到现场原因' value={item.visitReason} /> : null}
      <Row label='可否预约' value={item.bookable ? '可以预约' : '不提供预约'} />
      <Row label='可否邮寄' value={item.mailable ? '结果可邮寄送达' : '不提供邮寄，需到现场领取'} />
      <Row label='事项版本' value={item.version} />
    </Section>
  )
}

export function Conditions({ item }: { item: ItemDetailDto }) {
  return (
    <Section id='conditions' title='受理条件'>
      {richTextPlain(item.conditions) ? <SafeRichText html={item.conditions} /> : <Text className='tb-muted'>无特别受理条件</Text>}
    </Section>
  )
}

/** 办理流程 as a vertical timeline: each step's name, who does it, and how long it takes. */
export function Process({ item }: { item: ItemDetailDto }) {
  return (
    <Section id='process' title='办理流程'>
      <View className='guide__steps' role='list'>
        {item.process.map((step, i) => (
          <View key={`${step.code}-${i}`} className='guide__step' role='listitem'>
            <View className='guide__step-rail'>
              <Text className='guide__step-dot'>{i + 1}</Text>
              <View className='guide__step-line' />
            </View>
            <View className='guide__step-body'>
              <View className='guide__step-head'>
                <Text className='guide__step-name'>{step.name}</Text>
                {step.name !== STEP_LABEL[step.code] ? <Text className='guide__step-code'>{STEP_LABEL[step.code]}</Text> : null}
              </View>
              <Text className='guide__step-meta'>
                {step.department} · {step.days === 0 ? '当日完成' : `${step.days} 个工作日`}
              </Text>
              {step.description ? <Text className='guide__step-text'>{step.description}</Text> : null}
            </View>
          </View>
        ))}
      </View>
    </Section>
  )
}

export function Limits({ item }: { item: ItemDetailDto }) {
  return (
    <Section id='limits' title='办理时限'>
      <Row label='法定办结时限' value={formatLimit(item.legalLimit)}>
        {item.legalLimit.note ? <Text className='guide__note'>{item.legalLimit.note}</Text> : null}
      </Row>
      <Row label='承诺办结时限' value={formatLimit(item.promisedLimit)}>
        {item.promisedLimit.note ? <Text className='guide__note'>{item.promisedLimit.note}</Text> : null}
      </Row>
    </Section>
  )
}

/** 收费标准: free, or each fee with its standard, basis and whether it can be reduced. */
export function Fees({ item }: { item: ItemDetailDto }) {
  const { fees } = item
  return (
    <Section id='fees' title='收费标准'>
      {fees.free || fees.items.length === 0 ? (
        <View className='guide__free'>
          <Icon name='check' className='guide__free-icon' />
          <Text>本事项不收费</Text>
        </View>
      ) : (
        <View className='guide__fee-table'>
          {fees.items.map((fee) => (
            <View key={fee.name} className='guide__fee'>
              <Text className='guide__fee-name'>{fee.name}</Text>
              <Row label='收费标准' value={fee.standard} />
              <Row label='收费依据' value={fee.basis} />
              <Row label='减免' value={fee.reducible ? '可申请减免' : '不可减免'} />
              {fee.note ? <Row label='说明' value={fee.note} /> : null}
            </View>
          ))}
          <Text className='guide__fee-pay'>{fees.onlinePayment ? '支持网上支付' : '暂不支持网上支付，请在办理现场缴纳'}</Text>
        </View>
      )}
    </Section>
  )
}

export function Result({ g, item }: { g: Guide; item: ItemDetailDto }) {
  const sample = item.result.sample
  return (
    <Section id='result' title='审批结果'>
      <Row label='结果类型' value={RESULT_KIND_LABEL[item.result.kind]} />
      <Row label='结果名称' value={item.result.name} />
      {sample ? (
        <View className='guide__link' hoverClass='guide__link--hover' onClick={() => g.copy(sample, '链接已复制')} role='button' aria-label='复制结果样本链接'>
          <Icon name='file' />
          <Text>结果样本 · 复制链接</Text>
        </View>
      ) : null}
    </Section>
  )
}
