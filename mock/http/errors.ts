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
  recordNotFound: '要查找的记录不存在',
  unavailable: '服务暂时不可用',
  unauthorized: '登录已过期，请重新登录',
  tooMany: (seconds: number) => `操作过于频繁，请${seconds}秒后再试`,
  regionNotFound: '未找到该地区，请重新选择地区',
  itemNotFound: '该事项不存在或已下线',
  departmentNotFound: '该部门不存在或暂未开通旗舰店',
  subscriptionLimit: (max: number) => `最多订阅${max}个事项，请先取消部分订阅`,
  orderMismatch: '订阅列表已变化，请刷新后再调整顺序',
  // online handling: forms, drafts, uploads (mock/routes/handling-forms.ts)
  formNotFound: '该事项暂不支持在线办理，请查看办事指南选择其他办理方式',
  draftNotFound: '未找到该事项的草稿',
  draftSubmitted: '该草稿已提交，请在「我的办件」中查看',
  draftItemMismatch: '草稿所属事项与请求地址不一致',
  fileMissing: '请选择要上传的文件',
  fileType: '仅支持 JPG、PNG 图片或 PDF 文件',
  fileTooLarge: '文件超过 5 MB，请压缩后重新上传',
  uploadMalformed: '上传内容不完整，请重新上传',
} as const
