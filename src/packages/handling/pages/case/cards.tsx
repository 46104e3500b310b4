import { View, Text } from '@tarojs/components'
import type { CaseDetailDto, CasePartDto } from '../../../../api/contract'
import { STATUS_LABEL } from '../../../../domain/application-status'
import { formatBeijingDate, formatFen } from '../../../../domain/assurance'
import { spokenName } from '../../../../domain/spoken'
import { Badges } from '../../../../components/badges'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { StatusBadge } from '../../components/status-badge'
import { caseBadge, progressText, waitingText } from './model'

function Pair({ label, value }: { label: string; value: string }) {
  return (
    <View className='case__pair'>
      <Text className='case__pair-label'>{label}</Text>
      <Text className='case__pair-value'>{value}</Text>
    </View>
  )
}

/** Title, status (word and colour), number, 「N/M 已办结」 and what is next. */
export function CaseHeader({ d }: { d: CaseDetailDto }) {
  const percent = Math.round((d.ended / Math.max(d.total, 1)) * 100)
  return (
    <View className='tb-card case__header'>
      <View className='case__title-row'>
        <View className='case__title' role='heading' aria-level={1}>
          <Text>{d.title}</Text>
        </View>
        <Badges badges={[caseBadge(d.status)]} className='case__status' />
      </View>
      <Pair label='办件编号' value={d.number} />
      <Pair label='办理地区' value={d.regionName} />
      <Pair label='提交日期' value={formatBeijingDate(d.submittedAt)} />
      <View className='case__progress' role='progressbar' aria-valuemin={0} aria-valuemax={d.total} aria-valuenow={d.ended} aria-label={`办理进度：${progressText(d)}`}>
        <View className='case__bar'>
          <View className='case__bar-fill' style={{ width: `${percent}%` }} />
        </View>
        <Text className='case__progress-text'>{progressText(d)}</Text>
      </View>
      <View className='case__next' role='status'>
        <Text className='case__next-label'>下一步</Text>
        <Text className='case__next-text'>{d.next}</Text>
      </View>
    </View>
  )
}

/** 合并缴费: one payment for the items' fees, on 我的缴费 (as an application's fee is). */
export function CombinedFeeCard({ fee, onPay }: { fee: NonNullable<CaseDetailDto['fee']>; onPay: () => void }) {
  return (
    <View className={`tb-card case__card ${fee.paid ? 'case__card--success' : 'case__card--warning'}`}>
      <Text className='case__card-title'>{fee.paid ? '合并缴费（已缴纳）' : '合并缴费（待缴纳）'}</Text>
      <Text className='case__text'>{`${fee.title}：共 ${formatFen(fee.amountFen)}${fee.paid ? '，已缴纳' : '，一次缴纳'}`}</Text>
      {fee.paid ? null : (
        <Button block onClick={onPay} className='case__card-action'>
          去缴费
        </Button>
      )}
    </View>
  )
}

/** One application of the case: its status, why it is included, what it waits for and what is next. */
export function PartCard({ part, onOpen }: { part: CasePartDto; onOpen: (applicationId: string) => void }) {
  const a = part.application
  const waiting = waitingText(part.waitingFor)
  const label = spokenName(a.itemName, STATUS_LABEL[a.status], a.department, part.why, waiting, `下一步：${part.next}`)
  return (
    <View className='tb-card case__part' hoverClass='case__part--hover' onClick={() => onOpen(a.id)} role='button' aria-label={label}>
      <View className='case__part-head'>
        <Text className='case__part-name'>{a.itemName}</Text>
        <StatusBadge status={a.status} className='case__part-status' />
      </View>
      <Text className='case__line'>{a.department}</Text>
      <Text className='case__why'>{part.why}</Text>
      {waiting ? <Text className='case__waiting'>{waiting}</Text> : null}
      <View className='case__part-foot'>
        <Text className='case__part-next'>{`下一步：${part.next}`}</Text>
        <Icon name='chevron-right' className='case__arrow' />
      </View>
    </View>
  )
}

type Offline = CaseDetailDto['offline'][number]

/** An item done at a hall (需到现场办理): how many visits and why; its guide when the region implements it. */
export function OfflineCard({ item, onGuide }: { item: Offline; onGuide: (itemId: string) => void }) {
  const visits = item.visits > 0 ? `需到现场 ${item.visits} 次` : '无需到现场'
  const visitLine = item.visitReason ? `${visits}：${item.visitReason}` : visits
  const guide = item.itemId
  return (
    // The handler stays bound either way: Taro's mini-program runtime breaks when a node's only handler comes and goes.
    <View
      className='tb-card case__part'
      hoverClass={guide ? 'case__part--hover' : 'none'}
      onClick={() => (guide ? onGuide(guide) : undefined)}
      role={guide ? 'button' : undefined}
      aria-label={spokenName(item.name, '需到现场办理', item.why, visitLine, guide && '查看办事指南')}
    >
      <View className='case__part-head'>
        <Text className='case__part-name'>{item.name}</Text>
        <Badges badges={[{ text: '需到现场办理', tone: 'warning' }]} className='case__part-status' />
      </View>
      <Text className='case__why'>{item.why}</Text>
      <Text className='case__line'>{visitLine}</Text>
      {guide ? (
        <View className='case__part-foot'>
          <Text className='case__link'>查看办事指南</Text>
          <Icon name='chevron-right' className='case__arrow' />
        </View>
      ) : null}
    </View>
  )
}
