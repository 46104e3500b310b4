import { startHttpMock, type HttpMock } from '../api/support/http-mock'

jest.mock('@tarojs/taro', () => jest.requireActual('../api/support/fake-taro'))
jest.mock('@/platform', () => jest.requireActual('../../pages/fake-platform'))

type Loaded = {
  prefs: typeof import('../../../src/stores/preferences')
  config: typeof import('../../../src/stores/app-config')
  platform: typeof import('../../pages/fake-platform')
}

function launch(storage: Record<string, unknown> = {}, fontScale = 1): Loaded {
  let loaded!: Loaded
  jest.isolateModules(() => {
    const platform = jest.requireActual('../../pages/fake-platform') as Loaded['platform']
    jest.doMock('@/platform', () => platform)
    platform.memory.clear()
    for (const [k, v] of Object.entries(storage)) platform.memory.set(k, v)
    platform.fakeHost.fontScale = fontScale
    // What the session store does first in the app: the client gets the host's request (the fake host's HTTP).
    jest.requireActual<typeof import('../../../src/api')>('../../../src/api').setTransport(jest.requireActual<typeof import('../../../src/platform/mini/request')>('../../../src/platform/mini/request').request)
    loaded = { platform, prefs: jest.requireActual('../../../src/stores/preferences'), config: jest.requireActual('../../../src/stores/app-config') }
  })
  return loaded
}

describe('preferences store', () => {
  it('starts as 个人 in 上海市 with normal type', () => {
    const { prefs } = launch()
    expect(prefs.preferences.get()).toEqual({ mode: 'personal', regionCode: '310000', subRegion: null, elderMode: false, elderModeChosen: false })
  })

  it('restores what was saved and ignores what is malformed', () => {
    expect(launch({ 'tb.preferences.v1': { mode: 'enterprise', regionCode: '310117', elderMode: true, elderModeChosen: true } }).prefs.preferences.get()).toEqual({
      mode: 'enterprise',
      regionCode: '310117',
      subRegion: null,
      elderMode: true,
      elderModeChosen: true,
    })
    expect(launch({ 'tb.preferences.v1': { mode: 'robot', regionCode: 'x'.repeat(9), subRegion: { code: '<script>', name: 1 }, elderMode: 'yes' } }).prefs.preferences.get()).toEqual({
      mode: 'personal',
      regionCode: '310000',
      subRegion: null,
      elderMode: false,
      elderModeChosen: false,
    })
  })

  it('saves every change so the next launch finds it', () => {
    const first = launch()
    first.prefs.setMode('enterprise')
    first.prefs.setRegion('330400', { code: '330402', name: '南湖区' })
    first.prefs.setElderMode(true)
    const saved = Object.fromEntries(first.platform.memory)
    const next = launch(saved).prefs
    expect(next.preferences.get()).toEqual({ mode: 'enterprise', regionCode: '330400', subRegion: { code: '330402', name: '南湖区' }, elderMode: true, elderModeChosen: true })
    expect(next.scopeRegionCode(next.preferences.get())).toBe('330402')
    next.setRegion('310000')
    expect(next.preferences.get().subRegion).toBeNull()
  })

  it('follows large system type until the user chooses', () => {
    expect(launch({}, 1.3).prefs.preferences.get().elderMode).toBe(true)
    expect(launch({}, 1.1).prefs.preferences.get().elderMode).toBe(false)
    expect(launch({ 'tb.preferences.v1': { elderMode: false, elderModeChosen: true } }, 1.3).prefs.preferences.get().elderMode).toBe(false)
  })
})

describe('app-config store', () => {
  let mock: HttpMock
  beforeAll(async () => {
    mock = await startHttpMock()
  })
  afterAll(() => mock.close())
  afterEach(() => Reflect.deleteProperty(process.env, 'TARO_APP_API_BASE'))

  it('loads the configuration from the server and caches it on the device', async () => {
    process.env.TARO_APP_API_BASE = mock.baseUrl
    const { config, platform } = launch()
    expect(config.appConfig.get().status).toBe('loading')
    await config.loadAppConfig()
    expect(config.appConfig.get().status).toBe('ready')
    expect(config.modeConfig(config.appConfig.get().data, 'enterprise')?.label).toBe('法人')
    expect(platform.memory.get(config.APP_CONFIG_KEY)).toEqual(config.appConfig.get().data)
  })

  it('opens from the cache when the network is down, and says so only when nothing is cached', async () => {
    process.env.TARO_APP_API_BASE = mock.baseUrl
    const online = launch()
    await online.config.loadAppConfig()
    const cache = Object.fromEntries(online.platform.memory)

    process.env.TARO_APP_API_BASE = 'http://127.0.0.1:9'
    const offline = launch(cache)
    expect(offline.config.appConfig.get().status).toBe('ready')
    await offline.config.loadAppConfig()
    expect(offline.config.appConfig.get()).toMatchObject({ status: 'ready', error: '网络连接失败，请检查网络后重试' })
    expect(offline.config.appConfig.get().data?.hotline).toBe('12345')

    const empty = launch()
    await empty.config.loadAppConfig()
    expect(empty.config.appConfig.get()).toMatchObject({ status: 'error', data: null, error: '网络连接失败，请检查网络后重试' })
  })
})
