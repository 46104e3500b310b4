/**
 * Header names and the contract version, free of schema code so the client bundle can import them without
 * pulling in TypeBox (common.ts re-exports them for the mock and for type-only users).
 */

/**
 * The contract version the client was built against. The client sends it in {@link CONTRACT_HEADER} on every
 * request; the server rejects an incompatible major version with 426 so an old build fails clearly.
 */
export const CONTRACT_VERSION = '1.0.0'
export const CONTRACT_HEADER = 'x-tongban-contract'
/** Sent on every POST that creates something; the server replays the first answer for a repeated key. */
export const IDEMPOTENCY_HEADER = 'idempotency-key'
/** Set by the server on an answer replayed for a repeated {@link IDEMPOTENCY_HEADER}. */
export const IDEMPOTENT_REPLAY_HEADER = 'idempotent-replayed'
/** Fault injection for tests and demos (mock only), e.g. `status=503;times=2;key=abc`, `delay=800`, `drop`. */
export const FAULT_HEADER = 'x-mock-fault'
