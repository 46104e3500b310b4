import { Type, type Static } from '@sinclair/typebox'
import { FaqDto } from './catalog'

/**
 * Schemas of the mock's content probes (`probeMockPaths`): a test overwrites the text of one guide or notice
 * with hostile markup, to check that the client renders it inertly (test/e2e/xss.test.ts, test/native/xss.test.ts).
 * Only the overridden fields change, for this mock instance only (a store slice, cleared by /mock/reset); the
 * seeds stay as they are. Lengths go past the client sanitiser's caps on purpose.
 */
const ProbeText = (maxLength: number) => Type.String({ maxLength })

export const ProbeGuideBody = Type.Object(
  {
    /** The implementation (ItemDetailDto.id) */
    id: Type.String({ minLength: 1, maxLength: 80, pattern: '^[0-9A-Za-z-]+$' }),
    name: Type.Optional(ProbeText(2_000)),
    /** 受理条件 (rich text) */
    conditions: Type.Optional(ProbeText(40_000)),
    visitReason: Type.Optional(ProbeText(2_000)),
    /** 常见问题, replacing the item's own (answers are rich text) */
    faq: Type.Optional(Type.Array(FaqDto, { maxItems: 60 })),
  },
  { $id: 'ProbeGuideBody', additionalProperties: false },
)
export type ProbeGuideBody = Static<typeof ProbeGuideBody>

export const ProbeNoticeBody = Type.Object(
  {
    /** The notice (NoticeDetailDto.id) */
    id: Type.String({ minLength: 1, maxLength: 80, pattern: '^[0-9A-Za-z-]+$' }),
    title: Type.Optional(ProbeText(2_000)),
    department: Type.Optional(ProbeText(2_000)),
    docNumber: Type.Optional(ProbeText(2_000)),
    /** Rich text */
    body: Type.Optional(ProbeText(40_000)),
  },
  { $id: 'ProbeNoticeBody', additionalProperties: false },
)
export type ProbeNoticeBody = Static<typeof ProbeNoticeBody>
