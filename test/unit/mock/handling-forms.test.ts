import { Value } from '@sinclair/typebox/value'
import {
  DraftDto,
  FIELD_TYPES,
  FormSchemaDto,
  LicenceDto,
  UploadDto,
  type DraftBody,
  type DraftListDto,
  type FormFieldDto,
  type FormGroupDto,
  type LicenceListDto,
  type SessionDto,
} from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { validateAnswers } from '../../../src/domain/form'
import { catalog } from '../../../mock/catalog/generate'
import { manualClock, DAY } from '../../../mock/clock'
import type { MockContext } from '../../../mock/context'
import { CITIZEN, LEGAL_REP } from '../../../mock/fixtures/identities'
import { seedEnterprises } from '../../../mock/fixtures/enterprises'
import { markSubmitted, saveDraft } from '../../../mock/handling/drafts'
import { feeOf, formFields, formFor, handWrittenBaseCodes, materialSlot, parseFeeFen } from '../../../mock/handling/forms'
import { catalogueName, findLicence, issueLicence, licencesOf } from '../../../mock/handling/licences'
import { findUpload, MAX_UPLOAD_BYTES, storeUpload } from '../../../mock/handling/uploads'
import { sniffKind } from '../../../src/domain/file-content'
import { MockHttpError } from '../../../mock/http/errors'
import { createStore, type UserRecord } from '../../../mock/store'
import { withParam } from './catalog-support'
import { identityCalls } from './identity-support'
import { CHINESE, startMock, type Mock } from './support'

/** An implementation of a 基本编码 and variant: in 黄浦区 (区级), 上海市 (市级) or 南京东路街道 (街道级). */
const itemId = (baseCode: string, variant = 0) => {
  const id = ['310101', '310000', '310101002'].map((region) => `${region}-${baseCode}-${variant}`).find((i) => catalog().byId.has(i))
  if (!id) throw new Error(`no item ${baseCode}`)
  return id
}
const HOUSING_FUND = '100200070000' // 住房公积金提取 (租房提取 / 购房提取 / 离退休提取)
const RESIDENCE_PERMIT = '100100080000'
const SOLE_TRADER = '100300020000' // 个体工商户设立登记
const FOOD_LICENCE = '100300080000' // 食品经营许可 (新办 first)
const NEWBORN = '100100040000'
const MARRIAGE = '000125006000' // 内地居民结婚登记: not online
const PROPERTY = '100200100000' // 不动产登记: charged
const DRIVING = '100200130000' // 机动车驾驶证换证: charged

const formOf = (id: string) => {
  const form = formFor(id)
  if (!form) throw new Error(`no form for ${id}`)
  return form
}
const entry = (form: FormSchemaDto, id: string) => form.sections.flatMap((s) => s.fields).find((f) => f.id === id)
const fieldOf = (form: FormSchemaDto, id: string) => entry(form, id) as FormFieldDto
const groupOf = (form: FormSchemaDto, id: string) => entry(form, id) as FormGroupDto

/** A mock context of its own, for the functions other modules call (markSubmitted, issueLicence, findUpload). */
function unitContext() {
  const clock = manualClock()
  const ctx: MockContext = { clock, log: () => undefined, store: createStore({ clock, log: () => undefined }) }
  const user = (id: string, realName: { name: string; idNumber: string } | null = null): UserRecord => ({
    id,
    platform: 'weapp',
    displayName: '用户',
    phone: null,
    realNameVerified: realName !== null,
    createdAt: 0,
    realName: realName && { ...realName, boundAt: 0 },
  })
  return { clock, ctx, user }
}

