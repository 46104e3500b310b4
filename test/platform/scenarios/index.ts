import { alipayScenarios } from './alipay'
import type { Scenario } from './expect'
import { h5Scenarios } from './h5'
import { swanScenarios } from './swan'
import { weappScenarios } from './weapp'

/** Built on demand: the h5 table needs jsdom, which only the h5 project has. */
export const SCENARIOS: Record<typeof TARGET, () => Scenario[]> = {
  weapp: weappScenarios,
  alipay: alipayScenarios,
  swan: swanScenarios,
  h5: h5Scenarios,
}
