import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { preferences } from '../../stores/preferences'
import { useStore } from '../../stores/create-store'

/** The root of every page: applies the design tokens, and elder mode (长辈模式) as one class. */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const elder = useStore(preferences, (p) => p.elderMode)
  const classes = ['tb-page', elder ? 'tb-page--elder' : '', className ?? ''].filter(Boolean).join(' ')
  return <View className={classes}>{children}</View>
}
