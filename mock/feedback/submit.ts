import { randomBytes } from 'node:crypto'
import type { FeedbackBody, FeedbackKind, RegionDto, UploadDto } from '../../src/api/contract'
import { COMPLAINT_CATEGORIES, CONSULT_CATEGORIES, FEEDBACK_LIMITS, REPORT_CATEGORIES } from '../../src/api/contract/feedback'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex } from '../catalog/query'
import { regionByCode } from '../catalog/seed/regions'
import { hotlineOf } from '../community/offices'
import type { MockContext } from '../context'
import { findUpload, toUploadDto } from '../handling/uploads'
import { httpError, messages } from '../http/errors'
import { maskPhone } from '../log'
import type { UserRecord } from '../store'
import { addEvent, feedbackStateOf, KIND_NOUN, nextNumber, type FeedbackRecord } from './state'

/**
 * 提交咨询 / 投诉 / 找茬: every check before anything is stored (Chinese 4xx, never a 500), then one record per
 * (user, submissionKey), sent to the department that answers it:
 *
 *   the item's department          a 咨询 or 投诉 about an item; a 找茬 about a guide's content or an item that
 *                                  cannot be applied for (指南信息有误, 无法办理, 其他), also when the item is
 *                                  only known from the guide page it was reported on
 *   the region's 12345 office      a general 咨询 or 投诉 (上海市12345市民服务热线, 嘉兴市12345政务服务便民热线)
 *   通办平台运营中心                 any other 找茬 (页面显示异常, 操作不便: the app itself)
 *
 * Synchronous from the submissionKey lookup to the stored record, so concurrent retries file once.
 */

export const PLATFORM_OPERATOR = '通办平台运营中心'
/** The guide page: a 找茬 reported there concerns its item (routes.guide, ?id=). */
export const GUIDE_ROUTE = '/packages/catalog/pages/guide/index'

const CATEGORIES: Record<FeedbackKind, readonly string[]> = {
  consult: CONSULT_CATEGORIES,
  complaint: COMPLAINT_CATEGORIES,
  report: REPORT_CATEGORIES,
}
/** 找茬 categories about the app rather than an item's guide: the operator answers them. */
const APP_PROBLEMS: readonly string[] = ['display', 'hard-to-use']

const refuse = {
  category: (kind: FeedbackKind) =>
    httpError(400, 'CATEGORY_INVALID', `请选择正确的${KIND_NOUN[kind]}类别`, { fields: { category: `请选择正确的${KIND_NOUN[kind]}类别` } }),
  content: () =>
    httpError(400, 'VALIDATION_FAILED', `问题描述请至少填写 ${FEEDBACK_LIMITS.content.min} 个字`, {
      fields: { content: `问题描述请至少填写 ${FEEDBACK_LIMITS.content.min} 个字` },
    }),
  region: () => httpError(404, 'REGION_NOT_FOUND', messages.regionNotFound),
  item: () => httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound),
  hallWithoutItem: () => httpError(400, 'HALL_NOT_FOUND', '请先选择相关事项，再选择办理大厅', { fields: { hallName: '请先选择相关事项，再选择办理大厅' } }),
  hall: (name: string) =>
    httpError(400, 'HALL_NOT_FOUND', `「${name}」不是该事项的办理地点，请重新选择`, { fields: { hallName: '请从该事项的办理地点中选择' } }),
  page: () => httpError(400, 'PAGE_REQUIRED', '请从出现问题的页面点击「找茬」提交', { fields: { page: '缺少出现问题的页面' } }),
  upload: () => httpError(400, 'UPLOAD_NOT_FOUND', '附件已失效或不存在，请重新上传', { fields: { attachments: '附件已失效或不存在，请重新上传' } }),
  phone: () =>
    httpError(400, 'PHONE_REQUIRED', '您的账号尚未绑定手机号，请先绑定手机号，或选择站内消息答复', {
      fields: { contact: '未绑定手机号，无法电话回访' },
    }),
}

const itemById = (id: string): CatalogItem | undefined => catalogIndex().catalog.byId.get(id)

/** The first line of the content, at most 40 characters: the record's title in lists. */
export function titleOf(content: string): string {
  const line = content.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? content.trim()
  const chars = Array.from(line)
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : line
}

/** Who answers: see the table above. */
export function departmentFor(kind: FeedbackKind, category: string, item: CatalogItem | null, region: RegionDto): string {
  if (kind === 'report') return item && !APP_PROBLEMS.includes(category) ? item.department.name : PLATFORM_OPERATOR
  return item ? item.department.name : hotlineOf(region.code)
}

function attachmentsOf(ctx: MockContext, user: UserRecord, ids: readonly string[]): UploadDto[] {
  return [...new Set(ids)].map((id) => {
    const upload = findUpload(ctx, user.id, id)
    if (!upload) throw refuse.upload()
    return toUploadDto(upload)
  })
}

export function submitFeedback(ctx: MockContext, user: UserRecord, body: FeedbackBody): { record: FeedbackRecord; created: boolean } {
  const state = feedbackStateOf(ctx)
  const submission = `${user.id} ${body.submissionKey}`
  const existing = state.bySubmission[submission] as string | undefined
  if (existing && state.byId[existing]) return { record: state.byId[existing], created: false }

  if (!CATEGORIES[body.kind].includes(body.category)) throw refuse.category(body.kind)
  const content = body.content.trim()
  if (Array.from(content).length < FEEDBACK_LIMITS.content.min) throw refuse.content()
  const region = regionByCode(body.region)
  if (!region) throw refuse.region()
  let item: CatalogItem | null = null
  if (body.itemId) item = itemById(body.itemId) ?? null
  if (body.itemId && !item) throw refuse.item()
  const page = body.kind === 'report' ? body.page ?? null : null
  if (body.kind === 'report' && !page) throw refuse.page()
  // A 找茬 on a guide page concerns that guide's item, even when the client did not say so.
  if (!item && page?.route === GUIDE_ROUTE && page.params.id) item = itemById(page.params.id) ?? null
  let hall: FeedbackRecord['hall'] = null
  if (body.hallName) {
    if (!item) throw refuse.hallWithoutItem()
    const location = item.locations.find((l) => l.name === body.hallName)
    if (!location) throw refuse.hall(body.hallName)
    hall = { name: location.name, address: location.address }
  }
  const attachments = attachmentsOf(ctx, user, body.attachments)
  if (body.contact === 'phone' && !user.phone) throw refuse.phone()

  const now = ctx.clock.now()
  const department = departmentFor(body.kind, body.category, item, region)
  const record: FeedbackRecord = {
    id: `fb-${randomBytes(8).toString('hex')}`,
    userId: user.id,
    kind: body.kind,
    status: 'received',
    number: nextNumber(ctx, body.kind),
    title: titleOf(content),
    item: item ? { id: item.id, name: item.name } : null,
    department,
    category: body.category,
    content,
    hall,
    page: page ? { route: page.route, params: { ...page.params }, title: page.title } : null,
    attachments,
    contact: body.contact,
    phoneMasked: body.contact === 'phone' && user.phone ? maskPhone(user.phone) : null,
    region: region.code,
    submissionKey: body.submissionKey,
    timeline: [],
    replies: [],
    rating: null,
    createdAt: now,
    updatedAt: now,
  }
  addEvent(ctx, record, 'received', `已收到您的${KIND_NOUN[body.kind]}，已转交${department}办理`)
  state.byId[record.id] = record
  ;(state.byUser[user.id] ??= []).push(record.id)
  state.bySubmission[submission] = record.id
  return { record, created: true }
}
