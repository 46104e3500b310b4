import type { ItemSeed } from './types'

/** Base items the personal 一件事 need that the department files did not have. */
export const scenarioPersonalItems: ItemSeed[] = []
