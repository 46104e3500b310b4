import { platform } from '@/platform'
import type { LoginPlatform, SessionDto, UserDto } from '../api/contract/auth'
import { keyPerContent } from '../api/client'
import { ApiError } from '../api/errors'
import { setSessionRenewer, setTokenProvider, setTransport, setUnauthorizedHandler } from '../api'
import { createAuthApi, getMe, loginWithPlatformCode, loginWithSms, logout } from '../api/endpoints/auth'
import { anonymousApi } from '../api/app-client'
import { createStore } from './create-store'
import { PERSONAL_KEYS, PERSONAL_KEY_PREFIXES, PERSONAL_REGISTRY_KEY, SESSION_KEY } from './storage-keys'

/**
 * The signed-in account. Mini-programs sign in silently at launch with the host's login code; H5 stays
 * anonymous until the user signs in with phone + SMS code. The token is kept in storage, never logged.
 */
export interface SessionState {
  status: 'idle' | 'signing-in' | 'signed-in' | 'anonymous' | 'failed'
  token: string | null
  user: UserDto | null
  /** Chinese reason of the last failed sign-in, shown on 我的 and the login page */
  error: string | null
}

export { SESSION_KEY }

const saved = platform.storage.get<Pick<SessionDto, 'token' | 'user' | 'expiresAt'>>(SESSION_KEY)
const savedValid = saved && typeof saved.token === 'string' && Date.parse(saved.expiresAt) > Date.now()

export const session = createStore<SessionState>({
  status: savedValid ? 'signed-in' : 'idle',
  token: savedValid ? saved.token : null,
  user: savedValid ? saved.user : null,
  error: null,
})

export const EXPIRED_MESSAGE = '登录已过期，请重新登录'

// The session store is the first store the app loads (app.ts): it hands the client the host's HTTP and the token.
setTransport(platform.request)
setTokenProvider(() => session.get().token)
// An expired session is not a sign-out: the user's drafts and waiting submissions stay (they are kept per user id
// and show again when the same person signs in); only the token goes. H5 pages then send the user to 登录.
setUnauthorizedHandler(() => expireSession())
setSessionRenewer(() => renewSilently())

/** A new session from the server (platform login, SMS, 刷脸登录). */
export function adoptSession(dto: SessionDto) {
  platform.storage.set(SESSION_KEY, { token: dto.token, user: dto.user, expiresAt: dto.expiresAt })
  session.set({ status: 'signed-in', token: dto.token, user: dto.user, error: null })
}

/** The server's newer view of the signed-in user (after 实名认证, a face check, binding a phone). */
export function setUser(user: UserDto) {
  const saved = platform.storage.get<{ token: string; expiresAt: string }>(SESSION_KEY)
  if (saved) platform.storage.set(SESSION_KEY, { ...saved, user })
  session.set({ user })
}

const registered = () => platform.storage.get<string[]>(PERSONAL_REGISTRY_KEY) ?? []

/** A per-user key now holds personal data on this device (a user's drafts, outbox): 退出登录 removes it. */
export function registerPersonalCache(key: string) {
  const known = registered()
  if (!known.includes(key)) platform.storage.set(PERSONAL_REGISTRY_KEY, [...known, key])
}

/**
 * 退出登录: the session and everything personal on the device, whoever it belonged to: the fixed keys
 * (storage-keys.ts), every registered per-user key, and the signed-in user's own in case a write missed the registry.
 */
function clearSession(status: SessionState['status'] = 'anonymous') {
  const userId = session.get().user?.id
  const own = userId ? PERSONAL_KEY_PREFIXES.map((prefix) => `${prefix}${userId}`) : []
  for (const key of [SESSION_KEY, ...PERSONAL_KEYS, ...registered(), ...own, PERSONAL_REGISTRY_KEY]) platform.storage.remove(key)
  session.set({ status, token: null, user: null })
}

/** The server no longer takes the token: drop it (and say why), keep the user's work on the device. */
function expireSession(status: SessionState['status'] = 'anonymous') {
  if (!session.get().token) return
  platform.storage.remove(SESSION_KEY)
  session.set({ status, token: null, user: null, error: EXPIRED_MESSAGE })
}

let renewing: Promise<boolean> | null = null

/**
 * A new session from the host's login code, without the user (the hosts' own answer to an expired login state:
 * call login again, no prompt) and without passing through signed-out (the page keeps what it shows). One at a
 * time: requests that met the same 401 wait for the same renewal. H5 cannot.
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/login.html
 */
function renewSilently(): Promise<boolean> {
  if (platform.name === 'h5' || !session.get().token) return Promise.resolve(false)
  renewing ??= (async () => {
    const result = await platform.login()
    if (result.status !== 'ok') return false
    const fresh = await createAuthApi(anonymousApi).loginWithPlatformCode({ platform: platform.name as LoginPlatform, code: result.value.code })
    adoptSession(fresh)
    return true
  })()
    .catch(() => false)
    .finally(() => {
      renewing = null
    })
  return renewing
}

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : '登录失败，请稍后重试')

/** Silent platform login: host code → server exchange. H5 has no silent login and stays anonymous. */
export async function signInWithPlatform(): Promise<boolean> {
  if (platform.name === 'h5') {
    session.set({ status: 'anonymous' })
    return false
  }
  session.set({ status: 'signing-in', error: null })
  const result = await platform.login()
  if (result.status !== 'ok') {
    session.set({ status: 'failed', error: result.message })
    return false
  }
  try {
    adoptSession(await loginWithPlatformCode({ platform: platform.name as LoginPlatform, code: result.value.code }))
    return true
  } catch (e) {
    session.set({ status: 'failed', error: messageOf(e) })
    return false
  }
}

let booting: Promise<void> | null = null

/** Runs once at launch: refresh a saved session, or sign in silently where the host allows. */
export function bootSession(): Promise<void> {
  booting ??= (async () => {
    if (session.get().token) {
      try {
        const user = await getMe()
        session.set({ user })
        return
      } catch (e) {
        // A network error keeps the saved session (offline start); only a rejected token signs out.
        if (!(e instanceof ApiError) || e.kind !== 'unauthorized') return
        expireSession('idle')
      }
    }
    await signInWithPlatform()
  })().finally(() => {
    booting = null
  })
  return booting
}

/** H5 sign-in; throws ApiError with the server's Chinese message (wrong code, expired, too many tries). */
export async function signInWithSms(phone: string, code: string): Promise<void> {
  // The same phone and code tapped again (after a timeout or a lost answer) is the same request: same key.
  adoptSession(await loginWithSms({ phone, code }, smsKeys.keyFor(`${phone} ${code}`)))
  smsKeys.forget()
}

/** The SMS sign-in's Idempotency-Key, in memory only: reused while the phone and code stay, until one succeeds. */
const smsKeys = keyPerContent()

export async function signOut(): Promise<void> {
  try {
    await logout()
  } catch {
    // Signing out locally is what matters; the server token expires on its own.
  }
  clearSession()
}
