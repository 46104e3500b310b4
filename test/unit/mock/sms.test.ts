import { Value } from '@sinclair/typebox/value'
import { SessionDto, type OutboxDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { PHONE, startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

const send = (phone = PHONE) => mock.call('POST', paths.smsSend, { phone })
const login = (code: string, phone = PHONE) => mock.call<SessionDto>('POST', paths.smsLogin, { phone, code })
const wrong = (code: string) => (code === '000000' ? '111111' : '000000')
const SECOND = 1000

describe('POST smsSend', () => {
  it('sends a 6-digit code to the outbox and tells the cooldown and validity', async () => {
    const res = await send()
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ cooldownSeconds: 60, expiresInSeconds: 300 })
    const outbox = await mock.call<OutboxDto>('GET', `${mockPaths.outbox}?phone=${PHONE}`)
    expect(outbox.body.messages).toHaveLength(1)
    const [message] = outbox.body.messages
    expect(message.code).toMatch(/^\d{6}$/)
    expect(message.text).toContain(message.code)
    expect(message.text).toMatch(/^【通办】/)
  })

  it('logs the SMS with a masked phone only', async () => {
    await send()
    const smsLine = mock.lines.find((l) => l.startsWith('sms '))
    expect(smsLine).toBe('sms 139****5678 → outbox')
    expect(mock.lines.join('\n')).not.toContain(PHONE)
  })

  it('enforces a 60 s cooldown per phone with 429, Retry-After and the seconds left', async () => {
    await send()
    mock.clock.advance(20 * SECOND)
    const res = await send()
    expect(res.status).toBe(429)
    expect(res.headers['retry-after']).toBe('40')
    expect(mock.error(res)).toEqual({ code: 'SMS_TOO_FREQUENT', message: '操作过于频繁，请40秒后再试' })
    expect((await send('13700000000')).status).toBe(200)
    mock.clock.advance(40 * SECOND)
    expect((await send()).status).toBe(200)
  })

  it('allows at most 10 per phone per day (Beijing time), then again the next day', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await send()).status).toBe(200)
      mock.clock.advance(61 * SECOND)
    }
    const res = await send()
    expect(res.status).toBe(429)
    expect(mock.error(res)).toEqual({ code: 'SMS_DAILY_LIMIT', message: '今日验证码发送次数已达上限，请明天再试' })
    mock.clock.advance(24 * 3600 * SECOND)
    expect((await send()).status).toBe(200)
  })

  it('replaces the previous code: only the latest one logs in', async () => {
    await send()
    const first = await mock.latestCode(PHONE)
    mock.clock.advance(61 * SECOND)
    await send()
    const second = await mock.latestCode(PHONE)
    if (first !== second) expect(mock.error(await login(first)).code).toBe('SMS_CODE_WRONG')
    expect((await login(second)).status).toBe(200)
  })
})

describe('POST smsLogin', () => {
  it('returns a session for an h5 user with a masked phone, and consumes the code', async () => {
    await send()
    const code = await mock.latestCode(PHONE)
    const res = await login(code)
    expect(res.status).toBe(200)
    expect(Value.Check(SessionDto, res.body)).toBe(true)
    expect(res.body.user).toMatchObject({ platform: 'h5', phoneMasked: '139****5678', realNameVerified: false })
    expect(mock.error(await login(code))).toEqual({ code: 'SMS_CODE_INVALID', message: '验证码已失效，请重新获取' })
  })

  it('keeps one user per phone across logins', async () => {
    const a = await mock.smsLogin()
    mock.clock.advance(61 * SECOND)
    const b = await mock.smsLogin()
    expect(b.user.id).toBe(a.user.id)
    expect(b.token).not.toBe(a.token)
  })

  it('knows the seeded demo user', async () => {
    const session = await mock.smsLogin('13800138000')
    expect(session.user).toMatchObject({ id: 'u_demo0001', displayName: '演示用户', phoneMasked: '138****8000' })
  })

  it('counts wrong codes down, then invalidates the code after the fifth', async () => {
    await send()
    const code = await mock.latestCode(PHONE)
    for (const left of [4, 3, 2, 1]) {
      const res = await login(wrong(code))
      expect(res.status).toBe(400)
      expect(res.body).toEqual({ code: 'SMS_CODE_WRONG', message: `验证码不正确，还可尝试${left}次`, fields: { code: `验证码不正确，还可尝试${left}次` } })
    }
    const fifth = await login(wrong(code))
    expect(mock.error(fifth)).toMatchObject({ code: 'SMS_CODE_WRONG', message: '验证码不正确，错误次数过多，请重新获取' })
    // Even the right code no longer works.
    expect(mock.error(await login(code)).code).toBe('SMS_CODE_INVALID')
  })

  it('rejects an expired code after 5 minutes', async () => {
    await send()
    const code = await mock.latestCode(PHONE)
    mock.clock.advance(300 * SECOND)
    const res = await login(code)
    expect(res.status).toBe(400)
    expect(mock.error(res)).toEqual({ code: 'SMS_CODE_EXPIRED', message: '验证码已过期，请重新获取' })
  })

  it('rejects a code for a phone that never asked for one', async () => {
    expect(mock.error(await login('123456', '13600000000')).code).toBe('SMS_CODE_INVALID')
  })
})

describe('GET /mock/outbox', () => {
  it('lists the newest first, filters by phone and limits to 20', async () => {
    for (let i = 0; i < 25; i++) {
      await send(`137000000${String(i).padStart(2, '0')}`)
    }
    await send()
    const all = await mock.call<OutboxDto>('GET', mockPaths.outbox)
    expect(all.body.messages).toHaveLength(20)
    expect(all.body.messages[0].phone).toBe(PHONE)
    const mine = await mock.call<OutboxDto>('GET', `${mockPaths.outbox}?phone=${PHONE}`)
    expect(mine.body.messages.map((m) => m.phone)).toEqual([PHONE])
  })

  it('renders a readable Chinese HTML page for a browser', async () => {
    await send()
    const code = await mock.latestCode(PHONE)
    const res = await mock.app.inject({ method: 'GET', url: mockPaths.outbox, headers: { accept: 'text/html,application/xhtml+xml' } })
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toContain('短信发件箱（模拟）')
    expect(res.body).toContain(code)
    expect(res.body).toContain(PHONE)
  })

  it('shows an empty page with a hint', async () => {
    const res = await mock.app.inject({ method: 'GET', url: mockPaths.outbox, headers: { accept: 'text/html' } })
    expect(res.body).toContain('暂无短信')
  })
})
