import { Type, type Static } from '@sinclair/typebox'
import { ClientPlatform } from './auth'
import { ReturnPath } from './identity'

/** Amounts are integers in 分 (fen) end to end: 1 元 = 100. */
export const AmountFen = Type.Integer({ minimum: 1, maximum: 100_000_000 })

/** A fee the user owes: from an application (办件), or one of the seeded demo fees. */
export const FeeDto = Type.Object(
  {
    id: Type.String(),
    /** e.g. 居住证补领工本费 */
    title: Type.String(),
    /** 收费单位 */
    department: Type.String(),
    amountFen: AmountFen,
    /** 收费依据 */
    basis: Type.String(),
    status: Type.Union([Type.Literal('unpaid'), Type.Literal('paid')]),
    /** ISO 8601, when the server confirmed the payment */
    paidAt: Type.Union([Type.String(), Type.Null()]),
    /** The application (办件) that owes it, or null (the demo fees) */
    applicationId: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'FeeDto', additionalProperties: false },
)
export type FeeDto = Static<typeof FeeDto>

export const FeeListDto = Type.Object({ fees: Type.Array(FeeDto) }, { $id: 'FeeListDto', additionalProperties: false })
export type FeeListDto = Static<typeof FeeListDto>

/** Create (or get back) the order for a fee on this platform. The fee id makes it idempotent: one order per fee. */
export const CreateOrderBody = Type.Object(
  { feeId: Type.String({ minLength: 1, maxLength: 64 }), platform: ClientPlatform, returnPath: Type.Optional(ReturnPath) },
  { $id: 'CreateOrderBody', additionalProperties: false },
)
export type CreateOrderBody = Static<typeof CreateOrderBody>

/** The host payload, signed by the server; mirrors src/platform/contract.ts PayOrder. */
export const PayPayloadDto = Type.Union(
  [
    Type.Object(
      {
        provider: Type.Literal('weapp'),
        timeStamp: Type.String(),
        nonceStr: Type.String(),
        /** prepay_id=… */
        package: Type.String(),
        signType: Type.Literal('RSA'),
        paySign: Type.String(),
      },
      { additionalProperties: false },
    ),
    Type.Object({ provider: Type.Literal('alipay'), tradeNO: Type.String() }, { additionalProperties: false }),
    Type.Object(
      {
        provider: Type.Literal('swan'),
        orderInfo: Type.Object(
          {
            dealId: Type.String(),
            appKey: Type.String(),
            /** 分, as a string (Baidu's format) */
            totalAmount: Type.String(),
            tpOrderId: Type.String(),
            dealTitle: Type.String(),
            signFieldsRange: Type.String(),
            rsaSign: Type.String(),
            bizInfo: Type.String(),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
    Type.Object({ provider: Type.Literal('h5'), url: Type.String() }, { additionalProperties: false }),
  ],
  { $id: 'PayPayloadDto' },
)
export type PayPayloadDto = Static<typeof PayPayloadDto>

/**
 * 订单. `paid` only when the provider's notification (or the server's own query) confirmed it; a client-side
 * "success" never sets it. `sandboxUrl` is the mock's cashier for devtools without a merchant account.
 */
export const OrderDto = Type.Object(
  {
    id: Type.String(),
    feeId: Type.String(),
    title: Type.String(),
    amountFen: AmountFen,
    platform: ClientPlatform,
    status: Type.Union([Type.Literal('created'), Type.Literal('paid'), Type.Literal('closed')]),
    paidAt: Type.Union([Type.String(), Type.Null()]),
    /** Present while `created` */
    payload: Type.Union([PayPayloadDto, Type.Null()]),
    sandboxUrl: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'OrderDto', additionalProperties: false },
)
export type OrderDto = Static<typeof OrderDto>

export const OrderIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false })
export type OrderIdParams = Static<typeof OrderIdParams>
