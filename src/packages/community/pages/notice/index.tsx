import { View, Text } from '@tarojs/components'
import { Icon } from '../../../../components/icon'
import { PageShell } from '../../../../components/page-shell'
import { SafeRichText } from '../../../../components/rich-text'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { formatBeijingDate } from '../../../../domain/assurance'
import { useNotice } from './use-notice'
import './index.scss'

/** 公告详情: title, publisher, date and 文号, the sanitised body, then the items it concerns. */
export default function NoticeDetail() {
  const n = useNotice()
  const { state } = n
  if (state.status === 'loading') {
    return (
      <PageShell className='notice'>
        <View className='tb-card'>
          <Skeleton rows={6} />
        </View>
      </PageShell>
    )
  }
  if (state.status !== 'ready') {
    return (
      <PageShell className='notice'>
        {state.status === 'not-found' ? (
          <StateMessage icon='bell' title='该公告不存在或已撤下' description='可以到「通知公告」查看其他公告' actionText='查看通知公告' onAction={n.openNotices} />
        ) : (
          <StateMessage icon='refresh' title='暂时无法加载公告' description={state.error} actionText='重新加载' onAction={n.retry} />
        )}
      </PageShell>
    )
  }
  const notice = state.notice
  return (
    <PageShell className='notice'>
      <View className='tb-card notice__card'>
        <View role='heading' aria-level={1}>
          <Text className='notice__title'>{notice.title}</Text>
        </View>
        <View className='notice__meta'>
          <Text>{notice.department}</Text>
          <Text>{`发布日期：${formatBeijingDate(notice.publishedAt)}`}</Text>
          {notice.docNumber ? <Text>{`文号：${notice.docNumber}`}</Text> : null}
        </View>
        <View className='notice__body'>
          <SafeRichText html={notice.body} />
        </View>
      </View>
      {notice.items.length ? (
        <View>
          <View className='tb-section-title' role='heading' aria-level={2}>
            <Text>相关事项</Text>
          </View>
          <View className='tb-card notice__items' role='list' aria-label='相关事项'>
            {notice.items.map((item) => (
              <View key={item.id} role='listitem'>
                <View className='notice__item' hoverClass='notice__item--hover' onClick={() => n.openItem(item.id)} role='button' aria-label={`${item.name}，查看办事指南`}>
                  <Icon name='file' className='notice__item-icon' />
                  <Text className='notice__item-name'>{item.name}</Text>
                  <Text className='notice__item-action'>办事指南</Text>
                  <Icon name='chevron-right' className='notice__item-arrow' />
                </View>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
