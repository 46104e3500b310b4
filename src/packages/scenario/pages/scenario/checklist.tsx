import { View, Text } from '@tarojs/components'
import type { ScenarioDto, ScenarioStepDto } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { Icon } from '../../../../components/icon'
import { Notice } from '../../../../components/notice'
import { formatLimit } from '../../../../domain/catalog'
import type { Checklist as ChecklistData } from '../../../../domain/scenario'
import { availabilityOf, stageTitle, stepBadges, totalDaysLabel, totalVisitsLabel } from './labels'
import { Materials } from './materials'
import { Action } from './parts'
import type { ScenarioPage } from './use-scenario'

/** One item of the checklist: why it applies, who handles it, how; a tap opens its guide. */
function StepRow({ p, step, checklist }: { p: ScenarioPage; step: ScenarioStepDto; checklist: ChecklistData }) {
  const item = step.item
  const badges = stepBadges(step, availabilityOf(step, checklist))
  const limit = item ? formatLimit(item.promisedLimit, '承诺 ') : null
  return (
    // The handler stays bound even for an item without a guide (see Cell): only what it does changes.
    <View
      className={`scenario-step${item ? '' : ' scenario-step--unavailable'}`}
      hoverClass={item ? 'scenario-step--hover' : 'none'}
      onClick={() => (item ? p.openGuide(item.id) : undefined)}
      role={item ? 'button' : undefined}
      aria-label={item ? `${step.name}，${step.why}，${badges.map((b) => b.text).join('，')}，查看办事指南` : `${step.name}，${step.why}，当地暂未实施`}
    >
      <View className='scenario-step__body'>
        <Text className='scenario-step__name'>{step.name}</Text>
        <Text className='scenario-step__dept'>{item ? item.department.name : '当地暂未实施，可拨打 12345 咨询'}</Text>
        <Text className='scenario-step__why'>{step.why}</Text>
        <View className='scenario-step__meta'>
          <Badges badges={badges} />
          {limit ? <Text className='scenario-step__limit'>{limit}</Text> : null}
        </View>
      </View>
      {item ? <Icon name='chevron-right' className='scenario-step__arrow' /> : null}
    </View>
  )
}

/** A step done at a hall that takes bookings: 预约 right from the checklist (beside the row, not inside it). */
function BookAction({ p, step }: { p: ScenarioPage; step: ScenarioStepDto }) {
  const item = step.item
  if (!item || item.online || !item.bookable) return null
  return (
    <View className='scenario-step__book' hoverClass='scenario-step__book--hover' onClick={() => p.openBooking(item.id)} role='button' aria-label={`预约到现场办理${step.name}`}>
      <Icon name='file-clock' />
      <Text>预约到现场办理</Text>
    </View>
  )
}

/** 跑动次数, 承诺时限 and how much is online, for the whole case. */
function Summary({ scenario, checklist }: { scenario: ScenarioDto; checklist: ChecklistData }) {
  const facts = [
    { label: '跑动次数', value: totalVisitsLabel(checklist.visits) },
    { label: '承诺时限', value: totalDaysLabel(checklist.promisedDays) },
    { label: '网上办理', value: `${checklist.online.length} 项` },
  ]
  return (
    <View className='tb-card scenario-summary'>
      <View className='scenario-summary__title' role='heading' aria-level={1}>
        <Text>{`您需要办理 ${checklist.steps.length} 个事项`}</Text>
      </View>
      <Text className='scenario-summary__region'>{`办理地区：${scenario.regionName}`}</Text>
      <View className='scenario-summary__facts'>
        {facts.map((f) => (
          <View key={f.label} className='scenario-summary__fact' aria-label={`${f.label}：${f.value}`}>
            <Text className='scenario-summary__fact-value'>{f.value}</Text>
            <Text className='scenario-summary__fact-label'>{f.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** Offline and unimplemented items, said plainly, with what to do instead. */
function Notes({ scenario, checklist }: { scenario: ScenarioDto; checklist: ChecklistData }) {
  const names = (steps: ScenarioStepDto[]) => steps.map((s) => `「${s.name}」`).join('、')
  return (
    <View className='scenario-checklist__notes'>
      {checklist.online.length === 0 ? (
        <Notice tone='warning' title='这件事暂不能在网上办理'>
          请点开下列事项查看办事指南，带齐材料到办事大厅办理。
        </Notice>
      ) : checklist.offline.length ? (
        <Notice tone='info' title={`${checklist.offline.length} 个事项需要到现场办理`}>
          {`${names(checklist.offline)}需到办事大厅办理，点开可查看地点和材料；其余事项可以一次在网上提交。`}
        </Notice>
      ) : null}
      {checklist.unavailable.length ? (
        <Notice tone='warning' title={`${scenario.regionName}暂未实施 ${checklist.unavailable.length} 个事项`}>
          {`${names(checklist.unavailable)}暂不能在当地办理，可拨打 12345 咨询办理方式。`}
        </Notice>
      ) : null}
    </View>
  )
}

/** ③ The tailored checklist, by stage, then the materials, then 修改回答 / 开始填写. */
export function Checklist({ p, scenario, checklist }: { p: ScenarioPage; scenario: ScenarioDto; checklist: ChecklistData }) {
  const canApply = checklist.online.length > 0
  return (
    <View className='scenario-checklist'>
      <Summary scenario={scenario} checklist={checklist} />
      <Notes scenario={scenario} checklist={checklist} />
      {checklist.stages.map((stage, i) => (
        <View key={stage.stage}>
          <View className='tb-section-title' role='heading' aria-level={2}>
            <Text>{stageTitle(i, stage.steps.length)}</Text>
          </View>
          <View className='tb-card scenario-checklist__stage'>
            {stage.steps.map((step) => (
              <View key={step.key} className='scenario-checklist__row'>
                <StepRow p={p} step={step} checklist={checklist} />
                <BookAction p={p} step={step} />
              </View>
            ))}
          </View>
        </View>
      ))}
      <Materials materials={checklist.materials} />
      {canApply ? <Text className='scenario-checklist__hint'>各事项共用的信息只需填写一次，一次提交，各部门同步办理。</Text> : null}
      <View className='scenario__actions'>
        <Action variant='ghost' label='修改回答' onTap={p.revise} className='scenario__action' />
        {canApply ? <Action label='开始填写' busy={p.starting} busyText='正在打开…' onTap={() => void p.start()} className='scenario__action scenario__action--main' /> : null}
      </View>
    </View>
  )
}
