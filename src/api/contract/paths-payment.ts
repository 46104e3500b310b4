/** Payment paths (schema-free, for the client bundle). */
export const paymentPaths = {
  fees: '/api/v1/payments/fees',
  orders: '/api/v1/payments/orders',
  order: '/api/v1/payments/orders/:id',
} as const

export const paymentMockPaths = {
  /** The sandbox cashier page (GET ?order=) and its pay / cancel form (POST) */
  cashier: '/mock/cashier',
  /** Simulate the provider's payment notification (tests, fake hosts) */
  payNotify: '/mock/payments/notify',
} as const
