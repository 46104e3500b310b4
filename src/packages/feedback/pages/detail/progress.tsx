import { View, Text } from '@tarojs/components'
import type { FeedbackDto } from '../../../../api/contract'
import { RailEntry } from '../../../../components/rail'
import { feedbackSteps } from '../../../../domain/feedback'
import { formatBeijingTime } from '../../components/time'

/** 办理进度: 已收到 → 处理中 → 已答复 → 已办结, each with its time and notes; the current step says 「当前」. */
export function Progress({ d }: { d: FeedbackDto }) {
  const steps = feedbackSteps(d.status, d.timeline)
  return (
    <View className='tb-card'>
      <Text className='feedback__card-title'>办理进度</Text>
      <View role='list' aria-label='办理进度'>
        {steps.map((s, i) => (
          <RailEntry key={s.status} dot={s.state === 'current' ? (s.status === 'closed' ? 'success' : 'accent') : s.state === 'done' ? 'accent' : 'muted'} last={i === steps.length - 1}>
            <View className='tb-rail__head'>
              <Text className={`feedback__step feedback__step--${s.state}`}>{s.label}</Text>
              {s.state === 'current' ? <Text className='feedback__current'>当前</Text> : null}
              {s.state === 'todo' ? <Text className='feedback__muted'>未开始</Text> : null}
            </View>
            {s.at !== null ? <Text className='feedback__muted'>{formatBeijingTime(s.at)}</Text> : null}
            {s.events.map((e) => (
              <Text key={`${e.at}-${e.note}`} className='feedback__note'>
                {e.note}
              </Text>
            ))}
          </RailEntry>
        ))}
      </View>
    </View>
  )
}
