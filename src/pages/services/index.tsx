import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { ScenarioRow } from '../../components/scenario-row'
import { Icon } from '../../components/icon'
import { ModeSwitch } from '../../components/mode-switch'
import { RegionChip } from '../../components/region-chip'
import { SearchEntry } from '../../components/search-entry'
import { Skeleton, StateMessage } from '../../components/state-view'
import { BROWSE_TABS, useServices } from './use-services'
import './index.scss'

type Services = ReturnType<typeof useServices>

/** 一件事一次办: above the themes, each bundles items of several departments into one application. */
function Scenarios({ s }: { s: Services }) {
  if (s.scenarios.length === 0) return null
  return (
    <View className='services__scenarios' role='group' aria-label='一件事一次办'>
      <Text className='services__group-title'>一件事一次办</Text>
      {s.scenarios.map((sc) => (
        <ScenarioRow key={sc.id} scenario={sc} onOpen={s.openScenario} />
      ))}
    </View>
  )
}

function Themes({ s }: { s: Services }) {
  return (
    <View className='services__themes'>
      <Scenarios s={s} />
      {s.scenarios.length ? <Text className='services__group-title'>主题服务</Text> : null}
      {s.themes.map((t) => (
        <View
          key={t.id}
          className='services__theme'
          hoverClass='services__theme--hover'
          onClick={() => s.openTheme(t.id, t.title)}
          role='button'
          aria-label={`${t.title}，${t.count} 项`}
        >
          <View className='services__theme-icon'>
            <Icon name={t.icon} />
          </View>
          <View className='services__theme-text'>
            <Text className='services__theme-title'>{t.title}</Text>
            <Text className='services__theme-examples'>{t.examples.slice(0, 2).join('、')}</Text>
          </View>
          <Text className='services__count'>{`${t.count} 项`}</Text>
        </View>
      ))}
    </View>
  )
}

function Departments({ s }: { s: Services }) {
  if (s.departments.length === 0) return <StateMessage icon='building' title='该地区暂无部门事项' description='请切换地区或模式后查看' />
  return (
    <View className='services__rows'>
      {s.departments.map((d) => (
        <View key={d.id} className='services__row' hoverClass='services__row--hover' onClick={() => s.openDepartment(d.id)} role='button' aria-label={`${d.name}旗舰店，${d.itemCount} 项`}>
          <View className='services__row-icon'>
            <Icon name={d.icon} />
          </View>
          <View className='services__row-text'>
            <Text className='services__row-title'>{d.name}</Text>
            <Text className='services__row-meta'>{`旗舰店 · ${d.itemCount} 项事项`}</Text>
          </View>
          <Icon name='chevron-right' className='services__arrow' />
        </View>
      ))}
    </View>
  )
}

function Levels({ s }: { s: Services }) {
  return (
    <View className='services__rows'>
      {s.levels.map((l) => (
        <View key={l.level} className='services__row' hoverClass='services__row--hover' onClick={() => s.openLevel(l.level)} role='button' aria-label={`${l.label}事项，${l.count} 项`}>
          <View className='services__row-icon'>
            <Icon name='landmark' />
          </View>
          <View className='services__row-text'>
            <Text className='services__row-title'>{`${l.label}事项`}</Text>
            <Text className='services__row-meta'>{`${l.count} 项`}</Text>
          </View>
          <Icon name='chevron-right' className='services__arrow' />
        </View>
      ))}
    </View>
  )
}

export default function Services() {
  const s = useServices()
  return (
    <PageShell className='services'>
      <View className='services__header'>
        <View className='services__header-top'>
          <RegionChip label={s.regionLabel} onClick={s.openRegion} />
          <ModeSwitch value={s.mode} onChange={s.setMode} />
        </View>
        <View className='services__search'>
          <SearchEntry onOpen={s.openSearch} placeholder='搜索事项名称、部门或拼音' />
        </View>
      </View>

      <View className='tb-card services__summary'>
        <View className='services__summary-item' onClick={s.openAll} role='button' aria-label={`全部事项，${s.total} 项`}>
          <Text className='services__summary-label'>全部事项</Text>
          <Text className='services__summary-number'>{s.loading ? '—' : s.total}</Text>
        </View>
        <View className='services__summary-item' onClick={s.openCrossRegion} role='button' aria-label={`跨区域通办，${s.crossRegionCount} 项`}>
          <Text className='services__summary-label'>跨区域通办</Text>
          <Text className='services__summary-number'>{s.loading ? '—' : s.crossRegionCount}</Text>
        </View>
      </View>

      <View className='services__tabs' role='tablist'>
        {BROWSE_TABS.map((t) => (
          <View
            key={t.id}
            className={`services__tab${t.id === s.tab ? ' services__tab--active' : ''}`}
            onClick={() => s.setTab(t.id)}
            role='tab'
            aria-selected={t.id === s.tab}
          >
            {t.label}
          </View>
        ))}
      </View>

      <View className='tb-card services__panel'>
        {s.loading ? (
          <Skeleton rows={6} />
        ) : s.error ? (
          <StateMessage icon='refresh' title='暂时无法加载事项' description={s.error} actionText='重新加载' onAction={s.retry} />
        ) : s.tab === 'theme' ? (
          <Themes s={s} />
        ) : s.tab === 'department' ? (
          <Departments s={s} />
        ) : (
          <Levels s={s} />
        )}
      </View>
    </PageShell>
  )
}
