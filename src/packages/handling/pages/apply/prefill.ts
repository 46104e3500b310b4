import type { AnswersDto, FormSchemaDto, LicenceDto } from '../../../../api/contract'
import { allEntries, emptyAnswers, prefill, type PrefillContext } from '../../../../domain/form'
import type { Known } from './model'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const hasRelation = (v: unknown) => typeof v === 'object' && v !== null && 'relation' in v

/**
 * The answers a page opens with: the draft's, with blanks prefilled (never over what the user typed) and, per
 * field, where its value came from. A value that still equals its source keeps the source's note after a reload.
 *
 * The app holds the identity, the account phone and the legal representative masked only, so they are not given
 * to the engine: those fields are left to the server (model.ts, MASKED_SOURCES). A person field fed by the
 * identity starts as 本人, which the server fills the same way.
 */
export function openedAnswers(schema: FormSchemaDto, saved: AnswersDto, known: Known, licences: LicenceDto[]) {
  const e = known.enterprise
  const ctx: PrefillContext = {
    identity: null,
    phone: null,
    enterprise: e ? { name: e.name, creditCode: e.creditCode, legalRep: '' } : null,
    licences,
  }
  const base: AnswersDto = { ...emptyAnswers(schema), ...saved }
  const filled = prefill(schema, ctx, base)
  const everything = prefill(schema, ctx, emptyAnswers(schema))
  const answers = filled.answers
  const sources: Record<string, string> = {}
  for (const [id, label] of Object.entries(everything.sources)) if (same(answers[id], everything.answers[id])) sources[id] = label
  for (const entry of allEntries(schema)) {
    if (entry.type !== 'person' || !entry.prefill?.startsWith('identity.') || hasRelation(answers[entry.id])) continue
    answers[entry.id] = { relation: 'self', name: '', idNumber: '' }
    sources[entry.id] = '来自实名认证'
  }
  return { answers, sources, changed: !same(answers, saved) }
}
