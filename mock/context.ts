import type { Clock } from './clock'
import type { LogSink } from './log'
import type { Store } from './store'

/** What routes and hooks share: passed explicitly, so every dependency of a route is visible in its signature. */
export interface MockContext {
  store: Store
  clock: Clock
  log: LogSink
}
