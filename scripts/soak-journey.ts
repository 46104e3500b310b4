import { randomUUID } from 'node:crypto'
import type { AnswersDto, ApplicationDetailDto, FormSchemaDto, MaterialAnswers, SubmitBody } from '../src/api/contract'
import { mockPaths } from '../src/api/contract/paths'
import { createIdempotencyKey, type ApiClient } from '../src/api/client'
import { createAuthApi } from '../src/api/endpoints/auth'
import { createHandlingApi } from '../src/api/endpoints/handling'
import { createIdentityApi } from '../src/api/endpoints/identity'
import { createPaymentApi } from '../src/api/endpoints/payment'
import { createWalletApi } from '../src/api/endpoints/wallet'
import { ApiError } from '../src/api/errors'
import { sanitizeAnswers } from '../src/domain/form'
import { idCardCheckChar } from '../src/domain/id-card'
import { beijingDate } from '../src/domain/working-days'
import { validAnswers } from '../test/support/handling-answers'
import { createUser, isCode, uploadJpeg, type User } from './soak-user'

/** 黄浦区 机动车驾驶证换证（期满换证）: a form, materials and a fee (as test/e2e/records.ts) */
export const ONLINE_ITEM = '310101-100200130000-0'
/** 黄浦区 内地居民结婚登记: handled at the hall, bookable */
export const BOOKABLE_ITEM = '310101-000125006000-0'

export interface JourneyEnv {
  baseUrl: string
  /** A client for this user (faults on every attempt), reading the token through `token()` */
  client: (token: () => string | null) => ApiClient
  /** The fault decision for an upload (uploads bypass the client) */
  uploadFault: () => string | null
  timeoutMs: number
  /** The window staff's client (faulted too) that scans the QR code */
  staff: ApiClient
  /** Pause between taps, and the outbox's retry interval (compressed from the app's 15 s) */
  pauseMs: number
}

export interface JourneyResult {
  index: number
  userId: string | null
  completed: boolean
  gaveUpAt: string | null
  applicationId: string | null
  /** sanitizeAnswers(form, what the user typed): what the server must end up holding */
  expectedAnswers: AnswersDto | null
  /** The draft on the server equalled what the user typed before submitting */
  draftMatched: boolean | null
  errors: { step: string; message: string }[]
}

