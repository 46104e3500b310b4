import type { SessionDto } from '../../../src/api/contract'

type FakePlatform = typeof import('../../pages/fake-platform')
type FakeTaro = typeof import('../api/support/fake-taro')

/** What every launch gives a test besides the modules it asked for */
export interface Launched {
  platform: FakePlatform
  host: FakeTaro['host']
  /** Announces the network coming back (platform.onNetworkChange listeners) */
  online(): void
}

/** `load()` run in a module registry of its own: a launch's stores, adapter and fake host, shared with no other launch. */
function isolated<T>(load: () => T): T {
  let loaded!: T
  jest.isolateModules(() => {
    loaded = load()
  })
  return loaded
}

/**
 * An app launch over this device storage: every module fresh, as after the app was killed. The stores run as in
 * the app: Taro.request through a fake host doing real HTTP to the real mock server (test/unit/api/support), and a
 * platform adapter with in-memory storage and a network whose comings and goings the test announces. `load`
 * requires the modules the test uses (inside the fresh registry, so call jest.requireActual there); `setup` adjusts
 * the adapter before any of them loads.
 */
export function launchApp<M>(storage: Map<string, unknown>, load: () => M, { name = 'weapp', setup }: { name?: 'weapp' | 'h5'; setup?: (platform: FakePlatform['platform']) => void } = {}): Launched & M {
  return isolated(() => {
    const platform = jest.requireActual('../../pages/fake-platform') as FakePlatform
    const taro = jest.requireActual('../api/support/fake-taro') as FakeTaro
    jest.doMock('@/platform', () => platform)
    jest.doMock('@tarojs/taro', () => taro)
    platform.memory.clear()
    storage.forEach((v, k) => platform.memory.set(k, structuredClone(v)))
    platform.platform.name = name
    // The mini-programs' request (Taro.request, here the fake host's real HTTP), before the session store takes it.
    platform.platform.request = (jest.requireActual('../../../src/platform/mini/request') as typeof import('../../../src/platform/mini/request')).request
    const listeners = new Set<(online: boolean) => void>()
    platform.platform.onNetworkChange = (listener) => (listeners.add(listener), () => void listeners.delete(listener))
    setup?.(platform.platform)
    return { platform, host: taro.host, online: () => listeners.forEach((l) => l(true)), ...load() }
  })
}

/** Device storage holding this session, as the session store writes it */
export const storageOf = (s: SessionDto) => new Map<string, unknown>([['tb.session.v1', { token: s.token, user: s.user, expiresAt: s.expiresAt }]])
