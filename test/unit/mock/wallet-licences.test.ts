import { Value } from '@sinclair/typebox/value'
import { LicenceDetailDto, type UserDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { idCardCheckChar } from '../../../src/domain/id-card'
import { COMPOUND_SURNAME_REP, CITIZEN, JIAXING_REP, LEGAL_REP, X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import { seedEnterprises } from '../../../mock/fixtures/enterprises'
import { STAFF } from '../../../mock/fixtures/staff'
import { identityCalls } from './identity-support'
import { CHINESE, startMock, type Mock } from './support'
import { FACE_WINDOW_PASSED, holder, revoke } from './wallet-support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(async () => {
  await mock.app.close()
})

const labels = (detail: LicenceDetailDto) => detail.face.map((f) => f.label)
const valueOf = (detail: LicenceDetailDto, label: string) => detail.face.find((f) => f.label === label)?.value

describe('the wallet per identity', () => {
  it('gives each seeded person a realistic set, with 行驶证 and 出生医学证明 for some and one expired 驾驶证', async () => {
    const types = async (person: typeof LEGAL_REP) => (await (await holder(mock, person)).list()).map((l) => `${l.type}:${l.status}`)
    expect(await types(LEGAL_REP)).toEqual(['居民身份证:valid', '居民户口簿:valid', '社会保障卡:valid', '驾驶证:valid', '结婚证:valid'])
    expect(await types(CITIZEN)).toEqual(['居民身份证:valid', '居民户口簿:valid', '社会保障卡:valid', '居住证:valid'])
    expect(await types(X_CHECK_DIGIT)).toEqual(['居民身份证:valid', '居民户口簿:valid', '社会保障卡:valid', '驾驶证:valid', '行驶证:valid'])
    expect(await types(COMPOUND_SURNAME_REP)).toEqual(['居民身份证:valid', '居民户口簿:valid', '社会保障卡:valid', '驾驶证:expired', '行驶证:valid'])
    expect(await types(JIAXING_REP)).toEqual(['居民身份证:valid', '居民户口簿:valid', '社会保障卡:valid', '结婚证:valid', '出生医学证明:valid'])
  })

  it('never lists a full 身份证号, nor any other full number of the faces, outside a revealed face', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const list = JSON.stringify(await sun.list())
    expect(list).not.toContain(X_CHECK_DIGIT.idNumber)
    for (const l of await sun.list()) {
      const masked = (await sun.detail(l.id)).body
      const full = (await sun.detail(l.id, true)).body
      expect(JSON.stringify(masked)).not.toContain(X_CHECK_DIGIT.idNumber)
      // Numbers (号码, 证号, 卡号, 代号 …): `fields` keep the address and birth date forms prefill from.
      const hidden = full.face.filter((f, i) => masked.face[i].masked && /号|代号/.test(f.label))
      expect(hidden.length).toBeGreaterThan(0)
      for (const f of hidden) expect(`${list}${JSON.stringify(masked)}`).not.toContain(f.value)
    }
  })
})

