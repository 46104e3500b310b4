import type { FakeHost } from './fake-host'
import { createMy } from './my'
import { createSwan } from './swan'
import { createWx } from './wx'

type Target = 'weapp' | 'alipay' | 'swan' | 'h5'

const HOSTS = { weapp: ['wx', createWx], alipay: ['my', createMy], swan: ['swan', createSwan] } as const
const globals = globalThis as unknown as Record<string, unknown>

let current: FakeHost | undefined

/** Install a fresh fake host global for the target (none for h5: the browser is jsdom). */
export function installHost(target: Target): FakeHost | undefined {
  for (const [name] of Object.values(HOSTS)) delete globals[name]
  current = undefined
  if (target === 'h5') return undefined
  const [name, create] = HOSTS[target]
  current = create()
  globals[name] = current.global
  return current
}

/** The host installed for this test; throws on h5 where there is none. */
export function host(): FakeHost {
  if (!current) throw new Error('no fake host on this target')
  return current
}
