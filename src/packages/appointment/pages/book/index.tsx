import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { whenText } from '../../model'
import { DayStep, HallStep, SlotStep } from './steps'
import { useBook, type Book as BookModel } from './use-book'
import './index.scss'

function ConfirmCard({ b }: { b: BookModel }) {
  const hall = b.halls.halls?.find((h) => h.id === b.hallId)
  const slot = b.slots.slots.find((s) => s.slot.id === b.slots.slotId)?.slot
  const label = b.rescheduling ? '确认改约' : '确认预约'
  return (
    <View className='tb-card book__confirm'>
      {hall && b.slots.date && slot ? (
        <Text className='book__summary'>{`${hall.name} · ${whenText(b.slots.date, slot)}`}</Text>
      ) : (
        <Text className='tb-muted'>请依次选择大厅、日期和时段</Text>
      )}
      {b.unchanged ? <Text className='tb-muted'>这是原预约的时段，请选择新的时段</Text> : null}
      {b.problem ? (
        <Notice tone={b.problem.tone} title={b.problem.text}>
          {b.problem.existing ? '同一事项只能有一个有效预约，可查看或改约已有的预约' : undefined}
        </Notice>
      ) : null}
      {b.problem?.existing ? (
        <Button variant='ghost' block onClick={b.openExisting} className='book__existing'>
          查看已有预约
        </Button>
      ) : null}
      <Button block disabled={!b.selection || b.unchanged} loading={b.submitting} onClick={b.confirm} className='book__submit'>
        {b.submitting ? '正在提交…' : label}
      </Button>
      <Text className='tb-muted book__hint'>预约前一天会提醒您；请按时到场，需携带的材料在预约详情中查看</Text>
    </View>
  )
}

/** 预约: hall, day and time slot, then one confirm (改约 with the same steps). */
export default function Book() {
  const b = useBook()
  if (b.phase !== 'ready') {
    return (
      <PageShell className='book'>
        {b.phase === 'signing-in' ? (
          <View className='tb-card'>
            <Skeleton rows={4} />
          </View>
        ) : b.phase === 'signed-out' ? (
          <StateMessage icon='user' title='登录后预约' description='预约需要登录，以便到场时核对身份' actionText='去登录' onAction={b.signIn} />
        ) : (
          <StateMessage icon='file' title='未找到要预约的事项' description='请从办事指南进入预约' actionText='去办事' onAction={b.browse} />
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='book'>
      {b.original ? (
        <View className='book__original'>
          <Notice tone='info' title={`改约：${b.original.itemName}`}>
            {`原预约 ${whenText(b.original.date, b.original.slot)} · ${b.original.hall.name}`}
          </Notice>
        </View>
      ) : null}
      <HallStep b={b} />
      {b.hallId ? <DayStep b={b} /> : null}
      {b.hallId && b.slots.status === 'ready' && b.slots.date ? <SlotStep b={b} /> : null}
      <ConfirmCard b={b} />
    </PageShell>
  )
}
