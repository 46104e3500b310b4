import { communityItems } from './items-community'
import { enterpriseItems1 } from './items-enterprise-1'
import { enterpriseItems2 } from './items-enterprise-2'
import { personalItems1 } from './items-personal-1'
import { personalItems2 } from './items-personal-2'
import { scenarioEnterpriseItems } from './items-scenario-enterprise'
import { scenarioPersonalItems } from './items-scenario-personal'
import type { ItemSeed } from './types'

/**
 * Every hand-written base item (基本编码), personal first; mock/catalog/generate.ts implements them per region.
 * items-community.ts adds three 社区事务受理 items to the personal files' eight street-level ones.
 */
export const itemSeeds: readonly ItemSeed[] = [
  ...personalItems1,
  ...personalItems2,
  ...communityItems,
  ...scenarioPersonalItems,
  ...enterpriseItems1,
  ...enterpriseItems2,
  ...scenarioEnterpriseItems,
]
