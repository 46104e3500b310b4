import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'

/** Where a tile leads: its arrival is the "responded to the tap" moment. */
export default function Detail() {
  const { params } = useRouter()
  return (
    <View className='bare-detail'>
      <Text>{decodeURIComponent(params.title ?? '')}</Text>
    </View>
  )
}
