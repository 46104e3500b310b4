import type { ReactNode } from 'react'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'

interface Message {
  icon: string
  title: string
  description: string
}

interface PersonalListProps {
  className: string
  /** Where the list stands: sign-in first, then loading, an error, nothing, or the items */
  state: { signedIn: boolean; signingIn: boolean; loading: boolean; error: string | null; empty: boolean }
  /** 登录后查看… and the sign-in action */
  signedOut: Omit<Message, 'icon'> & { onSignIn: () => void }
  /** 暂时无法加载… (the error text comes from the server) */
  errorTitle: string
  onRetry: () => void
  /** 暂无… and where to go instead (去办事) */
  empty: Message & { onBrowse: () => void }
  rows?: number
  children: ReactNode
}

/**
 * The frame of a personal list page (我的草稿, 消息, 我的证照): sign in first, a skeleton while it loads, the
 * server's Chinese error with a retry, a friendly empty state, then the list itself.
 */
export function PersonalList({ className, state, signedOut, errorTitle, onRetry, empty, rows = 3, children }: PersonalListProps) {
  const body = !state.signedIn ? (
    state.signingIn ? (
      <Skeleton rows={rows} />
    ) : (
      <StateMessage icon='user' title={signedOut.title} description={signedOut.description} actionText='去登录' onAction={signedOut.onSignIn} />
    )
  ) : state.loading ? (
    <Skeleton rows={rows} />
  ) : state.error ? (
    <StateMessage icon='refresh' title={errorTitle} description={state.error} actionText='重新加载' onAction={onRetry} />
  ) : state.empty ? (
    <StateMessage icon={empty.icon} title={empty.title} description={empty.description} actionText='去办事' onAction={empty.onBrowse} />
  ) : (
    children
  )
  return <PageShell className={className}>{body}</PageShell>
}
