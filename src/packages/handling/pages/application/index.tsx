import { View, Text } from '@tarojs/components'
import { isEnded } from '../../../../domain/application-status'
import { formatBeijingDate } from '../../../../domain/assurance'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { StatusBadge } from '../../components/status-badge'
import { Timeline } from '../../components/timeline'
import { FeeCard, Pair, RatingCard, ResultCard, SubmittedCard, SupplementCard, VisitCard } from './cards'
import { useApplication } from './use-application'
import { WithdrawSheet } from './withdraw-sheet'
import './index.scss'

export default function Application() {
  const a = useApplication()
  const d = a.detail
  if (!d) {
    return (
      <PageShell className='application'>
        {a.loading ? (
          <Skeleton rows={5} />
        ) : (
          <StateMessage icon='refresh' title='暂时无法加载办件' description={a.error ?? '请稍后重试'} actionText='重新加载' onAction={a.retry} />
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='application'>
      <View className='tb-card application__header'>
        <View className='application__title-row'>
          <Text className='application__title'>{d.itemName}</Text>
          <StatusBadge status={d.status} />
        </View>
        {d.case ? (
          <View className='application__case' hoverClass='application__case--hover' onClick={a.openCase} role='button' aria-label={`所属一件事：${d.case.title}，查看一件事办件`}>
            <Text className='application__case-text'>{`所属一件事：${d.case.title}`}</Text>
            <Icon name='chevron-right' className='application__case-arrow' />
          </View>
        ) : null}
        <Pair label='办件编号' value={d.number} />
        <Pair label='受理部门' value={d.department} />
        <Pair label='提交日期' value={formatBeijingDate(d.submittedAt)} />
        {d.dueDate ? <Pair label='承诺办结日期' value={a.remaining ? `${d.dueDate}（${a.remaining}）` : d.dueDate} /> : null}
      </View>

      {a.supplement ? (
        <SupplementCard
          reason={a.supplement.reason}
          fieldLabels={a.supplement.fieldLabels}
          materialNames={a.supplement.materialNames}
          count={a.supplement.fields.length + a.supplement.materials.length}
          dueAt={a.supplement.dueAt}
          onGo={a.openSupplement}
        />
      ) : null}
      {d.unpaidFeeId ? <FeeCard onPay={a.openFees} /> : null}
      {a.visit ? <VisitCard visits={a.visit.visits} reason={a.visit.reason} onBook={a.openBooking} /> : null}
      {isEnded(d.status) ? <ResultCard d={d} note={a.decisionNote} onLicences={a.openLicences} /> : null}

      <View className='tb-section-title'>
        <Text>办理进度</Text>
      </View>
      <View className='tb-card'>
        <Timeline events={d.timeline} />
      </View>

      {d.rating ? <RatingCard rating={d.rating} onFollowUp={a.openFollowUp} /> : null}
      <SubmittedCard state={a.formState} answers={a.answers} materials={a.materials} onRetry={a.retryForm} />

      {d.canWithdraw || d.canRate ? (
        <View className='application__actions'>
          {d.canWithdraw ? (
            <Button variant='plain' onClick={a.openWithdraw} className='application__action'>
              撤回申请
            </Button>
          ) : null}
          {d.canRate ? (
            <Button onClick={a.openRating} className='application__action'>
              评价
            </Button>
          ) : null}
        </View>
      ) : null}

      {a.sheet ? (
        <WithdrawSheet
          itemName={d.itemName}
          reason={a.reason}
          error={a.reasonError}
          busy={a.withdrawing}
          onReason={a.setReason}
          onConfirm={a.withdraw}
          onClose={a.closeWithdraw}
        />
      ) : null}
    </PageShell>
  )
}
