import { FAULT_HEADER, IDEMPOTENCY_HEADER, IDEMPOTENT_REPLAY_HEADER, type OutboxDto, type SessionDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { PHONE, startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

const send = (key?: string, phone = PHONE, extra: Record<string, string> = {}) =>
  mock.call('POST', paths.smsSend, { phone }, { ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}), ...extra })
const outboxSize = async () => (await mock.call<OutboxDto>('GET', mockPaths.outbox)).body.messages.length

describe('Idempotency-Key on a creating POST', () => {
  it('replays the first answer for a repeated key instead of acting twice', async () => {
    const first = await send('key-aaaaaaaa')
    const again = await send('key-aaaaaaaa')
    expect(first.status).toBe(200)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(again.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true')
    expect(first.headers[IDEMPOTENT_REPLAY_HEADER]).toBeUndefined()
    expect(await outboxSize()).toBe(1)
  })

  it('acts again for a new key (here: the cooldown answers 429)', async () => {
    await send('key-aaaaaaaa')
    expect((await send('key-bbbbbbbb')).status).toBe(429)
    expect((await send()).status).toBe(429)
  })

  it('replays an error answer too: a login with a used code keeps failing the same way', async () => {
    const code = await mock.issueCode('weapp')
    const headers = { [IDEMPOTENCY_HEADER]: 'login-11111111' }
    const first = await mock.call<SessionDto>('POST', paths.platformLogin, { platform: 'weapp', code }, headers)
    const retry = await mock.call<SessionDto>('POST', paths.platformLogin, { platform: 'weapp', code }, headers)
    // Without the key the retry would be CODE_USED; with it the client gets its session back.
    expect(retry.status).toBe(200)
    expect(retry.body.token).toBe(first.body.token)
  })

  it('does not keep a 429, so a later retry with the same key may act', async () => {
    await send('key-aaaaaaaa')
    expect((await send('key-bbbbbbbb')).status).toBe(429)
    mock.clock.advance(60_000)
    const later = await send('key-bbbbbbbb')
    expect(later.status).toBe(200)
    expect(later.headers[IDEMPOTENT_REPLAY_HEADER]).toBeUndefined()
  })

  it('refuses a reused key with a different body (422)', async () => {
    await send('key-aaaaaaaa')
    const res = await send('key-aaaaaaaa', '13700000000')
    expect(res.status).toBe(422)
    expect(mock.error(res)).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', message: '请求内容已变化，请刷新后重试' })
  })

  it('scopes keys to the caller', async () => {
    await send('key-aaaaaaaa')
    const other = await mock.app.inject({
      method: 'POST',
      url: paths.smsSend,
      payload: { phone: PHONE },
      headers: { [IDEMPOTENCY_HEADER]: 'key-aaaaaaaa' },
      remoteAddress: '10.0.0.7',
    })
    // Not a replay of the first caller's answer: this caller's own request acted (and hit the cooldown).
    expect(other.statusCode).toBe(429)
  })

  it('rejects a malformed key', async () => {
    const res = await send('short')
    expect(res.status).toBe(400)
    expect(mock.error(res).code).toBe('BAD_IDEMPOTENCY_KEY')
  })

  it('recovers a lost answer: the action happened, the retry gets its result', async () => {
    const lost = await send('key-cccccccc', PHONE, { [FAULT_HEADER]: 'status=503;after' })
    expect(lost.status).toBe(503)
    expect(await outboxSize()).toBe(1)
    const retry = await send('key-cccccccc')
    expect(retry.status).toBe(200)
    expect(retry.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true')
    expect(await outboxSize()).toBe(1)
  })

  it('forgets keys after a day', async () => {
    await send('key-aaaaaaaa')
    mock.clock.advance(24 * 3600 * 1000)
    const res = await send('key-aaaaaaaa')
    expect(res.headers[IDEMPOTENT_REPLAY_HEADER]).toBeUndefined()
    expect(await outboxSize()).toBe(2)
  })

  it('is ignored by routes that create nothing', async () => {
    const session = await mock.smsLogin()
    const headers = { ...mock.bearer(session), [IDEMPOTENCY_HEADER]: 'key-dddddddd' }
    expect((await mock.call('POST', paths.logout, undefined, headers)).status).toBe(204)
    expect((await mock.call('POST', paths.logout, undefined, headers)).status).toBe(401)
  })
})
