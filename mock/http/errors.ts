import type { ErrorBody } from '../../src/api/contract'

/**
 * An error a route or hook throws on purpose: it becomes exactly this status and ErrorBody. Anything else
 * that escapes a handler is a bug and is answered with a generic 500 (see error-handler.ts).
 */
export class MockHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'MockHttpError'
  }

  get body(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}

export const httpError = (
  status: number,
  code: string,
  message: string,
  extra: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
) => new MockHttpError(status, code, message, extra.fields, extra.headers)

/** Messages the mock shares between routes. */
export const messages = {
  badRequest: '请求格式不正确',
  notFound: '接口不存在',
  unavailable: '服务暂时不可用',
  unauthorized: '登录已过期，请重新登录',
  tooMany: (seconds: number) => `操作过于频繁，请${seconds}秒后再试`,
  regionNotFound: '未找到该地区，请重新选择地区',
  itemNotFound: '该事项不存在或已下线',
  departmentNotFound: '该部门不存在或暂未开通旗舰店',
  subscriptionLimit: (max: number) => `最多订阅${max}个事项，请先取消部分订阅`,
  orderMismatch: '订阅列表已变化，请刷新后再调整顺序',
} as const
