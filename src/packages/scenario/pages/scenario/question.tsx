import { View, Text, Input } from '@tarojs/components'
import type { ScenarioOptionDto, ScenarioQuestionDto } from '../../../../api/contract'
import { Action, Choice, Progress } from './parts'
import type { ScenarioPage } from './use-scenario'

const YES_NO: ScenarioOptionDto[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]

/** 「可填 1–500 个」, 「不少于 1 个」, 「不超过 500 平方米」 */
function boundsText(q: ScenarioQuestionDto): string | null {
  const unit = q.unit ?? ''
  if (q.min !== undefined && q.max !== undefined) return `可填 ${q.min}–${q.max} ${unit}`.trim()
  if (q.min !== undefined) return `不少于 ${q.min} ${unit}`.trim()
  if (q.max !== undefined) return `不超过 ${q.max} ${unit}`.trim()
  return null
}

function Answers({ p, q }: { p: ScenarioPage; q: ScenarioQuestionDto }) {
  const value = p.answers[q.id]
  if (q.kind === 'number') {
    const bounds = boundsText(q)
    return (
      <View>
        <View className={`scenario-number${p.message ? ' scenario-number--error' : ''}`}>
          <Input
            className='scenario-number__input'
            type='digit'
            value={p.textOf(q)}
            maxlength={12}
            placeholder='请输入数字'
            confirmType='next'
            onInput={(e) => p.typeNumber(q, e.detail.value)}
            onConfirm={() => p.next()}
            aria-label={`${q.title}${q.unit ? `（单位：${q.unit}）` : ''}`}
          />
          {q.unit ? <Text className='scenario-number__unit'>{q.unit}</Text> : null}
        </View>
        {bounds ? <Text className='scenario-question__bounds'>{bounds}</Text> : null}
      </View>
    )
  }
  if (q.kind === 'multi') {
    const picked = Array.isArray(value) ? value : []
    return (
      <View className='scenario-question__choices' role='group' aria-label={q.title}>
        {(q.options ?? []).map((o) => {
          const on = picked.includes(o.value)
          return (
            <Choice
              key={o.value}
              kind='checkbox'
              label={o.label}
              help={o.help}
              checked={on}
              onTap={() => p.setAnswer(q, on ? picked.filter((v) => v !== o.value) : [...picked, o.value], false)}
            />
          )
        })}
      </View>
    )
  }
  const options = q.kind === 'yes-no' ? YES_NO : (q.options ?? [])
  return (
    <View className={`scenario-question__choices${q.kind === 'yes-no' ? ' scenario-question__choices--pair' : ''}`} role='radiogroup' aria-label={q.title}>
      {options.map((o) => (
        <Choice key={o.value} kind='radio' label={o.label} help={o.help} checked={value === o.value} onTap={() => p.setAnswer(q, o.value, true)} />
      ))}
    </View>
  )
}

function Districts({ p }: { p: ScenarioPage }) {
  return (
    <View className='scenario-question__choices scenario-question__choices--grid' role='radiogroup' aria-label='在哪个区办理？'>
      {p.districts.map((d) => (
        <Choice key={d.code} kind='radio' label={d.name} checked={p.regionCode === d.code} onTap={() => p.chooseDistrict(d.code)} />
      ))}
    </View>
  )
}

/**
 * ② One question per screen. A single choice (or 是/否, or the district) moves on when tapped; multiple choices
 * and numbers move on with 下一题, which shows what is wrong instead when the answer does not fit. 上一题 goes
 * back with every answer kept.
 */
export function QuestionScreen({ p }: { p: ScenarioPage }) {
  const screen = p.screen
  if (!screen) return null
  const q = screen.kind === 'question' ? screen.question : null
  const title = q ? q.title : '在哪个区办理？'
  const help = q ? q.help : '各区的办理部门和地点不同，请选择要去办理的区（如经营场所或户籍所在区）。'
  const answered = q ? p.answers[q.id] !== undefined : p.regionCode !== null
  const last = p.progress.index === p.progress.total
  // A tap on a single choice already moves on; 下一题 is offered there once an answer stands (after 上一题).
  const showNext = q ? q.kind === 'multi' || q.kind === 'number' || answered : answered
  return (
    <View className='scenario-question'>
      <Progress index={p.progress.index} total={p.progress.total} />
      <View className='tb-card scenario-question__card'>
        <View className='scenario-question__title' role='heading' aria-level={1}>
          <Text>{title}</Text>
        </View>
        {help ? <Text className='scenario-question__help'>{help}</Text> : null}
        {q?.kind === 'multi' ? <Text className='scenario-question__hint'>可多选；都不符合的，直接点「下一题」</Text> : null}
        {q ? <Answers p={p} q={q} /> : <Districts p={p} />}
        {p.message ? (
          <View className='scenario-question__error' role='alert'>
            <Text>{p.message}</Text>
          </View>
        ) : null}
      </View>
      <View className='scenario__actions'>
        <Action variant='ghost' label={p.progress.index === 1 ? '返回介绍' : '上一题'} onTap={p.back} className='scenario__action' />
        {showNext ? (
          <Action label={last ? '查看清单' : '下一题'} onTap={p.next} className='scenario__action scenario__action--main' />
        ) : null}
      </View>
    </View>
  )
}
