import type { FastifyInstance, InjectOptions } from 'fastify'
import type {
  AppointmentDto,
  ApplicationDetailDto,
  DraftDto,
  FaceTicketDto,
  FeedbackDto,
  FeeListDto,
  FormSchemaDto,
  HallListDto,
  LicenceListDto,
  OrderDto,
  OutboxDto,
  SessionDto,
  SlotCalendarDto,
  UploadDto,
} from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { beijingDate } from '../../../src/domain/working-days'
import { maskPhone } from '../../../src/domain/phone'
import { DAY, manualClock } from '../../../mock/clock'
import { catalog } from '../../../mock/catalog/generate'
import { materialsToBring } from '../../../mock/appointments/bookings'
import { CITIZEN, X_CHECK_DIGIT, type SeedIdentity } from '../../../mock/fixtures/identities'
import { reviewScript } from '../../../mock/handling/back-office'
import { formFor } from '../../../mock/handling/forms'
import { maskIdNumber, maskName } from '../../../mock/identity/person'
import { SESSION_TTL_MS } from '../../../mock/auth/sessions'
import { buildServer, type MockServerOptions } from '../../../mock/server'
import { everyNeededSlotUploaded, validAnswers } from '../handling-answers'

/**
 * The fuzzer's world: a mock with two real users, A (王小红, a citizen) and B (孙志强), each with real records
 * (an application, fees and an order, an appointment, licences, a 咨询, a draft, an upload), so a probe with
 * "another user's id" hits a real object. `secrets` of each user are what must never appear in an answer to
 * the other (ids, names, the ID number raw and masked, the phone raw and masked, unique marker texts).
 */
export interface FuzzUser {
  label: 'A' | 'B'
  person: SeedIdentity
  phone: string
  token: string
  auth: Record<string, string>
  /** Record ids by kind, for path probes */
  ids: Record<'application' | 'fee' | 'order' | 'appointment' | 'licence' | 'feedback' | 'draft' | 'upload' | 'item', string[]>
  /** Strings that belong to this user only */
  secrets: string[]
}

export interface FuzzWorld {
  app: FastifyInstance
  clock: ReturnType<typeof manualClock>
  a: FuzzUser
  b: FuzzUser
  /** A session that has expired (signed in before the clock moved past its lifetime) */
  expiredToken: string
  /** A session ended by logout */
  loggedOutToken: string
  /** Items the seeds used: [online item for applications, bookable item] */
  itemIds: { apply: string; book: string; hall: string }
  logLines: string[]
}

type Res = { status: number; body: unknown; raw: string }

