import { Type, type Static } from '@sinclair/typebox'
import { LoginPlatform, PhoneNumber } from './auth'

/**
 * Schemas of the mock server's development endpoints (`mockPaths`). They are not part of a real platform;
 * they live here so the test hosts and e2e scripts that drive the mock are typed like the app is.
 */

/** Ask the mock to act as a host and issue a login code for a named test user (default `dev`). */
export const DevIssueCodeBody = Type.Object(
  {
    platform: LoginPlatform,
    /** A label for the simulated account: the same (platform, user) always logs in as the same user */
    user: Type.Optional(Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_\\-]+$' })),
  },
  { $id: 'DevIssueCodeBody', additionalProperties: false },
)
export type DevIssueCodeBody = Static<typeof DevIssueCodeBody>

export const DevIssueCodeResult = Type.Object(
  {
    platform: LoginPlatform,
    code: Type.String(),
    /** ISO 8601; the code is single use and expires 5 minutes after issue */
    expiresAt: Type.String(),
  },
  { $id: 'DevIssueCodeResult', additionalProperties: false },
)
export type DevIssueCodeResult = Static<typeof DevIssueCodeResult>

/** One SMS the mock "sent". The outbox stands in for the user's phone, so the number is shown in full. */
export const OutboxMessageDto = Type.Object(
  {
    phone: Type.String(),
    code: Type.String(),
    text: Type.String(),
    /** ISO 8601 */
    sentAt: Type.String(),
  },
  { $id: 'OutboxMessageDto', additionalProperties: false },
)
export type OutboxMessageDto = Static<typeof OutboxMessageDto>

export const OutboxQuery = Type.Object({ phone: Type.Optional(PhoneNumber) }, { additionalProperties: false })
export type OutboxQuery = Static<typeof OutboxQuery>

/** Newest first. */
export const OutboxDto = Type.Object({ messages: Type.Array(OutboxMessageDto) }, { $id: 'OutboxDto', additionalProperties: false })
export type OutboxDto = Static<typeof OutboxDto>

/** Requests the API routes received (before any fault), keyed `METHOD /route/pattern`. */
export const MockStatsDto = Type.Object(
  { requests: Type.Record(Type.String(), Type.Integer()) },
  { $id: 'MockStatsDto', additionalProperties: false },
)
export type MockStatsDto = Static<typeof MockStatsDto>

/** Expire sessions on the server as if their time had run out (session-expiry tests): one account's by phone, or all. */
export const DevExpireSessionsBody = Type.Object({ phone: Type.Optional(PhoneNumber) }, { $id: 'DevExpireSessionsBody', additionalProperties: false })
export type DevExpireSessionsBody = Static<typeof DevExpireSessionsBody>

export const DevExpireSessionsResult = Type.Object({ expired: Type.Integer({ minimum: 0 }) }, { $id: 'DevExpireSessionsResult', additionalProperties: false })
export type DevExpireSessionsResult = Static<typeof DevExpireSessionsResult>
