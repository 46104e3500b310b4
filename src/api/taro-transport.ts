import Taro from '@tarojs/taro'
import { ApiError } from './errors'
import { lowerCaseHeaders, type Transport } from './transport'

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
 * A host reports "no answer" differently: WeChat/Baidu `request:fail timeout`, H5 an aborted fetch,
 * Alipay `{ error: 13 }` for a timeout. The client races its own timer too, so this only has to be right
 * when the host gives up first.
 * @see https://docs.taro.zone/docs/apis/network/request/ (the request API each host implements; WeChat lists its failures under 网络 · 发起请求)
 * @see https://opendocs.alipay.com/mini/api/owycmh
 */
const isTimeout = (failure: HostFailure) => failure.error === 13 || /timeout|timed out|超时/i.test(failure.errMsg ?? failure.errorMessage ?? '')

/** Taro.request on weapp, alipay, swan and h5, normalised to the Transport contract. */
export const taroTransport: Transport = async ({ url, method, headers, data, timeoutMs }) => {
  try {
    const res = await Taro.request({ url, method, header: headers, data, timeout: timeoutMs, dataType: 'json' })
    return { status: res.statusCode, data: res.data, headers: lowerCaseHeaders(res.header) }
  } catch (e) {
    const failure = (e ?? {}) as HostFailure
    const status = failure.statusCode ?? failure.status
    if (typeof status === 'number' && status >= 100) {
      return { status, data: failure.data, headers: lowerCaseHeaders(failure.header ?? failure.headers) }
    }
    throw new ApiError({ kind: isTimeout(failure) ? 'timeout' : 'network' })
  }
}
