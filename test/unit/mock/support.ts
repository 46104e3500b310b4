import type { InjectOptions } from 'fastify'
import type { ErrorBody, LoginPlatform, OutboxDto, SessionDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { manualClock } from '../../../mock/clock'
import { buildServer, type MockServerOptions } from '../../../mock/server'

export const PHONE = '13912345678'

/** A quiet mock with a manual clock, and the calls most tests need. */
export function startMock(options: MockServerOptions = {}) {
  const clock = manualClock()
  const lines: string[] = []
  const app = buildServer({ clock, log: (line) => lines.push(line), ...options })

  async function call<T = unknown>(method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
    const res = await app.inject({ method, url, payload: payload as InjectOptions['payload'], headers })
    const body = res.body && res.headers['content-type']?.toString().includes('json') ? (JSON.parse(res.body) as T) : (res.body as T)
    return { status: res.statusCode, body, headers: res.headers }
  }
  const error = (res: { body: unknown }) => res.body as ErrorBody

  async function issueCode(platform: LoginPlatform, user?: string): Promise<string> {
    const res = await call<{ code: string }>('POST', mockPaths.issueCode, user ? { platform, user } : { platform })
    return res.body.code
  }
  async function platformLogin(platform: LoginPlatform, user?: string): Promise<SessionDto> {
    const res = await call<SessionDto>('POST', paths.platformLogin, { platform, code: await issueCode(platform, user) })
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`)
    return res.body
  }
  async function latestCode(phone: string): Promise<string> {
    const res = await call<OutboxDto>('GET', `${mockPaths.outbox}?phone=${phone}`)
    return res.body.messages[0].code
  }
  async function smsLogin(phone = PHONE): Promise<SessionDto> {
    await call('POST', paths.smsSend, { phone })
    const res = await call<SessionDto>('POST', paths.smsLogin, { phone, code: await latestCode(phone) })
    if (res.status !== 200) throw new Error(`sms login failed: ${res.status}`)
    return res.body
  }
  const bearer = (session: SessionDto) => ({ authorization: `Bearer ${session.token}` })

  return { app, clock, lines, call, error, issueCode, platformLogin, latestCode, smsLogin, bearer }
}

export type Mock = ReturnType<typeof startMock>

/** Chinese text: at least one CJK ideograph. */
export const CHINESE = /[\u4e00-\u9fff]/