/** Every structural rule a form must keep beyond its schema: ids, conditions, options. */
function structuralProblems(form: FormSchemaDto): string[] {
  const problems: string[] = []
  const seen = new Map<string, FormFieldDto | FormGroupDto>()
  const checkCondition = (e: { id: string; showIf?: { field: string; in: string[] } }, scope: Map<string, FormFieldDto | FormGroupDto>) => {
    if (!e.showIf) return
    const target = scope.get(e.showIf.field)
    if (!target || target.type === 'group') {
      problems.push(`${e.id}: showIf names no earlier field ${e.showIf.field}`)
      return
    }
    if (target.type !== 'select' && target.type !== 'person') {
      problems.push(`${e.id}: showIf on a ${target.type}`)
      return
    }
    const values = (target.options ?? []).map((o) => o.value)
    for (const v of e.showIf.in) if (!values.includes(v)) problems.push(`${e.id}: showIf value ${v} is not an option of ${target.id}`)
  }
  for (const section of form.sections) {
    if (section.fields.length === 0) problems.push(`section ${section.title} is empty`)
    for (const e of section.fields) {
      if (seen.has(e.id)) problems.push(`duplicate id ${e.id}`)
      checkCondition(e, seen)
      if (e.type === 'group') {
        const row = new Map(seen)
        const rowIds = new Set<string>()
        for (const f of e.fields) {
          if (rowIds.has(f.id)) problems.push(`duplicate id ${e.id}.${f.id}`)
          rowIds.add(f.id)
          checkCondition(f, row)
          row.set(f.id, f)
        }
        if (e.minItems > e.maxItems) problems.push(`${e.id}: minItems > maxItems`)
      }
      seen.set(e.id, e)
    }
  }
  for (const f of formFields(form)) {
    if (!(FIELD_TYPES as readonly string[]).includes(f.type)) problems.push(`${f.id}: type ${f.type}`)
    if (f.type === 'select' && !f.options?.length) problems.push(`${f.id}: select without options`)
    if (f.pattern !== undefined) {
      try {
        new RegExp(f.pattern)
      } catch {
        problems.push(`${f.id}: pattern does not compile`)
      }
    }
  }
  return problems
}

