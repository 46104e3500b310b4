import { generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto'
import { LICENCE_PURPOSES, type LicencePurpose } from '../../src/api/contract'

/**
 * 亮证 tokens: `TB1.<base64url(JSON payload)>.<base64url(Ed25519 signature)>`, the text of the QR code a holder
 * shows. The signature covers `TB1.<payload>` (like a JWS signing input), so neither the version nor a byte
 * of the payload can change unnoticed. Kept short for a QR code that scans at arm's length: ids, seconds
 * (not ms) and a 16-byte nonce come to about 270 characters (a version-12 QR code at level M), at most 300.
 *
 * The key pair is made once per process (`generateKeyPairSync('ed25519')`), so a restart invalidates codes
 * already shown: harmless, they live 60 s. A real platform keeps its signing key in an HSM (密码机) and
 * publishes the public key, so a verifier can check a code offline and nobody can mint one.
 */

export const TOKEN_VERSION = 'TB1'
/** A token is valid this long after it is issued */
export const TOKEN_TTL_SECONDS = 60
/** The client fetches a new one this often, well before it expires */
export const TOKEN_REFRESH_MS = 30_000

export interface TokenPayload {
  v: 1
  /** Licence id */
  l: string
  /** Holder: the user id of the account that showed it */
  h: string
  /** Purpose (用途) it was shown for */
  p: LicencePurpose
  /** Issued at, epoch seconds */
  iat: number
  /** Expires at (iat + 60), epoch seconds */
  exp: number
  /** Nonce: 16 random bytes, base64url; a token verifies once */
  n: string
}

let keys: { privateKey: KeyObject; publicKey: KeyObject } | undefined
/** This process's key pair, made on first use. */
export const platformKeys = () => (keys ??= generateKeyPairSync('ed25519'))

const B64URL = /^[A-Za-z0-9_-]+$/
/** Strict base64url: only the alphabet, no padding, and it must round-trip (Buffer would skip junk). */
function fromBase64url(text: string): Buffer | null {
  if (!B64URL.test(text)) return null
  const bytes = Buffer.from(text, 'base64url')
  return bytes.toString('base64url') === text ? bytes : null
}

/** A new payload for a licence shown now (`now` in epoch ms). */
export function newPayload(licenceId: string, holder: string, purpose: LicencePurpose, now: number): TokenPayload {
  const iat = Math.floor(now / 1000)
  return { v: 1, l: licenceId, h: holder, p: purpose, iat, exp: iat + TOKEN_TTL_SECONDS, n: randomBytes(16).toString('base64url') }
}

/** The signed token; `privateKey` only for tests that forge a code with another key. */
export function signToken(payload: TokenPayload, privateKey: KeyObject = platformKeys().privateKey): string {
  const input = `${TOKEN_VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`
  return `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`
}

const isPayload = (p: unknown): p is TokenPayload => {
  if (!p || typeof p !== 'object') return false
  const o = p as Record<string, unknown>
  return (
    o.v === 1 &&
    typeof o.l === 'string' &&
    typeof o.h === 'string' &&
    LICENCE_PURPOSES.includes(o.p as LicencePurpose) &&
    Number.isInteger(o.iat) &&
    Number.isInteger(o.exp) &&
    typeof o.n === 'string' &&
    o.n.length > 0
  )
}

/**
 * The payload of a token this platform signed, or null when the text is not one: wrong version or shape,
 * bad base64url, bad JSON, or a signature that does not verify (tampered, or signed with another key).
 * Says nothing about expiry, purpose or reuse: the verifier checks those next.
 */
export function readToken(token: string, publicKey: KeyObject = platformKeys().publicKey): TokenPayload | null {
  const parts = token.trim().split('.')
  if (parts.length !== 3 || parts[0] !== TOKEN_VERSION) return null
  const body = fromBase64url(parts[1])
  const signature = fromBase64url(parts[2])
  if (!body || !signature || signature.length !== 64) return null
  if (!verify(null, Buffer.from(`${parts[0]}.${parts[1]}`), publicKey, signature)) return null
  try {
    const payload: unknown = JSON.parse(body.toString('utf8'))
    return isPayload(payload) ? payload : null
  } catch {
    return null
  }
}
