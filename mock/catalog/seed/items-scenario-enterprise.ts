import type { ItemSeed } from './types'

/** Base items the enterprise 一件事 need that the department files did not have. */
export const scenarioEnterpriseItems: ItemSeed[] = []
