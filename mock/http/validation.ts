import type { TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors'
import { Value } from '@sinclair/typebox/value'
import type { FastifySchemaCompiler } from 'fastify'
import { messages } from './errors'

/**
 * Validates requests with TypeBox's own compiler instead of Fastify's default Ajv set-up, because that one
 * silently strips unknown properties and coerces types in bodies ("13800000000" ⇐ 13800000000): a mock that
 * accepts what a real platform rejects hides client bugs. Query strings, params and headers arrive as text,
 * so only they are converted to the schema's types first. Errors come back as Chinese messages per field.
 */
export class RequestValidationError extends Error {
  readonly statusCode = 400
  readonly code = 'VALIDATION_FAILED'
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message)
    this.name = 'RequestValidationError'
  }
}

/** What each field is called on screen. */
const labels: Record<string, string> = {
  phone: '手机号',
  code: '验证码',
  platform: '登录平台',
  user: '用户标识',
  'PlatformLoginBody.code': '登录凭证',
  name: '姓名',
  idNumber: '身份证号',
  creditCode: '统一社会信用代码',
  ticketId: '刷脸凭证',
  ticket: '刷脸凭证',
  feeId: '缴费项目',
  orderId: '订单',
  order: '订单',
  returnPath: '返回页面',
  consent: '个人信息处理同意',
  'PhoneBindBody.code': '手机号授权凭证',
  encryptedData: '手机号授权数据',
  // catalog queries and paths (schemas without an $id are scoped by where the value came from)
  region: '地区代码',
  'params.code': '地区代码',
  'params.id': '编号',
  q: '搜索词',
  mode: '办事模式',
  level: '层级',
  department: '部门',
  theme: '主题',
  fullyOnline: '全程网办筛选',
  zeroVisit: '零跑动筛选',
  crossRegion: '跨区域通办筛选',
  sort: '排序方式',
  offset: '起始位置',
  limit: '每页条数',
  itemIds: '订阅顺序',
  // drafts (在线办理草稿)
  'DraftBody.itemId': '事项编码',
  'DraftBody.formVersion': '表单版本',
  'DraftBody.answers': '填写内容',
  'DraftBody.materials': '申请材料',
  'DraftBody.updatedAt': '修改时间',
  'DraftBody.submissionKey': '提交标识',
  // 一件事, 电子证照, 预约
  scenarioId: '一件事',
  regionCode: '办理地区',
  scenarioAnswers: '情形问题的回答',
  purpose: '亮证用途',
  token: '亮证码',
  lat: '纬度',
  lng: '经度',
  itemId: '事项编码',
  hallId: '办理大厅',
  date: '预约日期',
  slotId: '预约时段',
  // 咨询 / 投诉 / 找茬, 常见问题, 通知公告, 社区
  'FeedbackBody.kind': '反馈类型',
  'FeedbackBody.category': '类别',
  'FeedbackBody.content': '问题描述',
  'FeedbackBody.itemId': '相关事项',
  'FeedbackBody.hallName': '办理大厅',
  'FeedbackBody.page': '问题页面',
  'FeedbackBody.page.route': '问题页面地址',
  'FeedbackBody.page.params': '问题页面参数',
  'FeedbackBody.page.title': '问题页面标题',
  'FeedbackBody.attachments': '附件',
  'FeedbackBody.contact': '回复方式',
  'FeedbackBody.region': '所在地区',
  'FeedbackBody.submissionKey': '提交标识',
  'FeedbackRateBody.score': '满意度评分',
  'FeedbackRateBody.comment': '评价内容',
  'FeedbackActionBody.action': '处理操作',
  'FeedbackActionBody.reply': '答复内容',
  'querystring.item': '事项编码',
}

/** Wording for a value of the right type but the wrong shape, where "格式不正确" would be unhelpful. */
const shapeMessages: Record<string, string> = {
  'SmsLoginBody.code': '验证码应为6位数字',
  'PlatformLoginBody.code': '登录凭证格式不正确，请重新登录',
  platform: '不支持的登录平台',
  'CreateOrderBody.platform': '不支持的支付平台',
  'RealNameStartBody.platform': '不支持的平台',
  'StepUpStartBody.platform': '不支持的平台',
  'FaceLoginStartBody.platform': '不支持的平台',
  'PhoneBindBody.platform': '不支持的平台',
  consent: '请阅读并同意个人信息处理说明',
  'RealNameStartBody.name': '请输入与身份证一致的姓名',
  'FaceLoginStartBody.name': '请输入与身份证一致的姓名',
  idNumber: '身份证号应为 18 位，最后一位为数字或 X',
  creditCode: '统一社会信用代码应为 18 位数字或大写字母',
  'FeedbackBody.kind': '不支持的反馈类型',
  'FeedbackBody.content': '问题描述应为 5～500 个字',
  'FeedbackBody.contact': '请选择回复方式',
  'FeedbackBody.attachments': '最多上传 4 个附件',
  'FeedbackRateBody.score': '请选择 1～5 分的满意度评分',
  'FeedbackRateBody.comment': '评价内容最多 200 个字',
  'FeedbackActionBody.action': '不支持的处理操作',
}

const typeErrors = new Set([
  ValueErrorType.String,
  ValueErrorType.Number,
  ValueErrorType.Integer,
  ValueErrorType.Boolean,
  ValueErrorType.Object,
  ValueErrorType.Array,
  ValueErrorType.Null,
])

function describe(error: ValueError, field: string, schemaId: string | undefined): string {
  const scoped = schemaId ? `${schemaId}.${field}` : field
  const label = labels[scoped] ?? labels[field] ?? `参数 ${field}`
  const shaped = shapeMessages[scoped] ?? shapeMessages[field]
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return `请填写${label}`
    case ValueErrorType.ObjectAdditionalProperties:
      return `不支持的参数 ${field}`
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
    case ValueErrorType.Union:
    case ValueErrorType.Literal:
      return shaped ?? `${label}格式不正确`
    case ValueErrorType.StringMinLength:
    case ValueErrorType.StringMaxLength:
      return shaped ?? `${label}长度不正确`
    default:
      return typeErrors.has(error.type) ? `${label}类型不正确` : shaped ?? `${label}不正确`
  }
}

/** Chinese per-field messages for the errors of one value; the first becomes the overall message. */
export function translateErrors(errors: Iterable<ValueError>, schemaId?: string): RequestValidationError {
  const fields: Record<string, string> = {}
  for (const error of errors) {
    // The root itself is wrong (not an object, null, an array): nothing to say per field.
    if (error.path === '') return new RequestValidationError(messages.badRequest, {})
    const field = error.path.slice(1).replace(/\//g, '.')
    fields[field] ??= describe(error, field, schemaId)
    if (Object.keys(fields).length >= 10) break
  }
  const first = Object.values(fields)[0]
  return new RequestValidationError(first ?? messages.badRequest, fields)
}

export const typeboxValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = TypeCompiler.Compile(schema)
  const convert = httpPart !== 'body'
  // Labels are looked up as `<scope>.<field>`: the schema's $id, else the part of the request (params.code).
  const schemaId = typeof schema.$id === 'string' ? schema.$id : httpPart === 'body' ? undefined : httpPart
  return (data: unknown) => {
    const value = convert ? Value.Convert(schema, data) : data
    if (check.Check(value)) return { value }
    return { error: translateErrors(check.Errors(value), schemaId) }
  }
}
