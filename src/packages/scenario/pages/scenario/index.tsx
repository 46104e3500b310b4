import { View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { Checklist } from './checklist'
import { Intro } from './intro'
import { QuestionScreen } from './question'
import { useScenario } from './use-scenario'
import './index.scss'

/** 一件事: ① 介绍 → ② 情形问题, one per screen → ③ 专属办事清单 → 开始填写 (the combined form). */
export default function Scenario() {
  const p = useScenario()
  const { load, scenario, view } = p
  return (
    <PageShell className='scenario'>
      {load.status === 'not-found' ? (
        <StateMessage icon='file' title='没有找到这件事' description='它可能已调整或下线，可以到「办事」中查找相关事项' />
      ) : load.status === 'error' ? (
        <StateMessage icon='refresh' title='暂时无法加载' description={load.error} actionText='重新加载' onAction={p.retry} />
      ) : !scenario || !p.ready ? (
        <View className='tb-card'>
          <Skeleton rows={5} />
        </View>
      ) : view.stage === 'intro' ? (
        <Intro p={p} scenario={scenario} />
      ) : view.stage === 'questions' ? (
        <QuestionScreen p={p} />
      ) : p.checklist ? (
        <Checklist p={p} scenario={scenario} checklist={p.checklist} />
      ) : (
        <View className='tb-card' aria-label='正在生成办事清单'>
          <Skeleton rows={4} />
        </View>
      )}
    </PageShell>
  )
}
