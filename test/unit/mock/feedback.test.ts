import type { FeedbackBody, FeedbackDto, FeedbackListDto, MessageListDto, SessionDto, UploadDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { catalog } from '../../../mock/catalog/generate'
import type { CatalogItem } from '../../../mock/catalog/model'
import { GUIDE_ROUTE, PLATFORM_OPERATOR } from '../../../mock/feedback/submit'
import { multipartJpeg } from '../../support/handling-answers'
import { CHINESE, PHONE, startMock, type Mock } from './support'

/** 内地居民结婚登记 of 黄浦区: an item with a FAQ and one 办理地点. */
const MARRIAGE = catalog().byId.get('310101-000125006000-0') as CatalogItem
const ANOTHER: CatalogItem = catalog().items.find((i) => i.regionCode === '310104' && i.level === 'district')!

const url = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))
let keySeq = 0
const newKey = () => `fb-key-${++keySeq}-${Math.random().toString(36).slice(2, 10)}`

const consult = (extra: Partial<FeedbackBody> = {}): FeedbackBody => ({
  kind: 'consult',
  category: 'other',
  content: '请问办理居住证需要多长时间？\n我下个月要用。',
  attachments: [],
  contact: 'message',
  region: '310101',
  submissionKey: newKey(),
  ...extra,
})

async function uploadAs(mock: Mock, auth: Record<string, string>): Promise<string> {
  const { payload, contentType } = multipartJpeg()
  const res = await mock.app.inject({ method: 'POST', url: paths.uploads, payload, headers: { ...auth, 'content-type': contentType } })
  return (JSON.parse(res.body) as UploadDto).id
}

/** A signed-in user and the feedback calls they make. */
async function citizen(mock: Mock, session: SessionDto) {
  const auth = mock.bearer(session)
  return {
    auth,
    submit: (body: unknown, headers: Record<string, string> = {}) => mock.call<FeedbackDto>('POST', paths.feedback, body, { ...auth, ...headers }),
    list: (query = '') => mock.call<FeedbackListDto>('GET', `${paths.feedback}${query}`, undefined, auth),
    get: (id: string) => mock.call<FeedbackDto>('GET', url(paths.feedbackOne, id), undefined, auth),
    rate: (id: string, body: unknown) => mock.call<FeedbackDto>('POST', url(paths.rateFeedback, id), body, auth),
    messages: () => mock.call<MessageListDto>('GET', paths.messages, undefined, auth),
    upload: () => uploadAs(mock, auth),
  }
}

const act = (mock: Mock, id: string, body: unknown) => mock.call<FeedbackDto>('POST', url(mockPaths.feedbackAction, id), body)

let mock: Mock
let alice: Awaited<ReturnType<typeof citizen>>
let bob: Awaited<ReturnType<typeof citizen>>

beforeEach(async () => {
  mock = startMock()
  alice = await citizen(mock, await mock.platformLogin('weapp', 'alice'))
  bob = await citizen(mock, await mock.platformLogin('weapp', 'bob'))
})
afterEach(() => mock.app.close())

