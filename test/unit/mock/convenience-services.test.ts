import type {
  AnswersDto,
  AppointmentDto,
  ApplicationDetailDto,
  FeeListDto,
  FormFieldDto,
  FormSchemaDto,
  HallListDto,
  ItemDetailDto,
  ItemPageDto,
  MessageListDto,
  OrderDto,
  SearchResultDto,
  SlotCalendarDto,
  SubmitBody,
  UploadDto,
} from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { beijingDate } from '../../../src/domain/working-days'
import { catalog } from '../../../mock/catalog/generate'
import { X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import { billFor } from '../../../mock/handling/convenience'
import { everyNeededSlotUploaded, multipartJpeg, validAnswers } from '../../support/handling-answers'
import { faceVerified, notify } from './payment-support'
import { CHINESE, startMock, type Mock } from './support'

/** 上海市's implementations of the 便民服务 (city-level items) */
const FX = '310000-100200270000-0'
const TRAVEL = '310000-100200280000-0'
const WATER = '310000-100200300000-0'
const POWER = '310000-100200310000-0'
const GAS = '310000-100200320000-0'

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))
let keySeq = 0
const newKey = () => `conv-${++keySeq}-${Math.random().toString(36).slice(2, 10)}`

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

/** 孙志强 with 实名 and a fresh face check (so he may pay), one uploaded file, and his calls. */
async function resident(user = 'sun') {
  const auth = mock.bearer(await mock.platformLogin('weapp', user))
  await faceVerified(mock, auth)
  const { payload, contentType } = multipartJpeg()
  const upload = await mock.app.inject({ method: 'POST', url: paths.uploads, payload, headers: { ...auth, 'content-type': contentType } })
  const fileId = (JSON.parse(upload.body) as UploadDto).id
  const form = async (itemId: string) => (await mock.call<FormSchemaDto>('GET', withId(paths.itemForm, itemId))).body
  const submit = async (itemId: string, answers: Partial<AnswersDto>) => {
    const f = await form(itemId)
    const body: SubmitBody = {
      itemId,
      formVersion: f.version,
      answers: { ...validAnswers(f, beijingDate(mock.clock.now()), X_CHECK_DIGIT), ...answers } as AnswersDto,
      materials: everyNeededSlotUploaded(f, fileId),
      declarationAccepted: true,
      submissionKey: newKey(),
      mode: 'personal',
      platform: 'weapp',
    }
    return mock.call<ApplicationDetailDto>('POST', paths.applications, body, auth)
  }
  const get = (id: string) => mock.call<ApplicationDetailDto>('GET', withId(paths.application, id), undefined, auth)
  const fees = async () => (await mock.call<FeeListDto>('GET', paths.fees, undefined, auth)).body.fees
  const messages = async () => (await mock.call<MessageListDto>('GET', paths.messages, undefined, auth)).body.messages
  return { auth, form, submit, get, fees, messages }
}

const fieldIds = (form: FormSchemaDto) => form.sections.flatMap((s) => s.fields.map((f) => f.id))
const refusedOn = (res: { status: number; body: unknown }, field: string) => {
  expect(res.status).toBe(400)
  const error = mock.error(res)
  expect(error.code).toBe('INVALID_ANSWERS')
  expect(error.fields?.[field]).toMatch(CHINESE)
  return error.fields![field]
}

describe('便民服务 in the catalog', () => {
  it('filters lists and search by 事项类型 (type=convenience)', async () => {
    const list = (await mock.call<ItemPageDto>('GET', `${paths.catalogItems}?region=310101&type=convenience&limit=100`)).body
    expect(list.total).toBeGreaterThanOrEqual(7)
    expect(list.items.every((i) => i.type === 'convenience')).toBe(true)
    expect(list.items.map((i) => i.name)).toEqual(expect.arrayContaining(['外币兑换预约', '旅游电子合同查询', '水费缴纳', '电费缴纳', '燃气费缴纳']))
    const permits = (await mock.call<ItemPageDto>('GET', `${paths.catalogItems}?region=310101&type=permit&limit=100`)).body
    expect(permits.total).toBeGreaterThan(0)
    expect(permits.items.every((i) => i.type === 'permit')).toBe(true)
    const search = (await mock.call<SearchResultDto>('GET', `${paths.catalogSearch}?q=${encodeURIComponent('缴费')}&region=310101&type=convenience`)).body
    expect(search.total).toBeGreaterThanOrEqual(3)
    expect(search.hits.every((h) => h.item.type === 'convenience')).toBe(true)
    expect((await mock.call('GET', `${paths.catalogItems}?region=310101&type=gift`)).status).toBe(400)
  })
})

