import { api } from '../app-client'
import type { ApiClient } from '../client'
import type { CreateOrderBody, FeeListDto, OrderDto } from '../contract'
import { paths } from '../contract/paths'

/** `/api/v1/payments/orders/:id` with the id filled in (escaped: an id is data, never a path). */
const orderPath = (id: string) => paths.order.replace(':id', encodeURIComponent(id))

/**
 * Fees and orders. Creating an order is safe to repeat: the server keeps one open order per fee and platform
 * and answers a retried request with the same order, so a double tap or a lost answer never pays twice. Whether
 * an order is paid is only ever what `getOrder` says after the server received the provider's notification.
 */
export const createPaymentApi = (client: ApiClient) => ({
  /** 待缴与已缴费用 (amounts in 分) */
  listFees: () => client.get<FeeListDto>(paths.fees),
  /** The order for a fee on this platform with the host's signed pay payload; 409 ALREADY_PAID for a paid fee */
  createOrder: (body: CreateOrderBody) => client.post<OrderDto>(paths.orders, body, { idempotent: true }),
  /** Poll after the host's pay call returns; `paid` only once the server confirmed it */
  getOrder: (id: string) => client.get<OrderDto>(orderPath(id)),
})

export const { listFees, createOrder, getOrder } = createPaymentApi(api)
