import { View, Text } from '@tarojs/components'
import type { HallDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { Notice } from '../../../../components/notice'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { distanceText } from '../../../../domain/distance'
import type { Book } from './use-book'

/** 「1 选择大厅」: the step's number is text too, for screen readers */
function StepTitle({ n, title }: { n: number; title: string }) {
  return (
    <View className='tb-section-title book__step' role='heading' aria-level={2}>
      <Text className='book__step-number' aria-hidden>
        {n}
      </Text>
      <Text className='book__step-title'>{title}</Text>
    </View>
  )
}

function HallOption({ hall, selected, onChoose }: { hall: HallDto; selected: boolean; onChoose: (id: string) => void }) {
  const distance = hall.distanceM === null ? null : distanceText(hall.distanceM)
  return (
    <View
      className={`book__hall${selected ? ' book__hall--selected' : ''}`}
      hoverClass='book__hall--hover'
      onClick={() => onChoose(hall.id)}
      role='radio'
      aria-checked={selected}
      aria-label={`${hall.name}，${hall.address}${distance ? `，距您 ${distance}` : ''}`}
    >
      <View className='book__hall-head'>
        <Text className='book__hall-name'>{hall.name}</Text>
        {distance ? <Text className='book__hall-distance'>{distance}</Text> : null}
        {selected ? <Icon name='check' className='book__hall-check' /> : null}
      </View>
      <Text className='book__hall-line'>{hall.address}</Text>
      <Text className='book__hall-line'>{`办公时间：${hall.hours}`}</Text>
      <Text className='book__hall-line'>{`咨询电话：${hall.phone}`}</Text>
    </View>
  )
}

/** ① 选择大厅, with 「使用我的位置，按距离排序」 (the location is asked only on that tap) */
export function HallStep({ b }: { b: Book }) {
  const h = b.halls
  const locateText = h.locating ? '正在获取位置…' : h.byDistance ? '已按距离由近及远排列，点此重新定位' : '使用我的位置，按距离排序'
  return (
    <View>
      <StepTitle n={1} title='选择大厅' />
      {h.loading ? (
        <View className='tb-card'>
          <Skeleton rows={3} />
        </View>
      ) : h.error || !h.halls ? (
        <StateMessage icon='refresh' title='暂时无法加载办理大厅' description={h.error ?? undefined} actionText='重试' onAction={h.retry} />
      ) : (
        <View className='tb-card'>
          <View className='book__locate' hoverClass='book__locate--hover' onClick={h.sortByDistance} role='button' aria-disabled={h.locating} aria-label={locateText}>
            <Icon name='location' className='book__locate-icon' />
            <Text>{locateText}</Text>
          </View>
          {h.note ? (
            <Notice tone='info' title={h.note.title}>
              {h.note.detail}
            </Notice>
          ) : null}
          {h.halls.length === 0 ? (
            <Text className='book__empty'>本事项暂无可预约的办理大厅，请拨打咨询电话了解办理安排</Text>
          ) : (
            <View role='radiogroup' aria-label='选择大厅'>
              {h.halls.map((hall) => (
                <HallOption key={hall.id} hall={hall} selected={hall.id === b.hallId} onChoose={b.chooseHall} />
              ))}
            </View>
          )}
        </View>
      )}
    </View>
  )
}

/** ② 选择日期: the next 14 working days; a day with no place left says 「已约满」 and cannot be chosen */
export function DayStep({ b }: { b: Book }) {
  const s = b.slots
  return (
    <View>
      <StepTitle n={2} title='选择日期' />
      {s.status === 'loading' ? (
        <View className='tb-card'>
          <Skeleton rows={2} />
        </View>
      ) : s.status === 'error' ? (
        <StateMessage icon='refresh' title='暂时无法加载可预约时段' description={s.error ?? undefined} actionText='重试' onAction={s.retry} />
      ) : s.days.length === 0 ? (
        <View className='tb-card'>
          <Text className='book__empty'>该大厅近期没有可预约的日期，请选择其他大厅</Text>
        </View>
      ) : (
        <View className='tb-card book__chips' role='radiogroup' aria-label='选择日期'>
          {s.days.map((d) => {
            const selected = d.date === s.date
            return (
              <View
                key={d.date}
                className={`book__chip${selected ? ' book__chip--selected' : ''}${d.closed ? ' book__chip--disabled' : ''}`}
                hoverClass={d.closed ? 'none' : 'book__chip--hover'}
                onClick={() => {
                  if (!d.closed) b.chooseDay(d.date)
                }}
                role='radio'
                aria-checked={selected}
                aria-disabled={!!d.closed}
                aria-label={`${d.label}${d.closed ? `，${d.closed}` : ''}`}
              >
                <Text className='book__chip-main'>{d.label}</Text>
                {d.closed ? <Text className='book__chip-note'>{d.closed}</Text> : null}
              </View>
            )
          })}
        </View>
      )}
    </View>
  )
}

/** ③ 选择时段: each with the places left (「余 2」) or 「已满」 */
export function SlotStep({ b }: { b: Book }) {
  const s = b.slots
  return (
    <View>
      <StepTitle n={3} title='选择时段' />
      <View className='tb-card book__chips' role='radiogroup' aria-label='选择时段'>
        {s.slots.map(({ slot, text, disabled }) => {
          const selected = slot.id === s.slotId
          return (
            <View
              key={slot.id}
              className={`book__chip book__chip--slot${selected ? ' book__chip--selected' : ''}${disabled ? ' book__chip--disabled' : ''}`}
              hoverClass={disabled ? 'none' : 'book__chip--hover'}
              onClick={() => {
                if (!disabled) b.chooseSlot(slot.id)
              }}
              role='radio'
              aria-checked={selected}
              aria-disabled={disabled}
              aria-label={`${slot.start}-${slot.end}，${text}`}
            >
              <Text className='book__chip-main'>{`${slot.start}-${slot.end}`}</Text>
              <Text className='book__chip-note'>{text}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
