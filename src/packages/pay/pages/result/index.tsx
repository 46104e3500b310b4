import { View, Text } from '@tarojs/components'
import { formatFen } from '../../../../domain/assurance'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { usePayResult } from './use-pay-result'
import './index.scss'

const VIEW = {
  checking: { icon: 'refresh', tone: 'info', title: '支付结果确认中', text: '正在向支付平台确认结果，请勿重复支付' },
  paid: { icon: 'check', tone: 'success', title: '缴费成功', text: '支付平台已确认收款' },
  unconfirmed: { icon: 'info', tone: 'warning', title: '暂未确认到支付结果', text: '如已付款，结果确认后会自动更新，请稍后在“我的缴费”中查看，不要重复支付' },
  cancelled: { icon: 'close', tone: 'warning', title: '支付已取消', text: '费用仍为待缴状态，可随时重新缴纳' },
  error: { icon: 'close', tone: 'error', title: '无法查询支付结果', text: '' },
} as const

export default function PayResult() {
  const r = usePayResult()
  const v = VIEW[r.phase]
  return (
    <PageShell className='pay-result'>
      <View className='tb-card pay-result__card'>
        <View className={`pay-result__badge pay-result__badge--${v.tone}${r.phase === 'checking' ? ' pay-result__badge--spin' : ''}`}>
          <Icon name={v.icon} />
        </View>
        <Text className='pay-result__title'>{v.title}</Text>
        {r.order ? <Text className='pay-result__amount'>{formatFen(r.order.amountFen)}</Text> : null}
        {r.order ? <Text className='tb-muted'>{r.order.title}</Text> : null}
        <Text className='tb-muted pay-result__text'>{r.error ?? v.text}</Text>
        {r.phase === 'unconfirmed' ? (
          <Button block variant='ghost' onClick={r.recheck} className='pay-result__action'>
            重新查询
          </Button>
        ) : null}
        <Button block variant={r.phase === 'paid' ? 'primary' : 'plain'} onClick={r.done} className='pay-result__action'>
          {r.phase === 'paid' ? '完成' : '返回我的缴费'}
        </Button>
      </View>
    </PageShell>
  )
}
