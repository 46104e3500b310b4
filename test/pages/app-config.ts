import type { AppConfigDto } from '../../src/api/contract/config'
import { CONTRACT_VERSION } from '../../src/api/contract/common'
import { modes } from '../../mock/fixtures/modes'
import { DEFAULT_REGION_CODE, regions } from '../../mock/fixtures/regions'

/** The configuration the mock serves, built from the same fixtures, for page tests without a network. */
export const appConfigFixture: AppConfigDto = {
  contractVersion: CONTRACT_VERSION,
  platformName: '上海市一网通办（模拟）',
  defaultRegionCode: DEFAULT_REGION_CODE,
  regions,
  modes,
  hotline: '12345',
  faceFreshMinutes: 30,
}
