import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { platform, type PickedFile, type Platform } from '../../src/platform'
import { browser } from '../../src/platform/h5/browser'
import { host, installHost } from './hosts/install'
import { SCENARIOS } from './scenarios'

/**
 * The adapter contract, run once per target: `src/platform` resolves to index.<TARGET>.ts exactly as Taro does,
 * and each scenario programs the fake host (or jsdom) and asserts the normalised result.
 */
describe(`platform contract: ${TARGET}`, () => {
  beforeEach(() => {
    installHost(TARGET)
    if (TARGET === 'h5') localStorage.clear()
  })
  afterEach(() => jest.restoreAllMocks())

  it('is the adapter for this target, with every capability', () => {
    expect(platform.name).toBe(TARGET)
    expect(platform.displayName).toMatch(/[\u4e00-\u9fa5]/)
    const methods: Array<keyof Platform> = [
      'login',
      'verifyFace',
      'pay',
      'scan',
      'chooseImages',
      'chooseFiles',
      'requestSubscribe',
      'request',
      'systemInfo',
      'makePhoneCall',
      'getLocation',
      'uploadFile',
      'compressImage',
      'isOnline',
      'onNetworkChange',
      'setClipboard',
    ]
    for (const m of methods) expect(typeof platform[m]).toBe('function')
    expect(Object.keys(platform.storage).sort()).toEqual(['get', 'remove', 'set'])
    for (const m of ['getBrightness', 'setBrightness', 'onCapture'] as const) expect(typeof platform.screen[m]).toBe('function')
    expect(platform.screen.capturesReported).toBe(TARGET !== 'h5')
    expect(platform.phoneButton === null).toBe(TARGET === 'h5')
  })

  it.each(SCENARIOS[TARGET]().map((s) => [s.title, s] as const))('%s', async (_title, scenario) => {
    try {
      scenario.arrange?.()
      const result = await scenario.act(platform)
      expect(result).toEqual(scenario.expected)
      if (scenario.sent) expect(host().optionsOf(scenario.sent.api)).toEqual(scenario.sent.options)
      if (scenario.notCalled) expect(host().callsOf(scenario.notCalled)).toEqual([])
      scenario.verify?.(result)
    } finally {
      scenario.cleanup?.()
    }
  })

  describe('request, over real HTTP', () => {
    let server: Server
    let origin: string
    beforeAll(async () => {
      // An API that answers 503 with a JSON body, a Retry-After and mixed-case names; CORS open for jsdom's page.
      server = createServer((req, res) => {
        if (req.url === '/drop') {
          req.socket.destroy()
          return
        }
        const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Expose-Headers': 'Retry-After' }
        if (req.method === 'OPTIONS') {
          res.writeHead(204, cors).end()
          return
        }
        let body = ''
        req.on('data', (chunk: Buffer) => (body += chunk.toString()))
        req.on('end', () => {
          res.writeHead(503, { ...cors, 'Content-Type': 'application/json', 'Retry-After': '3' })
          res.end(JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用', echo: body && JSON.parse(body), method: req.method }))
        })
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('answers any status, the JSON parsed and header names lower-cased', async () => {
      const res = await platform.request({ url: `${origin}/api`, method: 'PUT', headers: { 'content-type': 'application/json' }, data: { a: 1 }, timeoutMs: 2000 })
      expect(res).toMatchObject({ status: 503, data: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用', echo: { a: 1 }, method: 'PUT' } })
      expect(res.headers['retry-after']).toBe('3')
    })

    it('rejects with noAnswer when the connection drops', async () => {
      jest.spyOn(console, 'error').mockImplementation(() => undefined) // jsdom reports a failed XHR on the console
      await expect(platform.request({ url: `${origin}/drop`, method: 'GET', headers: {}, data: undefined, timeoutMs: 500 })).rejects.toEqual({ noAnswer: 'network' })
    })
  })

  it('never answers with an exception, whatever the host throws', async () => {
    const broken = () => {
      throw new TypeError('host crashed')
    }
    const photo: PickedFile = { path: 'tmp/photo.jpg', size: 5_000_000, name: 'photo.jpg', kind: 'image' }
    if (TARGET !== 'h5') {
      const apis = ['login', 'scanCode', 'scan', 'makePhoneCall', 'getLocation', 'setClipboard', 'uploadFile', 'compressImage', 'getNetworkType', 'onNetworkStatusChange']
      apis.push('getScreenBrightness', 'setScreenBrightness', 'onUserCaptureScreen')
      for (const api of apis) host().next(api, { throws: new TypeError('host crashed') })
    } else {
      photo.file = new File(['x'.repeat(16)], 'photo.jpg', { type: 'image/jpeg' })
      jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(broken)
      jest.spyOn(browser, 'navigate').mockImplementation(broken)
      jest.spyOn(XMLHttpRequest.prototype, 'open').mockImplementation(broken)
      Object.defineProperty(window, 'createImageBitmap', { value: broken, configurable: true, writable: true })
    }
    try {
      const results = await Promise.all([
        platform.login(),
        platform.scan(),
        platform.makePhoneCall('12345'),
        platform.getLocation(),
        platform.chooseImages({ count: 1, sources: ['album'], compressed: true }),
        platform.uploadFile({ url: 'https://x/upload', file: photo, name: 'file', headers: {}, onProgress: broken }),
      ])
      for (const r of results) expect(['ok', 'cancelled', 'failed', 'unsupported']).toContain(r.status)
      expect(await platform.compressImage(photo, { quality: 80, maxBytes: 1 })).toBe(photo)
      expect(await platform.isOnline()).toBe(true)
      const unsubscribe = platform.onNetworkChange(broken)
      expect(typeof unsubscribe).toBe('function')
      unsubscribe()
      expect(await platform.screen.getBrightness()).toBeNull()
      expect(await platform.screen.setBrightness(1)).toBe(false)
      platform.screen.onCapture(broken)()
    } finally {
      if (TARGET === 'h5') Reflect.deleteProperty(window, 'createImageBitmap')
    }
  })

  it('messages are Simplified Chinese', async () => {
    const results = await Promise.all([
      platform.verifyFace({ provider: TARGET === 'h5' ? 'weapp' : 'h5', url: 'https://x', verifyId: 'v' } as never),
      platform.pay({ provider: TARGET === 'h5' ? 'weapp' : 'h5', url: 'https://x' } as never),
    ])
    for (const r of results) {
      expect(r.status).toBe('failed')
      if (r.status === 'failed') expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})

describe('platform-neutral default (src/platform/index.ts)', () => {
  // Required by path: the suffix convention would resolve `src/platform` to this project's adapter.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const neutral: Platform = require('../../src/platform/index.ts').platform

  it('answers unsupported for every capability, in Chinese', async () => {
    const results = await Promise.all([
      neutral.login(),
      neutral.verifyFace({ provider: 'h5', url: 'https://x' }),
      neutral.pay({ provider: 'h5', url: 'https://x' }),
      neutral.scan(),
      neutral.chooseImages({ count: 1, sources: ['album'], compressed: true }),
      neutral.chooseFiles({ count: 1, extensions: ['pdf'] }),
      neutral.requestSubscribe(['T1']),
      neutral.makePhoneCall('12345'),
      neutral.getLocation(),
    ])
    for (const r of results) expect(r).toEqual({ status: 'unsupported', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(neutral.phoneButton).toBeNull()
    neutral.storage.set('k', 1)
    expect(neutral.storage.get('k')).toBeUndefined()
    expect(neutral.systemInfo().fontScale).toBe(1)
    expect([await neutral.screen.getBrightness(), await neutral.screen.setBrightness(1), neutral.screen.capturesReported]).toEqual([null, false, false])
    await expect(neutral.request({ url: 'https://x/api', method: 'GET', headers: {}, data: undefined, timeoutMs: 100 })).rejects.toEqual({ noAnswer: 'network' })
  })
})
