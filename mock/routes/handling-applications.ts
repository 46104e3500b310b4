import type { FastifyInstance } from 'fastify'
import type {
  ApplicationDetailDto,
  ApplicationListDto,
  ApplicationListQuery,
  FollowUpRatingBody,
  MarkReadBody,
  MessageListDto,
  RatingBody,
  ReviewBody,
  SubmitBody,
  SupplementBody,
  WithdrawBody,
} from '../../src/api/contract'
import { handlingDevEndpoints, handlingEndpoints as e } from '../../src/api/contract/endpoints-handling'
import type { MockContext } from '../context'
import {
  applicationOf,
  listApplications,
  rateApplication,
  rateFollowUp,
  submitApplication,
  supplementApplication,
  toApplicationDetail,
  withdrawApplication,
  type ApplicationRecord,
} from '../handling/applications'
import { backOfficeStep, startBackOffice } from '../handling/back-office'
import { markRead, messagesOf } from '../handling/messages'
import { review } from '../handling/review'
import { endpointRoute } from '../http/endpoint-route'
import { requireAuth } from '../plugins/auth'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The scripted reviewer (handling/back-office.ts) on this server's state: `start` a timer (main.ts, env
     * MOCK_REVIEW_MS) and get its stop function, or take one `step` (tests). buildServer never starts it.
     */
    backOffice: { start(options: { intervalMs: number }): () => void; step(): number }
  }
}

type IdRoute<Body = undefined> = { Params: { id: string }; Body: Body }

/**
 * 我的办件 (submit, list, detail, 补正, 撤回, 好差评), 消息, and the back office's dev endpoint:
 * src/api/contract/endpoints-handling.ts. Every change is saved, also when a step after it fails.
 */
export function registerHandlingApplicationRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const detail = (a: ApplicationRecord): ApplicationDetailDto => toApplicationDetail(ctx, a)
  const saving = <T>(act: () => T): T => {
    try {
      return act()
    } finally {
      ctx.store.save()
    }
  }

  app.decorate('backOffice', {
    start: (options: { intervalMs: number }) => startBackOffice(ctx, options),
    step: () => {
      const changed = backOfficeStep(ctx)
      if (changed > 0) ctx.store.save()
      return changed
    },
  })

  app.get<{ Querystring: ApplicationListQuery }>(e.applications.path, endpointRoute(e.applications, authed), async (request): Promise<ApplicationListDto> =>
    listApplications(ctx, request.auth!.user.id, request.query),
  )

  // Synchronous from the submissionKey lookup to the stored record: see submitApplication.
  app.post<{ Body: SubmitBody }>(e.submit.path, endpointRoute(e.submit, authed), async (request) =>
    detail(saving(() => submitApplication(ctx, request.auth!.user, request.body).application)),
  )

  app.get<IdRoute>(e.application.path, endpointRoute(e.application, authed), async (request) => detail(applicationOf(ctx, request.auth!.user, request.params.id)))

  app.post<IdRoute<SupplementBody>>(e.supplement.path, endpointRoute(e.supplement, authed), async (request) =>
    detail(saving(() => supplementApplication(ctx, request.auth!.user, request.params.id, request.body))),
  )

  app.post<IdRoute<WithdrawBody>>(e.withdraw.path, endpointRoute(e.withdraw, authed), async (request) =>
    detail(saving(() => withdrawApplication(ctx, request.auth!.user, request.params.id, request.body))),
  )

  app.post<IdRoute<RatingBody>>(e.rate.path, endpointRoute(e.rate, authed), async (request) =>
    detail(saving(() => rateApplication(ctx, request.auth!.user, request.params.id, request.body))),
  )

  app.post<IdRoute<FollowUpRatingBody>>(e.followUpRating.path, endpointRoute(e.followUpRating, authed), async (request) =>
    detail(saving(() => rateFollowUp(ctx, request.auth!.user, request.params.id, request.body))),
  )

  app.get(e.messages.path, endpointRoute(e.messages, authed), async (request): Promise<MessageListDto> => messagesOf(ctx, request.auth!.user.id))

  app.post<{ Body: MarkReadBody }>(e.markRead.path, endpointRoute(e.markRead, authed), async (request): Promise<MessageListDto> =>
    saving(() => markRead(ctx, request.auth!.user.id, request.body.ids)),
  )

  const dev = handlingDevEndpoints
  app.post<IdRoute<ReviewBody>>(dev.review.path, endpointRoute(dev.review), async (request) => detail(saving(() => review(ctx, request.params.id, request.body))))
}
