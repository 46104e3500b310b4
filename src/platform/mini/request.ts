import Taro from '@tarojs/taro'
import type { NoAnswer, Platform } from '../contract'
import { lowerCaseHeaders } from '../normalise'

interface HostFailure {
  errMsg?: string
  /** Alipay: numeric error code; 13 = timeout */
  error?: number
  errorMessage?: string
  /** Alipay answers a 4xx/5xx through `fail` (error 19) with the response attached */
  status?: number
  statusCode?: number
  data?: unknown
  headers?: Record<string, unknown>
  header?: Record<string, unknown>
}

/**
 * A host reports "no answer" differently: WeChat/Baidu `request:fail timeout`, Alipay `{ error: 13 }` for a timeout.
 * The API client races its own timer too, so this only has to be right when the host gives up first.
 * @see https://docs.taro.zone/docs/apis/network/request/ (the request API each host implements; WeChat lists its failures under 网络 · 发起请求)
 * @see https://opendocs.alipay.com/mini/api/owycmh
 */
const isTimeout = (failure: HostFailure) => failure.error === 13 || /timeout|timed out|超时/i.test(failure.errMsg ?? failure.errorMessage ?? '')

/**
 * The mini-programs' request: Taro.request, normalised. Unlike the rest of the adapter this goes through
 * @tarojs/taro rather than the host global, because Taro already maps my.request's dialect (`headers`, `status`,
 * GET/POST-only older clients) onto wx.request's; what Taro leaves to the caller, Alipay's HTTP errors through
 * `fail` and the hosts' timeout codes, is handled here.
 */
export const request: Platform['request'] = async ({ url, method, headers, data, timeoutMs }) => {
  try {
    const res = await Taro.request({ url, method, header: headers, data, timeout: timeoutMs, dataType: 'json' })
    return { status: res.statusCode, data: res.data, headers: lowerCaseHeaders(res.header) }
  } catch (e) {
    const failure = (e ?? {}) as HostFailure
    const status = failure.statusCode ?? failure.status
    if (typeof status === 'number' && status >= 100) {
      return { status, data: failure.data, headers: lowerCaseHeaders(failure.header ?? failure.headers) }
    }
    throw { noAnswer: isTimeout(failure) ? 'timeout' : 'network' } satisfies NoAnswer
  }
}