/** Dev endpoints (never faulted): the SMS outbox, the back office, the sandbox cashier. */
async function dev<T>(baseUrl: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    redirect: 'manual',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`)
  return (text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : undefined) as T
}

/** A fictional person per journey with a valid 身份证号 (GB 11643), 黄浦区, born 1970–1999. */
function person(index: number) {
  const year = 1970 + (index % 30)
  const month = String(1 + (index % 12)).padStart(2, '0')
  const day = String(1 + (index % 28)).padStart(2, '0')
  const first17 = `310101${year}${month}${day}${String(100 + (index % 900)).padStart(3, '0')}`
  return { name: '测试用户', idNumber: first17 + idCardCheckChar(first17), phone: `137${String(index).padStart(8, '0')}` }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v

/** One person's whole visit: sign in, 实名, apply with an upload, pay, 补正, rate, book, 亮证 and verify. */
export async function runJourney(index: number, env: JourneyEnv): Promise<JourneyResult> {
  const me = person(index)
  let token: string | null = null
  const client = env.client(() => token)
  const auth = createAuthApi(client)
  const identity = createIdentityApi(client)
  const handling = createHandlingApi(client)
  const payment = createPaymentApi(client)
  const wallet = createWalletApi(client)
  const user: User = createUser(env.pauseMs)
  const result: JourneyResult = { index, userId: null, completed: false, gaveUpAt: null, applicationId: null, expectedAnswers: null, draftMatched: null, errors: user.errors }
  const outboxCode = async () => (await dev<{ messages: { code: string }[] }>(env.baseUrl, 'GET', `${mockPaths.outbox}?phone=${me.phone}`)).messages[0]?.code
  const review = (id: string, action: string) => dev<ApplicationDetailDto>(env.baseUrl, 'POST', mockPaths.review.replace(':id', id), { action })

  try {
    // 登录: the code arrives on the phone even when the answer to 发送 is lost.
    await user.step('发送验证码', () => auth.sendSmsCode({ phone: me.phone }).then(() => true), async () => ((await outboxCode()) ? true : undefined))
    const code = await outboxCode()
    // As src/stores/session.ts signInWithSms: the same phone and code keep their Idempotency-Key across taps.
    const loginKey = createIdempotencyKey()
    const session = await user.step('登录', () => auth.loginWithSms({ phone: me.phone, code }, loginKey))
    token = session.token
    result.userId = session.user.id

    // 实名认证 (the weapp host's face flow: the provider counts the scan as done).
    await user.step('实名认证', async () => {
      if ((await auth.getMe()).realNameVerified) return
      const ticket = await identity.startRealName({ name: me.name, idNumber: me.idNumber, consent: true, platform: 'weapp' })
      const verdict = await identity.confirmFace({ ticketId: ticket.ticketId })
      if (verdict.status !== 'passed') throw new Error('实名认证未通过，请重试')
    })

    // 在线申请: the form, a draft saved as the user types, an upload, the draft again, then 提交.
    const form: FormSchemaDto = await user.step('打开表单', () => handling.getForm(ONLINE_ITEM))
    const typed = validAnswers(form, beijingDate(Date.now()), me)
    const draft = { itemId: ONLINE_ITEM, formVersion: form.version, answers: typed, materials: {} as MaterialAnswers, updatedAt: Date.now(), submissionKey: randomUUID() }
    await user.step('保存草稿', () => handling.saveDraft(ONLINE_ITEM, draft))
    const file = await user.step('上传材料', () => uploadJpeg(env.baseUrl, token!, env.uploadFault(), env.timeoutMs))
    draft.materials = Object.fromEntries(form.materials.filter((s) => s.requirement !== 'optional' && s.upload).map((s) => [s.id, { kind: 'upload' as const, fileIds: [file.id] }]))
    draft.updatedAt = Date.now() + 1
    await user.step('保存草稿', () => handling.saveDraft(ONLINE_ITEM, draft))
    const onServer = await user.step('打开草稿', () => handling.getDraft(ONLINE_ITEM))
    result.draftMatched = same(canonical(onServer.answers), canonical(typed)) && same(canonical(onServer.materials), canonical(draft.materials))
    result.expectedAnswers = sanitizeAnswers(form, typed)

    const { itemId, formVersion, answers: typedAnswers, materials: typedMaterials, submissionKey } = draft
    const body: SubmitBody = { itemId, formVersion, answers: typedAnswers, materials: typedMaterials, submissionKey, declarationAccepted: true, mode: 'personal', platform: 'h5' }
    const submitted = await submitLikeTheOutbox(user, () => handling.submit(body), env.pauseMs)
    result.applicationId = submitted.id

    // 缴费: the fee falls due at 受理 (or at submission for a 即办件); paid at the sandbox cashier.
    await review(submitted.id, 'accept')
    const fee = (await user.step('查看费用', () => payment.listFees())).fees.find((f) => f.applicationId === submitted.id)
    if (fee) {
      const order = await user.step('去支付', () => payment.createOrder({ feeId: fee.id, platform: 'h5' }))
      await dev(env.baseUrl, 'POST', mockPaths.cashier, { order: order.id, action: 'pay' })
      // Back from the cashier, the result page asks the server (never trusts the redirect), and a second tap on
      // 去支付 must not charge again.
      await user.step('支付结果', async () => {
        if ((await payment.getOrder(order.id)).status !== 'paid') throw new Error('支付结果确认中，请稍后刷新')
      })
      await user.step('再次支付', () => payment.createOrder({ feeId: fee.id, platform: 'h5' }).then(() => true), async (e) => (isCode(e, 'ALREADY_PAID') ? true : undefined))
    }

    // 补正: the back office asks for a material again; the user uploads a new scan and sends it.
    const asked = await review(submitted.id, 'request-supplement')
    const again = await user.step('上传材料', () => uploadJpeg(env.baseUrl, token!, env.uploadFault(), env.timeoutMs))
    const materials = Object.fromEntries((asked.supplement?.materials ?? []).map((id) => [id, { kind: 'upload' as const, fileIds: [again.id] }]))
    const answers = Object.fromEntries((asked.supplement?.fields ?? []).map((id) => [id, typed[id]]))
    // As the 补正 page: the same content tapped again keeps its Idempotency-Key.
    const supplementKey = createIdempotencyKey()
    await user.step(
      '提交补正',
      () => handling.supplement(submitted.id, { answers, materials }, supplementKey).then(() => true),
      async (e) => (isCode(e, 'NOT_SUPPLEMENTING') && (await handling.getApplication(submitted.id)).status !== 'supplementing' ? true : undefined),
    )
    for (const action of ['process', 'approve']) await review(submitted.id, action)

    // 好差评, once.
    const scores = { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, usability: 5 }
    await user.step('评价', () => handling.rate(submitted.id, { scores, comment: '办理顺利' }).then(() => true), async (e) =>
      isCode(e, 'ALREADY_RATED') ? true : undefined,
    )

    // 预约: a hall, the first free slot, 确认预约.
    const hall = (await user.step('选择大厅', () => wallet.halls(BOOKABLE_ITEM))).halls[0]
    // Others book too: a slot that filled up meanwhile (该时段已约满) sends the user back to the calendar for another.
    let days = (await user.step('选择时段', () => wallet.slots(BOOKABLE_ITEM, hall.id))).days
    await user.step(
      '确认预约',
      () => {
        const day = days.find((d) => d.slots.some((s) => s.remaining > 0))!
        const slot = day.slots.find((s) => s.remaining > 0)!
        return wallet.book({ itemId: BOOKABLE_ITEM, hallId: hall.id, date: day.date, slotId: slot.id }).then(() => true)
      },
      async (e) => {
        if (isCode(e, 'SLOT_FULL')) days = (await user.step('选择时段', () => wallet.slots(BOOKABLE_ITEM, hall.id))).days
        return isCode(e, 'ALREADY_BOOKED') && (await wallet.listAppointments()).appointments.some((a) => a.itemId === BOOKABLE_ITEM && a.status === 'booked') ? true : undefined
      },
    )

    // 亮证 and the window's scan: a fresh code each time the citizen shows it (it refreshes every 30 s anyway).
    const licences = (await user.step('打开卡包', () => handling.listLicences())).licences
    const card = licences.find((l) => l.type === '居民身份证' && l.status === 'valid')!
    await user.step('亮证核验', async () => {
      const shown = await wallet.showLicence(card.id, 'identity')
      await createWalletApi(env.staff).verify(shown.token, 'identity')
    })
    result.completed = true
  } catch (e) {
    result.gaveUpAt = e instanceof Error && 'step' in e ? String((e as { step: string }).step) : `unexpected: ${(e as Error).message}`
  }
  return result
}

/**
 * 提交 as src/stores/submissions.ts does it: the same body (and so the draft's submissionKey, which is also the
 * Idempotency-Key) until the server answers; no answer, a 5xx, a 429 or REQUEST_IN_PROGRESS keep it waiting and send
 * it again later; 409 DRAFT_SUBMITTED means the lost answer had created it.
 */
async function submitLikeTheOutbox(user: User, send: () => Promise<ApplicationDetailDto>, pauseMs: number): Promise<ApplicationDetailDto> {
  const waiting = (e: unknown) => e instanceof ApiError && (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server' || e.status === 429 || e.code === 'REQUEST_IN_PROGRESS')
  for (let round = 0; round < 20; round++) {
    try {
      return await send()
    } catch (e) {
      user.errors.push({ step: '提交申请', message: e instanceof Error ? e.message : String(e) })
      if (!waiting(e)) throw Object.assign(new Error('submission refused'), { step: '提交申请' })
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
    }
  }
  throw Object.assign(new Error('still waiting'), { step: '提交申请' })
}