describe('submitting 咨询 / 投诉 / 找茬', () => {
  it('files a general 咨询 with the region’s 12345 office, a 受理编号 of the Beijing day and a first timeline step', async () => {
    const res = await alice.submit(consult())
    expect(res.status).toBe(200)
    const f = res.body
    expect(f).toMatchObject({
      kind: 'consult',
      status: 'received',
      title: '请问办理居住证需要多长时间？',
      item: null,
      department: '上海市12345市民服务热线',
      category: 'other',
      hall: null,
      page: null,
      attachments: [],
      contact: 'message',
      phoneMasked: null,
      replies: [],
      rating: null,
      awaitingRating: false,
    })
    expect(f.number).toBe('ZX202601050001')
    expect(f.timeline).toEqual([{ status: 'received', at: mock.clock.now(), note: '已收到您的咨询，已转交上海市12345市民服务热线办理' }])
    // The sequence counts per kind and day.
    expect((await alice.submit(consult())).body.number).toBe('ZX202601050002')
    expect((await alice.submit({ ...consult(), kind: 'complaint', category: 'attitude' })).body.number).toBe('TS202601050001')
    // A G60 city's hotline answers there.
    expect((await alice.submit(consult({ region: '330402' }))).body.department).toBe('嘉兴市12345政务服务便民热线')
  })

  it('sends a question about an item to the item’s department', async () => {
    const res = await alice.submit(consult({ itemId: MARRIAGE.id, category: 'materials', content: '结婚登记要带什么材料？' }))
    expect(res.body).toMatchObject({ item: { id: MARRIAGE.id, name: MARRIAGE.name }, department: MARRIAGE.department.name })
    expect(res.body.timeline[0].note).toBe(`已收到您的咨询，已转交${MARRIAGE.department.name}办理`)
  })

  it('records a 投诉 with its hall (one of the item’s 办理地点), its attachments and a masked phone for 电话回访', async () => {
    const sms = await citizen(mock, await mock.smsLogin(PHONE))
    const fileId = await sms.upload()
    const res = await sms.submit({
      ...consult(),
      kind: 'complaint',
      category: 'attitude',
      content: '窗口工作人员态度生硬，不解释材料问题。',
      itemId: MARRIAGE.id,
      hallName: MARRIAGE.locations[0].name,
      attachments: [fileId, fileId],
      contact: 'phone',
    })
    expect(res.status).toBe(200)
    expect(res.body.hall).toEqual({ name: MARRIAGE.locations[0].name, address: MARRIAGE.locations[0].address })
    expect(res.body.attachments).toEqual([{ id: fileId, name: 'scan.jpg', kind: 'image', bytes: expect.any(Number) }])
    expect(res.body.phoneMasked).toBe('139****5678')
    expect(res.body.number).toMatch(/^TS20260105\d{4}$/)
    expect(JSON.stringify(res.body)).not.toContain(PHONE)
  })

  it('records the page of a 找茬; a guide page names its item, and who answers depends on the problem', async () => {
    const page = { route: GUIDE_ROUTE, params: { id: MARRIAGE.id }, title: '办事指南' }
    const guide = await alice.submit({ ...consult(), kind: 'report', category: 'guide-wrong', content: '办理地点的地址写错了门牌号。', page })
    expect(guide.status).toBe(200)
    expect(guide.body).toMatchObject({ kind: 'report', page, item: { id: MARRIAGE.id, name: MARRIAGE.name }, department: MARRIAGE.department.name })
    expect(guide.body.number).toMatch(/^ZC20260105\d{4}$/)
    expect(guide.body.timeline[0].note).toBe(`已收到您的问题反馈，已转交${MARRIAGE.department.name}办理`)

    const display = await alice.submit({ ...consult(), kind: 'report', category: 'display', content: '长辈模式下按钮文字被截断了。', page })
    expect(display.body).toMatchObject({ item: { id: MARRIAGE.id }, department: PLATFORM_OPERATOR })
    const elsewhere = { route: '/packages/handling/pages/list/index', params: {}, title: '我的办件' }
    const app = await alice.submit({ ...consult(), kind: 'report', category: 'other', content: '列表一直在加载转圈。', page: elsewhere })
    expect(app.body).toMatchObject({ item: null, department: PLATFORM_OPERATOR, page: elsewhere })
    // A page sent with a 咨询 is not a 找茬's: it is not kept.
    expect((await alice.submit(consult({ page }))).body.page).toBeNull()
  })
})

