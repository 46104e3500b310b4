import { View, Text } from '@tarojs/components'
import type { NoticeSummaryDto } from '../../../../api/contract'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { formatBeijingDate } from '../../../../domain/assurance'
import { useNotices } from './use-notices'
import './index.scss'

function NoticeRow({ notice, onOpen }: { notice: NoticeSummaryDto; onOpen: (n: NoticeSummaryDto) => void }) {
  const date = formatBeijingDate(notice.publishedAt)
  return (
    <View
      className='notices__row'
      hoverClass='notices__row--hover'
      onClick={() => onOpen(notice)}
      role='button'
      aria-label={`${notice.title}，${notice.department}，${date} 发布`}
    >
      <View className='notices__text'>
        <Text className='notices__title'>{notice.title}</Text>
        <Text className='notices__meta'>{`${notice.department} · ${date}`}</Text>
      </View>
      <Icon name='chevron-right' className='notices__arrow' />
    </View>
  )
}

/** 通知公告: the region's notices, newest first, a page at a time. Reading only: no comments, no likes. */
export default function Notices() {
  const n = useNotices()
  return (
    <PageShell className='notices'>
      <View className='notices__head'>
        <Text className='notices__region'>{n.regionLabel}</Text>
        <Text className='notices__count'>{n.total === null ? '正在加载…' : `共 ${n.total} 条`}</Text>
      </View>
      {n.loading ? (
        <View className='tb-card'>
          <Skeleton rows={5} />
        </View>
      ) : n.error ? (
        <StateMessage icon='refresh' title='暂时无法加载通知公告' description={n.error} actionText='重新加载' onAction={n.retry} />
      ) : n.notices.length === 0 ? (
        <StateMessage icon='bell' title='暂无通知公告' description='本地区发布的通知公告会显示在这里' />
      ) : (
        <View>
          <View className='tb-card notices__list' role='list' aria-label='通知公告'>
            {n.notices.map((notice) => (
              <View key={notice.id} role='listitem'>
                <NoticeRow notice={notice} onOpen={n.open} />
              </View>
            ))}
          </View>
          <View className='notices__foot'>
            {n.hasMore ? (
              <Button variant='ghost' block loading={n.loadingMore} onClick={n.loadMore}>
                {n.loadingMore ? '正在加载…' : '加载更多'}
              </Button>
            ) : (
              <Text className='notices__end'>没有更多了</Text>
            )}
          </View>
        </View>
      )}
    </PageShell>
  )
}