describe('handling forms, drafts, uploads, licences', () => {
  describe('form schemas', () => {
    it('every online item has a form fitting the contract, with a slot per material of its guide but the 申请表; others have none', () => {
      const checked = new Set<string>()
      const withoutUpload = new Set<string>()
      let online = 0
      for (const item of catalog().items) {
        const form = formFor(item.id)
        if (!item.online) {
          expect(form).toBeNull()
          continue
        }
        online++
        expect(form?.itemId).toBe(item.id)
        const key = `${item.baseCode}:${item.variant}`
        if (checked.has(key)) continue
        checked.add(key)
        const f = form!
        expect(Value.Check(FormSchemaDto, f)).toBe(true)
        expect({ item: item.name, problems: structuralProblems(f) }).toEqual({ item: item.name, problems: [] })
        expect(formFields(f).length).toBeGreaterThan(0)
        expect(f.itemName).toBe(item.name)
        expect(f.version).toBe(1)
        expect(f.audience).toBe(item.audiences.includes('personal') ? 'personal' : 'enterprise')
        expect(f.declaration).toMatch(/承诺.*真实、合法、有效/)
        // 表单即申请书: every material but the 申请表, which the online form itself is
        const asked = item.materials.filter((m) => m.type !== 'application-form')
        expect(f.materials.map((m) => [m.id, m.name, m.requirement, m.eLicence, m.notes])).toEqual(asked.map((m) => [m.id, m.name, m.requirement, m.eLicence, m.notes]))
        for (const [i, slot] of f.materials.entries()) {
          const licenceOnly = asked[i].eLicence !== null && !asked[i].forms.includes('paper')
          expect(slot.upload).toEqual(licenceOnly ? null : { kinds: ['image', 'pdf'], maxFiles: 3, maxBytes: 5 * 1024 * 1024 })
          if (licenceOnly) withoutUpload.add(slot.name)
        }
      }
      expect([...withoutUpload].sort()).toEqual(['劳动者居民身份证', '法定代表人身份证件', '电子营业执照'])
      expect(online).toBeGreaterThan(10000)
      expect(checked.size).toBeGreaterThan(100)
      expect(formFor(itemId(MARRIAGE))).toBeNull()
      expect(formFor('nope')).toBeNull()
    })

    it('is deterministic, shared by every region and frozen against changes by a caller', () => {
      const a = formOf('310101-100200070000-1')
      const b = formOf('310104-100200070000-1')
      expect(b).toEqual({ ...a, itemId: '310104-100200070000-1' })
      expect(formOf('310101-100200070000-1')).toEqual(a)
      expect(() => (a.sections[0].fields as unknown[]).push({})).toThrow()
    })

    it('asks the personal applicant for the verified identity, phone and address, the enterprise for its register data', () => {
      const personal = formOf(itemId(HOUSING_FUND))
      expect(personal.sections[0].title).toBe('申请人信息')
      expect(personal.sections[0].fields.map((f) => [f.id, f.type, (f as FormFieldDto).prefill, (f as FormFieldDto).editable])).toEqual([
        ['applicantName', 'text', 'identity.name', false],
        ['applicantIdNumber', 'id-number', 'identity.idNumber', false],
        ['contactPhone', 'phone', 'account.phone', true],
        ['contactAddress', 'address', 'licence:居民户口簿:address', true],
      ])
      // 居住证: the 户籍 address is elsewhere, so the contact address is not prefilled from it.
      expect(fieldOf(formOf(itemId(RESIDENCE_PERMIT)), 'contactAddress').prefill).toBeUndefined()
      const enterprise = formOf(itemId(FOOD_LICENCE))
      expect(enterprise.audience).toBe('enterprise')
      expect(enterprise.sections[0].fields.map((f) => [f.id, f.type, (f as FormFieldDto).prefill, (f as FormFieldDto).editable])).toEqual([
        ['enterpriseName', 'text', 'enterprise.name', false],
        ['creditCode', 'credit-code', 'enterprise.creditCode', false],
        ['legalRep', 'text', 'enterprise.legalRep', false],
        ['agentPhone', 'phone', 'account.phone', true],
      ])
      // An item for both 个人 and 法人 is described as personal; 企业设立登记 is founded by a person.
      expect(formOf(itemId(SOLE_TRADER)).audience).toBe('personal')
      expect(formOf(itemId('100300010000')).sections[0].title).toBe('申请人信息')
    })

    it('hand-writes at least 15 forms of online items, with conditional fields, person fields and repeatable groups', () => {
      const codes = handWrittenBaseCodes()
      expect(codes.length).toBeGreaterThanOrEqual(15)
      for (const code of codes) expect(catalog().byId.get(itemId(code))?.online).toBe(true)

      const fund = formOf(itemId(HOUSING_FUND))
      expect(fieldOf(fund, 'withdrawReason').type).toBe('select')
      expect([fieldOf(fund, 'monthlyRent').type, fieldOf(fund, 'monthlyRent').showIf]).toEqual(['amount', { field: 'withdrawReason', in: ['rent'] }])
      expect([fieldOf(fund, 'rentalAddress').type, fieldOf(fund, 'rentalAddress').showIf]).toEqual(['address', { field: 'withdrawReason', in: ['rent'] }])
      expect([fieldOf(fund, 'propertyAddress').type, fieldOf(fund, 'propertyAddress').showIf]).toEqual(['address', { field: 'withdrawReason', in: ['purchase'] }])
      expect([fieldOf(fund, 'purchasePrice').type, fieldOf(fund, 'purchasePrice').showIf]).toEqual(['amount', { field: 'withdrawReason', in: ['purchase'] }])

      const permit = formOf(itemId(RESIDENCE_PERMIT))
      expect(fieldOf(permit, 'residenceReason').type).toBe('select')
      expect(fieldOf(permit, 'residenceAddress').type).toBe('address')
      expect(fieldOf(permit, 'moveInDate')).toMatchObject({ type: 'date', max: 'today' })
      // 签注 prefills the address of the 居住证 being endorsed; 新办 has none yet.
      expect(fieldOf(formOf(itemId(RESIDENCE_PERMIT, 1)), 'residenceAddress').prefill).toBe('licence:居住证:address')

      const trader = formOf(itemId(SOLE_TRADER))
      expect(fieldOf(trader, 'operator').type).toBe('person')
      expect(fieldOf(trader, 'premises').type).toBe('address')
      expect(fieldOf(trader, 'businessScope').type).toBe('textarea')
      expect(fieldOf(trader, 'employees').type).toBe('number')
      expect(groupOf(trader, 'familyMembers')).toMatchObject({ type: 'group', showIf: { field: 'organisationForm', in: ['family'] }, minItems: 1 })

      const food = formOf(itemId(FOOD_LICENCE, 0))
      expect(food.itemName).toBe('食品经营许可（新办）')
      for (const id of ['businessFormat', 'businessItem', 'onlineSales']) expect(fieldOf(food, id).type).toBe('select')
      expect(fieldOf(food, 'premisesArea').type).toBe('number')
      expect(fieldOf(food, 'websiteName')).toMatchObject({ type: 'text', showIf: { field: 'onlineSales', in: ['yes'] } })
      const managers = groupOf(food, 'safetyManagers')
      expect(managers).toMatchObject({ minItems: 1, required: true })
      expect(managers.fields.map((f) => f.type)).toEqual(['text', 'id-number', 'phone'])
      // 注销 asks other things than 新办.
      expect(entry(formOf(itemId(FOOD_LICENCE, 3)), 'safetyManagers')).toBeUndefined()
      expect(fieldOf(formOf(itemId(FOOD_LICENCE, 3)), 'cancelReason').type).toBe('select')

      expect(fieldOf(formOf(itemId(NEWBORN)), 'newborn')).toMatchObject({ type: 'person', options: [{ value: 'child', label: '子女' }] })
    })

    it('gives an item without a hand-written section a generic optional one', () => {
      const form = formOf(itemId('100100130000')) // 婚姻登记档案查询
      expect(form.sections.map((s) => s.title)).toEqual(['申请人信息', '申请信息'])
      expect(form.sections[1].fields).toEqual([expect.objectContaining({ id: 'applicationNote', type: 'textarea', required: false })])
    })

    it('works with the shared form engine: conditional fields are required only when shown', () => {
      const fund = formOf(itemId(HOUSING_FUND))
      const base = {
        applicantName: LEGAL_REP.name,
        applicantIdNumber: LEGAL_REP.idNumber,
        contactPhone: '13912345678',
        contactAddress: { regionCode: '310101', detail: '河南南路168弄5号1202室' },
        bankName: 'icbc',
        bankAccount: '6222021001122334455',
      }
      expect(validateAnswers(fund, { ...base, withdrawReason: 'rent' }, { today: '2026-01-05' })).toEqual({
        monthlyRent: expect.stringMatching(CHINESE),
        rentalAddress: expect.stringMatching(CHINESE),
      })
      const rent = { ...base, withdrawReason: 'rent', monthlyRent: 4500, rentalAddress: { regionCode: '310104', detail: '漕溪北路88弄3号501室' } }
      expect(validateAnswers(fund, rent, { today: '2026-01-05' })).toEqual({})
    })

    it('charges the first fee item of a charged item, parsed from its standard; free items have none', () => {
      expect(parseFeeFen('每本 9 元')).toBe(900)
      expect(parseFeeFen('每证 20 元')).toBe(2000)
      expect(parseFeeFen('每件 80～550 元')).toBe(8000)
      expect(parseFeeFen('一次有效每件 15 元，二次有效每件 30 元')).toBe(1500)
      expect(parseFeeFen('年用水量 0～220 立方米，3.45 元/立方米（含污水处理费）')).toBeNull()
      expect(parseFeeFen('按设备类别和技术参数分档计收')).toBeNull()

      expect(formOf(itemId(PROPERTY)).fee).toEqual({ title: '不动产登记费（住宅）', amountFen: 8000, basis: expect.stringMatching(CHINESE), timing: 'after-acceptance' })
      expect(formOf(itemId(DRIVING)).fee).toMatchObject({ title: '机动车驾驶证工本费', amountFen: 1000 })
      expect(feeOf({ kind: 'instant', fees: { free: false, items: [{ name: '工本费', standard: '每本 9 元', basis: '依据', reducible: false, note: '' }], onlinePayment: true } })).toMatchObject({
        amountFen: 900,
        timing: 'before-review',
      })
      const seen = new Set<string>()
      let charged = 0
      for (const item of catalog().items) {
        if (!item.online || seen.has(item.baseCode)) continue
        seen.add(item.baseCode)
        const fee = formOf(item.id).fee
        if (item.fees.free) expect(fee).toBeNull()
        else if (fee) {
          charged++
          expect(fee.amountFen).toBeGreaterThan(0)
          expect(fee.title).toBe(item.fees.items[0].name)
        }
      }
      expect(charged).toBeGreaterThanOrEqual(2)
    })

    it('offers only the 电子证照 for a material that exists only as one', () => {
      const material = catalog().items.find((i) => i.online)!.materials[0]
      expect(materialSlot({ ...material, eLicence: '居民身份证', forms: ['electronic'] }).upload).toBeNull()
      expect(materialSlot({ ...material, eLicence: '居民身份证', forms: ['paper', 'electronic'] }).upload).not.toBeNull()
    })
  })

  describe('routes', () => {
    let mock: Mock
    let alice: SessionDto
    let bob: SessionDto
    beforeEach(async () => {
      mock = startMock()
      alice = await mock.platformLogin('weapp', 'alice')
      bob = await mock.platformLogin('weapp', 'bob')
    })
    afterEach(() => mock.app.close())

    const draftUrl = (id: string) => withParam(paths.draft, id)
    const body = (id: string, over: Partial<DraftBody> = {}): DraftBody => ({
      itemId: id,
      formVersion: 1,
      answers: { withdrawReason: 'rent', monthlyRent: 4500 },
      materials: { [`${HOUSING_FUND}-5`]: { kind: 'deferred' } },
      updatedAt: 1_000,
      submissionKey: 'draft-key-0001',
      ...over,
    })
    const put = (session: SessionDto, id: string, over: Partial<DraftBody> = {}) => mock.call<DraftDto>('PUT', draftUrl(id), body(id, over), mock.bearer(session))
    const getDraft = (session: SessionDto, id: string) => mock.call<DraftDto>('GET', draftUrl(id), undefined, mock.bearer(session))
    const drafts = async (session: SessionDto) => (await mock.call<DraftListDto>('GET', paths.drafts, undefined, mock.bearer(session))).body.drafts

    describe('GET itemForm', () => {
      it('answers the form of an online item, open to anyone; 404 for others', async () => {
        const id = itemId(HOUSING_FUND)
        const res = await mock.call<FormSchemaDto>('GET', withParam(paths.itemForm, id))
        expect(res.status).toBe(200)
        expect(res.body).toEqual(formFor(id))
        const offline = await mock.call('GET', withParam(paths.itemForm, itemId(MARRIAGE)))
        expect([offline.status, mock.error(offline).code, mock.error(offline).message]).toEqual([404, 'FORM_NOT_FOUND', expect.stringMatching(CHINESE)])
        const unknown = await mock.call('GET', withParam(paths.itemForm, '310101-999999999999-0'))
        expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'ITEM_NOT_FOUND'])
        expect((await mock.call('GET', withParam(paths.itemForm, 'a_b'))).status).toBe(400)
      })
    })

    describe('drafts', () => {
      it('saves a draft and answers it with the item name; lists and reads it back; deletes it', async () => {
        const id = itemId(HOUSING_FUND)
        const saved = await put(alice, id)
        expect(saved.status).toBe(200)
        expect(Value.Check(DraftDto, saved.body)).toBe(true)
        expect(saved.body).toEqual({ ...body(id), itemName: '住房公积金提取（租房提取）' })
        expect((await getDraft(alice, id)).body).toEqual(saved.body)
        expect(await drafts(alice)).toEqual([saved.body])
        const removed = await mock.call('DELETE', draftUrl(id), undefined, mock.bearer(alice))
        expect([removed.status, removed.body]).toEqual([204, ''])
        const gone = await getDraft(alice, id)
        expect([gone.status, mock.error(gone).code, mock.error(gone).message]).toEqual([404, 'DRAFT_NOT_FOUND', '未找到该事项的草稿'])
        expect((await mock.call('DELETE', draftUrl(id), undefined, mock.bearer(alice))).status).toBe(204)
      })

      it('keeps the newer by updatedAt: an older save answers the stored newer draft, a tie keeps the stored one', async () => {
        const id = itemId(HOUSING_FUND)
        await put(alice, id, { updatedAt: 2_000, answers: { withdrawReason: 'purchase' } })
        const older = await put(alice, id, { updatedAt: 1_500, answers: { withdrawReason: 'rent' }, submissionKey: 'other-device-1' })
        expect(older.status).toBe(200)
        expect(older.body).toMatchObject({ updatedAt: 2_000, answers: { withdrawReason: 'purchase' }, submissionKey: 'draft-key-0001' })
        const tie = await put(alice, id, { updatedAt: 2_000, answers: { withdrawReason: 'retire' } })
        expect(tie.body.answers).toEqual({ withdrawReason: 'purchase' })
        const newer = await put(alice, id, { updatedAt: 3_000, answers: { withdrawReason: 'retire' } })
        expect(newer.body).toMatchObject({ updatedAt: 3_000, answers: { withdrawReason: 'retire' } })
        expect((await getDraft(alice, id)).body.answers).toEqual({ withdrawReason: 'retire' })
      })

      it('lists newest first, per user: another user can neither read nor list them', async () => {
        const fund = itemId(HOUSING_FUND)
        const permit = itemId(RESIDENCE_PERMIT)
        await put(alice, fund, { updatedAt: 1_000 })
        await put(alice, permit, { updatedAt: 5_000, answers: {}, materials: {} })
        expect((await drafts(alice)).map((d) => d.itemId)).toEqual([permit, fund])
        expect(await drafts(bob)).toEqual([])
        expect((await getDraft(bob, fund)).status).toBe(404)
        await mock.call('DELETE', draftUrl(fund), undefined, mock.bearer(bob))
        expect((await getDraft(alice, fund)).status).toBe(200)
      })

      it('refuses items without a form, a body for another item, malformed answers, and callers without a session', async () => {
        const offline = await put(alice, itemId(MARRIAGE))
        expect([offline.status, mock.error(offline).code]).toEqual([404, 'FORM_NOT_FOUND'])
        const unknown = await put(alice, '310101-999999999999-0')
        expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'ITEM_NOT_FOUND'])
        const fund = itemId(HOUSING_FUND)
        const other = await mock.call('PUT', draftUrl(fund), body(itemId(RESIDENCE_PERMIT)), mock.bearer(alice))
        expect([other.status, mock.error(other).fields]).toEqual([400, { itemId: '草稿所属事项与请求地址不一致' }])
        const badKey = await put(alice, fund, { submissionKey: 'short' })
        expect([badKey.status, mock.error(badKey).fields]).toEqual([400, { submissionKey: '提交标识长度不正确' }])
        const badAnswer = await mock.call('PUT', draftUrl(fund), { ...body(fund), answers: { withdrawReason: { nested: { deep: true } } } }, mock.bearer(alice))
        expect(badAnswer.status).toBe(400)
        expect((await mock.call('PUT', draftUrl(fund), body(fund))).status).toBe(401)
        expect((await mock.call('GET', paths.drafts)).status).toBe(401)
      })
    })

    describe('uploads', () => {
      const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])])
      const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR'), Buffer.from([0, 0, 0, 1, 0, 0, 0, 1]), Buffer.alloc(24, 2)]) // 1 × 1 px
      const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')

      /** multipart/form-data as a host's uploadFile sends it: one file part, optional extra fields. */
      function multipart(parts: { name: string; filename?: string; type?: string; content: Buffer | string }[]) {
        const boundary = '----TongbanTestBoundary7MA4YWxk'
        const chunks: Buffer[] = []
        for (const p of parts) {
          const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`
          chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`))
          chunks.push(typeof p.content === 'string' ? Buffer.from(p.content) : p.content)
          chunks.push(Buffer.from('\r\n'))
        }
        chunks.push(Buffer.from(`--${boundary}--\r\n`))
        return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
      }
      const upload = (session: SessionDto | null, content: Buffer, filename = '身份证正面.jpg', extra: { name: string; content: string }[] = []) => {
        const { payload, headers } = multipart([...extra, { name: 'file', filename, type: 'image/jpeg', content }])
        return mock.call<UploadDto>('POST', paths.uploads, payload, { ...headers, ...(session ? mock.bearer(session) : {}) })
      }

      it('takes a JPEG, a PNG and a PDF, recognised by content, and answers their metadata', async () => {
        const jpeg = await upload(alice, JPEG, '身份证正面.jpg', [{ name: 'name', content: 'file' }])
        expect(jpeg.status).toBe(200)
        expect(Value.Check(UploadDto, jpeg.body)).toBe(true)
        expect(jpeg.body).toEqual({ id: expect.stringMatching(/^upl-[0-9a-f]{24}$/), name: '身份证正面.jpg', kind: 'image', bytes: JPEG.length })
        expect((await upload(alice, PNG, 'scan.png')).body).toMatchObject({ kind: 'image', bytes: PNG.length })
        // The declared type and the name do not matter: a PDF sent as image/jpeg is a PDF.
        expect((await upload(alice, PDF, '租赁合同.jpg')).body).toMatchObject({ kind: 'pdf', bytes: PDF.length, name: '租赁合同.jpg' })
        // Nothing of the file reaches the log.
        expect(mock.lines.filter((l) => l.includes('/api/v1/uploads'))).toEqual(expect.arrayContaining([expect.stringMatching(/^POST \/api\/v1\/uploads 200 \d+ms$/)]))
        expect(mock.lines.join('\n')).not.toMatch(/身份证正面|租赁合同/)
      })

      it('refuses other content with 415, a file over 5 MB with 413, no file with 400 and no session with 401', async () => {
        const text = await upload(alice, Buffer.from('这不是图片'), 'note.jpg')
        expect([text.status, mock.error(text).code, mock.error(text).message]).toEqual([415, 'FILE_TYPE', '仅支持 JPG、PNG 图片或 PDF 文件'])
        const empty = await upload(alice, Buffer.alloc(0), 'empty.jpg')
        expect([empty.status, mock.error(empty).code]).toEqual([415, 'FILE_TYPE'])

        const atLimit = Buffer.concat([JPEG, Buffer.alloc(MAX_UPLOAD_BYTES - JPEG.length)])
        expect((await upload(alice, atLimit)).body).toMatchObject({ bytes: MAX_UPLOAD_BYTES })
        const overLimit = await upload(alice, Buffer.concat([atLimit, Buffer.from([0])]))
        expect([overLimit.status, mock.error(overLimit).code, mock.error(overLimit).message]).toEqual([413, 'FILE_TOO_LARGE', '文件超过 5 MB，请压缩后重新上传'])
        // Far over: refused from its declared length, before anything is read.
        const huge = await upload(alice, Buffer.concat([JPEG, Buffer.alloc(8 * 1024 * 1024)]))
        expect([huge.status, mock.error(huge).code]).toEqual([413, 'FILE_TOO_LARGE'])

        const fieldsOnly = multipart([{ name: 'note', content: 'no file here' }])
        const missing = await mock.call('POST', paths.uploads, fieldsOnly.payload, { ...fieldsOnly.headers, ...mock.bearer(alice) })
        expect([missing.status, mock.error(missing).code, mock.error(missing).message]).toEqual([400, 'FILE_MISSING', '请选择要上传的文件'])
        const json = await mock.call('POST', paths.uploads, { file: 'x' }, mock.bearer(alice))
        expect([json.status, mock.error(json).code]).toEqual([400, 'FILE_MISSING'])
        const truncated = multipart([{ name: 'file', filename: 'a.jpg', content: JPEG }])
        const broken = await mock.call('POST', paths.uploads, truncated.payload.subarray(0, 120), { ...truncated.headers, ...mock.bearer(alice) })
        expect([broken.status, mock.error(broken).code]).toEqual([400, 'BAD_REQUEST'])

        const anonymous = await upload(null, JPEG)
        expect([anonymous.status, mock.error(anonymous).code]).toEqual([401, 'UNAUTHORIZED'])
      })

      it('leaves the JSON API as it was: multipart elsewhere is 415, JSON bodies keep the 64 KiB limit', async () => {
        const { payload, headers } = multipart([{ name: 'file', filename: 'a.jpg', content: JPEG }])
        const elsewhere = await mock.call('PUT', draftUrl(itemId(HOUSING_FUND)), payload, { ...headers, ...mock.bearer(alice) })
        expect(elsewhere.status).toBe(415)
        const big = await mock.call('PUT', draftUrl(itemId(HOUSING_FUND)), body(itemId(HOUSING_FUND), { answers: { note: 'x'.repeat(70 * 1024) } }), mock.bearer(alice))
        expect(big.status).toBe(413)
      })
    })

    describe('licences', () => {
      const licences = async (session: SessionDto) => {
        const res = await mock.call<LicenceListDto>('GET', paths.licences, undefined, mock.bearer(session))
        expect(res.status).toBe(200)
        for (const l of res.body.licences) expect(Value.Check(LicenceDto, l)).toBe(true)
        return res.body.licences
      }

      it('seeds personal e-licences from the verified identity, masked and without the full 身份证号', async () => {
        expect(await licences(alice)).toEqual([])
        await identityCalls(mock).bind(alice, LEGAL_REP)
        const list = await licences(alice)
        expect(list.map((l) => l.type)).toEqual(['居民身份证', '居民户口簿', '社会保障卡', '驾驶证', '结婚证'])
        expect(list[0]).toMatchObject({ number: '3101**********0014', holder: '李**', status: 'valid', applicationId: null, issuer: '上海市公安局黄浦分局' })
        expect(list[1].fields.address).toMatch(/^上海市黄浦区.+室$/)
        expect(JSON.stringify(list)).not.toContain(LEGAL_REP.idNumber)
        // Derived, not random: another server gives the same wallet.
        const again = startMock()
        const session = await again.platformLogin('weapp', 'alice')
        await identityCalls(again).bind(session, LEGAL_REP)
        expect((await again.call<LicenceListDto>('GET', paths.licences, undefined, again.bearer(session))).body.licences).toEqual(list)
        await again.app.close()
      })

      it('gives a resident from elsewhere a 居住证 with a Shanghai address', async () => {
        await identityCalls(mock).bind(bob, CITIZEN)
        const list = await licences(bob)
        expect(list.map((l) => l.type)).toEqual(['居民身份证', '居民户口簿', '社会保障卡', '居住证'])
        expect(list[1].fields.address).toMatch(/^浙江省杭州市西湖区/)
        expect(list[3].fields.address).toMatch(/^上海市/)
        expect(list[3].issuer).toMatch(/^上海市公安局.+分局$/)
      })

      it('adds the 营业执照 (and the restaurant’s 食品经营许可证) of the enterprises the legal representative acts for', async () => {
        await identityCalls(mock).bind(alice, LEGAL_REP)
        const [catering, tech] = seedEnterprises
        for (const e of [catering, tech]) expect((await mock.call('POST', paths.enterpriseBind, { creditCode: e.creditCode }, mock.bearer(alice))).status).toBe(200)
        const list = await licences(alice)
        const business = list.filter((l) => l.type === '营业执照')
        expect(business.map((l) => l.holder)).toEqual([catering.name, tech.name])
        expect(business[0]).toMatchObject({ number: '9131**********0016', issuer: '上海市黄浦区市场监督管理局', fields: { creditCode: catering.creditCode, legalRep: '李建国' } })
        expect(list.filter((l) => l.type === '食品经营许可证').map((l) => l.holder)).toEqual([catering.name])
      })
    })
  })

  describe('functions for submission and review', () => {
    it('markSubmitted makes a later save with that key 409 DRAFT_SUBMITTED and removes the draft', () => {
      const { ctx } = unitContext()
      const id = itemId(HOUSING_FUND)
      const draft = { itemId: id, formVersion: 1, answers: {}, materials: {}, updatedAt: 1, submissionKey: 'submit-key-01' }
      saveDraft(ctx, 'u1', id, draft)
      markSubmitted(ctx, 'u1', id, 'submit-key-01')
      let error: unknown
      try {
        saveDraft(ctx, 'u1', id, { ...draft, updatedAt: 2 })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(MockHttpError)
      expect((error as MockHttpError).statusCode).toBe(409)
      expect((error as MockHttpError).body).toEqual({ code: 'DRAFT_SUBMITTED', message: '该草稿已提交，请在「我的办件」中查看' })
      // Another user, or a new key (a new application of the same item), may still save.
      expect(saveDraft(ctx, 'u2', id, { ...draft, updatedAt: 2 }).updatedAt).toBe(2)
      expect(saveDraft(ctx, 'u1', id, { ...draft, submissionKey: 'submit-key-02', updatedAt: 3 }).submissionKey).toBe('submit-key-02')
    })

    it('findUpload answers the owner’s file only, for 30 days; the bytes are not kept', () => {
      const { ctx, clock } = unitContext()
      const record = storeUpload(ctx, 'u1', { name: 'C:\\Users\\scan\\合同.pdf', content: Buffer.from('%PDF-1.7\n') })
      expect(record).toMatchObject({ userId: 'u1', name: '合同.pdf', kind: 'pdf', bytes: 9, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
      expect(findUpload(ctx, 'u1', record.id)).toBe(record)
      expect(findUpload(ctx, 'u2', record.id)).toBeUndefined()
      expect(findUpload(ctx, 'u1', 'upl-nope')).toBeUndefined()
      expect(JSON.stringify(ctx.store.state.slices.uploads)).not.toContain('PDF-1.7')
      clock.advance(30 * DAY)
      expect(findUpload(ctx, 'u1', record.id)).toBeUndefined()
      expect(sniffKind(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull() // a PNG signature is 8 bytes
    })

    it('issueLicence puts an approved application’s licence in the wallet, once per application', () => {
      const { ctx, user, clock } = unitContext()
      const citizen = user('u1', CITIZEN)
      const input = { type: '营业执照（个体工商户）', holder: '王小红', issuer: '上海市黄浦区市场监督管理局', applicationId: 'app-0123456789abcdef', fields: { businessName: '小红早餐店' } }
      const issued = issueLicence(ctx, citizen, input)
      expect(Value.Check(LicenceDto, issued)).toBe(true)
      expect(issued).toMatchObject({ type: '营业执照', holder: '王小红', issuedAt: '2026-01-05', validUntil: null, status: 'valid', applicationId: 'app-0123456789abcdef' })
      expect(issueLicence(ctx, citizen, input)).toBe(issued)
      expect(licencesOf(ctx, citizen).map((l) => l.id)).toContain(issued.id)
      expect(findLicence(ctx, user('u2', LEGAL_REP), issued.id)).toBeUndefined()
      // 撤销: the reviewer changes the stored record.
      findLicence(ctx, citizen, issued.id)!.status = 'revoked'
      expect(licencesOf(ctx, citizen).find((l) => l.id === issued.id)?.status).toBe('revoked')
      // A licence with a term expires.
      const food = issueLicence(ctx, citizen, { ...input, type: '食品经营许可证', applicationId: 'app-food' })
      expect(food.validUntil).toBe('2031-01-05')
      clock.advance(6 * 365 * DAY)
      expect(licencesOf(ctx, citizen).find((l) => l.id === food.id)?.status).toBe('expired')
      expect(catalogueName('中华人民共和国机动车驾驶证')).toBe('驾驶证')
      expect(catalogueName('小餐饮经营许可（临时备案）公示卡')).toBe('小餐饮经营许可（临时备案）公示卡')
    })

    it('licencesOf leaves out enterprise licences unless asked, and a user without 实名 has none of their own', () => {
      const { ctx, user } = unitContext()
      expect(licencesOf(ctx, user('u0'))).toEqual([])
      const rep = user('u1', LEGAL_REP)
      expect(licencesOf(ctx, rep, { includeEnterprise: true })).toEqual(licencesOf(ctx, rep)) // no enterprise bound
      expect(findLicence(ctx, rep, licencesOf(ctx, rep)[0].id)).toEqual(licencesOf(ctx, rep)[0])
    })
  })
})
