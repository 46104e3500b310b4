/** Identity and enterprise paths (schema-free, for the client bundle). */
export const identityPaths = {
  realNameStart: '/api/v1/identity/real-name/start',
  stepUpStart: '/api/v1/identity/face/start',
  faceConfirm: '/api/v1/identity/face/confirm',
  faceLoginStart: '/api/v1/auth/face/start',
  faceLoginConfirm: '/api/v1/auth/face/confirm',
  phoneBind: '/api/v1/identity/phone',
  enterprises: '/api/v1/enterprises',
  enterpriseBind: '/api/v1/enterprises/bind',
  enterpriseAgents: '/api/v1/enterprises/:id/agents',
} as const

export const identityMockPaths = {
  /** The simulated H5 face provider page (GET ?ticket=) and its verdict form (POST) */
  faceProvider: '/mock/face/provider',
  /** Set the provider's verdict for a ticket, as the user's face scan would (tests, fake hosts) */
  faceOutcome: '/mock/face/outcome',
} as const
