import { View, Text } from '@tarojs/components'
import type { LicenceUsageDto } from '../../../../api/contract'
import { PageShell } from '../../../../components/page-shell'
import { Icon } from '../../../../components/icon'
import { RailEntry } from '../../../../components/rail'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { beijingTime } from '../../time'
import { USAGE_KIND, useUsage } from './use-usage'
import './index.scss'

function UsageRecord({ r, last, onApplication }: { r: LicenceUsageDto; last: boolean; onApplication: (id: string) => void }) {
  return (
    <RailEntry dot={r.kind === 'material' ? 'success' : 'accent'} last={last}>
      <View className='tb-rail__head'>
        <Text className='usage__when'>{beijingTime(r.at)}</Text>
        <Text className={`usage__kind usage__kind--${r.kind}`}>{USAGE_KIND[r.kind]}</Text>
      </View>
      <Text className='usage__what'>{r.what}</Text>
      <Text className='usage__meta'>{`${r.by} · ${r.where}`}</Text>
      {r.applicationId ? (
        <View
          className='usage__link'
          hoverClass='usage__link--hover'
          onClick={() => onApplication(r.applicationId!)}
          role='button'
          aria-label='查看使用该证照的办件'
        >
          <Text>查看办件</Text>
          <Icon name='chevron-right' />
        </View>
      ) : null}
    </RailEntry>
  )
}

/** 用证记录: every verification at a window and every use as an application material. */
export default function Usage() {
  const u = useUsage()
  return (
    <PageShell className='usage'>
      {u.loading ? (
        <Skeleton rows={4} />
      ) : u.error ? (
        <StateMessage icon='refresh' title='暂时无法加载用证记录' description={u.error} actionText='重试' onAction={u.retry} />
      ) : u.records.length === 0 ? (
        <StateMessage icon='file-clock' title='暂无用证记录' description='亮证核验和作为办事材料的使用都会记录在这里' />
      ) : (
        <View className='tb-card'>
          <Text className='usage__intro'>谁、在哪里、何时使用了您的证照</Text>
          <View className='usage__list' role='list' aria-label='用证记录'>
            {u.records.map((r, i) => (
              <UsageRecord key={r.id} r={r} last={i === u.records.length - 1} onApplication={u.openApplication} />
            ))}
          </View>
        </View>
      )}
    </PageShell>
  )
}
