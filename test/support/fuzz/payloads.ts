/**
 * The values the fuzzer puts where the contract expects something else. Kept as data so a reader sees at a
 * glance what is tried; `sampleOf` picks a deterministic subset for the quick run.
 */

/** Values of the wrong JSON type for any field (number ↔ string, arrays, objects, null, booleans). */
export const WRONG_TYPES: readonly unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  'text',
  '',
  '123',
  true,
  false,
  null,
  [],
  ['a', 1],
  {},
  { nested: { deeper: 1 } },
]

/** Strings an attacker or a confused client sends. */
export const HOSTILE_STRINGS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'a\u0000b',
  '\u0000',
  '张'.repeat(10_000),
  '😀👨‍👩‍👧‍👦🇨🇳'.repeat(200),
  '\u202eexe.gpj\u202c',
  '\u200f\u200e\u2066x\u2069',
  "' OR '1'='1' --",
  '1; DROP TABLE users;',
  '${7*7}{{7*7}}',
  '%00%2e%2e%2f',
  '\ud800',
  ' ',
  'x'.repeat(60_000),
]

/** Object keys that poison prototypes when copied naively. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** A JSON text with `__proto__` / `constructor.prototype` payloads merged into `base` (JSON.stringify would drop them). */
export function pollutedJson(base: unknown): string {
  const inner = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}'
  if (base && typeof base === 'object' && !Array.isArray(base)) {
    const text = JSON.stringify(base)
    return text === '{}' ? `{${inner}}` : `{${inner},${text.slice(1)}`
  }
  return `{${inner}}`
}

/** Bodies that are not JSON, or not what a JSON body should be. */
export const MALFORMED_JSON: readonly string[] = ['{', '{"a":', "{'a':1}", '{"a":1,}', 'undefined', 'NaN', '\u0000', '[1,2', '{"a":"\\ud800"}', '\ufeff{}']

/** Deeply nested arrays: a recursive validator or sanitiser without a depth limit overflows its stack. */
export const deepNesting = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
export const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

/** Path segments for an `:id`: encoded slashes, traversal, very long, prototype names, bad percent-encoding. */
export const HOSTILE_PATH_SEGMENTS: readonly string[] = [
  'does-not-exist-0000',
  '0',
  '-1',
  'x'.repeat(3000),
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  'a%2Fb',
  '%5C..%5C',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  '%00',
  'a%00b',
  '%ZZ',
  '%E2%80%AE',
  encodeURIComponent('😀'),
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent("1' OR '1'='1"),
  encodeURIComponent('张'.repeat(500)),
]

/** Query values (already encoded): wrong types, hostile strings, out of range. */
export const HOSTILE_QUERY_VALUES: readonly string[] = [
  '',
  'abc',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '99999999999999999999',
  'true',
  'null',
  '[]',
  '{}',
  '__proto__',
  '%00',
  '%ZZ',
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent('张'.repeat(3000)),
  encodeURIComponent('\u202e😀'),
]

/** Authorization headers that must all count as "not signed in". */
export const BAD_AUTH: readonly (string | undefined)[] = [
  undefined,
  '',
  'Bearer',
  'Bearer ',
  'Bearer garbage',
  'Bearer tb_0000000000000000000000000000000000000000',
  `Bearer ${'x'.repeat(5000)}`,
  'Basic dXNlcjpwYXNz',
  'bearer\u0000token',
  'Bearer __proto__',
]

/**
 * A deterministic subset: every `stride`-th element starting at `offset % stride`, so different fields get
 * different members and the whole list is covered across a run.
 */
export function sampleOf<T>(list: readonly T[], stride: number, offset: number): T[] {
  if (stride <= 1) return [...list]
  return list.filter((_, i) => i % stride === offset % stride)
}