describe('外币兑换预约', () => {
  it('lists bank branches as its 办理地点 and books one through 预约', async () => {
    const guide = (await mock.call<ItemDetailDto>('GET', withId(paths.catalogItem, FX))).body
    expect(guide.locations).toHaveLength(16)
    for (const l of guide.locations) {
      expect(l.name).toMatch(/^(中国银行|中国工商银行)上海市.+支行$/)
      expect(l.address).toMatch(/^上海市.+(区|新区).+\d+号$/)
    }
    // The nearest branch to 外滩 is 黄浦区's.
    const halls = (await mock.call<HallListDto>('GET', `${withId(paths.itemHalls, FX)}?lat=31.2317&lng=121.4846`)).body.halls
    expect(halls[0].address).toMatch(/^上海市黄浦区/)
    expect(guide.locations.map((l) => l.name)).toContain(halls[0].name)

    const sun = await resident()
    const calendar = (await mock.call<SlotCalendarDto>('GET', `${paths.appointmentSlots}?itemId=${FX}&hallId=${halls[0].id}`)).body
    const day = calendar.days[1]
    const slot = day.slots.find((s) => s.remaining > 0)!
    const booked = await mock.call<AppointmentDto>('POST', paths.appointments, { itemId: FX, hallId: halls[0].id, date: day.date, slotId: slot.id }, sun.auth)
    expect(booked.status).toBe(200)
    expect(booked.body).toMatchObject({ itemId: FX, itemName: '外币兑换预约', status: 'booked', hall: { id: halls[0].id, name: halls[0].name } })
  })

  it('takes the currency, amount and day online, within the 年度便利化额度 and on a working day', async () => {
    const sun = await resident()
    const form = await sun.form(FX)
    expect(fieldIds(form)).toEqual(expect.arrayContaining(['currency', 'foreignAmount', 'fxPurpose', 'pickupDate']))
    expect(form.materials.map((m) => m.name)).toEqual(['居民身份证'])
    expect(form.fee).toBeNull()

    expect(refusedOn(await sun.submit(FX, { currency: 'JPY', foreignAmount: 9_000_000 }), 'foreignAmount')).toContain('5 万美元')
    refusedOn(await sun.submit(FX, { pickupDate: '2026-01-10' }), 'pickupDate') // a Saturday
    const ok = await sun.submit(FX, { currency: 'JPY', foreignAmount: 200_000, pickupDate: '2026-01-08' })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ itemName: '外币兑换预约', status: 'submitted', unpaidFeeId: null })
  })
})

describe('旅游电子合同查询', () => {
  it('answers at once with the status of every contract of the applicant', async () => {
    const sun = await resident()
    const form = await sun.form(TRAVEL)
    expect(fieldIds(form)).toEqual(expect.arrayContaining(['contractNo', 'touristName', 'touristIdNumber']))
    expect(form.materials.map((m) => [m.name, m.requirement])).toEqual([['居民身份证', 'optional']])

    const res = await sun.submit(TRAVEL, {})
    expect(res.status).toBe(200)
    const a = res.body
    expect(a).toMatchObject({ status: 'approved', result: { kind: 'other', name: '旅游电子合同', licenceId: null }, canWithdraw: false, canRate: true })
    expect(a.timeline.map((e) => e.status)).toEqual(['submitted', 'accepted', 'processing', 'approved'])
    const note = a.timeline[3].note!
    expect(note).toContain('查询到 2 份旅游电子合同')
    expect(note).toContain('SH202610150321')
    expect(note).toContain('已生效（待出行）')
    expect(note).toContain('SH202607020118')
    expect(note).toContain('已履行完毕')
    // One 消息 for the submission, one for the result; none for the steps between.
    const bodies = (await sun.messages()).map((m) => m.body)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]).toContain('SH202610150321 已生效（待出行）')
  })

  it('finds one contract by number for any tourist listed in it, and says so when there is none', async () => {
    const sun = await resident()
    const companion = { touristName: '孙晓雯', touristIdNumber: '310115201205160029' }
    const one = await sun.submit(TRAVEL, { contractNo: 'SH202610150321', ...companion })
    expect(one.status).toBe(200)
    expect(one.body.timeline.at(-1)?.note).toMatch(/^查询到 1 份旅游电子合同：合同编号 SH202610150321：上海春秋国际旅行社/)

    expect(refusedOn(await sun.submit(TRAVEL, { contractNo: 'SH999999999999' }), 'contractNo')).toContain('未查询到')
    // Someone else's contract: not listed as a tourist there.
    refusedOn(await sun.submit(TRAVEL, { contractNo: 'SH202609230045' }), 'contractNo')
    expect(refusedOn(await sun.submit(TRAVEL, companion), 'contractNo')).toBe('查询他人的合同，须填写合同编号')
    refusedOn(await sun.submit(TRAVEL, { contractNo: 'sh2026' }), 'contractNo') // the form's own pattern
  })
})

