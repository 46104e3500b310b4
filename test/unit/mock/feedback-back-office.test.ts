import type { FeedbackBody, FeedbackDto, MessageListDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { DAY, manualClock } from '../../../mock/clock'
import type { MockContext } from '../../../mock/context'
import { AUTO_CLOSE_NOTE, feedbackStep, RATING_WINDOW_DAYS } from '../../../mock/feedback/progress'
import { feedbackById, toFeedbackDto } from '../../../mock/feedback/state'
import { submitFeedback } from '../../../mock/feedback/submit'
import { messagesOf } from '../../../mock/handling/messages'
import { createStore, type UserRecord } from '../../../mock/store'
import { startMock } from './support'

const body = (key: string, extra: Partial<FeedbackBody> = {}): FeedbackBody => ({
  kind: 'complaint',
  category: 'efficiency',
  content: '排队两个小时还没有轮到，窗口只开了一个。',
  attachments: [],
  contact: 'message',
  region: '310104',
  submissionKey: key,
  ...extra,
})

/** A mock context of its own, to drive the scripted department tick by tick. */
function unitContext() {
  const clock = manualClock()
  const ctx: MockContext = { clock, log: () => undefined, store: createStore({ clock, log: () => undefined }) }
  const user: UserRecord = { id: 'u_feedback', platform: 'weapp', displayName: '用户', phone: null, realNameVerified: false, createdAt: 0 }
  ctx.store.state.users[user.id] = user
  return { clock, ctx, user }
}

describe('the scripted department (dev timer)', () => {
  it('moves each open record one step per tick, answers with a 消息, then waits for the rating', () => {
    const { clock, ctx, user } = unitContext()
    const a = submitFeedback(ctx, user, body('key-a-0001')).record
    clock.advance(1000)
    const b = submitFeedback(ctx, user, body('key-b-0001', { kind: 'consult', category: 'fees', region: '330402' })).record
    expect(feedbackStep(ctx)).toBe(2)
    expect([a.status, b.status]).toEqual(['handling', 'handling'])
    expect(feedbackStep(ctx)).toBe(2)
    expect([a.status, b.status]).toEqual(['answered', 'answered'])
    expect(a.replies[0]).toMatchObject({ department: '上海市12345市民服务热线', content: expect.stringContaining('您反映的办理时间过长问题已收悉') })
    expect(b.replies[0].department).toBe('嘉兴市12345政务服务便民热线')
    expect(messagesOf(ctx, user.id).messages.map((m) => [m.title, m.feedbackId])).toEqual([
      ['您的咨询已答复', b.id],
      ['您的投诉已答复', a.id],
    ])
    // Answered and waiting: nothing more to do until the rating window has passed.
    expect(feedbackStep(ctx)).toBe(0)
    clock.advance(RATING_WINDOW_DAYS * DAY - 1)
    expect(feedbackStep(ctx)).toBe(0)
    expect(toFeedbackDto(feedbackById(ctx, a.id))).toMatchObject({ status: 'answered', awaitingRating: true })
    clock.advance(1)
    expect(feedbackStep(ctx)).toBe(2)
    expect(toFeedbackDto(feedbackById(ctx, a.id))).toMatchObject({ status: 'closed', awaitingRating: false, rating: null })
    expect(a.timeline.map((e) => e.status)).toEqual(['received', 'handling', 'answered', 'closed'])
    expect(a.timeline[3].note).toBe(AUTO_CLOSE_NOTE)
    expect(b.status).toBe('closed')
    expect(feedbackStep(ctx)).toBe(0)
    expect(AUTO_CLOSE_NOTE).toBe('超过 7 天未评价，自动办结')
  })

  it('runs on the back office’s timer (npm run mock) with the applications', async () => {
    const mock = startMock()
    try {
      const auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
      const { id } = (await mock.call<FeedbackDto>('POST', paths.feedback, body('timer-key-1'), auth)).body
      const stop = mock.app.backOffice.start({ intervalMs: 5 })
      try {
        const started = Date.now()
        const status = async () => (await mock.call<FeedbackDto>('GET', paths.feedbackOne.replace(':id', id), undefined, auth)).body.status
        while ((await status()) !== 'answered' && Date.now() - started < 2000) await new Promise((r) => setTimeout(r, 10))
      } finally {
        stop()
      }
      const inbox = (await mock.call<MessageListDto>('GET', paths.messages, undefined, auth)).body
      expect(inbox.messages.find((m) => m.feedbackId === id)?.title).toBe('您的投诉已答复')
    } finally {
      await mock.app.close()
    }
  })
})

describe('closing an answer left unrated (manual clock)', () => {
  it('closes itself 7 days after the answer, seen on the next read; a rating is then refused', async () => {
    const mock = startMock()
    try {
      // Sessions expire over a week: the same account signs in again after each jump of the clock.
      let auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
      const detail = (id: string) => mock.call<FeedbackDto>('GET', paths.feedbackOne.replace(':id', id), undefined, auth)
      const { id } = (await mock.call<FeedbackDto>('POST', paths.feedback, body('manual-key-1'), auth)).body
      await mock.call('POST', mockPaths.feedbackAction.replace(':id', id), { action: 'answer', reply: '已协调增开窗口。' })

      mock.clock.advance(RATING_WINDOW_DAYS * DAY - 60_000)
      auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
      expect((await detail(id)).body).toMatchObject({ status: 'answered', awaitingRating: true })
      mock.clock.advance(60_000)
      const list = (await mock.call<{ items: { id: string; status: string; awaitingRating: boolean }[] }>('GET', paths.feedback, undefined, auth)).body.items
      expect(list[0]).toMatchObject({ id, status: 'closed', awaitingRating: false })
      const closed = (await detail(id)).body
      expect(closed.timeline.map((e) => [e.status, e.note])).toEqual([
        ['received', '已收到您的投诉，已转交上海市12345市民服务热线办理'],
        ['handling', '上海市12345市民服务热线正在处理'],
        ['answered', '上海市12345市民服务热线已答复'],
        ['closed', AUTO_CLOSE_NOTE],
      ])
      expect(closed.timeline[3].at).toBe(mock.clock.now())
      const rate = await mock.call('POST', paths.rateFeedback.replace(':id', id), { score: 4, comment: '' }, auth)
      expect(rate.status).toBe(409)
      expect((rate.body as { code: string }).code).toBe('RATING_CLOSED')
      // The department cannot close it twice either.
      expect((await mock.call('POST', mockPaths.feedbackAction.replace(':id', id), { action: 'close' })).status).toBe(409)
    } finally {
      await mock.app.close()
    }
  })

  it('keeps a rated record as rated, whatever the clock does', async () => {
    const mock = startMock()
    try {
      let auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
      const { id } = (await mock.call<FeedbackDto>('POST', paths.feedback, body('manual-key-2'), auth)).body
      await mock.call('POST', mockPaths.feedbackAction.replace(':id', id), { action: 'answer' })
      mock.clock.advance(2 * DAY)
      auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
      expect((await mock.call<FeedbackDto>('POST', paths.rateFeedback.replace(':id', id), { score: 2, comment: '还是要排队' }, auth)).body.timeline.at(-1)?.note).toBe('已办结（您的评价：不满意）')
      mock.clock.advance(30 * DAY)
      auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
      const after = (await mock.call<FeedbackDto>('GET', paths.feedbackOne.replace(':id', id), undefined, auth)).body
      expect(after.timeline).toHaveLength(4)
      expect(after.rating).toMatchObject({ score: 2, comment: '还是要排队' })
    } finally {
      await mock.app.close()
    }
  })
})
