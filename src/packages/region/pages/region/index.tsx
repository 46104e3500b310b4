import { View, Text } from '@tarojs/components'
import type { RegionDto } from '../../../../api/contract/config'
import { PageShell } from '../../../../components/page-shell'
import { Icon } from '../../../../components/icon'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { useRegion } from './use-region'
import './index.scss'

function RegionTile({ region, current, onChoose }: { region: RegionDto; current: string; onChoose: (code: string) => void }) {
  const active = region.code === current
  return (
    <View className={`region__tile${active ? ' region__tile--active' : ''}`} onClick={() => onChoose(region.code)} role='button' aria-pressed={active}>
      {region.shortName}
    </View>
  )
}

export default function Region() {
  const r = useRegion()
  const { home, districts, corridor } = r.groups
  return (
    <PageShell className='region'>
      {r.loading ? (
        <Skeleton rows={6} />
      ) : r.error || !home ? (
        <StateMessage icon='location' title='暂时无法加载地区列表' description={r.error ?? '请稍后重试'} actionText='重新加载' onAction={r.retry} />
      ) : (
        <View>
          <View className='tb-section-title'>
            <Text>当前城市</Text>
          </View>
          <View
            className={`tb-card region__home${home.code === r.current ? ' region__home--active' : ''}`}
            onClick={() => r.choose(home.code)}
            role='button'
          >
            <Icon name='location' className='region__home-icon' />
            <Text className='region__home-name'>{home.name}（全市）</Text>
            {home.code === r.current ? <Icon name='check' className='region__check' /> : null}
          </View>
          <View className='tb-section-title'>
            <Text>区</Text>
          </View>
          <View className='region__grid'>
            {districts.map((d) => (
              <RegionTile key={d.code} region={d} current={r.current} onChoose={r.choose} />
            ))}
          </View>
          <View className='tb-section-title'>
            <Text>长三角 G60 科创走廊</Text>
            <Text className='tb-muted'>跨区域通办</Text>
          </View>
          <View className='region__grid'>
            {corridor.map((c) => (
              <RegionTile key={c.code} region={c} current={r.current} onChoose={r.choose} />
            ))}
          </View>
        </View>
      )}
    </PageShell>
  )
}
