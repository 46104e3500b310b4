import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OutboxDto, UserDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { PHONE, startMock } from './support'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tongban-mock-'))
  file = join(dir, 'nested', 'state.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('MOCK_PERSIST state file', () => {
  it('keeps users, sessions and the outbox across a restart', async () => {
    const first = startMock({ persistPath: file })
    const sms = await first.smsLogin()
    const wx = await first.platformLogin('weapp', 'frank')
    await first.app.close()
    expect(existsSync(file)).toBe(true)

    const second = startMock({ persistPath: file })
    const me = await second.call<UserDto>('GET', paths.me, undefined, second.bearer(sms))
    expect(me.status).toBe(200)
    expect(me.body.id).toBe(sms.user.id)
    expect((await second.platformLogin('weapp', 'frank')).user.id).toBe(wx.user.id)
    const outbox = await second.call<OutboxDto>('GET', mockPaths.outbox)
    expect(outbox.body.messages.map((m) => m.phone)).toEqual([PHONE])
    await second.app.close()
  })

  it('stores token hashes, never the tokens', async () => {
    const mock = startMock({ persistPath: file })
    const session = await mock.smsLogin()
    await mock.app.close()
    expect(readFileSync(file, 'utf8')).not.toContain(session.token)
  })

  it('keeps a logout across a restart', async () => {
    const first = startMock({ persistPath: file })
    const session = await first.smsLogin()
    await first.call('POST', paths.logout, undefined, first.bearer(session))
    await first.app.close()
    const second = startMock({ persistPath: file })
    expect((await second.call('GET', paths.me, undefined, second.bearer(session))).status).toBe(401)
    await second.app.close()
  })

  it('moves an unreadable file aside and starts from the seed instead of crashing', async () => {
    const broken = join(dir, 'state.json')
    writeFileSync(broken, '{"version": 1, "users": ')
    const mock = startMock({ persistPath: broken })
    expect((await mock.call('GET', paths.health)).status).toBe(200)
    expect(readdirSync(dir).some((f) => f.startsWith('state.json.broken-'))).toBe(true)
    expect(mock.lines.some((l) => l.includes('starting fresh'))).toBe(true)
    await mock.smsLogin()
    expect(JSON.parse(readFileSync(broken, 'utf8')).version).toBe(1)
    await mock.app.close()
  })

  it('is off by default: nothing is written', async () => {
    const mock = startMock()
    await mock.smsLogin()
    await mock.app.close()
    expect(readdirSync(dir)).toEqual([])
  })
})
