import { View, Text } from '@tarojs/components'
import type { FormFieldDto, LeafAnswer } from '../../../../api/contract'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { FormField, GroupField, type GroupRow } from '../../components/fields'
import { MaterialSlot } from '../../components/material-slot'
import { formatBeijingTime } from '../../components/timeline/time'
import { anchorOf, useSupplement } from './use-supplement'
import './index.scss'

export default function Supplement() {
  const s = useSupplement()
  if (s.loading || s.error || !s.detail) {
    return (
      <PageShell className='supplement'>
        {s.error ? (
          <StateMessage icon='refresh' title='暂时无法加载补正内容' description={s.error} actionText='重新加载' onAction={s.retry} />
        ) : (
          <Skeleton rows={5} />
        )}
      </PageShell>
    )
  }
  const d = s.detail
  if (!s.asked) {
    return (
      <PageShell className='supplement'>
        <StateMessage icon='check' title='该办件当前无需补正' description={`${d.itemName}（办件编号 ${d.number}）`} actionText='查看办件详情' onAction={s.back} />
      </PageShell>
    )
  }

  const field = (f: FormFieldDto, path: string, value: LeafAnswer) => (
    <FormField field={f} value={value} env={s.env} error={s.errors[path]} anchor={anchorOf(path)} onChange={(v) => s.set(path, v)} onBlur={() => s.blur(path)} />
  )

  return (
    <PageShell className='supplement'>
      <View className='tb-card'>
        <Text className='supplement__title'>{d.itemName}</Text>
        <Text className='tb-muted supplement__number'>{`办件编号 ${d.number}`}</Text>
        <Notice tone='warning' title='补正原因'>
          {s.asked.reason}
        </Notice>
        <Text className='supplement__due'>{`请于 ${formatBeijingTime(s.asked.dueAt)} 前提交，逾期可能不予受理`}</Text>
      </View>

      {s.entries.length ? (
        <View>
          <View className='tb-section-title'>
            <Text>需修改的信息</Text>
          </View>
          <View className='tb-card supplement__fields'>
            {s.entries.map((e) =>
              e.type === 'group' ? (
                <GroupField
                  key={e.id}
                  group={e}
                  rows={Array.isArray(s.answers[e.id]) ? (s.answers[e.id] as GroupRow[]) : []}
                  error={s.errors[e.id]}
                  anchor={anchorOf(e.id)}
                  onAdd={() => s.addRow(e.id)}
                  onRemove={(i) => s.removeRow(e.id, i)}
                  renderField={(f, i, row) => field(f, `${e.id}.${i}.${f.id}`, row[f.id] ?? null)}
                />
              ) : (
                <View key={e.id}>{field(e, e.id, Array.isArray(s.answers[e.id]) ? null : ((s.answers[e.id] ?? null) as LeafAnswer))}</View>
              ),
            )}
          </View>
        </View>
      ) : null}

      {s.slots.length ? (
        <View>
          <View className='tb-section-title'>
            <Text>需重新提供的材料</Text>
          </View>
          {s.slots.map((slot, i) => (
            <MaterialSlot
              key={slot.id}
              slot={slot}
              index={i}
              answer={s.materials.materials[slot.id]}
              licence={s.licenceOf(slot)}
              choice={s.materials.choiceOf(slot)}
              uploads={s.materials.uploads(slot.id)}
              error={s.materials.errors[slot.id]}
              notice={s.materials.notices[slot.id]}
              anchor={anchorOf(slot.id)}
              actions={s.materials.actionsFor(slot)}
            />
          ))}
        </View>
      ) : null}

      <View className='supplement__actions'>
        <Button block loading={s.submitting} disabled={s.uploading} onClick={s.submit}>
          {s.uploading ? '文件上传中…' : '提交补正'}
        </Button>
      </View>
    </PageShell>
  )
}
