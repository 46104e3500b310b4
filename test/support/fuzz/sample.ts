import type { TSchema } from '@sinclair/typebox'

/**
 * A plausible value for a TypeBox schema, for endpoints without a hand-made baseline body (a new endpoint
 * is fuzzed from its schema alone). It aims to pass validation for simple schemas; a pattern it cannot
 * satisfy just makes the baseline a 400, and the probes still run.
 */
type S = TSchema & Record<string, unknown>

const PATTERN_SAMPLES: Record<string, string> = {
  '^[0-9]{6}([0-9]{3})?$': '310101',
  '^(\\d{6}|\\d{9})$': '310101',
  '^1[3-9]\\d{9}$': '13600136011',
  '^\\d{6}$': '123456',
  '^[A-Za-z0-9_-]+$': 'fuzz_key_0001',
  '^\\d{4}-\\d{2}-\\d{2}$': '2026-01-14',
}

export function sampleValue(schema: TSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return undefined
  const s = schema as S
  if ('const' in s) return s.const
  if (Array.isArray(s.enum)) return s.enum[0]
  if (Array.isArray(s.anyOf)) return sampleValue((s.anyOf as TSchema[])[0], depth + 1)
  if (Array.isArray(s.oneOf)) return sampleValue((s.oneOf as TSchema[])[0], depth + 1)
  switch (s.type) {
    case 'string': {
      if (typeof s.pattern === 'string' && PATTERN_SAMPLES[s.pattern]) return PATTERN_SAMPLES[s.pattern]
      const min = typeof s.minLength === 'number' ? s.minLength : 1
      return '测'.repeat(Math.max(min, 2))
    }
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1
    case 'boolean':
      return true
    case 'null':
      return null
    case 'array': {
      const min = typeof s.minItems === 'number' ? s.minItems : 0
      return Array.from({ length: min }, () => sampleValue(s.items as TSchema, depth + 1))
    }
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, TSchema>
      const required = new Set((s.required as string[] | undefined) ?? [])
      return Object.fromEntries(Object.entries(props).filter(([k]) => required.has(k)).map(([k, v]) => [k, sampleValue(v, depth + 1)]))
    }
    default:
      return undefined
  }
}

/** The top-level property names of an object schema (also of a union of objects: all of them). */
export function propertyNames(schema: TSchema | undefined): string[] {
  if (!schema) return []
  const s = schema as S
  if (Array.isArray(s.anyOf)) return [...new Set((s.anyOf as TSchema[]).flatMap(propertyNames))]
  return Object.keys((s.properties ?? {}) as object)
}

/** Whether a property of the schema is a string (so hostile strings are worth trying there). */
export function isStringProperty(schema: TSchema | undefined, name: string): boolean {
  if (!schema) return false
  const s = schema as S
  if (Array.isArray(s.anyOf)) return (s.anyOf as TSchema[]).some((x) => isStringProperty(x, name))
  const prop = ((s.properties ?? {}) as Record<string, S>)[name]
  return !!prop && (prop.type === 'string' || (Array.isArray(prop.anyOf) && (prop.anyOf as S[]).some((x) => x.type === 'string')))
}
