/** Catalog paths (schema-free, for the client bundle). */
export const catalogPaths = {
  catalogHome: '/api/v1/catalog/home',
  catalogBrowse: '/api/v1/catalog/browse',
  catalogItems: '/api/v1/catalog/items',
  catalogItem: '/api/v1/catalog/items/:id',
  catalogSearch: '/api/v1/catalog/search',
  departments: '/api/v1/catalog/departments',
  department: '/api/v1/catalog/departments/:id',
  regionChildren: '/api/v1/regions/:code/children',
  subscriptions: '/api/v1/me/subscriptions',
  subscription: '/api/v1/me/subscriptions/:id',
} as const
