import type { FormSeed } from './form-seeds'

/** Hand-written form sections of items in the personal 一件事 (see form-seeds.ts for the conventions). */
export const scenarioPersonalFormSeeds: Record<string, FormSeed> = {}
