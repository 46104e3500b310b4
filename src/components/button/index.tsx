import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

interface ButtonProps {
  children: ReactNode
  onClick?: () => void
  variant?: 'primary' | 'ghost' | 'plain'
  disabled?: boolean
  /** Shows a spinner and ignores taps: a double tap never sends twice */
  loading?: boolean
  block?: boolean
  className?: string
}

/**
 * A View-based button: the same look on every host (native <Button> differs per platform). Ignores taps
 * while disabled or loading.
 */
export function Button({ children, onClick, variant = 'primary', disabled, loading, block, className }: ButtonProps) {
  const inactive = disabled || loading
  const classes = ['tb-button', `tb-button--${variant}`, inactive ? 'tb-button--disabled' : '', block ? 'tb-button--block' : '', className ?? '']
  return (
    <View
      className={classes.filter(Boolean).join(' ')}
      hoverClass={inactive ? 'none' : 'tb-button--hover'}
      onClick={() => {
        if (!inactive) onClick?.()
      }}
      aria-disabled={inactive}
      role='button'
    >
      {loading ? <View className='tb-button__spinner' /> : null}
      {children}
    </View>
  )
}
