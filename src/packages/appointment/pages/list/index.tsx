import { View, Text } from '@tarojs/components'
import type { AppointmentDto } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { Icon } from '../../../../components/icon'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { STATUS_LABEL, whenText } from '../../model'
import { useAppointments } from './use-appointments'
import './index.scss'

function AppointmentCard({ a, onOpen }: { a: AppointmentDto; onOpen: (id: string) => void }) {
  const status = STATUS_LABEL[a.status]
  const when = whenText(a.date, a.slot)
  return (
    <View
      className={`tb-card appointments__card${a.status === 'booked' ? '' : ' appointments__card--past'}`}
      hoverClass='appointments__card--hover'
      onClick={() => onOpen(a.id)}
      role='button'
      // What it shows, in order (WCAG 2.5.3), then what a tap does
      aria-label={`${when}，${status.text}，${a.itemName}，${a.hall.name}，查看预约详情`}
    >
      <View className='appointments__head'>
        <Text className='appointments__when'>{when}</Text>
        <Badges badges={[status]} />
      </View>
      <Text className='appointments__item'>{a.itemName}</Text>
      <View className='appointments__hall'>
        <Icon name='location' className='appointments__hall-icon' />
        <Text>{a.hall.name}</Text>
      </View>
      <Icon name='chevron-right' className='appointments__arrow' />
    </View>
  )
}

/** 我的预约: every booking, the coming ones first; each opens its 签到码 and details. */
export default function Appointments() {
  const s = useAppointments()
  const body = !s.signedIn ? (
    s.signingIn ? (
      <Skeleton rows={3} />
    ) : (
      <StateMessage icon='user' title='登录后查看我的预约' description='预约的大厅、时段和签到码都在这里' actionText='去登录' onAction={s.openLogin} />
    )
  ) : s.loading ? (
    <View className='tb-card'>
      <Skeleton rows={4} />
    </View>
  ) : s.error ? (
    <StateMessage icon='refresh' title='暂时无法加载预约' description={s.error} actionText='重试' onAction={s.retry} />
  ) : s.appointments.length === 0 ? (
    <StateMessage
      icon='clipboard'
      title='暂无预约'
      description='预约入口在办事指南：打开需要到现场办理的事项，点「预约办理」选择大厅和时段'
      actionText='去办事'
      onAction={s.browse}
    />
  ) : (
    <View role='list' aria-label='我的预约'>
      {s.appointments.map((a) => (
        <View key={a.id} role='listitem'>
          <AppointmentCard a={a} onOpen={s.open} />
        </View>
      ))}
    </View>
  )
  return <PageShell className='appointments'>{body}</PageShell>
}
