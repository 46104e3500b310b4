import { View, Text } from '@tarojs/components'
import type { ItemDetailDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { SafeRichText } from '../../../../components/rich-text'
import { Row, Section } from './section'
import type { Guide } from './use-guide'

/** Longer legal texts start folded to three lines. */
const LONG_LEGAL_TEXT = 60

function PhoneRow({ g, label, phone }: { g: Guide; label: string; phone: string }) {
  return (
    <View className='guide__phone' hoverClass='guide__phone--hover' onClick={() => g.call(phone)} role='button' aria-label={`拨打${label} ${phone}`}>
      <Icon name='phone' className='guide__phone-icon' />
      <Text className='guide__phone-label'>{label}</Text>
      <Text className='guide__phone-number'>{phone}</Text>
      <Icon name='chevron-right' className='guide__phone-arrow' />
    </View>
  )
}

/** 办理地点 with hours and directions, then the 咨询 and 投诉 numbers, and both online. */
export function Locations({ g, item }: { g: Guide; item: ItemDetailDto }) {
  return (
    <Section id='locations' title='办理地点'>
      {item.locations.map((place, i) => (
        <View key={`${place.name}-${i}`} className='guide__place-card'>
          <Text className='guide__place-name'>{place.name}</Text>
          <Row label='地址' value={place.address}>
            <View className='guide__copy' hoverClass='guide__copy--hover' onClick={() => g.copy(place.address, '地址已复制')} role='button' aria-label={`复制地址 ${place.address}`}>
              <Text>复制地址</Text>
            </View>
          </Row>
          <Row label='办理时间' value={place.hours} />
          {place.transport ? <Row label='交通指引' value={place.transport} /> : null}
        </View>
      ))}
      <View className='guide__phones'>
        <PhoneRow g={g} label='咨询电话' phone={item.consultPhone} />
        <PhoneRow g={g} label='投诉电话' phone={item.complaintPhone} />
      </View>
      <View className='guide__feedback'>
        <View className='guide__feedback-action' hoverClass='guide__feedback-action--hover' onClick={g.consult} role='button' aria-label={`在线咨询：${item.name}`}>
          <Icon name='message' className='guide__feedback-icon' />
          <Text>在线咨询</Text>
        </View>
        <View className='guide__feedback-action' hoverClass='guide__feedback-action--hover' onClick={g.complain} role='button' aria-label={`在线投诉：${item.name}`}>
          <Icon name='info' className='guide__feedback-icon' />
          <Text>在线投诉</Text>
        </View>
      </View>
    </Section>
  )
}

/** 设定依据: the law and article, with the text folded when long. */
export function LegalBasis({ g, item }: { g: Guide; item: ItemDetailDto }) {
  return (
    <Section id='legal' title='设定依据'>
      {item.legalBasis.map((basis, i) => {
        const key = `legal-${i}`
        const long = basis.text.length > LONG_LEGAL_TEXT
        const open = g.isExpanded(key)
        return (
          <View key={key} className='guide__legal'>
            <Text className='guide__legal-law'>
              {basis.law}
              {basis.article}
            </Text>
            {basis.text ? <Text className={`guide__legal-text${long && !open ? ' guide__legal-text--folded' : ''}`}>{basis.text}</Text> : null}
            {long ? (
              <View className='guide__more' onClick={() => g.toggle(key)} role='button' aria-expanded={open} aria-label={`${open ? '收起' : '展开'}${basis.law}${basis.article}全文`}>
                <Text>{open ? '收起' : '展开全文'}</Text>
                <Icon name='chevron-down' className={`guide__more-icon${open ? ' guide__more-icon--open' : ''}`} />
              </View>
            ) : null}
          </View>
        )
      })}
    </Section>
  )
}

/** 常见问题 as an accordion; answers are server rich text, sanitised. */
export function Faq({ g, item }: { g: Guide; item: ItemDetailDto }) {
  if (item.faq.length === 0) return null
  return (
    <Section id='faq' title='常见问题'>
      {item.faq.map((qa, i) => {
        const key = `faq-${i}`
        const open = g.isExpanded(key)
        return (
          <View key={key} className='guide__faq'>
            <View className='guide__faq-question' hoverClass='guide__faq-question--hover' onClick={() => g.toggle(key)} role='button' aria-expanded={open} aria-label={qa.question}>
              <Text className='guide__faq-mark'>问</Text>
              <Text className='guide__faq-text'>{qa.question}</Text>
              <Icon name='chevron-down' className={`guide__more-icon${open ? ' guide__more-icon--open' : ''}`} />
            </View>
            {open ? (
              <View className='guide__faq-answer'>
                <SafeRichText html={qa.answer} />
              </View>
            ) : null}
          </View>
        )
      })}
    </Section>
  )
}
