import { View, Text } from '@tarojs/components'
import type { FeeDto } from '../../../../api/contract/payment'
import { formatBeijing, formatFen } from '../../../../domain/assurance'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { useFees } from './use-fees'
import './index.scss'

function FeeCard({ fee, paying, onPay }: { fee: FeeDto; paying?: boolean; onPay?: () => void }) {
  return (
    <View className='tb-card fees__card'>
      <View className='fees__head'>
        <Text className='fees__title'>{fee.title}</Text>
        <Text className={`fees__amount${fee.status === 'paid' ? ' fees__amount--paid' : ''}`}>{formatFen(fee.amountFen)}</Text>
      </View>
      <Text className='tb-muted fees__meta'>收费单位：{fee.department}</Text>
      <Text className='tb-muted fees__meta'>收费依据：{fee.basis}</Text>
      {fee.status === 'paid' ? (
        <Text className='fees__paid'>已缴纳 {formatBeijing(fee.paidAt)}</Text>
      ) : (
        <Button block loading={paying} onClick={onPay} className='fees__pay'>
          立即缴费
        </Button>
      )}
    </View>
  )
}

export default function Fees() {
  const f = useFees()
  return (
    <PageShell className='fees'>
      {f.loading ? (
        <Skeleton rows={3} />
      ) : f.error ? (
        <StateMessage icon='refresh' title='暂时无法加载缴费信息' description={f.error} actionText='重新加载' onAction={f.retry} />
      ) : f.unpaid.length === 0 && f.paid.length === 0 ? (
        <StateMessage icon='wallet' title='暂无需要缴纳的费用' description='办件产生的费用会出现在这里' />
      ) : (
        <View>
          <View className='tb-section-title'>
            <Text>待缴费用</Text>
            <Text className='tb-muted'>{f.unpaid.length} 笔</Text>
          </View>
          {f.unpaid.length === 0 ? <Text className='tb-muted fees__empty'>没有待缴费用</Text> : null}
          {f.unpaid.map((fee) => (
            <FeeCard key={fee.id} fee={fee} paying={f.payingId === fee.id} onPay={() => f.pay(fee)} />
          ))}
          {f.paid.length ? (
            <View className='tb-section-title'>
              <Text>已缴费用</Text>
            </View>
          ) : null}
          {f.paid.map((fee) => (
            <FeeCard key={fee.id} fee={fee} />
          ))}
        </View>
      )}
    </PageShell>
  )
}
