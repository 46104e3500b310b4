/** Online handling paths (schema-free, for the client bundle). */
export const handlingPaths = {
  itemForm: '/api/v1/catalog/items/:id/form',
  drafts: '/api/v1/me/drafts',
  draft: '/api/v1/me/drafts/:id',
  uploads: '/api/v1/uploads',
  applications: '/api/v1/me/applications',
  application: '/api/v1/me/applications/:id',
  supplement: '/api/v1/me/applications/:id/supplement',
  withdraw: '/api/v1/me/applications/:id/withdraw',
  rating: '/api/v1/me/applications/:id/rating',
  followUpRating: '/api/v1/me/applications/:id/rating/follow-up',
  licences: '/api/v1/me/licences',
  messages: '/api/v1/me/messages',
  messagesRead: '/api/v1/me/messages/read',
} as const

export const handlingMockPaths = {
  /** The back office: move an application on (POST {action}) */
  review: '/mock/applications/:id/review',
} as const
