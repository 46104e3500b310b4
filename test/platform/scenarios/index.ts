import { alipayScenarios } from './alipay'
import type { Scenario } from './expect'
import { h5Scenarios } from './h5'
import { h5ScreenScenarios } from './h5-screen'
import { screenScenarios } from './screen'
import { swanScenarios } from './swan'
import { weappScenarios } from './weapp'

/** Built on demand: the h5 table needs jsdom, which only the h5 project has. */
export const SCENARIOS: Record<typeof TARGET, () => Scenario[]> = {
  weapp: () => [...weappScenarios(), ...screenScenarios('weapp')],
  alipay: () => [...alipayScenarios(), ...screenScenarios('alipay')],
  swan: () => [...swanScenarios(), ...screenScenarios('swan')],
  h5: () => [...h5Scenarios(), ...h5ScreenScenarios()],
}
