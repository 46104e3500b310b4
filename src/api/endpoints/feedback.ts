import { api } from '../app-client'
import type { ApiClient } from '../client'
import type {
  CommunityDto,
  FaqSuggestionListDto,
  FeedbackBody,
  FeedbackDto,
  FeedbackKind,
  FeedbackListDto,
  FeedbackRateBody,
  NoticeDetailDto,
  NoticePageDto,
} from '../contract'
import { paths } from '../contract/paths'

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))

/** 咨询 / 投诉 / 业务找茬, 常见问题 suggestions, 通知公告 and 社区. */
export const createFeedbackApi = (client: ApiClient) => ({
  suggestFaqs: (q: string, region: string, item?: string) =>
    client.get<FaqSuggestionListDto>(paths.faqSuggestions, { query: { q, region, ...(item ? { item } : {}) } }),
  /** One record per body.submissionKey: safe to retry */
  submit: (body: FeedbackBody) => client.post<FeedbackDto>(paths.feedback, body, { idempotent: true }),
  list: (kind?: FeedbackKind) => client.get<FeedbackListDto>(paths.feedback, { query: kind ? { kind } : {} }),
  get: (id: string) => client.get<FeedbackDto>(withId(paths.feedbackOne, id)),
  rate: (id: string, body: FeedbackRateBody) => client.post<FeedbackDto>(withId(paths.rateFeedback, id), body, { idempotent: true }),
  notices: (region: string, offset = 0, limit = 20) =>
    client.get<NoticePageDto>(paths.notices, { query: { region, offset: String(offset), limit: String(limit) } }),
  notice: (id: string) => client.get<NoticeDetailDto>(withId(paths.notice, id)),
  community: (region: string, at?: { lat: number; lng: number }) =>
    client.get<CommunityDto>(paths.community, { query: { region, ...(at ? { lat: String(at.lat), lng: String(at.lng) } : {}) } }),
})

export const feedbackApi = createFeedbackApi(api)
