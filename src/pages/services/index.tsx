import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { Icon } from '../../components/icon'
import { ModeSwitch } from '../../components/mode-switch'
import { RegionChip } from '../../components/region-chip'
import { Skeleton, StateMessage } from '../../components/state-view'
import { useServices } from './use-services'
import './index.scss'

export default function Services() {
  const s = useServices()
  const enterprise = s.mode === 'enterprise'
  return (
    <PageShell className='services'>
      <View className='services__header'>
        <RegionChip label={s.regionLabel} onClick={s.openRegion} />
        <ModeSwitch value={s.mode} onChange={s.setMode} />
      </View>
      <View className='tb-section-title'>
        <Text>{enterprise ? '法人服务分类' : '个人服务分类'}</Text>
        <Text className='tb-muted'>{s.categories.length ? `共 ${s.categories.length} 类` : ''}</Text>
      </View>
      {s.loading ? (
        <View className='tb-card'>
          <Skeleton rows={5} />
        </View>
      ) : s.error ? (
        <View className='tb-card'>
          <StateMessage icon='refresh' title='暂时无法加载服务分类' description={s.error} actionText='重新加载' onAction={s.retry} />
        </View>
      ) : s.categories.length === 0 ? (
        <View className='tb-card'>
          <StateMessage icon='grid' title='该地区暂无可办理的服务' description='请切换到上海市或其他地区查看' />
        </View>
      ) : (
        <View className='services__list'>
          {s.categories.map((c) => {
            const open = c.id === s.expandedId
            return (
              <View key={c.id} className={`services__category${open ? ' services__category--open' : ''}`} id={`category-${c.id}`}>
                <View className='services__category-head' hoverClass='services__category-head--hover' onClick={() => s.toggle(c.id)} role='button' aria-expanded={open}>
                  <View className='services__category-icon'>
                    <Icon name={c.icon} />
                  </View>
                  <View className='services__category-text'>
                    <Text className='services__category-title'>{c.title}</Text>
                    <Text className='tb-muted services__category-summary'>{c.examples.slice(0, 3).join('、')}</Text>
                  </View>
                  <Icon name={open ? 'chevron-down' : 'chevron-right'} className='services__category-arrow' />
                </View>
                {open ? (
                  <View className='services__examples'>
                    {c.examples.map((e) => (
                      <Text key={e} className='services__example'>
                        {e}
                      </Text>
                    ))}
                  </View>
                ) : null}
              </View>
            )
          })}
        </View>
      )}
    </PageShell>
  )
}
