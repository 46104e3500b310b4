import { View, Text } from '@tarojs/components'
import { Button } from '../../../../components/button'
import { formatBeijingTime } from '../../components/timeline/time'
import { useMessages } from './use-messages'
import { PersonalList } from '../../components/personal-list'
import './index.scss'

export default function Messages() {
  const m = useMessages()
  return (
    <PersonalList
      className='messages'
      state={{ signedIn: m.signedIn, signingIn: m.signingIn, loading: m.loading, error: m.error, empty: m.messages.length === 0 }}
      signedOut={{ title: '登录后查看消息', description: '办件的受理、补正、办结和咨询投诉的答复都会通知您', onSignIn: m.openLogin }}
      errorTitle='暂时无法加载消息'
      onRetry={m.retry}
      empty={{ icon: 'message', title: '暂无消息', description: '办件状态有变化或部门答复您的咨询投诉时，会在这里通知您', onBrowse: m.browse }}
      rows={4}
    >
      <View>
        <View className='messages__bar'>
          <Text className='tb-muted'>{m.unread ? `${m.unread} 条未读` : '没有未读消息'}</Text>
          <Button variant='ghost' disabled={m.unread === 0} loading={m.marking} onClick={m.readAll} className='messages__read-all'>
            全部已读
          </Button>
        </View>
        <View className='tb-card messages__list' role='list' aria-label='消息列表'>
          {m.messages.map((msg) => (
            <View key={msg.id} className='messages__row' role='listitem'>
              <View
                className={`messages__item${msg.read ? '' : ' messages__item--unread'}`}
                hoverClass='messages__item--hover'
                onClick={() => m.open(msg)}
                // Named by what it shows (未读, title, text, time): a summary label would drop words people see.
                role='button'
              >
                <View className='messages__head'>
                  {msg.read ? null : <View className='messages__dot' aria-hidden />}
                  {msg.read ? null : <Text className='messages__unread'>未读</Text>}
                  <Text className='messages__title'>{msg.title}</Text>
                </View>
                <Text className='messages__body'>{msg.body}</Text>
                <Text className='tb-muted messages__time'>{formatBeijingTime(msg.at)}</Text>
              </View>
            </View>
          ))}
        </View>
      </View>
    </PersonalList>
  )
}
