import { View, Text } from '@tarojs/components'
import type { StatusEventDto } from '../../../../api/contract'
import { RailEntry } from '../../../../components/rail'
import { STATUS_LABEL } from '../../../../domain/application-status'
import { formatBeijingTime } from './time'
import './index.scss'

/**
 * 办理进度: the status events from the first (已接件) down to the latest, which is marked 「当前」 in words as well
 * as by its filled dot. Each shows its national status code (国家标准状态码), its Beijing time, who acted and why.
 */
export function Timeline({ events }: { events: StatusEventDto[] }) {
  // Stable sort by time: the server sends them in order, but a list that reads out of order is worse than a sort.
  const ordered = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i).map((x) => x.e)
  const last = ordered.length - 1
  return (
    <View className='tb-timeline' role='list' aria-label='办理进度'>
      {ordered.map((event, i) => (
        <RailEntry key={`${event.at}-${i}`} dot={i === last ? 'accent' : 'muted'} last={i === last} className={i === last ? 'tb-timeline__event--current' : undefined}>
          <View className='tb-rail__head'>
            <Text className='tb-timeline__label'>{STATUS_LABEL[event.status]}</Text>
            <Text className='tb-timeline__code'>{`状态码 ${event.code}`}</Text>
            {i === last ? <Text className='tb-timeline__now'>当前</Text> : null}
          </View>
          <Text className='tb-timeline__meta'>{`${formatBeijingTime(event.at)} · ${event.by}`}</Text>
          {event.note ? <Text className='tb-timeline__note'>{event.note}</Text> : null}
        </RailEntry>
      ))}
    </View>
  )
}
