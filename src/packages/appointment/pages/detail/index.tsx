import { View, Text, Image } from '@tarojs/components'
import type { AppointmentDto } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { STATUS_LABEL, whenText } from '../../model'
import { useAppointment, type Appointment } from './use-appointment'
import './index.scss'

/** What a booking that no longer stands means for the visit */
const ENDED_NOTE: Record<Exclude<AppointmentDto['status'], 'booked'>, string> = {
  cancelled: '本预约已取消，名额已释放。如仍需到现场办理，请重新预约。',
  'checked-in': '已签到，请留意大厅叫号。',
  missed: '预约时段已过且未签到。如仍需到现场办理，请重新预约。',
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='appointment__row'>
      <Text className='appointment__label'>{label}</Text>
      <Text className='appointment__value'>{value}</Text>
    </View>
  )
}

function CheckIn({ a, d }: { a: Appointment; d: AppointmentDto }) {
  return (
    <View className='tb-card appointment__code'>
      <Text className='appointment__card-title'>签到码</Text>
      {a.qr ? (
        <View className='appointment__qr' role='img' aria-label={`签到码二维码，签到码 ${d.checkInCode}`}>
          {/* The box around it is the labelled image; the picture itself is decoration (alt="" on the <img> Taro draws on H5) */}
          <Image className='appointment__qr-image' src={a.qr} mode='aspectFit' nativeProps={{ alt: '' }} />
        </View>
      ) : null}
      <Text className='appointment__code-text'>{d.checkInCode}</Text>
      <Text className='appointment__code-hint'>到大厅后在自助机扫码签到，或向工作人员出示</Text>
    </View>
  )
}

function Hall({ a, d }: { a: Appointment; d: AppointmentDto }) {
  return (
    <View className='tb-card'>
      <Text className='appointment__card-title'>办理大厅</Text>
      <Text className='appointment__hall-name'>{d.hall.name}</Text>
      <Row label='地址' value={d.hall.address} />
      <Row label='办公时间' value={d.hall.hours} />
      <Row label='咨询电话' value={d.hall.phone} />
      <View className='appointment__tools'>
        <View className='appointment__tool' hoverClass='appointment__tool--hover' onClick={() => a.copyAddress(d.hall.address)} role='button' aria-label={`复制地址 ${d.hall.address}`}>
          <Icon name='location' className='appointment__tool-icon' />
          <Text>复制地址</Text>
        </View>
        <View className='appointment__tool' hoverClass='appointment__tool--hover' onClick={() => a.call(d.hall.phone)} role='button' aria-label={`拨打大厅电话 ${d.hall.phone}`}>
          <Icon name='phone' className='appointment__tool-icon' />
          <Text>拨打大厅电话</Text>
        </View>
      </View>
    </View>
  )
}

/** 预约详情: the 签到码 to show at the hall, where and when, what to bring; 改约 and 取消预约. */
export default function AppointmentPage() {
  const a = useAppointment()
  const d = a.detail
  if (a.phase !== 'ready' || !d) {
    return (
      <PageShell className='appointment'>
        {a.phase === 'loading' ? (
          <View className='tb-card'>
            <Skeleton rows={5} />
          </View>
        ) : a.phase === 'signed-out' ? (
          <StateMessage icon='user' title='登录后查看预约' description='签到码和预约信息都在这里' actionText='去登录' onAction={a.signIn} />
        ) : a.phase === 'not-found' ? (
          <StateMessage icon='file' title='未找到该预约' description='可在我的预约中查看您的全部预约' actionText='查看我的预约' onAction={a.openList} />
        ) : (
          <StateMessage icon='refresh' title='暂时无法加载预约' description={a.error ?? undefined} actionText='重试' onAction={a.retry} />
        )}
      </PageShell>
    )
  }
  const status = STATUS_LABEL[d.status]
  return (
    <PageShell className='appointment'>
      <View className='tb-card'>
        <View className='appointment__title-row'>
          <Text className='appointment__title'>{d.itemName}</Text>
          <Badges badges={[status]} />
        </View>
        <Row label='预约时间' value={whenText(d.date, d.slot)} />
        <Row label='预约号' value={d.number} />
        <Row label='受理部门' value={d.department} />
      </View>

      {a.showCode ? <CheckIn a={a} d={d} /> : d.status !== 'booked' ? <Text className='appointment__ended'>{ENDED_NOTE[d.status]}</Text> : null}

      <Hall a={a} d={d} />

      <View className='tb-card'>
        <Text className='appointment__card-title'>需携带的材料</Text>
        {d.materials.length ? (
          <View role='list' aria-label='需携带的材料'>
            {d.materials.map((m, i) => (
              <View key={m} role='listitem' className='appointment__material'>
                <Text className='appointment__material-index'>{`${i + 1}.`}</Text>
                <Text className='appointment__material-name'>{m}</Text>
              </View>
            ))}
          </View>
        ) : (
          <Text className='tb-muted'>无需携带材料，以办事指南为准</Text>
        )}
        <View className='appointment__link' hoverClass='appointment__link--hover' onClick={a.openGuide} role='button' aria-label='查看办事指南'>
          <Text>查看办事指南</Text>
          <Icon name='chevron-right' />
        </View>
      </View>

      <View className='appointment__actions'>
        {d.status === 'booked' ? (
          <>
            <Button variant='plain' loading={a.cancelling} onClick={a.cancel} className='appointment__action'>
              取消预约
            </Button>
            <Button onClick={a.reschedule} className='appointment__action'>
              改约
            </Button>
          </>
        ) : (
          <>
            <Button variant='plain' onClick={a.openList} className='appointment__action'>
              我的预约
            </Button>
            {d.status === 'checked-in' ? null : (
              <Button onClick={a.rebook} className='appointment__action'>
                重新预约
              </Button>
            )}
          </>
        )}
      </View>
    </PageShell>
  )
}
