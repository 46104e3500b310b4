import { View, Text } from '@tarojs/components'
import type { FeedbackSummaryDto } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { Icon } from '../../../../components/icon'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { formatBeijingDate } from '../../../../domain/assurance'
import { spokenName } from '../../../../domain/spoken'
import { KIND_ORDER, KIND_TAB, summaryBadges } from '../../model'
import { useFeedbackList, type FeedbackList } from './use-feedback-list'
import './index.scss'

function Row({ f, onOpen }: { f: FeedbackSummaryDto; onOpen: (id: string) => void }) {
  const badges = summaryBadges(f)
  return (
    <View
      className='tb-card feedback-list__card'
      hoverClass='feedback-list__card--hover'
      onClick={() => onOpen(f.id)}
      role='button'
      aria-label={spokenName(f.title, ...badges.map((b) => b.text), f.item && `事项：${f.item.name}`, `受理编号 ${f.number}`, `处理部门：${f.department}`, `提交于 ${formatBeijingDate(f.createdAt)}`)}
    >
      <View className='feedback-list__head'>
        <Text className='feedback-list__title'>{f.title}</Text>
        <Badges badges={badges} className='feedback-list__badges' />
      </View>
      {f.item ? <Text className='feedback-list__line'>{`事项：${f.item.name}`}</Text> : null}
      <Text className='feedback-list__line'>{`受理编号 ${f.number}`}</Text>
      <Text className='feedback-list__line'>{`处理部门：${f.department}`}</Text>
      <Text className='feedback-list__date'>{`提交于 ${formatBeijingDate(f.createdAt)}`}</Text>
      <Icon name='chevron-right' className='feedback-list__arrow' />
    </View>
  )
}

function Body({ s }: { s: FeedbackList }) {
  const tab = KIND_TAB[s.kind]
  if (s.loading) {
    return (
      <View className='tb-card'>
        <Skeleton rows={4} />
      </View>
    )
  }
  if (s.error) return <StateMessage icon='refresh' title={`暂时无法加载${tab.title}`} description={s.error} actionText='重试' onAction={s.retry} />
  if (s.rows.length === 0) {
    const action = tab.action
    return <StateMessage icon='message' title={tab.empty} description={tab.hint} actionText={action?.text} onAction={action ? () => s.fileNew(action.url) : undefined} />
  }
  return (
    <View role='list' aria-label={tab.title}>
      {s.rows.map((f) => (
        <View key={f.id} role='listitem'>
          <Row f={f} onOpen={s.open} />
        </View>
      ))}
    </View>
  )
}

/** 我的咨询 / 我的投诉 / 我的找茬: one tab per kind; each row opens its progress and reply. */
export default function FeedbackListPage() {
  const s = useFeedbackList()
  if (!s.signedIn) {
    return (
      <PageShell className='feedback-list' report={false}>
        {s.signingIn ? (
          <Skeleton rows={4} />
        ) : (
          <StateMessage icon='user' title='登录后查看我的咨询投诉' description='咨询、投诉和找茬的处理进度与答复都在这里' actionText='去登录' onAction={s.signIn} />
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='feedback-list' report={false}>
      <View className='feedback-list__tabs' role='tablist' aria-label='记录类型'>
        {KIND_ORDER.map((k) => (
          <View
            key={k}
            className={`feedback-list__tab${k === s.kind ? ' feedback-list__tab--active' : ''}`}
            onClick={() => s.select(k)}
            role='tab'
            aria-selected={k === s.kind}
            aria-label={KIND_TAB[k].title}
          >
            <Text>{KIND_TAB[k].tab}</Text>
          </View>
        ))}
      </View>
      <Body s={s} />
    </PageShell>
  )
}
