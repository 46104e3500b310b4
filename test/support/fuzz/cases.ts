import { allEndpoints, type NamedEndpoint } from '../../../src/api/contract/endpoints'
import { CONTRACT_HEADER, IDEMPOTENCY_HEADER } from '../../../src/api/contract/constants'
import { seedEnterprises } from '../../../mock/fixtures/enterprises'
import {
  BAD_AUTH,
  HOSTILE_PATH_SEGMENTS,
  HOSTILE_QUERY_VALUES,
  HOSTILE_STRINGS,
  MALFORMED_JSON,
  WRONG_TYPES,
  deepNesting,
  deepObject,
  pollutedJson,
  sampleOf,
} from './payloads'
import { isStringProperty, propertyNames, sampleValue } from './sample'
import type { FuzzUser, FuzzWorld } from './world'

/** One request the fuzzer sends, and on whose behalf (whose data the answer may hold). */
export interface FuzzCase {
  endpoint: string
  probe: string
  /** The token's owner: the answer must not hold the *other* user's data; `none`: neither user's */
  actor: 'A' | 'B' | 'none'
  method: NamedEndpoint['method']
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
}

export interface FuzzOptions {
  /** 1: every payload on every field; n: every n-th (rotated per field), for a quick deterministic run */
  stride: number
  /** Only these endpoint ids (default: all) */
  only?: string[]
}

/** Run last, in this order: they end sessions or wipe the seed. */
const LAST = ['logout', 'reset']

type Kind = keyof FuzzUser['ids']

/** Which of a user's records a path's `:id` names. */
function kindOf(path: string): Kind | 'enterprise' | 'region' | 'other' {
  if (path.includes('/applications/')) return 'application'
  if (path.includes('/orders/')) return 'order'
  if (path.includes('/appointments/')) return 'appointment'
  if (path.includes('/licences/')) return 'licence'
  if (path.includes('/feedback/')) return 'feedback'
  if (path.includes('/drafts/')) return 'draft'
  if (path.includes('/subscriptions/') || path.includes('/catalog/items/')) return 'item'
  if (path.includes('/enterprises/')) return 'enterprise'
  if (path.includes('/regions/')) return 'region'
  return 'other'
}

/** A's real values for fields of those names, so a baseline body reaches the handler's logic. */
function fieldValues(world: FuzzWorld): Record<string, unknown> {
  const { a } = world
  return {
    itemId: world.itemIds.apply,
    feeId: a.ids.fee[0],
    orderId: a.ids.order[0],
    order: a.ids.order[0],
    phone: a.phone,
    name: a.person.name,
    idNumber: a.person.idNumber,
    // A is a citizen: the enterprise of another person (李建国)
    creditCode: seedEnterprises[0].creditCode,
    hallId: world.itemIds.hall,
    applicationId: a.ids.application[0],
    region: '310101',
    regionCode: '310101',
    ids: a.ids.feedback,
    attachments: a.ids.upload,
  }
}

function baselineBody(endpoint: NamedEndpoint, world: FuzzWorld): unknown {
  const sample = sampleValue(endpoint.body)
  if (!sample || typeof sample !== 'object' || Array.isArray(sample)) return sample
  const values = fieldValues(world)
  const names = new Set(propertyNames(endpoint.body))
  for (const [k, v] of Object.entries(values)) if (names.has(k) && k in (sample as object)) (sample as Record<string, unknown>)[k] = v
  return sample
}

function pathFor(endpoint: NamedEndpoint, owner: FuzzUser, world: FuzzWorld): string {
  const kind = kindOf(endpoint.path)
  const id =
    kind === 'enterprise' ? seedEnterprises[0].creditCode
    : kind === 'region' ? '310101'
    : kind === 'other' ? 'fuzz-other-0001'
    : kind === 'item' ? world.itemIds.apply
    : owner.ids[kind][0] ?? 'none'
  return endpoint.path.replace(/:[A-Za-z]+/, encodeURIComponent(id))
}

const JSON_TYPE = { 'content-type': 'application/json' }

