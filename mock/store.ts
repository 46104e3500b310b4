import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ClientPlatform, LoginPlatform, OutboxMessageDto } from '../src/api/contract'
import type { Clock } from './clock'
import { seedUsers } from './fixtures/users'
import type { LogSink } from './log'

/**
 * `map[key]` for a key that came from a request: only the map's own entries, so `constructor`, `toString` or
 * `__proto__` as an id is "not found" instead of a function from Object.prototype (the API fuzzer found
 * `POST /mock/applications/constructor/review` and `GET /mock/cashier?order=__proto__` answering 500).
 */
export const own = <T>(map: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined

export interface UserRecord {
  id: string
  platform: ClientPlatform
  displayName: string
  /** Full number, kept server-side only; DTOs carry the masked form */
  phone: string | null
  realNameVerified: boolean
  createdAt: number
  /** 实名认证: the bound identity, server-side only (DTOs carry it masked). Written by mock/identity. */
  realName?: { name: string; idNumber: string; boundAt: number } | null
  /** Epoch ms of the last face check the server confirmed (bind, step-up, face login). Written by mock/identity. */
  faceVerifiedAt?: number | null
}

export interface MockState {
  version: 1
  users: Record<string, UserRecord>
  /** `weapp:<openid>`, `alipay:<user_id>`, `swan:<openid>`, `phone:<number>` → user id */
  identities: Record<string, string>
  /** sha256(token) → session; the raw token is never stored */
  sessions: Record<string, { userId: string; expiresAt: number }>
  /** Login codes minted by the dev endpoint, by code */
  platformCodes: Record<string, { platform: LoginPlatform; user: string; expiresAt: number; usedAt: number | null }>
  /** Codes the mock never minted (real devtools codes), by `platform:code` → when first used */
  hostCodesSeen: Record<string, number>
  /** The live SMS code per phone */
  smsCodes: Record<string, { code: string; expiresAt: number; attemptsLeft: number }>
  /** Send limits per phone: last send and the count for one Beijing-time day */
  smsQuota: Record<string, { lastSentAt: number; day: string; count: number }>
  /** Newest last, capped */
  outbox: OutboxMessageDto[]
  /** State of other domains by name (identity, payments, …), each owned by its module: see `slice()` */
  slices: Record<string, unknown>
}

export interface Store {
  readonly state: MockState
  /** Call after every change; writes the file when persistence is on */
  save(): void
  /** Back to the seed state */
  reset(): void
  /**
   * A domain's own part of the state, created from `seed` on first use, persisted and reset with the rest.
   * Lets identity, payments and later domains keep their records without touching this file.
   */
  slice<T>(name: string, seed: () => T): T
}

export function seedState(): MockState {
  const users: MockState['users'] = {}
  const identities: MockState['identities'] = {}
  for (const { identity, user } of seedUsers) {
    users[user.id] = { ...user }
    identities[identity] = user.id
  }
  return { version: 1, users, identities, sessions: {}, platformCodes: {}, hostCodesSeen: {}, smsCodes: {}, smsQuota: {}, outbox: [], slices: {} }
}

/** Drops what can no longer matter so a long-lived state file does not grow without bound. */
function prune(state: MockState, now: number) {
  const day = 24 * 3600 * 1000
  for (const [k, s] of Object.entries(state.sessions)) if (s.expiresAt <= now) delete state.sessions[k]
  for (const [k, c] of Object.entries(state.platformCodes)) if (c.expiresAt + day <= now) delete state.platformCodes[k]
  for (const [k, at] of Object.entries(state.hostCodesSeen)) if (at + day <= now) delete state.hostCodesSeen[k]
  for (const [k, c] of Object.entries(state.smsCodes)) if (c.expiresAt <= now) delete state.smsCodes[k]
  for (const [k, q] of Object.entries(state.smsQuota)) if (q.lastSentAt + day <= now) delete state.smsQuota[k]
  if (state.outbox.length > 200) state.outbox.splice(0, state.outbox.length - 200)
}

function load(path: string, log: LogSink): MockState | null {
  if (!existsSync(path)) return null
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<MockState>
    if (data.version !== 1) throw new Error(`unknown state version ${String(data.version)}`)
    // Fill in any collection an older file lacks rather than crash on it.
    return { ...seedState(), ...data } as MockState
  } catch (error) {
    // A broken file must not stop the developer: keep it aside and start from the seed.
    const aside = `${path}.broken-${Date.now()}`
    renameSync(path, aside)
    log(`state: ${path} unreadable (${(error as Error).message}); moved to ${aside}, starting fresh`)
    return null
  }
}

/**
 * In-memory state seeded from fixtures. With `persistPath` (env MOCK_PERSIST) every change is written to a
 * JSON file (write to a temp file, then rename, so a crash mid-write never leaves half a file), and the next
 * start continues from it.
 */
export function createStore(options: { clock: Clock; persistPath?: string; log: LogSink }): Store {
  const { clock, persistPath, log } = options
  let state = (persistPath && load(persistPath, log)) || seedState()
  const save = () => {
    prune(state, clock.now())
    if (!persistPath) return
    mkdirSync(dirname(persistPath), { recursive: true })
    const temp = `${persistPath}.tmp`
    writeFileSync(temp, JSON.stringify(state, null, 2))
    renameSync(temp, persistPath)
  }
  return {
    get state() {
      return state
    },
    save,
    reset() {
      state = seedState()
      save()
    },
    slice<T>(name: string, seed: () => T): T {
      if (!(name in state.slices)) state.slices[name] = seed()
      return state.slices[name] as T
    },
  }
}
