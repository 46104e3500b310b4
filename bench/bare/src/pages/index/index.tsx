import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './index.scss'

const TILES = ['社区服务', '便民服务', '通知公告', '我要咨询', '我要投诉']

/** A few tappable tiles: the same shape of first screen as Tongban's 服务入口, with nothing behind it. */
export default function Index() {
  return (
    <View className='bare'>
      <View className='bare__tiles'>
        {TILES.map((title) => (
          <View key={title} className='bare__tile' role='button' onClick={() => void Taro.navigateTo({ url: `/pages/detail/index?title=${encodeURIComponent(title)}` })}>
            <Text>{title}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
