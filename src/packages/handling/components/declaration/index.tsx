import { View, Text } from '@tarojs/components'
import { Consent } from '../../../../components/consent'
import './index.scss'

/**
 * 承诺书: the declaration the applicant makes, in full, with an explicit 「本人已阅读并承诺」 that is never ticked
 * for them. Submitting stays disabled until it is.
 */
export function Declaration({ text, accepted, onToggle, error }: { text: string; accepted: boolean; onToggle: () => void; error?: string | null }) {
  return (
    <View className='tb-card declaration'>
      <View className='declaration__title' role='heading' aria-level={2}>
        <Text>承诺书</Text>
      </View>
      <Text className='declaration__text'>{text}</Text>
      <Consent checked={accepted} onToggle={onToggle} label='本人已阅读并承诺' error={error} />
    </View>
  )
}