describe('GET /me/licences/:id', () => {
  it('answers the 居民身份证 face in the printed order, masked: 孙**, 3101**********007X, the address to the district', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const card = await sun.byType('居民身份证')
    const res = await sun.detail(card.id)
    expect(res.status).toBe(200)
    expect(Value.Check(LicenceDetailDto, res.body)).toBe(true)
    expect(labels(res.body)).toEqual(['姓名', '性别', '民族', '出生', '住址', '公民身份号码', '签发机关', '有效期限'])
    expect(res.body.face.slice(0, 4)).toEqual([
      { label: '姓名', value: '孙**', masked: true },
      { label: '性别', value: '男', masked: false },
      { label: '民族', value: '汉', masked: false },
      { label: '出生', value: '1990年**月**日', masked: true },
    ])
    expect(valueOf(res.body, '住址')).toMatch(/^上海市(浦东新区|[^区]+区)\*{4}$/)
    expect(valueOf(res.body, '公民身份号码')).toBe('3101**********007X')
    expect(valueOf(res.body, '有效期限')).toMatch(/^\d{4}\.\d{2}\.\d{2}-(\d{4}\.\d{2}\.\d{2}|长期)$/)
    expect(res.body).toMatchObject({ id: card.id, type: '居民身份证', status: 'valid', trustLevel: 'A', revealed: false, purposes: ['identity', 'business', 'age'] })
    expect(res.body.fields).toEqual(card.fields)
  })

  it('prints 驾驶证, 行驶证, 社会保障卡, 户口簿, 结婚证, 出生医学证明 and the enterprise licences in their own order', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const detail = async (type: string) => (await sun.detail((await sun.byType(type)).id)).body
    const driving = await detail('驾驶证')
    expect(labels(driving)).toEqual(['证号', '姓名', '性别', '国籍', '住址', '出生日期', '初次领证日期', '准驾车型', '有效期限', '发证机关'])
    expect(driving).toMatchObject({ trustLevel: 'A', purposes: ['identity', 'business', 'age'] })
    expect(valueOf(driving, '准驾车型')).toBe('C1')
    const vehicle = await detail('行驶证')
    expect(labels(vehicle).slice(0, 3)).toEqual(['号牌号码', '车辆类型', '所有人'])
    expect(vehicle).toMatchObject({ trustLevel: 'A', purposes: ['business'] })
    expect(valueOf(vehicle, '所有人')).toBe('孙**')
    const social = await detail('社会保障卡')
    expect(labels(social).slice(0, 3)).toEqual(['姓名', '社会保障号码', '社会保障卡号'])
    expect(social).toMatchObject({ trustLevel: 'B', purposes: ['identity', 'business'] })
    const hukou = await detail('居民户口簿')
    expect(labels(hukou).slice(0, 4)).toEqual(['户别', '户主姓名', '户号', '住址'])
    expect(hukou).toMatchObject({ trustLevel: 'A', purposes: ['business'] })

    const chen = await holder(mock, JIAXING_REP)
    const marriage = (await chen.detail((await chen.byType('结婚证')).id)).body
    expect(labels(marriage).slice(0, 3)).toEqual(['持证人', '登记日期', '结婚证字号'])
    expect(valueOf(marriage, '女方姓名')).toBe('陈*')
    expect(marriage).toMatchObject({ trustLevel: 'B', purposes: ['business'] })
    const birth = (await chen.detail((await chen.byType('出生医学证明')).id)).body
    expect(labels(birth).slice(0, 3)).toEqual(['新生儿姓名', '性别', '出生时间'])
    expect(valueOf(birth, '母亲姓名')).toBe('陈*')

    const li = await holder(mock, LEGAL_REP)
    expect((await mock.call('POST', paths.enterpriseBind, { creditCode: seedEnterprises[0].creditCode }, li.auth)).status).toBe(200)
    const business = (await li.detail((await li.byType('营业执照')).id)).body
    expect(labels(business)).toEqual(['统一社会信用代码', '名称', '类型', '法定代表人', '经营范围', '注册资本', '成立日期', '营业期限', '住所', '登记机关'])
    expect(business).toMatchObject({ trustLevel: 'A', purposes: ['business'], holder: seedEnterprises[0].name })
    expect(valueOf(business, '统一社会信用代码')).toBe('9131**********0016')
    const food = (await li.detail((await li.byType('食品经营许可证')).id)).body
    expect(labels(food).slice(0, 3)).toEqual(['经营者名称', '社会信用代码', '法定代表人（负责人）'])
  })

  it('reveals the full face only with a fresh face check (403 FACE_REQUIRED otherwise)', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const card = await sun.byType('居民身份证')
    mock.clock.advance(FACE_WINDOW_PASSED)
    const refused = await sun.detail(card.id, true)
    expect(refused.status).toBe(403)
    expect(mock.error(refused)).toEqual({ code: 'FACE_REQUIRED', message: '请先刷脸验证本人身份' })
    expect((await sun.detail(card.id, false)).body.revealed).toBe(false)

    await sun.refreshFace()
    const full = await sun.detail(card.id, true)
    expect(full.status).toBe(200)
    expect(full.body.revealed).toBe(true)
    expect(full.body.face.every((f) => !f.masked)).toBe(true)
    expect(valueOf(full.body, '姓名')).toBe('孙志强')
    expect(valueOf(full.body, '公民身份号码')).toBe(X_CHECK_DIGIT.idNumber)
    expect(valueOf(full.body, '出生')).toBe('1990年01月01日')
    expect(valueOf(full.body, '住址')).toBe(card.fields.address)
  })

  it('answers 404 LICENCE_NOT_FOUND for an unknown licence and for another user\'s', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const wang = await holder(mock, CITIZEN)
    const unknown = await sun.detail('lic-nobody')
    expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'LICENCE_NOT_FOUND'])
    expect(mock.error(unknown).message).toMatch(CHINESE)
    expect((await wang.detail((await sun.byType('居民身份证')).id)).status).toBe(404)
    expect((await mock.call('GET', paths.licence.replace(':id', 'x'))).status).toBe(401)
  })

  it('answers a licence revoked by its issuer (POST /mock/licences/:id/revoke) as revoked; 404 for an unknown id', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const card = await sun.byType('居民身份证')
    expect((await revoke(mock, card.id)).status).toBe(204)
    expect((await sun.detail(card.id)).body.status).toBe('revoked')
    expect((await sun.byType('居民身份证')).status).toBe('revoked')
    const unknown = await revoke(mock, 'lic-nobody')
    expect([unknown.status, mock.error(unknown).code]).toEqual([404, 'LICENCE_NOT_FOUND'])
  })
})

describe('staff accounts', () => {
  it('carry `staff` in UserDto when the phone is a seeded window staff member\'s; others do not', async () => {
    const session = await mock.smsLogin(STAFF[0].phone)
    expect(session.user.staff).toEqual({ name: '张敏', department: '黄浦区行政服务中心', hall: '黄浦区市民中心综合窗口' })
    expect((await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(session))).body.staff).toEqual(session.user.staff)
    expect(STAFF.length).toBeGreaterThanOrEqual(2)
    expect((await mock.smsLogin('13912345678')).user.staff).toBeUndefined()
    expect((await mock.platformLogin('weapp', 'someone')).user.staff).toBeUndefined()
  })

  it('on a mini-program: a host account becomes staff once it binds the staff member\'s identity', async () => {
    const session = await mock.platformLogin('alipay', 'window-2')
    expect(session.user.staff).toBeUndefined()
    const { name, idNumber, department, hall } = STAFF[1]
    const bound = await identityCalls(mock).bind(session, { name, idNumber })
    expect(bound.user?.staff).toEqual({ name: '陈伟', department, hall })
    expect((await mock.call<UserDto>('GET', paths.me, undefined, mock.bearer(session))).body.staff).toEqual({ name, department, hall })
    // Another person with the same name is not.
    const namesake = await mock.platformLogin('weapp', 'namesake')
    expect((await identityCalls(mock).bind(namesake, { name, idNumber: `31010119870101001${idCardCheckChar('31010119870101001')}` })).user?.staff).toBeUndefined()
  })
})
