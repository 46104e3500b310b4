import type { ScenarioSeed } from './types'

/** 一件事 for enterprises. */
export const enterpriseScenarios: ScenarioSeed[] = []
