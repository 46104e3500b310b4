/** 咨询 / 投诉 / 找茬, 常见问题, 通知公告 and 社区 paths (schema-free, for the client bundle). */
export const feedbackPaths = {
  faqSuggestions: '/api/v1/faqs/suggestions',
  feedback: '/api/v1/me/feedback',
  feedbackOne: '/api/v1/me/feedback/:id',
  rateFeedback: '/api/v1/me/feedback/:id/rating',
  notices: '/api/v1/notices',
  notice: '/api/v1/notices/:id',
  community: '/api/v1/community',
} as const

export const feedbackMockPaths = {
  /** The department acts on a 咨询 / 投诉 / 找茬 (handle, answer, close): POST */
  feedbackAction: '/mock/feedback/:id/action',
} as const
