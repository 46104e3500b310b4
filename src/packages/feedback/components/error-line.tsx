import { View, Text } from '@tarojs/components'

/** A field's problem in red words, announced as it appears. */
export function ErrorLine({ text }: { text: string }) {
  return (
    <View className='fb-field__error' role='alert'>
      <Text>{text}</Text>
    </View>
  )
}
