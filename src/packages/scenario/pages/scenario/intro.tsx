import { View, Text } from '@tarojs/components'
import type { ScenarioDto, ScenarioStepDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { Action } from './parts'
import type { ScenarioPage } from './use-scenario'

/** Each item once (a scenario may list one item under several rules). */
const distinctItems = (steps: readonly ScenarioStepDto[]) => {
  const seen = new Set<string>()
  return steps.filter((s) => {
    const key = `${s.baseCode} ${s.variant ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** ① 介绍: who it is for, what it covers, the items it may include with their departments, then 开始. */
export function Intro({ p, scenario }: { p: ScenarioPage; scenario: ScenarioDto }) {
  const items = distinctItems(scenario.steps)
  // Before a district is chosen, district-level items have no implementation yet: say who will handle them.
  const pending = p.districts.length > 0 && p.regionCode === null
  return (
    <View className='scenario-intro'>
      <View className='tb-card scenario-intro__head'>
        <View className='scenario-intro__icon'>
          <Icon name={scenario.icon} />
        </View>
        <View className='scenario-intro__title' role='heading' aria-level={1}>
          <Text>{scenario.title}</Text>
        </View>
        <Text className='scenario-intro__summary'>{scenario.summary}</Text>
        {scenario.description.map((para, i) => (
          <Text key={i} className='scenario-intro__para'>
            {para}
          </Text>
        ))}
      </View>
      <View className='tb-section-title' role='heading' aria-level={2}>
        <Text>{`可能涉及的事项（${items.length} 项）`}</Text>
      </View>
      <View className='tb-card scenario-intro__items'>
        {items.map((step) => (
          <View key={step.key} className='scenario-intro__item'>
            <Text className='scenario-intro__item-name'>{step.name}</Text>
            <Text className='scenario-intro__item-dept'>{step.item ? step.item.department.name : pending ? '由所在区的部门办理' : '当地暂未实施'}</Text>
          </View>
        ))}
      </View>
      <Text className='scenario-intro__hint'>回答几个简单问题，就能知道要办哪些事项、准备哪些材料，信息只需填写一次。</Text>
      <View className='scenario__actions'>
        <Action label='开始' onTap={p.begin} />
      </View>
    </View>
  )
}
