import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { ModeSwitch } from '../../components/mode-switch'
import { RegionChip } from '../../components/region-chip'
import { Icon } from '../../components/icon'
import { Button } from '../../components/button'
import { SearchEntry } from '../../components/search-entry'
import { Skeleton, StateMessage } from '../../components/state-view'
import { ElderItems, ElderNotices, Feed } from './feed'
import { ServiceEntries, type Home as HomeModel } from './sections'
import { useHome } from './use-home'
import { useAfterFirstPaint } from '../../hooks/use-after-first-paint'
import './index.scss'

function Hero({ home }: { home: HomeModel }) {
  const enterprise = home.mode === 'enterprise'
  return (
    <View className='home__hero'>
      <View className='home__hero-top'>
        <RegionChip label={home.regionLabel} onClick={home.openRegion} />
        <ModeSwitch value={home.mode} onChange={home.setMode} />
      </View>
      <View className='home__hero-line'>
        <View className='home__hero-text'>
          <Text className='home__greeting'>{home.modeConfig?.greeting ?? (enterprise ? '企业办事，一网通办' : '市民办事，一网通办')}</Text>
          <Text className='home__audience'>{enterprise ? '法人服务 · 企业和组织的事项' : '个人服务 · 市民本人和家庭的事项'}</Text>
        </View>
        {/* 长辈模式 in one tap from 首页 (also in 我的 → 设置); the chip names the mode it switches to */}
        <View className='home__elder' hoverClass='home__elder--hover' onClick={home.toggleElderMode} role='button' aria-label={home.elderMode ? '切换为标准模式' : '切换为长辈模式'}>
          <Icon name='elder' className='home__elder-icon' />
          <Text>{home.elderMode ? '标准模式' : '长辈模式'}</Text>
        </View>
      </View>
      <View className='home__search'>
        <SearchEntry onOpen={home.openSearch} placeholder={enterprise ? '搜索事项，如 食品经营许可、开饭店' : '搜索事项，如 结婚登记、jhdj'} />
      </View>
    </View>
  )
}

function LoginCard({ home }: { home: HomeModel }) {
  return (
    <View className='tb-card home__login'>
      <View className='home__login-text'>
        <Text className='home__login-title'>{home.signingIn ? '正在登录…' : '登录后办事更方便'}</Text>
        <Text className='home__hint'>订阅常办事项、查看办件进度，材料自动填写</Text>
      </View>
      {home.signingIn ? null : (
        <Button variant='primary' onClick={home.openLogin} className='home__login-button'>
          登录
        </Button>
      )}
    </View>
  )
}

function EnterpriseCard({ home }: { home: HomeModel }) {
  return (
    <View className='tb-card home__enterprise' hoverClass='home__enterprise--hover' onClick={home.openEnterprises} role='button'>
      <View className='home__enterprise-icon'>
        <Icon name='building' />
      </View>
      <View className='home__enterprise-text'>
        <Text className='home__enterprise-title'>{home.enterprise ? home.enterprise.name : '尚未绑定企业'}</Text>
        <Text className='home__hint'>
          {home.enterprise
            ? `${home.enterprise.role === 'legal-rep' ? '法定代表人' : '经办人'} · ${home.enterpriseCount > 1 ? '点击切换企业' : home.enterprise.creditCode}`
            : '绑定企业后，即可代表企业办理法人事项'}
        </Text>
      </View>
      <Text className='home__enterprise-action'>{home.enterprise ? (home.enterpriseCount > 1 ? '切换' : '管理') : '去绑定'}</Text>
    </View>
  )
}

/** 个人常用 / 企业常用: the mode's 主题 shortcuts from the app configuration */
function QuickEntries({ home }: { home: HomeModel }) {
  const enterprise = home.mode === 'enterprise'
  return (
    <View>
      <View className='tb-section-title'>
        <View role='heading' aria-level={2}>
          <Text>{enterprise ? '企业常用' : '个人常用'}</Text>
        </View>
      </View>
      {home.loading ? (
        <View className='tb-card'>
          <Skeleton rows={0} grid={8} />
        </View>
      ) : home.error || !home.modeConfig ? (
        <View className='tb-card'>
          <StateMessage icon='refresh' title='暂时无法加载服务' description={home.error ?? '请稍后重试'} actionText='重新加载' onAction={home.retry} />
        </View>
      ) : (
        <View className='tb-card home__grid'>
          {home.modeConfig.quickEntries.map((entry) => (
            <View
              key={entry.id}
              className='home__entry'
              hoverClass='home__entry--hover'
              onClick={() => home.openTheme(entry.categoryId, entry.title)}
              role='button'
              aria-label={`${entry.title}：${entry.hint}`}
            >
              <View className='home__entry-icon'>
                <Icon name={entry.icon} />
              </View>
              <Text className='home__entry-title'>{entry.title}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

function Hotline({ home }: { home: HomeModel }) {
  return (
    <View className='tb-card home__hotline' hoverClass='home__hotline--hover' onClick={home.callHotline} role='button'>
      <View className='home__hotline-icon'>
        <Icon name='phone' />
      </View>
      <View className='home__hotline-text'>
        <Text className='home__hotline-title'>{home.hotline} 政务服务便民热线</Text>
        <Text className='home__hint'>咨询、求助、投诉、建议，一号响应</Text>
      </View>
      <Icon name='chevron-right' className='home__hotline-arrow' />
    </View>
  )
}

/**
 * 首页. Standard: the service entries, the mode's shortcuts and the whole feed. 长辈模式 (MIIT 适老化) is simpler:
 * the hero with search, the most-used items as large rows, the service entries, at most three notices and the
 * 12345 hotline; sign-in (and the bound enterprise) stay, since nothing personal works without them. No
 * carousels and no pop-ups in either layout.
 */
export default function Home() {
  const home = useHome()
  // The hero, sign-in and the service tiles first; the rest in the next pass.
  const rest = useAfterFirstPaint()
  return (
    <PageShell className='home'>
      <Hero home={home} />
      {home.signedIn ? null : <LoginCard home={home} />}
      {home.mode === 'enterprise' ? <EnterpriseCard home={home} /> : null}
      {home.elderMode ? (
        <View>
          <ElderItems home={home} />
          <ServiceEntries home={home} />
          {rest ? <ElderNotices home={home} /> : null}
        </View>
      ) : (
        <View>
          <ServiceEntries home={home} />
          <QuickEntries home={home} />
          {rest ? <Feed home={home} /> : null}
        </View>
      )}
      {rest ? <Hotline home={home} /> : null}
    </PageShell>
  )
}
