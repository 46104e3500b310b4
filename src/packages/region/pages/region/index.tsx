import { View, Text } from '@tarojs/components'
import type { RegionDto } from '../../../../api/contract/config'
import { PageShell } from '../../../../components/page-shell'
import { Icon } from '../../../../components/icon'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { useRegion } from './use-region'
import './index.scss'

type Picker = ReturnType<typeof useRegion>

/**
 * A region tile; highlighted when it is the current region or contains the chosen sub-region. Named by the short
 * name it shows (松江, 嘉兴): a voice-control user says what they see (WCAG 2.5.3).
 */
function RegionTile({ region, selected, onTap }: { region: RegionDto; selected: string[]; onTap: (r: RegionDto) => void }) {
  const active = selected.includes(region.code)
  return (
    <View className={`region__tile${active ? ' region__tile--active' : ''}`} onClick={() => onTap(region)} role='button' aria-pressed={active}>
      {region.shortName}
    </View>
  )
}

/** The level being drilled into: the whole region first, then its sub-regions. */
function Drill({ r }: { r: Picker }) {
  const level = r.level!
  const whole = level.region
  return (
    <View>
      <View className='region__trail'>
        <View className='region__back' onClick={r.back} role='button' aria-label='返回上一级'>
          <Icon name='chevron-right' className='region__back-icon' />
          <Text>返回</Text>
        </View>
        <Text className='region__trail-text'>{r.trail.map((t) => t.name).join(' · ')}</Text>
      </View>
      <View className={`tb-card region__home${whole.code === r.current ? ' region__home--active' : ''}`} onClick={() => r.choose(whole)} role='button'>
        <Icon name='location' className='region__home-icon' />
        <Text className='region__home-name'>{`整个${whole.name}`}</Text>
        {whole.code === r.current ? <Icon name='check' className='region__check' /> : null}
      </View>
      <View className='tb-section-title'>
        <Text>{level.children?.[0]?.level === 'street' ? '街道（镇）' : '区县'}</Text>
      </View>
      {level.error ? (
        <StateMessage icon='refresh' title='暂时无法加载下级地区' description={level.error} actionText='重新加载' onAction={r.retryLevel} />
      ) : level.children === null ? (
        <Skeleton rows={4} />
      ) : (
        <View className='region__grid'>
          {level.children.map((c) => (
            <RegionTile key={c.code} region={c} selected={r.selected} onTap={(x) => (r.canOpen(x) && r.trail.length < 2 ? r.open(x) : r.choose(x))} />
          ))}
        </View>
      )}
    </View>
  )
}

export default function Region() {
  const r = useRegion()
  const { home, districts } = r.groups
  return (
    <PageShell className='region'>
      {r.loading ? (
        <Skeleton rows={6} />
      ) : r.error || !home ? (
        <StateMessage icon='location' title='暂时无法加载地区列表' description={r.error ?? '请稍后重试'} actionText='重新加载' onAction={r.retry} />
      ) : r.level ? (
        <Drill r={r} />
      ) : (
        <View>
          <View className='tb-section-title'>
            <Text>当前城市</Text>
          </View>
          <View className={`tb-card region__home${home.code === r.current ? ' region__home--active' : ''}`} onClick={() => r.choose(home)} role='button'>
            <Icon name='location' className='region__home-icon' />
            <Text className='region__home-name'>{home.name}（全市）</Text>
            {home.code === r.current ? <Icon name='check' className='region__check' /> : null}
          </View>
          <View className='tb-section-title'>
            <Text>区</Text>
            <Text className='tb-muted'>点击选择街道（镇）</Text>
          </View>
          <View className='region__grid'>
            {districts.map((d) => (
              <RegionTile key={d.code} region={d} selected={r.selected} onTap={r.open} />
            ))}
          </View>
          <View className='tb-section-title'>
            <Text>长三角 G60 科创走廊</Text>
            <Text className='tb-muted'>跨区域通办</Text>
          </View>
          {r.corridor.map((group) => (
            <View key={group.province?.code ?? 'other'}>
              {group.province ? <Text className='region__province'>{group.province.name}</Text> : null}
              <View className='region__grid'>
                {group.cities.map((c) => (
                  <RegionTile key={c.code} region={c} selected={r.selected} onTap={r.open} />
                ))}
              </View>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}