async function call(app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Res> {
  const res = await app.inject({ method, url, payload: payload as InjectOptions['payload'], headers })
  const json = res.headers['content-type']?.toString().includes('json') && res.body !== ''
  return { status: res.statusCode, body: json ? JSON.parse(res.body) : res.body, raw: res.body }
}

async function ok<T>(app: FastifyInstance, what: string, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await call(app, method, url, payload, headers)
  if (res.status >= 300) throw new Error(`fuzz seed: ${what} failed: ${res.status} ${res.raw.slice(0, 300)}`)
  return res.body as T
}

const withId = (path: string, id: string) => path.replace(/:(id|code)/, encodeURIComponent(id))

/** A personal online item without a fee that the scripted reviewer simply approves. */
function applyItem(): FormSchemaDto {
  for (const item of catalog().items) {
    const form = formFor(item.id)
    if (form && form.audience === 'personal' && !form.fee && !reviewScript(item.baseCode).supplement && !reviewScript(item.baseCode).deny) return form
  }
  throw new Error('fuzz seed: no plain personal item')
}

const bookItem = () => {
  const item = catalog().items.find((i) => i.regionCode === '310101' && i.level === 'district' && i.bookable && materialsToBring(i).length > 0)
  if (!item) throw new Error('fuzz seed: no bookable item')
  return item
}

async function smsSession(app: FastifyInstance, phone: string): Promise<SessionDto> {
  await ok(app, 'sms send', 'POST', paths.smsSend, { phone })
  const outbox = await ok<OutboxDto>(app, 'outbox', 'GET', `${mockPaths.outbox}?phone=${phone}`)
  return ok<SessionDto>(app, 'sms login', 'POST', paths.smsLogin, { phone, code: outbox.messages[0].code })
}

let seq = 0
const key = (label: string) => `fuzz-${label}-${++seq}-seed`

/** Signs the user in by SMS, binds the identity by a face check, and creates one record of every kind. */
async function seedUser(app: FastifyInstance, label: 'A' | 'B', person: SeedIdentity, phone: string, today: string): Promise<FuzzUser> {
  const session = await smsSession(app, phone)
  const auth = { authorization: `Bearer ${session.token}` }
  const ticket = await ok<FaceTicketDto>(app, 'real-name start', 'POST', paths.realNameStart, { ...person, consent: true, platform: 'h5' }, auth)
  await ok(app, 'face outcome', 'POST', mockPaths.faceOutcome, { ticketId: ticket.ticketId, outcome: 'pass' })
  await ok(app, 'face confirm', 'POST', paths.faceConfirm, { ticketId: ticket.ticketId }, auth)

  const marker = `FUZZ-SECRET-${label}-${phone.slice(-4)}`
  const boundary = '----fuzz-seed'
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])
  const multipart = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${marker}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    jpeg,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const upload = await ok<UploadDto>(app, 'upload', 'POST', paths.uploads, multipart, { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` })

  const form = applyItem()
  const answers = validAnswers(form, today, person)
  const materials = everyNeededSlotUploaded(form, upload.id)
  const application = await ok<ApplicationDetailDto>(app, 'submit', 'POST', paths.applications, {
    itemId: form.itemId,
    formVersion: form.version,
    answers,
    materials,
    declarationAccepted: true,
    submissionKey: key(label),
    mode: 'personal',
    platform: 'h5',
  }, auth)
  // A draft of another item, with the marker inside the answers.
  const draftForm = catalog().items.map((i) => formFor(i.id)).find((f) => f && f.audience === 'personal' && f.itemId !== form.itemId)!
  const draft = await ok<DraftDto>(app, 'draft', 'PUT', withId(paths.draft, draftForm.itemId), {
    itemId: draftForm.itemId,
    formVersion: draftForm.version,
    answers: { note: marker },
    materials: {},
    updatedAt: 1,
    submissionKey: key(label),
  }, auth)

  const fees = (await ok<FeeListDto>(app, 'fees', 'GET', paths.fees, undefined, auth)).fees
  const order = await ok<OrderDto>(app, 'order', 'POST', paths.orders, { feeId: fees[0].id, platform: 'h5' }, auth)

  const item = bookItem()
  const hallId = (await ok<HallListDto>(app, 'halls', 'GET', withId(paths.itemHalls, item.id))).halls[0].id
  const days = (await ok<SlotCalendarDto>(app, 'slots', 'GET', `${paths.appointmentSlots}?itemId=${encodeURIComponent(item.id)}&hallId=${encodeURIComponent(hallId)}`)).days
  const day = label === 'A' ? days[1] : days[2]
  const appointment = await ok<AppointmentDto>(app, 'book', 'POST', paths.appointments, { itemId: item.id, hallId, date: day.date, slotId: day.slots[0].id }, auth)

  const feedback = await ok<FeedbackDto>(app, 'feedback', 'POST', paths.feedback, {
    kind: 'consult',
    category: 'other',
    content: `请问居住证多久能办好？${marker}`,
    attachments: [upload.id],
    contact: 'message',
    region: '310101',
    submissionKey: key(label),
  }, auth)
  const licences = (await ok<LicenceListDto>(app, 'licences', 'GET', paths.licences, undefined, auth)).licences

  const ids: FuzzUser['ids'] = {
    application: [application.id],
    fee: fees.map((f) => f.id),
    order: [order.id],
    appointment: [appointment.id],
    licence: licences.map((l) => l.id),
    feedback: [feedback.id],
    draft: [draft.itemId],
    upload: [upload.id],
    item: [form.itemId, item.id],
  }
  // Ids shared by design (catalog items, drafts keyed by item) are not secrets.
  const own = [...ids.application, application.number, ...ids.fee, ...ids.order, ...ids.appointment, appointment.number, ...ids.licence, ...ids.feedback, feedback.number, ...ids.upload]
  const secrets = [...own, marker, person.name, maskName(person.name), person.idNumber, maskIdNumber(person.idNumber), phone, maskPhone(phone)]
  return { label, person, phone, token: session.token, auth, ids, secrets: [...new Set(secrets)] }
}

/** Builds the mock (manual clock, contract check on, faults off) and seeds A and B. */
export async function buildWorld(options: MockServerOptions = {}): Promise<FuzzWorld> {
  const clock = manualClock()
  const logLines: string[] = []
  const app = buildServer({ clock, log: (line) => logLines.push(line), faults: {}, ...options })
  // A session that will have expired by the time the fuzzing starts.
  const expired = await smsSession(app, '13700137001')
  clock.advance(SESSION_TTL_MS + DAY)
  const loggedOut = await smsSession(app, '13700137002')
  await ok(app, 'logout', 'POST', paths.logout, undefined, { authorization: `Bearer ${loggedOut.token}` })

  const today = beijingDate(clock.now())
  const a = await seedUser(app, 'A', CITIZEN, '13600136011', today)
  const b = await seedUser(app, 'B', X_CHECK_DIGIT, '13600136022', today)
  const book = bookItem()
  const hall = (await ok<HallListDto>(app, 'halls', 'GET', withId(paths.itemHalls, book.id))).halls[0].id
  return { app, clock, a, b, expiredToken: expired.token, loggedOutToken: loggedOut.token, itemIds: { apply: applyItem().itemId, book: book.id, hall }, logLines }
}
