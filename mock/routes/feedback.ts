import type { FastifyInstance } from 'fastify'
import type {
  CommunityQuery,
  FaqSuggestQuery,
  FeedbackActionBody,
  FeedbackBody,
  FeedbackListDto,
  FeedbackListQuery,
  FeedbackRateBody,
  NoticeListQuery,
} from '../../src/api/contract'
import { feedbackDevEndpoints, feedbackEndpoints as e } from '../../src/api/contract/endpoints-feedback'
import { catalogStateOf } from '../catalog/state'
import { community } from '../community/centres'
import { noticeDetail, noticePage } from '../community/notices'
import type { MockContext } from '../context'
import { suggestFaqs } from '../feedback/faq'
import { closeUnratedOf, feedbackAction, rateFeedback } from '../feedback/progress'
import { feedbackOf, recordsOf, toFeedbackDto, toFeedbackSummary } from '../feedback/state'
import { submitFeedback } from '../feedback/submit'
import { endpointRoute } from '../http/endpoint-route'
import { requireAuth } from '../plugins/auth'
import { probedNotice } from '../probe'

type IdRoute<Body = undefined> = { Params: { id: string }; Body: Body }

/**
 * 咨询 / 投诉 / 找茬 (with 常见问题 suggestions), 通知公告 and 社区: src/api/contract/endpoints-feedback.ts, and the
 * back office's dev endpoint. Every change is saved, also when a step after it fails; reads close the caller's
 * answered records left unrated past the rating window first (and save when they did).
 */
export function registerFeedbackRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const saving = <T>(act: () => T): T => {
    try {
      return act()
    } finally {
      ctx.store.save()
    }
  }
  const closingUnrated = (userId: string) => {
    if (closeUnratedOf(ctx, userId) > 0) ctx.store.save()
  }

  app.get<{ Querystring: FaqSuggestQuery }>(e.faqSuggestions.path, endpointRoute(e.faqSuggestions), async (request) => suggestFaqs(request.query))

  // Synchronous from the submissionKey lookup to the stored record: see submitFeedback.
  app.post<{ Body: FeedbackBody }>(e.submitFeedback.path, endpointRoute(e.submitFeedback, authed), async (request) =>
    toFeedbackDto(saving(() => submitFeedback(ctx, request.auth!.user, request.body).record)),
  )

  app.get<{ Querystring: FeedbackListQuery }>(e.listFeedback.path, endpointRoute(e.listFeedback, authed), async (request): Promise<FeedbackListDto> => {
    const userId = request.auth!.user.id
    closingUnrated(userId)
    const { kind } = request.query
    return { items: recordsOf(ctx, userId).filter((r) => !kind || r.kind === kind).map(toFeedbackSummary) }
  })

  app.get<IdRoute>(e.feedback.path, endpointRoute(e.feedback, authed), async (request) => {
    const userId = request.auth!.user.id
    const record = feedbackOf(ctx, userId, request.params.id)
    closingUnrated(userId)
    return toFeedbackDto(record)
  })

  app.post<IdRoute<FeedbackRateBody>>(e.rateFeedback.path, endpointRoute(e.rateFeedback, authed), async (request) =>
    toFeedbackDto(saving(() => rateFeedback(ctx, request.auth!.user.id, request.params.id, request.body))),
  )

  app.get<{ Querystring: NoticeListQuery }>(e.notices.path, endpointRoute(e.notices), async (request) => {
    const page = noticePage(request.query)
    return { ...page, items: page.items.map((n) => probedNotice(ctx, n)) }
  })

  app.get<IdRoute>(e.notice.path, endpointRoute(e.notice), async (request) => probedNotice(ctx, noticeDetail(request.params.id)))

  app.get<{ Querystring: CommunityQuery }>(e.community.path, endpointRoute(e.community), async (request) => community(request.query, catalogStateOf(ctx)))

  const dev = feedbackDevEndpoints.feedbackAction
  app.post<IdRoute<FeedbackActionBody>>(dev.path, endpointRoute(dev), async (request) =>
    toFeedbackDto(saving(() => feedbackAction(ctx, request.params.id, request.body.action, request.body.reply))),
  )
}
