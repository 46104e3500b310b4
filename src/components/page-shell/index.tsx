import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { preferences } from '../../stores/preferences'
import { useStore } from '../../stores/create-store'

/**
 * The root of every page: applies the design tokens, the mode's accent colour (法人 pages are teal) and
 * elder mode (长辈模式), each as one class.
 */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const elder = useStore(preferences, (p) => p.elderMode)
  const enterprise = useStore(preferences, (p) => p.mode === 'enterprise')
  const classes = ['tb-page', enterprise ? 'tb-page--enterprise' : '', elder ? 'tb-page--elder' : '', className ?? ''].filter(Boolean).join(' ')
  return <View className={classes}>{children}</View>
}
