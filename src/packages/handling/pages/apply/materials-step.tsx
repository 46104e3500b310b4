import { View, Text } from '@tarojs/components'
import { MaterialSlot } from '../../components/material-slot'
import { fieldAnchor } from './model'
import type { Apply } from './use-apply'

/** ② 提交材料: one card per 申请材料. */
export function MaterialsStep({ a }: { a: Apply }) {
  const { schema, materials: m } = a
  if (!schema) return null
  return (
    <View>
      <View className='tb-section-title' role='heading' aria-level={2}>
        <Text>申请材料</Text>
      </View>
      {schema.materials.length === 0 ? (
        <View className='tb-card'>
          <Text className='tb-muted'>{`${a.isScenario ? '本次办理' : '本事项'}无需提交材料，请直接进入下一步。`}</Text>
        </View>
      ) : (
        schema.materials.map((slot, i) => (
          <MaterialSlot
            key={slot.id}
            slot={slot}
            index={i}
            answer={m.materials[slot.id]}
            licence={a.licenceOf(slot)}
            choice={m.choices[slot.id] ?? 'upload'}
            uploads={m.uploads[slot.id] ?? []}
            error={m.errors[slot.id]}
            notice={m.notices[slot.id]}
            anchor={fieldAnchor(`material-${slot.id}`)}
            actions={{
              choose: (choice) => m.choose(slot.id, choice),
              toggleConsent: () => m.toggleConsent(slot.id),
              pickImages: () => m.pickImages(slot.id),
              pickPdf: () => m.pickPdf(slot.id),
              retry: (key) => m.retry(slot.id, key),
              remove: (key) => m.remove(slot.id, key),
              toggleDeferred: () => m.toggleDeferred(slot.id),
            }}
          />
        ))
      )}
    </View>
  )
}