describe('生活缴费 (水费, 电费, 燃气费)', () => {
  it('pays a water bill end to end: 户号 → 办件 with the bill as its fee → the cashier → 办结 with the 缴费凭证', async () => {
    const sun = await resident()
    const form = await sun.form(WATER)
    expect(fieldIds(form)).toContain('accountNo')
    expect(form.materials).toEqual([])
    expect(form.fee).toBeNull()

    expect(refusedOn(await sun.submit(WATER, { accountNo: '2101019999' }), 'accountNo')).toBe('未查询到该户号，请核对账单上的户号')
    refusedOn(await sun.submit(WATER, { accountNo: '3100021568' }), 'accountNo') // a power account
    expect(refusedOn(await sun.submit(WATER, { accountNo: '2101153003' }), 'accountNo')).toContain('银行代扣')

    const submitted = await sun.submit(WATER, { accountNo: '2101013001' })
    expect(submitted.status).toBe(200)
    const { id, unpaidFeeId } = submitted.body
    expect(submitted.body.status).toBe('submitted')
    expect(unpaidFeeId).toEqual(expect.any(String))
    const bill = billFor(mock.clock.now(), catalog().byId.get(WATER)!, '2101013001')!
    expect(bill.periodLabel).toBe('2025年12月')
    const fee = (await sun.fees()).find((f) => f.id === unpaidFeeId)!
    expect(fee).toMatchObject({
      applicationId: id,
      amountFen: bill.amountFen,
      title: '2025年12月水费（户号 2101****01）',
      department: '上海城投水务（集团）有限公司',
      status: 'unpaid',
      basis: expect.stringContaining('3.45 元/立方米'),
    })
    expect(bill.amountFen).toBe(Math.round(bill.usage * 345))

    // Pay in the sandbox cashier, as the H5 app does.
    const order = await mock.call<OrderDto>('POST', paths.orders, { feeId: fee.id, platform: 'h5' }, sun.auth)
    expect(order.status).toBe(200)
    const paid = await mock.call('POST', mockPaths.cashier, { order: order.body.id, action: 'pay' })
    expect(paid.status).toBe(303)

    const done = (await sun.get(id)).body
    expect(done).toMatchObject({ status: 'approved', unpaidFeeId: null, result: { kind: 'other', name: '水费缴费凭证（电子）', licenceId: null } })
    expect(done.timeline.map((e) => e.status)).toEqual(['submitted', 'accepted', 'processing', 'approved'])
    expect(done.timeline[3].note).toMatch(/^已缴纳2025年12月水费 \d+\.\d{2} 元，电子缴费凭证号 JF20260105\d{6}$/)
    expect((await sun.messages())[0].body).toMatch(/^您已成功缴纳2025年12月水费 \d+\.\d{2} 元/)
    expect((await sun.fees()).find((f) => f.id === fee.id)?.status).toBe('paid')

    // Paid: nothing more to pay this month.
    expect(refusedOn(await sun.submit(WATER, { accountNo: '2101013001' }), 'accountNo')).toBe('该户号2025年12月账单已缴清，无需重复缴费')
  })

  it('pays an electricity bill through the provider’s notification', async () => {
    const sun = await resident()
    const { id, unpaidFeeId } = (await sun.submit(POWER, { accountNo: '3100021568' })).body
    const fee = (await sun.fees()).find((f) => f.id === unpaidFeeId)!
    expect(fee).toMatchObject({ department: '国网上海市电力公司', title: '2025年12月电费（户号 3100****68）' })
    const order = await mock.call<OrderDto>('POST', paths.orders, { feeId: fee.id, platform: 'weapp' }, sun.auth)
    expect((await notify(mock, order.body.id, 'success')).status).toBe(204)
    expect((await sun.get(id)).body).toMatchObject({ status: 'approved', result: { name: '电费缴费凭证（电子）' } })
  })

  it('keeps one payable bill per 户号: a second one waits until the first is paid or withdrawn', async () => {
    const sun = await resident()
    const first = (await sun.submit(GAS, { accountNo: '1203005517' })).body
    expect(refusedOn(await sun.submit(GAS, { accountNo: '1203005517' }), 'accountNo')).toContain('待支付')
    const withdrawn = await mock.call<ApplicationDetailDto>('POST', withId(paths.withdraw, first.id), { reason: '户号填写有误' }, sun.auth)
    expect(withdrawn.body.status).toBe('withdrawn')
    const again = await sun.submit(GAS, { accountNo: '1203005517' })
    expect(again.status).toBe(200)
    expect(again.body.unpaidFeeId).toEqual(expect.any(String))
    // Another city's utility does not know a Shanghai 户号.
    const jiaxing = catalog().items.find((i) => i.regionCode === '330400' && i.name === '水费缴纳')!
    refusedOn(await sun.submit(jiaxing.id, { accountNo: '2101043002' }), 'accountNo')
    expect((await sun.submit(jiaxing.id, { accountNo: '5730100128' })).status).toBe(200)
  })

  it('uses a form field the form engine checks first: a malformed 户号 never reaches the utility', async () => {
    const sun = await resident()
    const form = await sun.form(WATER)
    const account = form.sections.flatMap((s) => s.fields).find((f) => f.id === 'accountNo') as FormFieldDto
    expect(account).toMatchObject({ type: 'text', required: true, pattern: '\\d{6,20}' })
    expect(refusedOn(await sun.submit(WATER, { accountNo: '21-01' }), 'accountNo')).toBe('户号为 6–20 位数字')
  })
})