describe('refusing what cannot be filed, in Chinese and never with a 500', () => {
  const refused = async (body: unknown, status: number, code: string) => {
    const res = await alice.submit(body)
    expect({ status: res.status, code: mock.error(res).code }).toEqual({ status, code })
    expect(mock.error(res).message).toMatch(CHINESE)
    return mock.error(res)
  }

  it('checks the category against the kind, the item, the hall, the page and the region', async () => {
    expect((await refused(consult({ category: 'attitude' }), 400, 'CATEGORY_INVALID')).fields).toEqual({ category: '请选择正确的咨询类别' })
    await refused({ ...consult(), kind: 'report', category: 'materials', page: { route: '/pages/home/index', params: {}, title: '首页' } }, 400, 'CATEGORY_INVALID')
    await refused(consult({ itemId: '310101-999999999999-0' }), 404, 'ITEM_NOT_FOUND')
    await refused({ ...consult(), kind: 'complaint', category: 'attitude', itemId: MARRIAGE.id, hallName: '不存在的大厅' }, 400, 'HALL_NOT_FOUND')
    await refused({ ...consult(), kind: 'complaint', category: 'attitude', hallName: MARRIAGE.locations[0].name }, 400, 'HALL_NOT_FOUND')
    // Another item's hall is not this item's.
    await refused({ ...consult(), kind: 'complaint', category: 'attitude', itemId: MARRIAGE.id, hallName: ANOTHER.locations[0].name }, 400, 'HALL_NOT_FOUND')
    await refused({ ...consult(), kind: 'report', category: 'display' }, 400, 'PAGE_REQUIRED')
    await refused(consult({ region: '310199' }), 404, 'REGION_NOT_FOUND')
  })

  it('takes only the caller’s own uploads as attachments', async () => {
    const bobsFile = await bob.upload()
    await refused(consult({ attachments: [bobsFile] }), 400, 'UPLOAD_NOT_FOUND')
    await refused(consult({ attachments: ['upl-unknown'] }), 400, 'UPLOAD_NOT_FOUND')
  })

  it('asks an account without a phone to bind one before choosing 电话回访', async () => {
    const error = await refused(consult({ contact: 'phone' }), 400, 'PHONE_REQUIRED')
    expect(error.message).toContain('绑定手机号')
  })

  it('answers malformed bodies with per-field Chinese messages', async () => {
    expect((await refused(consult({ content: '太短' }), 400, 'VALIDATION_FAILED')).fields).toEqual({ content: '问题描述应为 5～500 个字' })
    expect((await refused(consult({ content: '  短   ' }), 400, 'VALIDATION_FAILED')).fields).toEqual({ content: '问题描述请至少填写 5 个字' })
    await refused({ ...consult(), kind: 'praise' }, 400, 'VALIDATION_FAILED')
    await refused({ ...consult(), unknown: 1 }, 400, 'VALIDATION_FAILED')
    await refused({ ...consult(), attachments: ['a', 'b', 'c', 'd', 'e'] }, 400, 'VALIDATION_FAILED')
    await refused({ ...consult(), region: '31' }, 400, 'VALIDATION_FAILED')
    await refused({ ...consult(), submissionKey: 'short' }, 400, 'VALIDATION_FAILED')
    await refused({ ...consult(), kind: 'report', category: 'display', page: { route: 'javascript:alert(1)', params: {}, title: 'x' } }, 400, 'VALIDATION_FAILED')
    await refused([consult()], 400, 'VALIDATION_FAILED')
    const broken = await mock.call('POST', paths.feedback, '{"kind": "consult",', { ...alice.auth, 'content-type': 'application/json' })
    expect(broken.status).toBe(400)
    expect(mock.error(broken).message).toMatch(CHINESE)
    const missing = await refused({ kind: 'consult' }, 400, 'VALIDATION_FAILED')
    expect(missing.fields?.category).toBe('请填写类别')
    expect((await alice.list()).body.items).toEqual([])
  })

  it('needs a session', async () => {
    expect((await mock.call('POST', paths.feedback, consult())).status).toBe(401)
    expect((await mock.call('GET', paths.feedback)).status).toBe(401)
  })
})

