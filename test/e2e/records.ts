import { randomUUID } from 'node:crypto'
import { X_CHECK_DIGIT } from '../../mock/fixtures/identities'
import { STAFF } from '../../mock/fixtures/staff'
import { IDEMPOTENCY_HEADER } from '../../src/api/contract'
import type {
  AppointmentDto,
  DepartmentListDto,
  CaseDetailDto,
  FaceResultDto,
  FaceTicketDto,
  FeeListDto,
  FormSchemaDto,
  HallListDto,
  LicenceListDto,
  MaterialAnswers,
  OrderDto,
  ScenarioDto,
  ScenarioFormDto,
  SessionDto,
  SlotCalendarDto,
  UploadDto,
} from '../../src/api/contract'
import { mockPaths, paths } from '../../src/api/contract/paths'
import { beijingDate } from '../../src/domain/working-days'
import { everyNeededSlotUploaded, JPEG, validAnswers } from '../support/handling-answers'

/**
 * The records the pages of the app show, created over HTTP against the mock the way the app and the back office
 * would (no browser clicks): an SMS session with 实名, applications in three states, a paid order, an
 * appointment, a 一件事 case, and a staff session. Used by the accessibility walk over every page.
 */
/** 黄浦区 机动车驾驶证换证（期满换证）: an online item with a form, materials and a fee */
export const ONLINE_ITEM = '310101-100200130000-0'
/** 黄浦区 内地居民结婚登记: bookable, handled at the hall */
export const BOOKABLE_ITEM = '310101-000125006000-0'
export const SCENARIO = 'newborn'
const REGION = '310101'

export interface Records {
  /** 孙志强, signed in by SMS, 实名 and face-checked just now */
  citizen: SessionDto
  /** 张敏, window staff of 黄浦区 (验证电子证照) */
  staff: SessionDto
  /** 已受理 */
  accepted: string
  /** 待补正 */
  supplementing: string
  /** 办结（通过）, to be rated */
  approved: string
  /** a valid 居民身份证 of the citizen's wallet */
  licence: string
  /** a paid order (the provider's notification arrived) */
  paidOrder: string
  appointment: string
  /** 一件事办件 of the newborn scenario */
  caseId: string
  /** a department with a 旗舰店 */
  department: string
  /** 投诉 about BOOKABLE_ITEM, answered by the department and waiting for 满意度评价 */
  complaint: string
  /** a 通知公告 of the region */
  notice: string
}

type Body = Record<string, unknown> | Buffer

