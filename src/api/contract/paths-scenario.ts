/** 一件事 paths (schema-free, for the client bundle). */
export const scenarioPaths = {
  scenarios: '/api/v1/scenarios',
  scenario: '/api/v1/scenarios/:id',
  scenarioForm: '/api/v1/scenarios/:id/form',
  cases: '/api/v1/me/cases',
  case: '/api/v1/me/cases/:id',
} as const
