import { View, Text } from '@tarojs/components'
import { REQUIREMENT_LABEL } from '../../../../domain/catalog'
import type { ChecklistMaterial } from '../../../../domain/scenario'

/** What a material asks of the user: nothing (made in this case, or an e-licence), or to bring it. */
function statusOf(m: ChecklistMaterial): { text: string; tone: 'done' | 'licence' | 'bring' } {
  if (m.providedBy) return { text: `由本件事的「${m.providedBy}」办结后生成，无需提交`, tone: 'done' }
  if (m.eLicence) return { text: `免提交：已有电子证照「${m.eLicence}」可直接调用`, tone: 'licence' }
  return { text: m.requirement === 'deferrable' ? '可容缺受理，办理后补交' : m.requirement === 'optional' ? '视情况提供' : '需要准备', tone: 'bring' }
}

/** 需要准备的材料: each once for the whole case, with which items need it. */
export function Materials({ materials }: { materials: ChecklistMaterial[] }) {
  if (materials.length === 0) return null
  const toBring = materials.filter((m) => !m.providedBy && !m.eLicence).length
  return (
    <View>
      <View className='tb-section-title' role='heading' aria-level={2}>
        <Text>{`需要的材料（${materials.length} 份，需准备 ${toBring} 份）`}</Text>
      </View>
      <View className='tb-card scenario-materials'>
        {materials.map((m) => {
          const status = statusOf(m)
          return (
            <View key={m.name} className='scenario-materials__row'>
              <View className='scenario-materials__head'>
                <Text className='scenario-materials__name'>{m.name}</Text>
                <Text className='scenario-materials__requirement'>{REQUIREMENT_LABEL[m.requirement]}</Text>
              </View>
              <Text className={`scenario-materials__status scenario-materials__status--${status.tone}`}>{status.text}</Text>
              {m.forSteps.length ? <Text className='scenario-materials__for'>{`用于：${m.forSteps.join('、')}`}</Text> : null}
            </View>
          )
        })}
      </View>
    </View>
  )
}