export function recordsApi(base: string) {
  async function call<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: Body, session?: SessionDto, headers: Record<string, string> = {}): Promise<T> {
    const all: Record<string, string> = { 'x-tongban-contract': '1.0.0', ...headers }
    if (session) all.authorization = `Bearer ${session.token}`
    if (method !== 'GET') all[IDEMPOTENCY_HEADER] = randomUUID()
    if (body && !Buffer.isBuffer(body)) all['content-type'] = 'application/json'
    const res = await fetch(`${base}${path}`, { method, headers: all, body: body === undefined ? undefined : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`)
    return (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T
  }

  async function smsSession(phone: string): Promise<SessionDto> {
    await call('POST', paths.smsSend, { phone })
    const outbox = await call<{ messages: { code: string }[] }>('GET', `${mockPaths.outbox}?phone=${phone}`)
    return call<SessionDto>('POST', paths.smsLogin, { phone, code: outbox.messages[0].code })
  }

  /** 实名认证 through the simulated provider (as the mini-program hosts confirm it), then the fresh user. */
  async function realName(session: SessionDto): Promise<SessionDto> {
    const ticket = await call<FaceTicketDto>('POST', paths.realNameStart, { ...X_CHECK_DIGIT, consent: true, platform: 'weapp' }, session)
    const verdict = await call<FaceResultDto>('POST', paths.faceConfirm, { ticketId: ticket.ticketId }, session)
    if (verdict.status !== 'passed') throw new Error(`face check did not pass: ${JSON.stringify(verdict)}`)
    return { ...session, user: await call<SessionDto['user']>('GET', paths.me, undefined, session) }
  }

  async function upload(session: SessionDto): Promise<string> {
    const boundary = '----tongban-a11y'
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      JPEG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    return (await call<UploadDto>('POST', paths.uploads, payload, session, { 'content-type': `multipart/form-data; boundary=${boundary}` })).id
  }

  const review = (id: string, ...actions: string[]) =>
    actions.reduce<Promise<unknown>>((done, action) => done.then(() => call('POST', mockPaths.review.replace(':id', id), { action })), Promise.resolve())

  /** Every material of a form: an e-licence where the slot takes only that, else the uploaded file. */
  function materialsFor(form: FormSchemaDto, fileId: string, wallet: LicenceListDto['licences']): MaterialAnswers {
    const materials = everyNeededSlotUploaded(form, fileId)
    for (const slot of form.materials) {
      if (slot.upload !== null || !(slot.id in materials)) continue
      const licence = wallet.find((l) => l.type === slot.eLicence && l.status === 'valid')
      if (licence) materials[slot.id] = { kind: 'licence', licenceId: licence.id, consent: true }
      else if (slot.requirement === 'deferrable') materials[slot.id] = { kind: 'deferred' }
      else delete materials[slot.id]
    }
    return materials
  }

  async function create(): Promise<Records> {
    const citizen = await realName(await smsSession('13800138555'))
    const staff = await smsSession(STAFF[0].phone)
    const today = beijingDate(Date.now())
    const fileId = await upload(citizen)
    const wallet = (await call<LicenceListDto>('GET', paths.licences, undefined, citizen)).licences

    const form = await call<FormSchemaDto>('GET', paths.itemForm.replace(':id', ONLINE_ITEM))
    const apply = async (...actions: string[]) => {
      const body = {
        itemId: ONLINE_ITEM,
        formVersion: form.version,
        answers: validAnswers(form, today),
        materials: everyNeededSlotUploaded(form, fileId),
        declarationAccepted: true,
        submissionKey: randomUUID(),
        mode: 'personal',
        platform: 'h5',
      }
      const { id } = await call<{ id: string }>('POST', paths.applications, body, citizen)
      await review(id, ...actions)
      return id
    }
    const accepted = await apply('accept')
    const supplementing = await apply('accept', 'request-supplement')
    const approved = await apply('accept', 'process', 'approve')

    const fees = (await call<FeeListDto>('GET', paths.fees, undefined, citizen)).fees
    const order = await call<OrderDto>('POST', paths.orders, { feeId: fees[0].id, platform: 'h5' }, citizen)
    await call('POST', mockPaths.payNotify, { orderId: order.id, outcome: 'success' })

    const hallId = (await call<HallListDto>('GET', paths.itemHalls.replace(':id', BOOKABLE_ITEM))).halls[0].id
    const days = (await call<SlotCalendarDto>('GET', `${paths.appointmentSlots}?itemId=${BOOKABLE_ITEM}&hallId=${encodeURIComponent(hallId)}`)).days
    const day = days.find((d) => d.slots.some((s) => s.remaining > 0))!
    const slot = day.slots.find((s) => s.remaining > 0)!
    const appointment = await call<AppointmentDto>('POST', paths.appointments, { itemId: BOOKABLE_ITEM, hallId, date: day.date, slotId: slot.id }, citizen)

    const scenario = await call<ScenarioDto>('GET', `${paths.scenario.replace(':id', SCENARIO)}?region=${REGION}`)
    const answers = Object.fromEntries(
      scenario.questions.map((q) => [q.id, q.kind === 'number' ? (q.min ?? 1) : q.kind === 'multi' ? [] : q.kind === 'yes-no' ? 'yes' : q.options![0].value]),
    )
    const combined = await call<ScenarioFormDto>('POST', paths.scenarioForm.replace(':id', SCENARIO), { regionCode: REGION, answers })
    const kase = await call<CaseDetailDto>(
      'POST',
      paths.cases,
      {
        scenarioId: SCENARIO,
        regionCode: REGION,
        scenarioAnswers: answers,
        scenarioVersion: scenario.version,
        answers: validAnswers(combined.form, today),
        materials: materialsFor(combined.form, fileId, wallet),
        declarationAccepted: true,
        submissionKey: randomUUID(),
        mode: 'personal',
        platform: 'h5',
      },
      citizen,
    )
    await call('PUT', paths.subscription.replace(':id', ONLINE_ITEM), undefined, citizen)
    await call('PUT', paths.draft.replace(':id', ONLINE_ITEM), { itemId: ONLINE_ITEM, formVersion: form.version, answers: {}, materials: {}, updatedAt: Date.now(), submissionKey: randomUUID() }, citizen)
    // One use of the licence (亮证 → verified at a window): 用证记录 and the staff's history have a row.
    const licence = wallet.find((l) => l.type === '居民身份证' && l.status === 'valid')!.id
    const shown = await call<{ token: string }>('POST', paths.showLicence.replace(':id', licence), { purpose: 'identity' }, citizen)
    await call('POST', paths.verifications, { token: shown.token, purpose: 'identity' }, staff)
    const { departments } = await call<DepartmentListDto>('GET', `${paths.departments}?region=${REGION}`)
    // A complaint the department has answered: the detail page shows the reply and the rating form.
    const complaint = await call<{ id: string }>(
      'POST',
      paths.feedback,
      { kind: 'complaint', category: 'efficiency', content: '窗口排队一个多小时，叫号系统多次故障。', itemId: BOOKABLE_ITEM, attachments: [], contact: 'message', region: REGION, submissionKey: randomUUID() },
      citizen,
    )
    await call('POST', mockPaths.feedbackAction.replace(':id', complaint.id), { action: 'answer', reply: '已督促窗口增开叫号终端，并安排专人引导。' })
    const notices = await call<{ items: { id: string }[] }>('GET', `${paths.notices}?region=${REGION}`)

    return {
      citizen,
      staff,
      accepted,
      supplementing,
      approved,
      licence,
      paidOrder: order.id,
      appointment: appointment.id,
      caseId: kase.id,
      department: departments[0].id,
      complaint: complaint.id,
      notice: notices.items[0].id,
    }
  }

  return { call, create }
}
