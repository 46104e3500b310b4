import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { ReactNode } from 'react'
import { normaliseRoute } from '../../domain/feedback'
import { openPage } from '../../routes'
import { preferences } from '../../stores/preferences'
import { useStore } from '../../stores/create-store'
import { Icon } from '../icon'
import { NO_REPORT_ROUTES, currentPage, reportUrl } from './report-link'
import './index.scss'

interface PageShellProps {
  children: ReactNode
  className?: string
  /** false: no 业务找茬 entry at the bottom (pages listed in NO_REPORT_ROUTES never show it) */
  report?: boolean
  /**
   * A bar fixed to the bottom of the screen with its spacer (the guide's 订阅 / 办理 bar): drawn after the 业务找茬
   * entry, so the spacer keeps the entry above the bar instead of under it.
   */
  bar?: ReactNode
}

/** 「页面有问题？业务找茬」: a quiet link at the foot of the page that opens a report knowing this page. */
function ReportLink({ mounted }: { mounted: { path?: string; params: Record<string, string | undefined> } }) {
  return (
    <View className='tb-page__report'>
      <View
        className='tb-page__report-link'
        hoverClass='tb-page__report-link--hover'
        onClick={() => void openPage(reportUrl(currentPage(mounted)))}
        role='button'
        aria-label='页面有问题？业务找茬'
      >
        <Icon name='message' className='tb-page__report-icon' />
        <Text>页面有问题？业务找茬</Text>
      </View>
    </View>
  )
}

/** The 业务找茬 entry on its own, for a page that scrolls inside a list rather than as a page (事项列表). */
export function ReportEntry() {
  const router = useRouter()
  return <ReportLink mounted={{ path: router.path, params: router.params ?? {} }} />
}

/**
 * The root of every page: applies the design tokens, the mode's accent colour (法人 pages are teal) and
 * elder mode (长辈模式), each as one class; at the bottom, the 业务找茬 entry.
 */
export function PageShell({ children, className, report = true, bar }: PageShellProps) {
  const elder = useStore(preferences, (p) => p.elderMode)
  const enterprise = useStore(preferences, (p) => p.mode === 'enterprise')
  // useRouter keeps the router of the page this shell was mounted in (Taro memoises it per page).
  const router = useRouter()
  const route = router.path ? normaliseRoute(router.path) : null
  const showReport = report && !(route && NO_REPORT_ROUTES.has(route))
  const classes = ['tb-page', enterprise ? 'tb-page--enterprise' : '', elder ? 'tb-page--elder' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes}>
      {children}
      {showReport ? <ReportLink mounted={{ path: router.path, params: router.params ?? {} }} /> : null}
      {bar}
    </View>
  )
}
