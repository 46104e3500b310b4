import type { ScenarioSeed } from './types'

/** 一件事 for citizens. */
export const personalScenarios: ScenarioSeed[] = []