describe('one record per submission, and only the owner’s', () => {
  it('answers a repeated submissionKey with the first record, also for requests arriving together', async () => {
    const body = consult()
    const first = await alice.submit(body)
    const again = await alice.submit({ ...body, content: '改过的内容也不会再建一条' })
    expect(again.body.id).toBe(first.body.id)
    expect(again.body.content).toBe(first.body.content)
    const together = consult()
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => alice.submit(together, { 'idempotency-key': `together-${i}` })))
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1)
    expect((await alice.list()).body.items).toHaveLength(2)
    // The same key of another user is another record.
    expect((await bob.submit(body)).body.id).not.toBe(first.body.id)
  })

  it('hides another user’s records: 404 FEEDBACK_NOT_FOUND to read or rate them, absent from their list', async () => {
    const { id } = (await alice.submit(consult())).body
    await act(mock, id, { action: 'answer' })
    for (const res of [await bob.get(id), await bob.rate(id, { score: 5, comment: '' }), await alice.get('fb-unknown')]) {
      expect(res.status).toBe(404)
      expect(mock.error(res)).toEqual({ code: 'FEEDBACK_NOT_FOUND', message: expect.stringMatching(CHINESE) })
    }
    expect((await bob.list()).body.items).toEqual([])
  })

  it('lists by kind, newest first, flagging the answered ones awaiting a rating', async () => {
    const a = (await alice.submit(consult())).body
    mock.clock.advance(60_000)
    const b = (await alice.submit({ ...consult(), kind: 'complaint', category: 'efficiency' })).body
    mock.clock.advance(60_000)
    const c = (await alice.submit(consult())).body
    await act(mock, a.id, { action: 'answer', reply: '已答复。' })
    const all = (await alice.list()).body.items
    expect(all.map((i) => i.id)).toEqual([c.id, b.id, a.id])
    expect(all.map((i) => i.awaitingRating)).toEqual([false, false, true])
    expect((await alice.list('?kind=consult')).body.items.map((i) => i.id)).toEqual([c.id, a.id])
    expect((await alice.list('?kind=complaint')).body.items.map((i) => i.id)).toEqual([b.id])
    expect((await alice.list('?kind=report')).body.items).toEqual([])
    expect((await alice.list('?kind=other')).status).toBe(400)
    expect(Object.keys(all[0]).sort()).toEqual(['awaitingRating', 'createdAt', 'department', 'id', 'item', 'kind', 'number', 'status', 'title', 'updatedAt'])
  })
})

