import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { CaseHeader, CombinedFeeCard, OfflineCard, PartCard } from './cards'
import { useCase } from './use-case'
import './index.scss'

/** 一件事办件: the case, its applications by stage, and what is left to do. */
export default function CasePage() {
  const c = useCase()
  const d = c.detail
  if (c.phase !== 'ready' || !d) {
    return (
      <PageShell className='case'>
        {c.phase === 'loading' ? (
          <View className='tb-card'>
            <Skeleton rows={5} />
          </View>
        ) : c.phase === 'signed-out' ? (
          <StateMessage icon='user' title='登录后查看一件事办件' description='各事项的办理进度都在这里' actionText='去登录' onAction={c.signIn} />
        ) : c.phase === 'not-found' ? (
          <StateMessage icon='file' title='未找到该一件事办件' description='可在我的办件中查看您提交的全部办件' actionText='查看我的办件' onAction={c.openApplications} />
        ) : (
          <StateMessage icon='refresh' title='暂时无法加载一件事办件' description={c.error ?? undefined} actionText='重新加载' onAction={c.retry} />
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='case'>
      <CaseHeader d={d} />
      {d.fee ? <CombinedFeeCard fee={d.fee} onPay={c.openFees} /> : null}

      {c.stages.map((stage) => (
        <View key={stage.title}>
          <View className='tb-section-title' role='heading' aria-level={2}>
            <Text>{stage.title}</Text>
          </View>
          <View role='list' aria-label={stage.title}>
            {stage.parts.map((part) => (
              <View key={part.stepKey} role='listitem'>
                <PartCard part={part} onOpen={c.openApplication} />
              </View>
            ))}
          </View>
        </View>
      ))}

      {d.offline.length ? (
        <View>
          <View className='tb-section-title' role='heading' aria-level={2}>
            <Text>需到现场办理</Text>
          </View>
          <View role='list' aria-label='需到现场办理的事项'>
            {d.offline.map((item) => (
              <View key={item.stepKey} role='listitem'>
                <OfflineCard item={item} onGuide={c.openGuide} />
              </View>
            ))}
          </View>
        </View>
      ) : null}

      <View className='case__actions'>
        <Button variant='ghost' block loading={c.refreshing} onClick={c.refresh}>
          {c.refreshing ? '正在刷新…' : '刷新'}
        </Button>
      </View>
    </PageShell>
  )
}
