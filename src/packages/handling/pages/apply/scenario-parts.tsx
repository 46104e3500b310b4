import { View, Text } from '@tarojs/components'
import type { ScenarioInfo } from './source'

/** 「本次将同时办理 N 个事项」: the items this one form applies for, with 「修改情形」 back to the questions. */
export function ScenarioParts({ scenario, onEdit }: { scenario: ScenarioInfo; onEdit: () => void }) {
  const n = scenario.parts.length
  return (
    <View className='apply-parts'>
      <View className='apply-parts__head'>
        <View className='apply-parts__title' role='heading' aria-level={2}>
          <Text>{`本次将同时办理 ${n} 个事项`}</Text>
        </View>
        <View className='apply-parts__edit' hoverClass='apply-parts__edit--hover' onClick={onEdit} role='button' aria-label='修改情形，重新回答办理情形的问题'>
          <Text>修改情形</Text>
        </View>
      </View>
      <View role='list' aria-label='本次办理的事项'>
        {scenario.parts.map((p) => (
          <View key={p.stepKey} className='apply-parts__item' role='listitem' aria-label={`${p.itemName}，${p.department}`}>
            <Text className='apply-parts__name'>{p.itemName}</Text>
            <Text className='apply-parts__department'>{p.department}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
