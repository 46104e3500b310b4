import { api } from '../app-client'
import type { ApiClient } from '../client'
import type {
  ApplicationDetailDto,
  ApplicationListDto,
  ApplicationListQuery,
  DraftBody,
  DraftDto,
  DraftListDto,
  FollowUpRatingBody,
  FormSchemaDto,
  LicenceListDto,
  MarkReadBody,
  MessageListDto,
  RatingBody,
  SubmitBody,
  SupplementBody,
  WithdrawBody,
} from '../contract'
import { paths } from '../contract/paths'

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))

/**
 * Online handling. Submitting, supplementing, withdrawing and rating carry an Idempotency-Key, and a submission
 * also its draft's `submissionKey`, so a double tap or a retry after a timeout never creates a second application.
 * Uploads go through the platform adapter (multipart), not this client: see stores/uploads.ts.
 */
export const createHandlingApi = (client: ApiClient) => ({
  getForm: (itemId: string) => client.get<FormSchemaDto>(withId(paths.itemForm, itemId)),
  listDrafts: () => client.get<DraftListDto>(paths.drafts),
  getDraft: (itemId: string) => client.get<DraftDto>(withId(paths.draft, itemId)),
  /** Answers the draft the server kept (the newer one) */
  saveDraft: (itemId: string, body: DraftBody) => client.put<DraftDto>(withId(paths.draft, itemId), body),
  deleteDraft: (itemId: string) => client.delete(withId(paths.draft, itemId)),
  listApplications: (query: ApplicationListQuery = {}) => client.get<ApplicationListDto>(paths.applications, { query: { ...query } }),
  getApplication: (id: string) => client.get<ApplicationDetailDto>(withId(paths.application, id)),
  /** The draft's submissionKey doubles as the Idempotency-Key: the same across retries, even after a restart */
  submit: (body: SubmitBody) => client.post<ApplicationDetailDto>(paths.applications, body, { idempotent: true, idempotencyKey: body.submissionKey }),
  /** Pass the first tap's key when the same 补正 is tapped again, so a lost answer is replayed, not 409 NOT_SUPPLEMENTING */
  supplement: (id: string, body: SupplementBody, idempotencyKey?: string) =>
    client.post<ApplicationDetailDto>(withId(paths.supplement, id), body, { idempotent: true, idempotencyKey }),
  withdraw: (id: string, body: WithdrawBody) => client.post<ApplicationDetailDto>(withId(paths.withdraw, id), body, { idempotent: true }),
  rate: (id: string, body: RatingBody) => client.post<ApplicationDetailDto>(withId(paths.rating, id), body, { idempotent: true }),
  followUpRating: (id: string, body: FollowUpRatingBody) => client.post<ApplicationDetailDto>(withId(paths.followUpRating, id), body, { idempotent: true }),
  listLicences: () => client.get<LicenceListDto>(paths.licences),
  listMessages: () => client.get<MessageListDto>(paths.messages),
  markRead: (body: MarkReadBody) => client.post<MessageListDto>(paths.messagesRead, body),
})

export const handlingApi = createHandlingApi(api)
