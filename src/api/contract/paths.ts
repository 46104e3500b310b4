import { catalogPaths } from './paths-catalog'
import { handlingMockPaths, handlingPaths } from './paths-handling'
import { identityMockPaths, identityPaths } from './paths-identity'
import { paymentMockPaths, paymentPaths } from './paths-payment'
import { scenarioPaths } from './paths-scenario'
import { walletMockPaths, walletPaths } from './paths-wallet'
import { feedbackMockPaths, feedbackPaths } from './paths-feedback'
import { probeMockPaths } from './paths-probe'

/**
 * Every endpoint path of the contract, in one place, free of schema code so the client bundle stays small.
 * The mock registers its routes from these constants, so a renamed path breaks both sides at compile time.
 */
export const paths = {
  health: '/api/v1/health',
  config: '/api/v1/config',
  platformLogin: '/api/v1/auth/login',
  smsSend: '/api/v1/auth/sms/send',
  smsLogin: '/api/v1/auth/sms/login',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/me',
  /** The contract as OpenAPI 3.1 (served by the platform for integrators and tools) */
  openapi: '/api/openapi.json',
  /** A readable reference page of the same document */
  docs: '/api/docs',
  ...identityPaths,
  ...paymentPaths,
  ...catalogPaths,
  ...handlingPaths,
  ...scenarioPaths,
  ...walletPaths,
  ...feedbackPaths,
} as const

/** Development-only endpoints of the mock server (never part of a real platform). */
export const mockPaths = {
  /** The SMS outbox: codes the mock "sent" (GET, ?phone=) */
  outbox: '/mock/outbox',
  /** Simulate a host issuing a login code for a user (POST {platform, user}) */
  issueCode: '/mock/platform/code',
  ...identityMockPaths,
  ...paymentMockPaths,
  ...handlingMockPaths,
  ...walletMockPaths,
  ...feedbackMockPaths,
  ...probeMockPaths,
  /** Request counters per API route, for tests that assert how often the server was called (GET) */
  stats: '/mock/stats',
  /** Expire sessions now, one account's (by phone) or all (POST {phone?}; session-expiry tests) */
  expireSessions: '/mock/sessions/expire',
  /** Back to the seed state: users, sessions, codes, outbox, counters (POST; e2e set-up) */
  reset: '/mock/reset',
} as const
