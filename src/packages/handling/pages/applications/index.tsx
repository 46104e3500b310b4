import { View, Text } from '@tarojs/components'
import type { ApplicationFilter, ApplicationSummaryDto, CaseSummaryDto } from '../../../../api/contract'
import { STATUS_LABEL } from '../../../../domain/application-status'
import { formatBeijingDate } from '../../../../domain/assurance'
import { spokenName } from '../../../../domain/spoken'
import { PageShell } from '../../../../components/page-shell'
import { Badges } from '../../../../components/badges'
import { Button } from '../../../../components/button'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { StatusBadge } from '../../components/status-badge'
import { caseBadge, CASE_STATUS_LABEL, progressText } from '../case/model'
import { useApplications } from './use-applications'
import './index.scss'

/** What an empty tab says: 「暂无办理中的办件」 */
const EMPTY: Record<ApplicationFilter, string> = {
  all: '暂无办件',
  'in-progress': '暂无办理中的办件',
  supplementing: '暂无待补正的办件',
  done: '暂无已办结的办件',
  withdrawn: '暂无已撤回的办件',
}

function ApplicationCard({ a, onOpen }: { a: ApplicationSummaryDto; onOpen: (a: ApplicationSummaryDto) => void }) {
  const inCase = a.case ? `一件事：${a.case.title}` : null
  const submitted = `提交于 ${formatBeijingDate(a.submittedAt)}`
  const due = a.dueDate ? `承诺办结 ${a.dueDate}` : null
  return (
    <View
      className='tb-card applications__card'
      hoverClass='applications__card--hover'
      onClick={() => onOpen(a)}
      role='button'
      aria-label={spokenName(a.itemName, STATUS_LABEL[a.status], inCase, `办件编号 ${a.number}`, a.department, submitted, due, a.unpaidFeeId && '待缴费')}
    >
      <View className='applications__head'>
        <Text className='applications__name'>{a.itemName}</Text>
        <StatusBadge status={a.status} className='applications__status' />
      </View>
      {inCase ? <Text className='applications__case'>{inCase}</Text> : null}
      <Text className='applications__line'>{`办件编号 ${a.number}`}</Text>
      <Text className='applications__line'>{a.department}</Text>
      <View className='applications__foot'>
        <Text className='tb-muted'>{submitted}</Text>
        {due ? <Text className='tb-muted'>{due}</Text> : null}
        {a.unpaidFeeId ? <Text className='applications__fee'>待缴费</Text> : null}
      </View>
    </View>
  )
}

/** A 一件事 case: its status, how many of its items have ended, and what is next. */
function CaseCard({ c, onOpen }: { c: CaseSummaryDto; onOpen: (c: CaseSummaryDto) => void }) {
  return (
    <View
      className='tb-card applications__card'
      hoverClass='applications__card--hover'
      onClick={() => onOpen(c)}
      role='button'
      aria-label={`一件事：${c.title}，${CASE_STATUS_LABEL[c.status]}，${progressText(c)}，${c.next}`}
    >
      <View className='applications__head'>
        <Text className='applications__name'>{c.title}</Text>
        <Badges badges={[caseBadge(c.status)]} className='applications__status' />
      </View>
      <Text className='applications__progress'>{progressText(c)}</Text>
      <Text className='applications__line'>{c.next}</Text>
    </View>
  )
}

/** 一件事: the cases above the applications, each leading to its 一件事办件 page. */
function Cases({ cases, onOpen }: { cases: CaseSummaryDto[]; onOpen: (c: CaseSummaryDto) => void }) {
  return (
    <View>
      <View className='tb-section-title' role='heading' aria-level={2}>
        <Text>一件事</Text>
      </View>
      <View role='list' aria-label='一件事办件'>
        {cases.map((c) => (
          <View key={c.id} role='listitem'>
            <CaseCard c={c} onOpen={onOpen} />
          </View>
        ))}
      </View>
      <View className='tb-section-title' role='heading' aria-level={2}>
        <Text>办件</Text>
      </View>
    </View>
  )
}

export default function Applications() {
  const s = useApplications()
  if (!s.signedIn) {
    return (
      <PageShell className='applications'>
        {s.signingIn ? (
          <Skeleton rows={4} />
        ) : (
          <StateMessage icon='user' title='登录后查看我的办件' description='办件进度、补正和评价都在这里' actionText='去登录' onAction={s.openLogin} />
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='applications'>
      <View className='applications__tabs' role='tablist' aria-label='办件筛选'>
        {s.tabs.map((t) => (
          <View
            key={t.filter}
            className={`applications__tab${t.filter === s.filter ? ' applications__tab--active' : ''}`}
            onClick={() => s.select(t.filter)}
            role='tab'
            aria-selected={t.filter === s.filter}
            aria-label={t.count === null ? t.label : `${t.label} ${t.count} 件`}
          >
            <Text>{t.label}</Text>
            {t.count === null ? null : <Text className='applications__count'>{t.count}</Text>}
          </View>
        ))}
      </View>

      {s.cases.length ? <Cases cases={s.cases} onOpen={s.openCase} /> : null}
      {s.loading ? (
        <Skeleton rows={4} />
      ) : s.error ? (
        <StateMessage icon='refresh' title='暂时无法加载办件' description={s.error} actionText='重新加载' onAction={s.retry} />
      ) : s.items.length === 0 ? (
        <StateMessage icon='clipboard' title={EMPTY[s.filter]} description='在线办理的事项提交后会出现在这里' actionText='去办事' onAction={s.browse} />
      ) : (
        <View role='list' aria-label={`${s.tabs.find((t) => t.filter === s.filter)?.label ?? ''}办件`}>
          {s.items.map((a) => (
            <View key={a.id} role='listitem'>
              <ApplicationCard a={a} onOpen={s.open} />
            </View>
          ))}
          {s.moreError ? <Text className='applications__more-error'>{s.moreError}</Text> : null}
          {s.hasMore ? (
            <Button variant='plain' loading={s.loadingMore} onClick={s.loadMore} className='applications__more'>
              {s.moreError ? '重新加载' : '加载更多'}
            </Button>
          ) : (
            <Text className='tb-muted applications__end'>没有更多了</Text>
          )}
        </View>
      )}
    </PageShell>
  )
}
