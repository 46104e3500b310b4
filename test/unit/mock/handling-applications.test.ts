import { maskName } from '../../../mock/identity/person'
import { allEntries } from '../../../src/domain/form'
import { everyNeededSlotUploaded, multipartJpeg, validAnswers } from '../../support/handling-answers'
import {
  FAULT_HEADER,
  IDEMPOTENCY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  type ApplicationDetailDto,
  type ApplicationListDto,
  type FeeListDto,
  type FormSchemaDto,
  type LicenceListDto,
  type MaterialAnswers,
  type MessageListDto,
  type OrderDto,
  type ReviewAction,
  type SessionDto,
  type SubmitBody,
  type UploadDto,
} from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { addWorkingDays, beijingDate } from '../../../src/domain/working-days'
import { DAY } from '../../../mock/clock'
import { catalog } from '../../../mock/catalog/generate'
import type { CatalogItem } from '../../../mock/catalog/model'
import { LEGAL_REP, X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import { FOLLOW_UP_NOTE } from '../../../mock/handling/applications'
import { reviewScript, SCRIPTED_DENIAL } from '../../../mock/handling/back-office'
import { formFor, handWrittenBaseCodes } from '../../../mock/handling/forms'
import { identityCalls } from './identity-support'
import { faceVerified, notify } from './payment-support'
import { CHINESE, startMock, type Mock } from './support'

// ------------------------------------------------------------------------------------------------ items

/** The first online implementation whose item and form pass the test. */
function pickItem(accept: (item: CatalogItem, form: FormSchemaDto) => boolean): { item: CatalogItem; form: FormSchemaDto } {
  for (const item of catalog().items) {
    const form = formFor(item.id)
    if (form && accept(item, form)) return { item, form }
  }
  throw new Error('no such item in the catalog')
}

const handWritten = new Set(handWrittenBaseCodes())
const generic = (item: CatalogItem) => !handWritten.has(item.baseCode)
const plain = (item: CatalogItem) => !reviewScript(item.baseCode).supplement && !reviewScript(item.baseCode).deny

/** 个人, generic form, free, an e-licence as result, a limit in 工作日, the script's plain path, a 居民身份证 slot. */
const LICENCE = pickItem(
  (item, form) =>
    generic(item) &&
    form.audience === 'personal' &&
    !form.fee &&
    item.result.kind === 'licence' &&
    item.promisedLimit.unit === 'working' &&
    plain(item) &&
    form.materials.some((s) => s.eLicence === '居民身份证'),
)
/** With a fee after acceptance, approved by the script. */
const FEE = pickItem((item, form) => form.audience === 'personal' && form.fee?.timing === 'after-acceptance' && plain(item))
/** The script asks for 补正 once. */
const SUPPLEMENT = pickItem(
  (item, form) => generic(item) && form.audience === 'personal' && !form.fee && reviewScript(item.baseCode).supplement && !reviewScript(item.baseCode).deny,
)
/** The script denies it. */
const DENY = pickItem(
  (item, form) => generic(item) && form.audience === 'personal' && !form.fee && reviewScript(item.baseCode).deny && !reviewScript(item.baseCode).supplement,
)
/** 法人, generic form. */
const ENTERPRISE = pickItem((item, form) => generic(item) && form.audience === 'enterprise' && !form.fee && item.result.kind === 'licence')

// ------------------------------------------------------------------------------------------------ answers

const PERSON = X_CHECK_DIGIT
const ENTERPRISE_CODE = '91310101MA1FPX0016'
const fill = (form: FormSchemaDto, today: string, who = PERSON) => validAnswers(form, today, who)
const uploaded = everyNeededSlotUploaded

// ------------------------------------------------------------------------------------------------ calls

const appUrl = (id: string, path: string = paths.application) => path.replace(':id', id)
const reviewUrl = (id: string) => mockPaths.review.replace(':id', id)
let keySeq = 0
const newKey = (prefix = 'sub') => `${prefix}-${++keySeq}-${Math.random().toString(36).slice(2, 10)}`

/** One scanned page uploaded as the user (multipart, as the hosts' uploadFile sends it); its id. */
async function uploadFile(mock: Mock, auth: Record<string, string>): Promise<string> {
  const { payload, contentType } = multipartJpeg()
  const res = await mock.app.inject({ method: 'POST', url: paths.uploads, payload, headers: { ...auth, 'content-type': contentType } })
  if (res.statusCode !== 200) throw new Error(`upload failed: ${res.statusCode} ${res.body}`)
  return (JSON.parse(res.body) as UploadDto).id
}

/** A signed-in applicant with 实名 (孙志强 by default), one uploaded file, and the calls the tests make. */
async function applicant(mock: Mock, user = 'alice', realName = true) {
  const session: SessionDto = await mock.platformLogin('weapp', user)
  const auth = mock.bearer(session)
  if (realName) await faceVerified(mock, auth)
  const upload = () => uploadFile(mock, auth)
  const fileId = realName ? await upload() : 'upl-none'
  const today = () => beijingDate(mock.clock.now())

  const body = (picked: { form: FormSchemaDto }, extra: Partial<SubmitBody> = {}): SubmitBody => ({
    itemId: picked.form.itemId,
    formVersion: picked.form.version,
    answers: fill(picked.form, today()),
    materials: uploaded(picked.form, fileId),
    declarationAccepted: true,
    submissionKey: newKey(),
    mode: 'personal',
    platform: 'weapp',
    ...extra,
  })
  const submit = (submitBody: SubmitBody, headers: Record<string, string> = {}) =>
    mock.call<ApplicationDetailDto>('POST', paths.applications, submitBody, { ...auth, ...headers })
  /** Submits and expects 200 */
  const apply = async (picked: { form: FormSchemaDto }, extra: Partial<SubmitBody> = {}) => {
    const res = await submit(body(picked, extra))
    if (res.status !== 200) throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  const get = (id: string) => mock.call<ApplicationDetailDto>('GET', appUrl(id), undefined, auth)
  const list = (query = '') => mock.call<ApplicationListDto>('GET', `${paths.applications}${query}`, undefined, auth)
  const post = <T = ApplicationDetailDto>(path: string, id: string, payload: unknown, headers: Record<string, string> = {}) =>
    mock.call<T>('POST', appUrl(id, path), payload, { ...auth, ...headers })
  const messages = () => mock.call<MessageListDto>('GET', paths.messages, undefined, auth)
  const fees = async () => (await mock.call<FeeListDto>('GET', paths.fees, undefined, auth)).body.fees
  const licences = async () => (await mock.call<LicenceListDto>('GET', paths.licences, undefined, auth)).body.licences
  return { session, auth, fileId, upload, today, body, submit, apply, get, list, post, messages, fees, licences }
}

const act = (mock: Mock, id: string, action: ReviewAction, extra: Record<string, unknown> = {}) =>
  mock.call<ApplicationDetailDto>('POST', reviewUrl(id), { action, ...extra })

/** Moves an application along these actions, each expected to succeed. */
async function walk(mock: Mock, id: string, ...actions: ReviewAction[]): Promise<ApplicationDetailDto> {
  let last: ApplicationDetailDto | undefined
  for (const action of actions) {
    const res = await act(mock, id, action, action === 'deny' ? { note: '不符合条件' } : {})
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`)
    last = res.body
  }
  return last!
}

const GOOD = { scores: { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, usability: 5 }, comment: '办理很方便' }
const BAD = { scores: { overall: 1, efficiency: 2, guideAccuracy: 3, convenience: 2, usability: 2 }, comment: '等待时间太长' }

// ------------------------------------------------------------------------------------------------ tests

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

describe('handling applications', () => {
  describe('submit', () => {
    it('creates a submitted application with a 办件编号, a timeline, sanitised answers and a 消息', async () => {
      const alice = await applicant(mock)
      const body = alice.body(LICENCE, { answers: { ...fill(LICENCE.form, alice.today()), strayField: '不在表单中' } })
      const res = await alice.submit(body)
      expect(res.status).toBe(200)
      const app = res.body
      expect(app).toMatchObject({
        itemId: LICENCE.item.id,
        itemName: LICENCE.item.name,
        department: LICENCE.item.department.name,
        status: 'submitted',
        mode: 'personal',
        dueDate: null,
        unpaidFeeId: null,
        supplement: null,
        result: null,
        rating: null,
        canWithdraw: true,
        canRate: false,
        submittedAt: mock.clock.now(),
      })
      expect(app.id).toMatch(/^[0-9A-Za-z-]+$/)
      expect(app.number).toBe(`SH${alice.today().replace(/-/g, '')}000001`)
      expect(app.timeline).toEqual([{ status: 'submitted', code: 1, at: mock.clock.now(), by: '申请人', note: null }])
      expect(app.answers.strayField).toBeUndefined()
      expect(app.answers.applicantName).toBe(PERSON.name)
      expect(app.materials).toEqual(body.materials)

      const second = await alice.apply(LICENCE)
      expect(second.number).toBe(`SH${alice.today().replace(/-/g, '')}000002`)

      const { messages, unread } = (await alice.messages()).body
      expect(unread).toBe(2)
      expect(messages[1]).toMatchObject({ title: '办件状态更新', applicationId: app.id, read: false })
      expect(messages[1].body).toContain('您的申请已提交')
      expect(messages[1].body).toContain(app.number)
    })

    it('fills what the client only knows masked (实名 name and 身份证号, a person as 本人) from the verified identity', async () => {
      const alice = await applicant(mock)
      const answers = fill(LICENCE.form, alice.today())
      const verified = allEntries(LICENCE.form).flatMap((e) => (e.type !== 'group' && (e.prefill === 'identity.name' || e.prefill === 'identity.idNumber') ? [e] : []))
      expect(verified.length).toBeGreaterThan(0)
      for (const e of verified) answers[e.id] = null
      const res = await alice.submit(alice.body(LICENCE, { answers }))
      expect(res.status).toBe(200)
      for (const e of verified) expect(res.body.answers[e.id]).toBe(e.prefill === 'identity.name' ? PERSON.name : PERSON.idNumber)
    })

    it('counts the application in the item usage and removes the draft it came from', async () => {
      const alice = await applicant(mock)
      const itemUrl = paths.catalogItem.replace(':id', LICENCE.item.id)
      const before = (await mock.call<{ usageCount: number }>('GET', itemUrl)).body.usageCount
      const body = alice.body(LICENCE)
      const draftUrl = paths.draft.replace(':id', LICENCE.item.id)
      const draft = { itemId: LICENCE.item.id, formVersion: body.formVersion, answers: body.answers, materials: body.materials, updatedAt: 1, submissionKey: body.submissionKey }
      expect((await mock.call('PUT', draftUrl, draft, alice.auth)).status).toBe(200)

      expect((await alice.submit(body)).status).toBe(200)
      const after = (await mock.call<{ usageCount: number }>('GET', itemUrl)).body.usageCount
      expect(after - before).toBe(2) // the application, and this second view
      expect((await mock.call('GET', draftUrl, undefined, alice.auth)).status).toBe(404)
      expect((await mock.call('PUT', draftUrl, { ...draft, updatedAt: 2 }, alice.auth)).status).toBe(409)
    })

    it('answers 400 INVALID_ANSWERS with a Chinese message per field and material', async () => {
      const alice = await applicant(mock)
      const required = LICENCE.form.materials.find((s) => s.requirement === 'required')!
      const answers = fill(LICENCE.form, alice.today())
      // A required field the user types (the verified identity is filled by the server, see below).
      const serverKnown = ['identity.name', 'identity.idNumber', 'account.phone', 'enterprise.legalRep']
      const typed = allEntries(LICENCE.form).find((e) => e.type !== 'group' && e.required && !serverKnown.includes(('prefill' in e && e.prefill) || '') && !e.showIf)!
      expect(typed).toBeDefined()
      delete answers[typed.id]
      const materials = uploaded(LICENCE.form, alice.fileId)
      delete materials[required.id]
      const res = await alice.submit(alice.body(LICENCE, { answers: { ...answers, contactPhone: '1380013' }, materials }))
      expect(res.status).toBe(400)
      expect(mock.error(res)).toMatchObject({ code: 'INVALID_ANSWERS', message: '请按提示修改后再提交' })
      const fields = mock.error(res).fields!
      expect(fields[typed.id]).toMatch(/^请(填写|选择)/)
      expect(fields[required.id]).toBe(`请提供${required.name}`)
      expect(Object.keys(fields)).toEqual(expect.arrayContaining(['contactPhone']))
      expect(fields.applicantName).toBeUndefined()
      for (const message of Object.values(fields)) expect(message).toMatch(CHINESE)
      expect((await alice.list()).body.total).toBe(0)
    })

    it('needs 实名 (403 REAL_NAME_REQUIRED) and, in 法人 mode, a bound enterprise (403 ENTERPRISE_REQUIRED)', async () => {
      const anonymous = await applicant(mock, 'nobody', false)
      const res = await anonymous.submit(anonymous.body(LICENCE))
      expect(res.status).toBe(403)
      expect(mock.error(res)).toEqual({ code: 'REAL_NAME_REQUIRED', message: '请先完成实名认证后再提交申请' })

      const alice = await applicant(mock)
      const enterprise = await alice.submit(alice.body(ENTERPRISE, { mode: 'enterprise' }))
      expect(enterprise.status).toBe(403)
      expect(mock.error(enterprise).code).toBe('ENTERPRISE_REQUIRED')
      expect(mock.error(enterprise).message).toMatch(CHINESE)
    })

    it('in 法人 mode applies for the bound enterprise, whose name the issued licence carries', async () => {
      const session = await mock.platformLogin('weapp', 'boss')
      const auth = mock.bearer(session)
      await identityCalls(mock).bind(session, LEGAL_REP)
      expect((await mock.call('POST', paths.enterpriseBind, { creditCode: ENTERPRISE_CODE }, auth)).status).toBe(200)
      // Materials by e-licence where the slot takes one the user holds (营业执照 of the enterprise), else uploaded.
      const wallet = (await mock.call<LicenceListDto>('GET', paths.licences, undefined, auth)).body.licences
      const fileId = await uploadFile(mock, auth)
      const materials: MaterialAnswers = {}
      for (const slot of ENTERPRISE.form.materials.filter((s) => s.requirement !== 'optional')) {
        const licence = wallet.find((l) => l.type === slot.eLicence && l.status === 'valid')
        materials[slot.id] = licence ? { kind: 'licence', licenceId: licence.id, consent: true } : { kind: 'upload', fileIds: [fileId] }
      }
      const body: SubmitBody = {
        itemId: ENTERPRISE.form.itemId,
        formVersion: ENTERPRISE.form.version,
        answers: fill(ENTERPRISE.form, beijingDate(mock.clock.now()), LEGAL_REP),
        materials,
        declarationAccepted: true,
        submissionKey: newKey(),
        mode: 'enterprise',
        platform: 'weapp',
      }
      const res = await mock.call<ApplicationDetailDto>('POST', paths.applications, body, auth)
      expect(res.status).toBe(200)
      expect(res.body.mode).toBe('enterprise')
      const approved = await walk(mock, res.body.id, 'accept', 'process', 'approve')
      const after = (await mock.call<LicenceListDto>('GET', paths.licences, undefined, auth)).body.licences
      expect(after.find((l) => l.id === approved.result!.licenceId)).toMatchObject({ holder: '上海通办示范餐饮有限公司', applicationId: res.body.id })
    })

    it('refuses an unknown item, an item without a form, an outdated form and materials that are not the user\'s', async () => {
      const alice = await applicant(mock)
      const unknown = await alice.submit(alice.body(LICENCE, { itemId: 'no-such-item' }))
      expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'ITEM_NOT_FOUND'])
      const offline = catalog().items.find((i) => !i.online)!
      const noForm = await alice.submit(alice.body(LICENCE, { itemId: offline.id }))
      expect([noForm.status, mock.error(noForm).code]).toEqual([404, 'FORM_NOT_FOUND'])

      const outdated = await alice.submit(alice.body(LICENCE, { formVersion: LICENCE.form.version + 1 }))
      expect(outdated.status).toBe(409)
      expect(mock.error(outdated)).toEqual({ code: 'FORM_OUTDATED', message: '表单已更新，请刷新后重新确认' })

      const bob = await applicant(mock, 'bob')
      const foreign = await alice.submit(alice.body(LICENCE, { materials: uploaded(LICENCE.form, bob.fileId) }))
      expect([foreign.status, mock.error(foreign).code]).toEqual([404, 'UPLOAD_NOT_FOUND'])

      const slot = LICENCE.form.materials.find((s) => s.eLicence === '居民身份证')!
      const materials = { ...uploaded(LICENCE.form, alice.fileId), [slot.id]: { kind: 'licence' as const, licenceId: 'lic-nobody', consent: true as const } }
      const missing = await alice.submit(alice.body(LICENCE, { materials }))
      expect([missing.status, mock.error(missing).code]).toEqual([404, 'LICENCE_NOT_FOUND'])
      const wallet = await alice.licences()
      const hukou = wallet.find((l) => l.type === '居民户口簿')!
      const wrong = await alice.submit(alice.body(LICENCE, { materials: { ...materials, [slot.id]: { kind: 'licence', licenceId: hukou.id, consent: true } } }))
      expect(wrong.status).toBe(400)
      expect(mock.error(wrong).fields).toEqual({ [slot.id]: '请选择「居民身份证」电子证照' })
      const idCard = wallet.find((l) => l.type === '居民身份证')!
      const ok = await alice.submit(alice.body(LICENCE, { materials: { ...materials, [slot.id]: { kind: 'licence', licenceId: idCard.id, consent: true } } }))
      expect(ok.status).toBe(200)
      expect(ok.body.materials[slot.id]).toEqual({ kind: 'licence', licenceId: idCard.id, consent: true })
      expect((await alice.list()).body.total).toBe(1)
    })
  })

  describe('one application per submissionKey', () => {
    it('answers the same application to a repeat, also with another Idempotency-Key', async () => {
      const alice = await applicant(mock)
      const body = alice.body(LICENCE)
      const first = await alice.submit(body, { [IDEMPOTENCY_HEADER]: 'key-aaaaaaaa' })
      const replay = await alice.submit(body, { [IDEMPOTENCY_HEADER]: 'key-aaaaaaaa' })
      const otherKey = await alice.submit(body, { [IDEMPOTENCY_HEADER]: 'key-bbbbbbbb' })
      const noKey = await alice.submit(body)
      expect([first.status, replay.status, otherKey.status, noKey.status]).toEqual([200, 200, 200, 200])
      expect(replay.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true')
      expect(new Set([first.body.id, replay.body.id, otherKey.body.id, noKey.body.id]).size).toBe(1)
      // Even when the repeat carries other answers: the first submission stands.
      const changed = await alice.submit({ ...body, answers: { ...body.answers, contactPhone: '13900139000' } })
      expect(changed.body).toMatchObject({ id: first.body.id, answers: { contactPhone: '13800138000' } })
      expect((await alice.list()).body.total).toBe(1)
      expect((await alice.messages()).body.messages).toHaveLength(1)
    })

    it('creates one application when the same submission arrives several times at once', async () => {
      const alice = await applicant(mock)
      const body = alice.body(LICENCE)
      const answers = await Promise.all([
        alice.submit(body),
        alice.submit(body),
        alice.submit(body, { [IDEMPOTENCY_HEADER]: 'key-cccccccc' }),
        alice.submit(body, { [IDEMPOTENCY_HEADER]: 'key-dddddddd' }),
        alice.submit(body, { [IDEMPOTENCY_HEADER]: 'key-dddddddd' }),
      ])
      const ok = answers.filter((r) => r.status === 200)
      // The same Idempotency-Key at once: the second may be told the first is still in progress.
      for (const r of answers.filter((a) => a.status !== 200)) expect([r.status, mock.error(r).code]).toEqual([409, 'REQUEST_IN_PROGRESS'])
      expect(ok.length).toBeGreaterThanOrEqual(4)
      expect(new Set(ok.map((r) => r.body.id)).size).toBe(1)
      expect((await alice.list()).body.total).toBe(1)
    })

    it('ends with exactly one application per submissionKey when 50 submissions each meet a fault and are retried', async () => {
      const alice = await applicant(mock)
      const faults = ['status=503', 'status=503;after', 'drop', 'drop;after']
      const ids = new Map<string, string>()
      for (let i = 0; i < 50; i++) {
        const body = alice.body(LICENCE)
        const key = `idem-${i}-${'x'.repeat(8)}`
        const fault = faults[i % faults.length]
        const first = mock.app.inject({
          method: 'POST',
          url: paths.applications,
          payload: body,
          headers: { ...alice.auth, [IDEMPOTENCY_HEADER]: key, [FAULT_HEADER]: fault },
        })
        if (fault.startsWith('drop')) await expect(first).rejects.toThrow(/destroyed/)
        else expect((await first).statusCode).toBe(503)
        // Retry: half with the same Idempotency-Key (a client's retry), half with a new one (a fresh tap).
        const retry = await alice.submit(body, { [IDEMPOTENCY_HEADER]: i % 2 === 0 ? key : `${key}-again` })
        expect(retry.status).toBe(200)
        // And once more later: still the same one.
        const again = await alice.submit(body)
        expect(again.body.id).toBe(retry.body.id)
        ids.set(body.submissionKey, retry.body.id)
      }
      const all = (await alice.list('?limit=50')).body
      expect(all.total).toBe(50)
      expect(new Set(ids.values()).size).toBe(50)
      expect(new Set(all.applications.map((a) => a.id))).toEqual(new Set(ids.values()))
    })
  })

  describe('the status machine (POST /mock/applications/:id/review)', () => {
    it('accepts with a promised date, processes and approves with an e-licence in the wallet', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      const accepted = await walk(mock, id, 'accept')
      const { value, unit } = LICENCE.item.promisedLimit
      expect(unit).toBe('working')
      expect(accepted).toMatchObject({ status: 'accepted', dueDate: addWorkingDays(alice.today(), value), canWithdraw: true })
      const approved = await walk(mock, id, 'process', 'approve')
      expect(approved.timeline.map((e) => [e.status, e.code, e.by])).toEqual([
        ['submitted', 1, '申请人'],
        ['accepted', 3, LICENCE.item.department.name],
        ['processing', 8, LICENCE.item.department.name],
        ['approved', 11, LICENCE.item.department.name],
      ])
      expect(approved).toMatchObject({ status: 'approved', canWithdraw: false, canRate: true })
      expect(approved.result).toMatchObject({ kind: 'licence', name: LICENCE.item.result.name })
      const licence = (await alice.licences()).find((l) => l.id === approved.result!.licenceId)
      expect(licence).toMatchObject({ status: 'valid', holder: maskName(PERSON.name), issuer: LICENCE.item.department.name, applicationId: id })
      expect(JSON.stringify(licence)).not.toContain(PERSON.idNumber)

      // 撤销 revokes the licence it issued.
      const revoked = await walk(mock, id, 'revoke')
      expect(revoked.status).toBe('revoked')
      expect((await alice.licences()).find((l) => l.id === approved.result!.licenceId)?.status).toBe('revoked')
    })

    it('refuses an illegal action with 409 ILLEGAL_TRANSITION and an unknown application with 404', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      for (const action of ['approve', 'process', 'deny', 'revoke', 'special-end'] as const) {
        const res = await act(mock, id, action, { note: '理由' })
        expect(res.status).toBe(409)
        expect(mock.error(res)).toEqual({ code: 'ILLEGAL_TRANSITION', message: '当前状态不能执行该操作' })
      }
      await walk(mock, id, 'accept', 'process', 'special-start', 'special-end', 'approve')
      expect((await act(mock, id, 'accept')).status).toBe(409)
      expect((await alice.get(id)).body.status).toBe('approved')
      expect((await act(mock, 'app-nothing', 'accept')).status).toBe(404)
    })

    it('denies only with a reason, which the timeline and the 消息 show', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      await walk(mock, id, 'accept', 'process')
      const bare = await act(mock, id, 'deny')
      expect([bare.status, mock.error(bare).code]).toEqual([400, 'NOTE_REQUIRED'])
      const denied = await act(mock, id, 'deny', { note: '申请人不符合认定条件' })
      expect(denied.body).toMatchObject({ status: 'denied', result: null, canRate: true })
      expect(denied.body.timeline.at(-1)).toMatchObject({ status: 'denied', code: 13, note: '申请人不符合认定条件' })
      expect((await alice.messages()).body.messages[0].body).toBe(`您申请的「${LICENCE.item.name}」未通过：申请人不符合认定条件`)
    })

    it('counts a 自然日 limit in calendar days', async () => {
      const natural = pickItem((item, form) => item.promisedLimit.unit === 'natural' && item.promisedLimit.value > 0 && form.audience === 'personal' && generic(item))
      const alice = await applicant(mock)
      const { id } = await alice.apply(natural)
      const accepted = await walk(mock, id, 'accept')
      const expected = new Date(Date.parse(`${alice.today()}T00:00:00Z`) + natural.item.promisedLimit.value * DAY).toISOString().slice(0, 10)
      expect(accepted.dueDate).toBe(expected)
    })
  })

  describe('补正', () => {
    it('asks for fields, takes only those, validates them and returns to 已受理', async () => {
      const alice = await applicant(mock)
      const { id, answers } = await alice.apply(LICENCE)
      await walk(mock, id, 'accept')
      const asked = await act(mock, id, 'request-supplement', { fields: ['contactAddress'], note: '联系地址不完整' })
      expect(asked.body).toMatchObject({ status: 'supplementing', canWithdraw: true })
      expect(asked.body.supplement).toEqual({
        reason: '联系地址不完整',
        fields: ['contactAddress'],
        materials: [],
        dueAt: Date.parse(`${addWorkingDays(alice.today(), 5)}T23:59:59+08:00`),
      })
      expect((await alice.messages()).body.messages[0].body).toContain('需要补正：联系地址不完整')

      const supplementUrl = paths.supplement
      const bad = await alice.post(supplementUrl, id, { answers: { contactAddress: { regionCode: '310101', detail: '短' } }, materials: {} })
      expect(bad.status).toBe(400)
      expect(mock.error(bad).fields).toEqual({ contactAddress: '联系地址详细地址应为 5–120 个字' })

      const fixed = { regionCode: '310101', detail: '人民大道200号2号楼1201室' }
      const done = await alice.post(supplementUrl, id, { answers: { contactAddress: fixed, contactPhone: '13900139000' }, materials: {} })
      expect(done.status).toBe(200)
      expect(done.body).toMatchObject({ status: 'accepted', supplement: null })
      expect(done.body.answers.contactAddress).toEqual(fixed)
      expect(done.body.answers.contactPhone).toBe(answers.contactPhone) // not asked: not taken
      expect(done.body.timeline.at(-1)).toMatchObject({ status: 'accepted', code: 3, by: '申请人', note: '已补正' })

      const again = await alice.post(supplementUrl, id, { answers: {}, materials: {} })
      expect(again.status).toBe(409)
      expect(mock.error(again).code).toBe('NOT_SUPPLEMENTING')
      expect((await walk(mock, id, 'process', 'approve')).status).toBe('approved')
    })

    it('asks for the first required material by default, which must be provided again', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      const asked = await act(mock, id, 'request-supplement')
      const first = LICENCE.form.materials.find((s) => s.requirement === 'required')!
      expect(asked.body.supplement).toMatchObject({ reason: '请补充清晰的材料扫描件', fields: [], materials: [first.id] })
      const missing = await alice.post(paths.supplement, id, { answers: {}, materials: {} })
      expect(missing.status).toBe(400)
      expect(Object.keys(mock.error(missing).fields!)).toEqual([first.id])
      const fresh = await alice.upload()
      const done = await alice.post(paths.supplement, id, { answers: {}, materials: { [first.id]: { kind: 'upload', fileIds: [fresh] } } })
      expect(done.status).toBe(200)
      expect(done.body.materials[first.id]).toEqual({ kind: 'upload', fileIds: [fresh] })
      expect(done.body.status).toBe('accepted')
      expect(done.body.dueDate).not.toBeNull()
    })

    it('refuses a request for fields or materials the form does not have', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      const res = await act(mock, id, 'request-supplement', { fields: ['noSuchField'], materials: ['m-none'] })
      expect(res.status).toBe(400)
      expect((await alice.get(id)).body.status).toBe('submitted')
    })
  })

  describe('applicant actions', () => {
    it('withdraws before a decision with the reason on the timeline, and not after one', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      const withdrawn = await alice.post(paths.withdraw, id, { reason: '信息填写有误，重新申请' })
      expect(withdrawn.status).toBe(200)
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', canWithdraw: false, canRate: false })
      expect(withdrawn.body.timeline.at(-1)).toMatchObject({ status: 'withdrawn', code: 14, by: '申请人', note: '信息填写有误，重新申请' })

      const other = await alice.apply(LICENCE)
      await walk(mock, other.id, 'accept', 'process', 'approve')
      const late = await alice.post(paths.withdraw, other.id, { reason: '不想要了' })
      expect(late.status).toBe(409)
      expect(mock.error(late).code).toBe('CANNOT_WITHDRAW')
      expect(mock.error(late).message).toMatch(CHINESE)
    })

    it('rates once after the end; a bad rating is followed up and may be rated once more', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      const early = await alice.post(paths.rating, id, GOOD)
      expect([early.status, mock.error(early).code]).toEqual([409, 'NOT_ENDED'])
      await walk(mock, id, 'accept', 'process', 'approve')
      const rated = await alice.post(paths.rating, id, GOOD)
      expect(rated.status).toBe(200)
      expect(rated.body.canRate).toBe(false)
      expect(rated.body.rating).toEqual({ ...GOOD, at: mock.clock.now(), followUp: null, followUpRating: null })
      const twice = await alice.post(paths.rating, id, BAD)
      expect([twice.status, mock.error(twice).code]).toEqual([409, 'ALREADY_RATED'])
      const noFollowUp = await alice.post(paths.followUpRating, id, { score: 4, comment: '' })
      expect([noFollowUp.status, mock.error(noFollowUp).code]).toEqual([409, 'NO_FOLLOW_UP'])

      const other = await alice.apply(LICENCE)
      await walk(mock, other.id, 'accept', 'process', 'deny')
      const bad = await alice.post(paths.rating, other.id, BAD)
      expect(bad.body.rating!.followUp).toEqual({ note: FOLLOW_UP_NOTE, at: mock.clock.now() })
      mock.clock.advance(DAY)
      const follow = await alice.post(paths.followUpRating, other.id, { score: 4, comment: '回访后问题已解决' })
      expect(follow.status).toBe(200)
      expect(follow.body.rating!.followUpRating).toEqual({ score: 4, comment: '回访后问题已解决', at: mock.clock.now() })
      const followTwice = await alice.post(paths.followUpRating, other.id, { score: 5, comment: '' })
      expect([followTwice.status, mock.error(followTwice).code]).toEqual([409, 'ALREADY_RATED'])

      const rejected = await alice.post(paths.rating, id, { ...GOOD, scores: { ...GOOD.scores, overall: 6 } })
      expect(rejected.status).toBe(400)
    })

    it('keeps applications private: another user gets 404 APPLICATION_NOT_FOUND for every action', async () => {
      const alice = await applicant(mock)
      const bob = await applicant(mock, 'bob')
      const { id } = await alice.apply(LICENCE)
      await walk(mock, id, 'accept', 'request-supplement')
      const attempts = [
        await bob.get(id),
        await bob.post(paths.supplement, id, { answers: {}, materials: {} }),
        await bob.post(paths.withdraw, id, { reason: '撤回别人的' }),
        await bob.post(paths.rating, id, GOOD),
        await bob.post(paths.followUpRating, id, { score: 1, comment: '' }),
        await bob.get('app-0000000000000000'),
      ]
      for (const res of attempts) expect(mock.error(res)).toEqual({ code: 'APPLICATION_NOT_FOUND', message: '办件不存在' })
      expect((await bob.list()).body).toMatchObject({ total: 0, applications: [] })
      expect((await bob.messages()).body).toEqual({ messages: [], unread: 0 })
      expect((await alice.get(id)).body.status).toBe('supplementing')
    })

    it('lists newest first, per filter, with counts and paging', async () => {
      const alice = await applicant(mock)
      const ids: string[] = []
      for (let i = 0; i < 5; i++) {
        ids.push((await alice.apply(LICENCE)).id)
        mock.clock.advance(1000)
      }
      await walk(mock, ids[0], 'accept', 'process', 'approve')
      await walk(mock, ids[1], 'request-supplement')
      await alice.post(paths.withdraw, ids[2], { reason: '重复提交' })
      const all = (await alice.list()).body
      expect(all.applications.map((a) => a.id)).toEqual([...ids].reverse())
      expect(all.counts).toEqual({ all: 5, 'in-progress': 2, supplementing: 1, done: 1, withdrawn: 1 })
      expect((await alice.list('?filter=in-progress')).body).toMatchObject({ total: 2, applications: [{ id: ids[4] }, { id: ids[3] }] })
      expect((await alice.list('?filter=done')).body.applications.map((a) => a.id)).toEqual([ids[0]])
      const page = (await alice.list('?limit=2&offset=2')).body
      expect(page.applications.map((a) => a.id)).toEqual([ids[2], ids[1]])
      expect(page.total).toBe(5)
      expect((await alice.list('?filter=nope')).status).toBe(400)
    })
  })

  describe('消息', () => {
    it('posts one per status change, newest first, and marks them read', async () => {
      const alice = await applicant(mock)
      const bob = await applicant(mock, 'bob')
      const { id } = await alice.apply(LICENCE)
      await bob.apply(LICENCE)
      await walk(mock, id, 'accept', 'process', 'approve')
      const list = (await alice.messages()).body
      expect(list.unread).toBe(4)
      expect(list.messages.map((m) => m.body)).toEqual([
        `您申请的「${LICENCE.item.name}」已办结（通过），电子证照已发放到您的卡包`,
        `您申请的「${LICENCE.item.name}」正在办理`,
        expect.stringMatching(/^您申请的「.+」已受理，承诺于 \d{4}-\d{2}-\d{2} 前办结$/),
        expect.stringContaining('您的申请已提交'),
      ])
      for (const m of list.messages) expect(m).toMatchObject({ title: '办件状态更新', applicationId: id, read: false })

      const one = await mock.call<MessageListDto>('POST', paths.messagesRead, { ids: [list.messages[0].id, 'msg-unknown'] }, alice.auth)
      expect(one.body.unread).toBe(3)
      expect(one.body.messages[0].read).toBe(true)
      // Bob's own message is not Alice's to mark.
      const bobs = (await bob.messages()).body.messages[0].id
      await mock.call('POST', paths.messagesRead, { ids: [bobs] }, alice.auth)
      expect((await bob.messages()).body.unread).toBe(1)
      const all = await mock.call<MessageListDto>('POST', paths.messagesRead, { ids: 'all' }, alice.auth)
      expect(all.body.unread).toBe(0)
      expect(all.body.messages.every((m) => m.read)).toBe(true)
    })
  })

  describe('fees', () => {
    it('creates the after-acceptance fee at 受理, listed with applicationId; paying it clears unpaidFeeId', async () => {
      const alice = await applicant(mock)
      const demo = await alice.fees()
      expect(demo.every((f) => f.applicationId === null)).toBe(true)
      const { id } = await alice.apply(FEE)
      expect((await alice.get(id)).body.unpaidFeeId).toBeNull()
      const accepted = await walk(mock, id, 'accept')
      const fee = (await alice.fees()).find((f) => f.applicationId === id)!
      expect(fee).toMatchObject({ title: FEE.form.fee!.title, amountFen: FEE.form.fee!.amountFen, basis: FEE.form.fee!.basis, department: FEE.item.department.name, status: 'unpaid' })
      expect(accepted.unpaidFeeId).toBe(fee.id)
      expect((await alice.list()).body.applications[0].unpaidFeeId).toBe(fee.id)
      expect((await alice.fees()).length).toBe(demo.length + 1)

      const order = await mock.call<OrderDto>('POST', paths.orders, { feeId: fee.id, platform: 'weapp' }, alice.auth)
      expect(order.status).toBe(200)
      expect((await notify(mock, order.body.id, 'success')).status).toBe(204)
      expect((await alice.get(id)).body.unpaidFeeId).toBeNull()
      expect((await alice.fees()).find((f) => f.id === fee.id)?.status).toBe('paid')
      // Accepting again after a 补正 creates no second fee.
      await walk(mock, id, 'process', 'request-supplement')
      await walk(mock, id, 'accept')
      expect((await alice.fees()).filter((f) => f.applicationId === id)).toHaveLength(1)
    })

    it('cancels an unpaid fee when the application is withdrawn', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(FEE)
      const { unpaidFeeId } = await walk(mock, id, 'accept')
      expect(unpaidFeeId).not.toBeNull()
      const order = await mock.call<OrderDto>('POST', paths.orders, { feeId: unpaidFeeId, platform: 'weapp' }, alice.auth)
      expect(order.body.status).toBe('created')
      await alice.post(paths.withdraw, id, { reason: '不再需要办理' })
      expect((await alice.fees()).some((f) => f.applicationId === id)).toBe(false)
      expect((await alice.get(id)).body.unpaidFeeId).toBeNull()
      const again = await mock.call('POST', paths.orders, { feeId: unpaidFeeId, platform: 'weapp' }, alice.auth)
      expect([again.status, mock.error(again).code]).toEqual([404, 'FEE_NOT_FOUND'])
      expect((await mock.call<OrderDto>('GET', paths.order.replace(':id', order.body.id), undefined, alice.auth)).body.status).toBe('closed')
    })
  })

  describe('the scripted back office', () => {
    const step = () => mock.app.backOffice.step()

    it('moves a plain item to 办结（通过） one step per tick', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      const seen: string[] = []
      for (let i = 0; i < 5; i++) {
        step()
        seen.push((await alice.get(id)).body.status)
      }
      expect(seen).toEqual(['accepted', 'processing', 'approved', 'approved', 'approved'])
      expect((await alice.get(id)).body.result?.licenceId).toBeTruthy()
    })

    it('asks for 补正 once on every 4th item, waits for the applicant, then goes on', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(SUPPLEMENT)
      step()
      step()
      step()
      const waiting = (await alice.get(id)).body
      expect(waiting.status).toBe('supplementing')
      const slot = waiting.supplement!.materials[0]
      await alice.post(paths.supplement, id, { answers: {}, materials: { [slot]: { kind: 'upload', fileIds: [await alice.upload()] } } })
      step()
      step()
      const done = (await alice.get(id)).body
      expect(done.status).toBe('approved')
      expect(done.timeline.filter((e) => e.status === 'supplementing')).toHaveLength(1)
    })

    it('denies every 7th item with a reason, and closes an overdue 补正 as 不予受理', async () => {
      const alice = await applicant(mock)
      const denied = await alice.apply(DENY)
      const overdue = await alice.apply(SUPPLEMENT)
      for (let i = 0; i < 4; i++) step()
      expect((await alice.get(denied.id)).body.timeline.at(-1)).toMatchObject({ status: 'denied', note: SCRIPTED_DENIAL })
      expect((await alice.get(overdue.id)).body.status).toBe('supplementing')
      mock.clock.advance(10 * DAY)
      step()
      // The session has expired meanwhile (7 days): sign in again to look.
      const auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
      const closed = await mock.call<ApplicationDetailDto>('GET', appUrl(overdue.id), undefined, auth)
      expect(closed.body.timeline.at(-1)).toMatchObject({ status: 'not-accepted', note: '逾期未补正' })
    })

    it('holds an application with an unpaid fee, says so once, and goes on once it is paid', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(FEE)
      for (let i = 0; i < 4; i++) step()
      const held = (await alice.get(id)).body
      expect(held.status).toBe('accepted')
      expect(held.timeline.filter((e) => e.note?.startsWith('待缴纳'))).toHaveLength(1)
      const order = await mock.call<OrderDto>('POST', paths.orders, { feeId: held.unpaidFeeId, platform: 'weapp' }, alice.auth)
      await notify(mock, order.body.id, 'success')
      step()
      step()
      expect((await alice.get(id)).body.status).toBe('approved')
    })

    it('runs on a timer (startBackOffice) until every application has ended', async () => {
      const alice = await applicant(mock)
      const { id } = await alice.apply(LICENCE)
      const stop = mock.app.backOffice.start({ intervalMs: 5 })
      try {
        const started = Date.now()
        while ((await alice.get(id)).body.status !== 'approved' && Date.now() - started < 2000) await new Promise((r) => setTimeout(r, 10))
      } finally {
        stop()
      }
      expect((await alice.get(id)).body.status).toBe('approved')
      expect(mock.app.backOffice.start({ intervalMs: 0 })).toEqual(expect.any(Function))
    })
  })
})
