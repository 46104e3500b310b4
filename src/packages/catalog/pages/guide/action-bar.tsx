import { View, Text, Button as HostButton } from '@tarojs/components'
import type { ItemDetailDto } from '../../../../api/contract'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import type { Guide } from './use-guide'

/**
 * The fixed bar: 订阅, 分享, 咨询 and the one primary action. Mini-programs share only from a native
 * open-type button (props from the adapter); H5 shares the page's link. Every handler stays bound.
 */
export function ActionBar({ g, item }: { g: Guide; item: ItemDetailDto }) {
  const share = (
    <>
      <Icon name='message' className='guide-bar__icon' />
      <Text className='guide-bar__label'>分享</Text>
    </>
  )
  return (
    <View>
      <View className='guide-bar__spacer' />
      <View className='guide-bar'>
        <View
          className={`guide-bar__tool${g.subscribed ? ' guide-bar__tool--on' : ''}${g.pending ? ' guide-bar__tool--pending' : ''}`}
          hoverClass='guide-bar__tool--hover'
          onClick={g.toggleSubscribe}
          role='button'
          aria-pressed={g.subscribed}
          aria-disabled={g.pending}
          aria-label={g.subscribed ? `已订阅${item.name}，点击取消订阅` : `订阅${item.name}`}
        >
          <Icon name={g.subscribed ? 'check' : 'bell'} className='guide-bar__icon' />
          <Text className='guide-bar__label'>{g.subscribed ? '已订阅' : '订阅'}</Text>
        </View>
        {g.shareButtonProps ? (
          <HostButton {...g.shareButtonProps} className='guide-bar__tool guide-bar__share' hoverClass='guide-bar__tool--hover' aria-label='分享给好友'>
            {share}
          </HostButton>
        ) : (
          <View className='guide-bar__tool' hoverClass='guide-bar__tool--hover' onClick={g.share} role='button' aria-label='分享链接'>
            {share}
          </View>
        )}
        <View className='guide-bar__tool' hoverClass='guide-bar__tool--hover' onClick={() => g.call(item.consultPhone)} role='button' aria-label={`咨询，拨打 ${item.consultPhone}`}>
          <Icon name='phone' className='guide-bar__icon' />
          <Text className='guide-bar__label'>咨询</Text>
        </View>
        {g.primary ? (
          <Button onClick={g.primary.run} className='guide-bar__primary'>
            {g.primary.label}
          </Button>
        ) : null}
      </View>
    </View>
  )
}