describe('the department’s steps and the rating', () => {
  it('咨询: answered in 消息 with the feedbackId, rated, closed', async () => {
    const { id } = (await alice.submit(consult({ itemId: MARRIAGE.id, category: 'conditions', content: '户口不在上海能在上海领证吗？' }))).body
    expect((await alice.rate(id, { score: 5, comment: '' })).status).toBe(409)
    expect(mock.error(await alice.rate(id, { score: 5, comment: '' })).code).toBe('NOT_ANSWERED')

    const handled = await act(mock, id, { action: 'handle' })
    expect(handled.body.status).toBe('handling')
    expect(handled.body.timeline[1].note).toBe(`${MARRIAGE.department.name}正在处理`)
    mock.clock.advance(3_600_000)
    const reply = '您好！至少一方为本市户籍即可在本市办理。\n详见办事指南。'
    const answered = await act(mock, id, { action: 'answer', reply })
    expect(answered.body).toMatchObject({ status: 'answered', awaitingRating: true, replies: [{ department: MARRIAGE.department.name, content: reply, at: mock.clock.now() }] })

    const inbox = (await alice.messages()).body
    const message = inbox.messages.find((m) => m.feedbackId === id)!
    expect(message).toMatchObject({ title: '您的咨询已答复', body: '您好！至少一方为本市户籍即可在本市办理。', applicationId: null, read: false })
    expect((await bob.messages()).body.messages).toEqual([])

    const rated = await alice.rate(id, { score: 5, comment: ' 很及时 ' })
    expect(rated.status).toBe(200)
    expect(rated.body).toMatchObject({ status: 'closed', awaitingRating: false, rating: { score: 5, comment: '很及时', at: mock.clock.now() } })
    expect(rated.body.timeline.map((e) => e.status)).toEqual(['received', 'handling', 'answered', 'closed'])
    expect(rated.body.timeline[3].note).toBe('已办结（您的评价：非常满意）')
    const twice = await alice.rate(id, { score: 1, comment: '' })
    expect({ status: twice.status, code: mock.error(twice).code }).toEqual({ status: 409, code: 'ALREADY_RATED' })
    expect((await alice.get(id)).body.rating?.score).toBe(5)
  })

  it('投诉 with an attachment and a hall, answered with a scripted reply, closed by the department', async () => {
    const fileId = await alice.upload()
    const { id } = (
      await alice.submit({
        ...consult(),
        kind: 'complaint',
        category: 'extra-materials',
        content: '窗口要求提供办事指南上没有的证明。',
        itemId: MARRIAGE.id,
        hallName: MARRIAGE.locations[0].name,
        attachments: [fileId],
      })
    ).body
    // 已收到 → 已答复 at once: the 处理中 step is recorded on the way.
    const answered = await act(mock, id, { action: 'answer' })
    expect(answered.body.timeline.map((e) => e.status)).toEqual(['received', 'handling', 'answered'])
    expect(answered.body.replies[0].content).toContain('清单外材料')
    expect(answered.body.replies[0].content).not.toMatch(/[<>]/)
    expect((await alice.messages()).body.messages[0]).toMatchObject({ title: '您的投诉已答复', feedbackId: id })

    const closed = await act(mock, id, { action: 'close' })
    expect(closed.body).toMatchObject({ status: 'closed', awaitingRating: false, rating: null, attachments: [{ id: fileId }], hall: { name: MARRIAGE.locations[0].name } })
    expect(closed.body.timeline[3].note).toBe('已办结')
    const late = await alice.rate(id, { score: 4, comment: '' })
    expect({ status: late.status, code: mock.error(late).code }).toEqual({ status: 409, code: 'RATING_CLOSED' })
  })

  it('找茬: answered by the operator, the page kept through to the end', async () => {
    const page = { route: '/packages/handling/pages/detail/index', params: { id: 'app-1' }, title: '办件详情' }
    const { id } = (await alice.submit({ ...consult(), kind: 'report', category: 'hard-to-use', content: '进度页字太小看不清。', page })).body
    await act(mock, id, { action: 'handle' })
    const answered = await act(mock, id, { action: 'answer' })
    expect(answered.body.replies[0]).toMatchObject({ department: PLATFORM_OPERATOR, content: expect.stringContaining('感谢您的建议') })
    expect((await alice.messages()).body.messages[0]).toMatchObject({ title: '您反馈的问题已答复', feedbackId: id })
    const done = await alice.rate(id, { score: 3, comment: '' })
    expect(done.body).toMatchObject({ status: 'closed', page })
    expect(done.body.timeline[3].note).toBe('已办结（您的评价：基本满意）')
  })

  it('quotes the item’s matching FAQ answer as plain text in a scripted reply to a 咨询', async () => {
    const { id } = (await alice.submit(consult({ itemId: MARRIAGE.id, content: '户口不在上海可以在上海办理结婚登记吗' }))).body
    const reply = (await act(mock, id, { action: 'answer' })).body.replies[0].content
    expect(reply).toContain('男女双方中至少一方为本市户籍')
    expect(reply).toContain(`「${MARRIAGE.name}」`)
    expect(reply).toContain(MARRIAGE.consultPhone)
    expect(reply).not.toMatch(/<\/?p>/)
  })

  it('refuses steps out of order (409), unknown records (404) and malformed actions (400), in Chinese', async () => {
    const { id } = (await alice.submit(consult())).body
    const expectRefused = async (body: unknown, status: number, code: string, target = id) => {
      const res = await act(mock, target, body)
      expect({ status: res.status, code: mock.error(res).code }).toEqual({ status, code })
      expect(mock.error(res).message).toMatch(CHINESE)
    }
    await expectRefused({ action: 'close' }, 409, 'ILLEGAL_TRANSITION')
    await act(mock, id, { action: 'handle' })
    await expectRefused({ action: 'handle' }, 409, 'ILLEGAL_TRANSITION')
    await act(mock, id, { action: 'answer' })
    await expectRefused({ action: 'answer' }, 409, 'ILLEGAL_TRANSITION')
    await expectRefused({ action: 'handle' }, 409, 'ILLEGAL_TRANSITION')
    await act(mock, id, { action: 'close' })
    await expectRefused({ action: 'close' }, 409, 'ILLEGAL_TRANSITION')
    await expectRefused({ action: 'answer' }, 404, 'FEEDBACK_NOT_FOUND', 'fb-unknown')
    await expectRefused({ action: 'approve' }, 400, 'VALIDATION_FAILED')
    await expectRefused({ action: 'answer', reply: '' }, 400, 'VALIDATION_FAILED')
    await expectRefused({ action: 'answer', extra: true }, 400, 'VALIDATION_FAILED')
  })
})
