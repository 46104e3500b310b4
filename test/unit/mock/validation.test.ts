import { Value } from '@sinclair/typebox/value'
import { ErrorBody } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(() => mock.app.close())

const json = { 'content-type': 'application/json' }

/** Garbage a broken client, a fuzzer or a curious user might send. Every one must get a 4xx ErrorBody. */
const garbage: [name: string, method: 'GET' | 'POST' | 'PUT', url: string, payload: unknown, headers: Record<string, string>][] = [
  ['malformed JSON', 'POST', paths.smsSend, '{"phone": "1380', json],
  ['JSON null', 'POST', paths.smsSend, 'null', json],
  ['JSON array', 'POST', paths.smsSend, '[{"phone":"13800000000"}]', json],
  ['JSON string', 'POST', paths.smsSend, '"13800000000"', json],
  ['empty body', 'POST', paths.smsSend, '', json],
  ['no body at all', 'POST', paths.smsLogin, undefined, {}],
  ['a number for the phone', 'POST', paths.smsSend, { phone: 13800000000 }, {}],
  ['an object for the phone', 'POST', paths.smsSend, { phone: { $gt: '' } }, {}],
  ['an extra field', 'POST', paths.smsSend, { phone: '13800000000', admin: true }, {}],
  ['prototype pollution', 'POST', paths.smsSend, '{"phone":"13800000000","__proto__":{"admin":true}}', json],
  ['form encoding', 'POST', paths.smsSend, 'phone=13800000000', { 'content-type': 'application/x-www-form-urlencoded' }],
  ['plain text', 'POST', paths.smsSend, '13800000000', { 'content-type': 'text/plain' }],
  ['a huge body', 'POST', paths.smsSend, { phone: '1'.repeat(200_000) }, {}],
  ['an unknown platform', 'POST', paths.platformLogin, { platform: 'qq', code: 'abcdefgh12' }, {}],
  ['a login code with spaces', 'POST', paths.platformLogin, { platform: 'weapp', code: 'abc def ghi' }, {}],
  ['an SMS code with letters', 'POST', paths.smsLogin, { phone: '13800000000', code: '12ab56' }, {}],
  ['an unknown route', 'GET', '/api/v1/nothing-here', undefined, {}],
  ['a wrong method', 'PUT', paths.health, { a: 1 }, {}],
  ['a malformed query', 'GET', '/mock/outbox?phone=123', undefined, {}],
]

describe('bad input never reaches a handler and never causes a 500', () => {
  it.each(garbage)('%s → 4xx ErrorBody in Chinese', async (_name, method, url, payload, headers) => {
    const res = await mock.call(method, url, payload, headers)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(Value.Check(ErrorBody, res.body)).toBe(true)
    expect(mock.error(res).message).toMatch(CHINESE)
  })
})

describe('messages a user can act on', () => {
  it('names the field and the problem for a malformed phone number', async () => {
    const res = await mock.call('POST', paths.smsSend, { phone: '1234' })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ code: 'VALIDATION_FAILED', message: '手机号格式不正确', fields: { phone: '手机号格式不正确' } })
  })

  it('lists every missing field', async () => {
    const res = await mock.call('POST', paths.smsLogin, {})
    expect(mock.error(res).fields).toEqual({ phone: '请填写手机号', code: '请填写验证码' })
  })

  it('uses wording specific to the form: an SMS code is six digits', async () => {
    const res = await mock.call('POST', paths.smsLogin, { phone: '13800000000', code: '123' })
    expect(mock.error(res).fields).toEqual({ code: '验证码应为6位数字' })
  })

  it('rejects unknown fields instead of silently dropping them', async () => {
    const res = await mock.call('POST', paths.smsSend, { phone: '13800000000', admin: true })
    expect(res.status).toBe(400)
    expect(mock.error(res).fields).toEqual({ admin: '不支持的参数 admin' })
  })

  it('answers bad JSON with 请求格式不正确, an unknown route with 接口不存在, a huge body with 413', async () => {
    expect(mock.error(await mock.call('POST', paths.smsSend, '{oops', json))).toEqual({ code: 'BAD_REQUEST', message: '请求格式不正确' })
    expect(mock.error(await mock.call('GET', '/api/v9/x?phone=13800000000'))).toEqual({ code: 'NOT_FOUND', message: '接口不存在' })
    const huge = await mock.call('POST', paths.smsSend, { phone: '1'.repeat(200_000) })
    expect(huge.status).toBe(413)
    expect(mock.error(huge).message).toBe('请求内容过大')
  })
})

describe('a real internal error', () => {
  it('is a 500 with a generic Chinese message and no stack or detail', async () => {
    // A route outside the contract, only to simulate a bug: the contract check would (rightly) flag it.
    mock = startMock({ checkContract: false })
    mock.app.get('/api/v1/boom', async () => {
      throw new Error('database password is hunter2')
    })
    const res = await mock.call('GET', '/api/v1/boom')
    expect(res.status).toBe(500)
    expect(res.body).toEqual({ code: 'INTERNAL_ERROR', message: '服务暂时不可用' })
    // The stack goes to the developer's console, not to the client.
    expect(mock.lines.some((l) => l.includes('hunter2'))).toBe(true)
  })
})
