import { View, Text } from '@tarojs/components'
import type { ScenarioHitDto } from '../../api/contract'
import { Icon } from '../icon'
import './index.scss'

interface ScenarioRowProps {
  scenario: ScenarioHitDto
  onOpen: (scenario: ScenarioHitDto) => void
}

/**
 * One 一件事 in a list (首页, 办事): its icon, title, summary and how many items it bundles. The whole row is one
 * button named after the scenario.
 */
export function ScenarioRow({ scenario, onOpen }: ScenarioRowProps) {
  const count = `${scenario.itemCount} 个事项`
  return (
    <View
      className='tb-scenario-row'
      hoverClass='tb-scenario-row--hover'
      onClick={() => onOpen(scenario)}
      role='button'
      aria-label={`一件事：${scenario.title}，${scenario.summary}，${count}一次办`}
    >
      <View className='tb-scenario-row__icon'>
        <Icon name={scenario.icon} />
      </View>
      <View className='tb-scenario-row__text'>
        {/*
          The spaces between the lines are not drawn (flex items), but text tools that join the lines' words
          (axe-core's label-in-name check) would otherwise read 我要买房 + 契税 as 「房契」: each line stays a word apart.
        */}
        <Text className='tb-scenario-row__title'>{scenario.title}</Text>{' '}
        <Text className='tb-scenario-row__summary'>{scenario.summary}</Text>{' '}
        <Text className='tb-scenario-row__count'>{`${count} 一次办`}</Text>
      </View>
      <Icon name='chevron-right' className='tb-scenario-row__arrow' />
    </View>
  )
}
