import { View, Text } from '@tarojs/components'
import { Icon } from '../../../../components/icon'
import { STEPS } from './model'

/**
 * ① 填写信息 ② 提交材料 ③ 确认提交: the current step is bold and says 当前 to screen readers, done steps carry a
 * check mark, so progress never rests on colour alone.
 */
export function StepBar({ step, progress, syncText }: { step: number; progress: { answered: number; required: number }; syncText: string | null }) {
  return (
    <View className='apply-steps'>
      <View className='apply-steps__row' role='list' aria-label={`办理步骤，第 ${step + 1} 步，共 ${STEPS.length} 步`}>
        {STEPS.map((title, i) => {
          const state = i < step ? 'done' : i === step ? 'current' : 'todo'
          return (
            <View key={title} className={`apply-steps__step apply-steps__step--${state}`} role='listitem' aria-current={i === step ? 'step' : undefined} aria-label={`${title}${state === 'done' ? '，已完成' : state === 'current' ? '，当前' : ''}`}>
              <View className='apply-steps__dot'>{state === 'done' ? <Icon name='check' /> : <Text>{i + 1}</Text>}</View>
              <Text className='apply-steps__title'>{title}</Text>
            </View>
          )
        })}
      </View>
      <View className='apply-steps__meta'>
        <Text className='apply-steps__progress'>{progress.required > 0 ? `必填项已填 ${progress.answered}/${progress.required}` : `第 ${step + 1} 步，共 ${STEPS.length} 步`}</Text>
        {syncText ? (
          <View className='apply-steps__sync' role='status'>
            <Text>{syncText}</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}
