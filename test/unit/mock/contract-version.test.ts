import { CONTRACT_HEADER, CONTRACT_VERSION } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

const health = (version?: string) => mock.call('GET', paths.health, undefined, version === undefined ? {} : { [CONTRACT_HEADER]: version })

describe('contract version header', () => {
  it.each([CONTRACT_VERSION, '1.9.3', '1'])('accepts the same major version (%s)', async (version) => {
    expect((await health(version)).status).toBe(200)
  })

  it('accepts a request without the header (curl, a browser)', async () => {
    expect((await health()).status).toBe(200)
  })

  it.each(['0.9.0', '2.0.0', 'banana', ''])('answers 426 CONTRACT_MISMATCH to %p', async (version) => {
    const res = await health(version)
    expect(res.status).toBe(426)
    expect(res.body).toEqual({ code: 'CONTRACT_MISMATCH', message: '当前版本过旧，请更新小程序后重试' })
  })

  it('checks before the handler runs: a mismatched login never consumes a code', async () => {
    const code = await mock.issueCode('weapp')
    const stale = await mock.call('POST', paths.platformLogin, { platform: 'weapp', code }, { [CONTRACT_HEADER]: '0.1.0' })
    expect(stale.status).toBe(426)
    expect((await mock.call('POST', paths.platformLogin, { platform: 'weapp', code })).status).toBe(200)
  })

  it('tells its own version on every answer and leaves the dev endpoints alone', async () => {
    expect((await health()).headers[CONTRACT_HEADER]).toBe(CONTRACT_VERSION)
    expect((await mock.call('GET', mockPaths.outbox, undefined, { [CONTRACT_HEADER]: '9.0.0' })).status).toBe(200)
  })
})
