import { Type, type Static } from '@sinclair/typebox'

export {
  CONTRACT_VERSION,
  CONTRACT_HEADER,
  IDEMPOTENCY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  FAULT_HEADER,
} from './constants'

/** The one error shape of every non-2xx answer. `message` is Chinese and can be shown to the user as is. */
export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable code, e.g. BAD_REQUEST, CODE_USED' }),
    message: Type.String({ description: '给用户看的中文说明' }),
    fields: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Per-field Chinese messages for form errors' })),
  },
  { $id: 'ErrorBody', additionalProperties: false },
)
export type ErrorBody = Static<typeof ErrorBody>

export const HealthDto = Type.Object(
  {
    status: Type.Literal('ok'),
    contractVersion: Type.String(),
    uptimeSeconds: Type.Number(),
  },
  { $id: 'HealthDto', additionalProperties: false },
)
export type HealthDto = Static<typeof HealthDto>