/** Every probe for one endpoint. */
export function casesFor(endpoint: NamedEndpoint, world: FuzzWorld, options: FuzzOptions): FuzzCase[] {
  const { a, b } = world
  const cases: FuzzCase[] = []
  const asA = endpoint.auth || endpoint.personalised ? a.auth : {}
  const actor: FuzzCase['actor'] = endpoint.auth || endpoint.personalised ? 'A' : 'none'
  const url = pathFor(endpoint, a, world)
  const base = baselineBody(endpoint, world)
  const baseText = base === undefined ? undefined : JSON.stringify(base)
  const hasParam = /:[A-Za-z]+/.test(endpoint.path)
  const takesBody = endpoint.method !== 'GET' && !endpoint.multipart
  let field = 0
  const add = (probe: string, c: Partial<FuzzCase>) =>
    cases.push({ endpoint: endpoint.id, probe, actor, method: endpoint.method, url, headers: { ...asA, ...(baseText !== undefined ? JSON_TYPE : {}) }, payload: baseText, ...c })

  add('baseline', {})

  // --- bodies
  if (takesBody) {
    for (const text of sampleOf(MALFORMED_JSON, options.stride, field++)) add(`malformed json ${JSON.stringify(text.slice(0, 12))}`, { payload: text })
    add('empty body, json type', { payload: '' })
    add('text/plain', { headers: { ...asA, 'content-type': 'text/plain' }, payload: baseText ?? 'x' })
    add('form-urlencoded', { headers: { ...asA, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&__proto__[polluted]=yes' })
    add('multipart on a json route', { headers: { ...asA, 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n' })
    add('content-type with charset junk', { headers: { ...asA, 'content-type': 'application/json; charset=utf-7' } })
    add('oversized body (> 64 KiB)', { payload: JSON.stringify({ ...(base as object), padding: 'x'.repeat(70 * 1024) }) })
    add('deeply nested arrays', { payload: deepNesting(20_000) })
    add('deeply nested objects', { payload: deepObject(8_000) })
    add('prototype pollution keys', { payload: pollutedJson(base) })
    for (const whole of sampleOf(WRONG_TYPES, options.stride, field++)) add(`whole body ${JSON.stringify(whole)}`, { payload: JSON.stringify(whole) })
    for (const name of propertyNames(endpoint.body)) {
      const obj = (base && typeof base === 'object' ? base : {}) as Record<string, unknown>
      const without = Object.fromEntries(Object.entries(obj).filter(([k]) => k !== name))
      add(`${name}: missing`, { payload: JSON.stringify(without) })
      for (const v of sampleOf(WRONG_TYPES, options.stride, field++)) add(`${name}: ${JSON.stringify(v)}`, { payload: JSON.stringify({ ...obj, [name]: v }) })
      if (isStringProperty(endpoint.body, name) || name === 'answers' || name === 'scenarioAnswers') {
        for (const s of sampleOf(HOSTILE_STRINGS, options.stride, field++)) add(`${name}: hostile ${JSON.stringify(s.slice(0, 16))}`, { payload: JSON.stringify({ ...obj, [name]: s }) })
      }
      const inner = obj[name]
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        add(`${name}: polluting keys`, { payload: JSON.stringify({ ...obj, [name]: '§' }).replace('"§"', pollutedJson(inner)) })
        for (const s of sampleOf(HOSTILE_STRINGS, options.stride * 2, field++)) add(`${name}: hostile key/value`, { payload: JSON.stringify({ ...obj, [name]: { ...inner, [s.slice(0, 200)]: s } }) })
      }
      // Another user's record where this field names one.
      for (const [k, ids] of Object.entries(b.ids)) {
        if (k === 'item' || k === 'draft') continue
        for (const id of ids.slice(0, 1)) if (typeof obj[name] === 'string') add(`${name}: B's ${k}`, { payload: JSON.stringify({ ...obj, [name]: id }) })
        if (Array.isArray(obj[name])) add(`${name}: [B's ${k}]`, { payload: JSON.stringify({ ...obj, [name]: ids.slice(0, 1) }) })
      }
    }
    if (propertyNames(endpoint.body).includes('mode')) add('mode enterprise as a citizen', { payload: JSON.stringify({ ...(base as object), mode: 'enterprise' }) })
    add('extra property', { payload: JSON.stringify({ ...(base as object), unexpected: 1 }) })
  }

  // --- the multipart upload
  if (endpoint.multipart) {
    const mp = (parts: string | Buffer, boundary = 'fz') => ({ headers: { ...asA, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: parts })
    const file = (name: string, content: Buffer, field = 'file') =>
      Buffer.concat([Buffer.from(`--fz\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`), content, Buffer.from('\r\n--fz--\r\n')])
    add('no body', { headers: asA, payload: undefined })
    add('json instead of multipart', { headers: { ...asA, ...JSON_TYPE }, payload: '{"file":"x"}' })
    add('no file part', mp('--fz\r\nContent-Disposition: form-data; name="other"\r\n\r\n1\r\n--fz--\r\n'))
    add('file under another name', mp(file('a.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'other')))
    add('exe renamed .jpg', mp(file('photo.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]))))
    add('empty file', mp(file('empty.jpg', Buffer.alloc(0))))
    add('over 5 MB', mp(file('big.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(5 * 1024 * 1024 + 10)]))))
    add('truncated multipart', mp('--fz\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n\xff\xd8'))
    add('no boundary', { headers: { ...asA, 'content-type': 'multipart/form-data' }, payload: 'junk' })
    for (const name of sampleOf(HOSTILE_STRINGS, options.stride, field++)) add(`hostile file name ${JSON.stringify(name.slice(0, 12))}`, mp(file(name.slice(0, 300).replace(/["\r\n]/g, ''), Buffer.from([0xff, 0xd8, 0xff, 0xe0]))))
  }

  // --- path parameters
  if (hasParam) {
    const kind = kindOf(endpoint.path)
    const others = Object.entries(b.ids).flatMap(([k, ids]) => (k === kind ? ids : k === 'item' || k === 'draft' ? [] : ids.slice(0, 1)))
    for (const id of others) add(`path: B's ${id.slice(0, 8)}`, { url: endpoint.path.replace(/:[A-Za-z]+/, encodeURIComponent(id)) })
    for (const seg of sampleOf(HOSTILE_PATH_SEGMENTS, options.stride, field++)) add(`path: ${seg.slice(0, 16)}`, { url: endpoint.path.replace(/:[A-Za-z]+/, seg) })
  }

  // --- query parameters
  for (const name of propertyNames(endpoint.query)) {
    for (const v of sampleOf(HOSTILE_QUERY_VALUES, options.stride, field++)) add(`query ${name}=${v.slice(0, 12)}`, { url: `${url}?${name}=${v}` })
    add(`query ${name} twice`, { url: `${url}?${name}=1&${name}=2` })
    add(`query ${name}[]`, { url: `${url}?${name}[]=1&${name}[__proto__]=x` })
    if (name === 'mode') add('query mode=enterprise as a citizen', { url: `${url}?mode=enterprise` })
  }
  add('query pollution', { url: `${url}?__proto__[polluted]=yes&constructor[prototype][polluted]=yes&__proto__=x` })
  add('query unknown', { url: `${url}?unknown=1` })

  // --- tokens
  if (endpoint.auth || endpoint.personalised) {
    for (const header of sampleOf(BAD_AUTH, Math.max(1, Math.ceil(options.stride / 2)), field++)) {
      const headers: Record<string, string> = baseText !== undefined ? { ...JSON_TYPE } : {}
      if (header !== undefined) headers.authorization = header
      cases.push({ endpoint: endpoint.id, probe: `auth ${JSON.stringify(header?.slice(0, 20))}`, actor: 'none', method: endpoint.method, url, headers, payload: baseText })
    }
    for (const [probe, token] of [['expired token', world.expiredToken], ['logged-out token', world.loggedOutToken]] as const) {
      cases.push({ endpoint: endpoint.id, probe, actor: 'none', method: endpoint.method, url, headers: { ...(baseText !== undefined ? JSON_TYPE : {}), authorization: `Bearer ${token}` }, payload: baseText })
    }
    // B's token on A's records
    cases.push({ endpoint: endpoint.id, probe: "B's token on A's ids", actor: 'B', method: endpoint.method, url, headers: { ...(baseText !== undefined ? JSON_TYPE : {}), ...b.auth }, payload: baseText })
  }

  // --- headers
  if (endpoint.idempotent && baseText !== undefined) {
    for (const k of ['__proto__', 'constructor', 'x'.repeat(2000), '张三', '']) add(`idempotency key ${k.slice(0, 12)}`, { headers: { ...asA, ...JSON_TYPE, [IDEMPOTENCY_HEADER]: k } })
  }
  add('contract header garbage', { headers: { ...asA, ...(baseText !== undefined ? JSON_TYPE : {}), [CONTRACT_HEADER]: 'abc.def' } })
  return cases
}

/** Every endpoint of the contract (dev endpoints included), the session-ending ones last. */
export function allCases(world: FuzzWorld, options: FuzzOptions): FuzzCase[] {
  const chosen = allEndpoints.filter((e) => !options.only || options.only.includes(e.id))
  const ordered = [...chosen.filter((e) => !LAST.includes(e.id)), ...LAST.flatMap((id) => chosen.filter((e) => e.id === id))]
  return ordered.flatMap((e) => casesFor(e, world, options))
}

export const endpointCount = (options: FuzzOptions) => allEndpoints.filter((e) => !options.only || options.only.includes(e.id)).length
