import { host } from '../hosts/install'
import { CAPTURES_OK, captures, isOk, sync, type Scenario } from './expect'

type MiniTarget = 'weapp' | 'alipay' | 'swan'

/**
 * How each host names the brightness, whether it has offUserCaptureScreen, and how it fails, as data: the screen
 * scenarios are the same table for the three mini-program hosts.
 */
const HOSTS: Record<MiniTarget, { field: 'value' | 'brightness'; hasOff: boolean; fail: Record<string, unknown> }> = {
  weapp: { field: 'value', hasOff: true, fail: { errMsg: 'setScreenBrightness:fail system error', errno: 1 } },
  alipay: { field: 'brightness', hasOff: true, fail: { error: 3, errorMessage: '未知错误' } },
  // Baidu Web 态 answers fail for both brightness APIs
  swan: { field: 'value', hasOff: false, fail: { errCode: 1001, errMsg: 'Web 态暂不支持' } },
}

const capture = () => host().emit('onUserCaptureScreen', {})
const brightness = async (p: Parameters<Scenario['act']>[0]) => sync(await p.screen.getBrightness())

/** platform.screen on a mini-program host: brightness both ways, screenshots fanned out from one host listener. */
export const screenScenarios = (target: MiniTarget): Scenario[] => {
  const { field, hasOff, fail } = HOSTS[target]
  return [
    { title: `screen: getScreenBrightness → { ${field} } 0–1`, act: brightness, expected: isOk(0.5) },
    { title: `screen: an answer without ${field} reads null`, arrange: () => host().next('getScreenBrightness', { success: { other: 0.5 } }), act: brightness, expected: isOk(null) },
    { title: 'screen: a brightness above 1 reads 1', arrange: () => host().next('getScreenBrightness', { success: { [field]: 1.7 } }), act: brightness, expected: isOk(1) },
    { title: 'screen: a getScreenBrightness fail reads null', arrange: () => host().next('getScreenBrightness', { fail }), act: brightness, expected: isOk(null) },
    { title: 'screen: no getScreenBrightness reads null', arrange: () => host().remove('getScreenBrightness'), act: brightness, expected: isOk(null) },
    {
      title: `screen: setBrightness sends { ${field} } clamped to 0–1`,
      act: async (p) => sync(await p.screen.setBrightness(1.4)),
      expected: isOk(true),
      sent: { api: 'setScreenBrightness', options: { [field]: 1 } },
    },
    { title: 'screen: a setScreenBrightness fail answers false', arrange: () => host().next('setScreenBrightness', { fail }), act: async (p) => sync(await p.screen.setBrightness(1)), expected: isOk(false) },
    { title: 'screen: no setScreenBrightness answers false', arrange: () => host().remove('setScreenBrightness'), act: async (p) => sync(await p.screen.setBrightness(1)), expected: isOk(false) },
    { title: 'screen: NaN is never sent', act: async (p) => sync(await p.screen.setBrightness(Number.NaN)), expected: isOk(false), notCalled: 'setScreenBrightness' },
    {
      title: hasOff
        ? 'screen: one host capture listener feeds every page; the last unsubscribe removes that same listener'
        : 'screen: one host capture listener feeds every page; unsubscribing works without an off API',
      act: (p) => captures(p, capture),
      expected: CAPTURES_OK,
      verify: () => {
        const added = host().callsOf('onUserCaptureScreen').map((c) => c.args)
        expect(added).toEqual([[expect.any(Function)]])
        // Never a bare off call: Alipay's drops every listener in the mini-program.
        expect(host().callsOf('offUserCaptureScreen').map((c) => c.args)).toEqual(hasOff ? added : [])
      },
    },
    {
      title: hasOff ? 'screen: subscribing after the last unsubscribe registers again' : 'screen: a later subscriber reuses the host listener',
      act: async (p) => {
        let seen = 0
        p.screen.onCapture(() => undefined)()
        const off = p.screen.onCapture(() => void seen++)
        capture()
        off()
        capture()
        return sync(seen)
      },
      expected: isOk(1),
      verify: () => expect(host().callsOf('onUserCaptureScreen')).toHaveLength(hasOff ? 2 : 1),
    },
    { title: 'screen: capturesReported where onUserCaptureScreen exists', act: async (p) => sync(p.screen.capturesReported), expected: isOk(true) },
    {
      title: 'screen: without onUserCaptureScreen captures are not reported and onCapture is a harmless no-op',
      arrange: () => host().remove('onUserCaptureScreen'),
      act: async (p) => sync({ reported: p.screen.capturesReported, unsubscribe: p.screen.onCapture(() => undefined)() }),
      expected: isOk({ reported: false, unsubscribe: undefined }),
    },
  ]
}
