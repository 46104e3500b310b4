import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Icon } from '../../../../components/icon'
import { SafeRichText } from '../../../../components/rich-text'
import { spokenName } from '../../../../domain/spoken'

interface FaqProps {
  question: string
  /** Rich text, sanitised by SafeRichText */
  answer: string
  open: boolean
  onToggle: () => void
  /** Under the question: whose FAQ it is, when not the page's item */
  source?: string
  /** Under the answer: 已解决 */
  children?: ReactNode
}

/** One 常见问题: the question is a button that shows or hides its answer (aria-expanded says which). */
export function Faq({ question, answer, open, onToggle, source, children }: FaqProps) {
  return (
    <View className={`consult__faq${open ? ' consult__faq--open' : ''}`} role='listitem'>
      <View className='consult__faq-q' hoverClass='consult__faq-q--hover' onClick={onToggle} role='button' aria-expanded={open} aria-label={spokenName(question, source && `来自：${source}`, open ? '收起' : '查看回答')}>
        <View className='consult__faq-text'>
          <Text className='consult__faq-question'>{question}</Text>
          {source ? <Text className='consult__faq-source'>{`来自：${source}`}</Text> : null}
        </View>
        <Text className='consult__faq-toggle'>{open ? '收起' : '查看回答'}</Text>
        <Icon name='chevron-down' className='consult__faq-chevron' />
      </View>
      {open ? (
        <View className='consult__faq-a'>
          <SafeRichText html={answer} />
          {children}
        </View>
      ) : null}
    </View>
  )
}
