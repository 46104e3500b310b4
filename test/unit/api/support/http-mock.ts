import type { AddressInfo } from 'node:net'
import type { DevIssueCodeResult, LoginPlatform, MockStatsDto, OutboxDto } from '../../../../src/api/contract'
import { mockPaths } from '../../../../src/api/contract/paths'
import { createApiClient, type ApiClientOptions } from '../../../../src/api/client'
import { buildServer, type MockServerOptions } from '../../../../mock/server'
import { nodeTransport } from '../node-transport'

/** The real mock server on an ephemeral port, and a client that talks to it over HTTP. */
export async function startHttpMock(options: MockServerOptions = {}) {
  const app = buildServer({ quiet: true, ...options })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

  const dev = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return (await res.json()) as T
  }

  return {
    app,
    baseUrl,
    client: (overrides: Partial<ApiClientOptions> = {}) =>
      createApiClient({ baseUrl, transport: nodeTransport, backoffMs: 5, timeoutMs: 2000, ...overrides }),
    /** How many requests the server received for `METHOD /route` */
    received: async (route: string) => (await dev<MockStatsDto>('GET', mockPaths.stats)).requests[route] ?? 0,
    outbox: async (phone: string) => (await dev<OutboxDto>('GET', `${mockPaths.outbox}?phone=${phone}`)).messages,
    issueCode: async (platform: LoginPlatform, user?: string) =>
      (await dev<DevIssueCodeResult>('POST', mockPaths.issueCode, user ? { platform, user } : { platform })).code,
    close: () => app.close(),
  }
}

export type HttpMock = Awaited<ReturnType<typeof startHttpMock>>
