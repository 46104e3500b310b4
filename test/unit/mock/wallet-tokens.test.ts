import { generateKeyPairSync, sign } from 'node:crypto'
import { Value } from '@sinclair/typebox/value'
import { ShowTokenDto, VerificationDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { idCardCheckChar } from '../../../src/domain/id-card'
import { SECOND } from '../../../mock/clock'
import { COMPOUND_SURNAME_REP, JIAXING_REP, X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import { newPayload, platformKeys, readToken, signToken } from '../../../mock/wallet/tokens'
import { CHINESE, startMock, type Mock } from './support'
import { FACE_WINDOW_PASSED, holder, revoke, staff, walletCalls } from './wallet-support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(async () => {
  await mock.app.close()
})

const TOKEN = /^TB1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>
const b64 = (text: string) => Buffer.from(text).toString('base64url')
/** Signed with this process's platform key, whatever the payload: past the signature check */
const platformSigned = (payloadText: string) => {
  const input = `TB1.${b64(payloadText)}`
  return `${input}.${sign(null, Buffer.from(input), platformKeys().privateKey).toString('base64url')}`
}

/** 孙志强 with his 居民身份证, and 张敏 at the 黄浦 window */
async function scene() {
  const sun = await holder(mock, X_CHECK_DIGIT)
  const card = await sun.byType('居民身份证')
  const window = await staff(mock)
  return { sun, card, window }
}

const expectRefusal = (res: { status: number; body: unknown }, status: number, code: string, message?: string) => {
  expect([res.status, mock.error(res).code]).toEqual([status, code])
  if (message) expect(mock.error(res).message).toBe(message)
  expect(mock.error(res).message).toMatch(CHINESE)
}

describe('POST /me/licences/:id/show (亮证)', () => {
  it('issues a short signed token valid 60 s, to refresh every 30 s', async () => {
    const { sun, card } = await scene()
    const res = await sun.show(card.id, 'identity')
    expect(res.status).toBe(200)
    expect(Value.Check(ShowTokenDto, res.body)).toBe(true)
    expect(res.body.token).toMatch(TOKEN)
    expect(res.body.token.length).toBeLessThanOrEqual(280)
    expect(res.body).toMatchObject({ purpose: 'identity', refreshInMs: 30_000 })
    expect(res.body.expiresAt - res.body.issuedAt).toBe(60_000)
    expect(Math.abs(res.body.issuedAt - mock.clock.now())).toBeLessThan(1000)
    const payload = payloadOf(res.body.token)
    expect(payload).toEqual({ v: 1, l: card.id, h: sun.session.user.id, p: 'identity', iat: res.body.issuedAt / 1000, exp: res.body.expiresAt / 1000, n: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) })
    expect(res.body.token).not.toContain(X_CHECK_DIGIT.idNumber)
    // A new nonce each time.
    expect(payloadOf(await sun.token(card.id, 'identity')).n).not.toBe(payload.n)
  })

  it('needs a fresh face check (403 FACE_REQUIRED)', async () => {
    const { sun, card } = await scene()
    mock.clock.advance(FACE_WINDOW_PASSED)
    expectRefusal(await sun.show(card.id, 'identity'), 403, 'FACE_REQUIRED', '请先刷脸验证本人身份')
    await sun.refreshFace()
    expect((await sun.show(card.id, 'identity')).status).toBe(200)
  })

  it('refuses an expired or revoked licence (409 LICENCE_NOT_VALID) and a purpose it does not serve (400)', async () => {
    const ouyang = await holder(mock, COMPOUND_SURNAME_REP)
    const expired = await ouyang.byType('驾驶证')
    expect(expired.status).toBe('expired')
    expectRefusal(await ouyang.show(expired.id, 'identity'), 409, 'LICENCE_NOT_VALID', '证照已过期，无法亮证')

    const { sun, card } = await scene()
    const hukou = await sun.byType('居民户口簿')
    expectRefusal(await sun.show(hukou.id, 'identity'), 400, 'PURPOSE_NOT_ALLOWED')
    expectRefusal(await sun.show((await sun.byType('行驶证')).id, 'age'), 400, 'PURPOSE_NOT_ALLOWED')
    expect((await sun.show(hukou.id, 'business')).status).toBe(200)

    await revoke(mock, card.id)
    expectRefusal(await sun.show(card.id, 'identity'), 409, 'LICENCE_NOT_VALID', '证照已吊销，无法亮证')
    expectRefusal(await sun.show('lic-nobody', 'identity'), 404, 'LICENCE_NOT_FOUND')
  })

  it('keeps the token short for every kind of licence id (≤ 300 characters)', () => {
    const longest = newPayload(`lic-app-${'f'.repeat(16)}`, 'u_0123456789ab', 'business', Date.parse('2099-12-31T23:59:59Z'))
    expect(signToken(longest).length).toBeLessThanOrEqual(300)
  })
})

describe('POST /staff/verifications (验证电子证照)', () => {
  it('verifies for 身份核验 and discloses only 姓名, 公民身份号码（部分）, 有效期限', async () => {
    const { sun, card, window } = await scene()
    const res = await window.verify(await sun.token(card.id, 'identity'), 'identity')
    expect(res.status).toBe(200)
    expect(Value.Check(VerificationDto, res.body)).toBe(true)
    expect(res.body).toMatchObject({
      purpose: 'identity',
      verifiedAt: mock.clock.now(),
      holder: { nameMasked: '孙**', idNumberMasked: '3101**********007X' },
      licence: { type: '居民身份证', issuer: card.issuer, validUntil: card.validUntil, trustLevel: 'A' },
    })
    expect(res.body.fields).toEqual([
      { label: '姓名', value: '孙志强' },
      { label: '公民身份号码（部分）', value: '3101**********007X' },
      { label: '有效期限', value: `${card.issuedAt.replace(/-/g, '.')}-${card.validUntil!.replace(/-/g, '.')}` },
    ])
    expect(JSON.stringify(res.body)).not.toContain(X_CHECK_DIGIT.idNumber)
  })

  it('discloses every field for 窗口办事, numbers still masked in the middle', async () => {
    const { sun, card, window } = await scene()
    const res = await window.verify(await sun.token(card.id, 'business'), 'business')
    expect(res.status).toBe(200)
    expect(res.body.fields.map((f) => f.label)).toEqual(['姓名', '性别', '民族', '出生', '住址', '公民身份号码', '签发机关', '有效期限'])
    expect(res.body.fields.find((f) => f.label === '公民身份号码')!.value).toBe('3101**********007X')
    expect(res.body.fields.find((f) => f.label === '住址')!.value).toBe(card.fields.address)
    expect(JSON.stringify(res.body)).not.toContain(X_CHECK_DIGIT.idNumber)
    const vehicle = await window.verify(await sun.token((await sun.byType('行驶证')).id, 'business'), 'business')
    expect(vehicle.body.fields.find((f) => f.label === '号牌号码')!.value).toMatch(/^沪[A-Z]\*+\w{2}$/)
  })

  it('answers only 「已满 18 周岁：是/否」 for 年龄核验', async () => {
    const { sun, card, window } = await scene()
    const adult = await window.verify(await sun.token(card.id, 'age'), 'age')
    expect(adult.body.fields).toEqual([{ label: '已满 18 周岁', value: '是' }])
    expect(adult.body.licence.type).toBe('居民身份证')

    const first17 = '31010120120307001'
    const minor = await holder(mock, { name: '孙小明', idNumber: `${first17}${idCardCheckChar(first17)}` })
    const res = await window.verify(await minor.token((await minor.byType('居民身份证')).id, 'age'), 'age')
    expect(res.body.fields).toEqual([{ label: '已满 18 周岁', value: '否' }])
  })

  it('is for window staff only (403 STAFF_ONLY), also the list', async () => {
    const { sun, card, window } = await scene()
    const token = await sun.token(card.id, 'identity')
    const res = await mock.call('POST', paths.verifications, { token, purpose: 'identity' }, sun.auth)
    expectRefusal(res, 403, 'STAFF_ONLY', '仅限窗口工作人员使用')
    expectRefusal(await mock.call('GET', paths.verifications, undefined, sun.auth), 403, 'STAFF_ONLY')
    expect((await mock.call('POST', paths.verifications, { token, purpose: 'identity' })).status).toBe(401)
    // The refused attempt did not use the code up.
    expect((await window.verify(token, 'identity')).status).toBe(200)
  })

  it('refuses an expired code (410 TOKEN_EXPIRED): valid for 60 s', async () => {
    const { sun, card, window } = await scene()
    const early = await sun.token(card.id, 'identity')
    const late = await sun.token(card.id, 'identity')
    mock.clock.advance(59 * SECOND)
    expect((await window.verify(early, 'identity')).status).toBe(200)
    mock.clock.advance(2 * SECOND)
    expectRefusal(await window.verify(late, 'identity'), 410, 'TOKEN_EXPIRED', '二维码已过期，请让办事人刷新后重新出示')
  })

  it('refuses what is not our format or was tampered with (400 TOKEN_INVALID)', async () => {
    const { sun, card, window } = await scene()
    const token = await sun.token(card.id, 'identity')
    const [, payload, signature] = token.split('.')
    const other = (await sun.token((await sun.byType('驾驶证')).id, 'identity')).split('.')[2]
    // A payload character flipped: still base64url, no longer what was signed.
    const i = 10
    const flipped = `${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}`
    const forged = { ...payloadOf(token), l: (await sun.byType('社会保障卡')).id }
    const attempts = [
      'hello',
      `TB2.${payload}.${signature}`,
      `TB1.${payload}`,
      `TB1.${payload}.${signature}.x`,
      `TB1.${payload}!.${signature}`,
      `TB1.${payload}.${signature.slice(0, -2)}`,
      `TB1.${flipped}.${signature}`,
      `TB1.${payload}.${other}`,
      `TB1.${b64(JSON.stringify(forged))}.${signature}`,
      signToken(payloadOf(token) as never, generateKeyPairSync('ed25519').privateKey),
      platformSigned('not json'),
      platformSigned(JSON.stringify({ ...payloadOf(token), p: 'everything' })),
    ]
    for (const attempt of attempts) expectRefusal(await window.verify(attempt, 'identity'), 400, 'TOKEN_INVALID', '二维码无效或已被篡改')
    // The genuine one still verifies.
    expect((await window.verify(token, 'identity')).status).toBe(200)
    expect(readToken(token)).toMatchObject({ l: card.id })
  })

  it('verifies a code once (409 TOKEN_USED), by any staff member', async () => {
    const { sun, card, window } = await scene()
    const token = await sun.token(card.id, 'identity')
    expect((await window.verify(token, 'identity')).status).toBe(200)
    expectRefusal(await window.verify(token, 'identity'), 409, 'TOKEN_USED', '该二维码已核验过，请让办事人刷新后重新出示')
    expectRefusal(await (await staff(mock, 1)).verify(token, 'identity'), 409, 'TOKEN_USED')
    // Once expired, it is refused as expired.
    mock.clock.advance(61 * SECOND)
    expectRefusal(await window.verify(token, 'identity'), 410, 'TOKEN_EXPIRED')
  })

  it('refuses another purpose (400 PURPOSE_MISMATCH) without using the code up', async () => {
    const { sun, card, window } = await scene()
    const token = await sun.token(card.id, 'age')
    expectRefusal(await window.verify(token, 'identity'), 400, 'PURPOSE_MISMATCH', '该码用于「年龄核验」，与本次核验用途不符')
    expect((await window.verify(token, 'age')).status).toBe(200)
    // Replay is checked after purpose: a used code verified for another purpose is still a mismatch.
    expectRefusal(await window.verify(token, 'business'), 400, 'PURPOSE_MISMATCH')
    // Expiry comes before purpose.
    mock.clock.advance(61 * SECOND)
    expectRefusal(await window.verify(token, 'identity'), 410, 'TOKEN_EXPIRED')
  })

  it('refuses a code whose licence was revoked after it was shown (409 LICENCE_REVOKED)', async () => {
    const { sun, card, window } = await scene()
    const token = await sun.token(card.id, 'identity')
    expect((await revoke(mock, card.id)).status).toBe(204)
    expectRefusal(await window.verify(token, 'identity'), 409, 'LICENCE_REVOKED')
  })

  it('refuses a code whose licence expired after it was shown (409 LICENCE_NOT_VALID)', async () => {
    const card = await (await holder(mock, JIAXING_REP, 'chen')).byType('社会保障卡')
    // Shown in the last minute before its 有效期限 ends (Beijing midnight), years later: sign in again.
    mock.clock.advance(Date.parse(`${card.validUntil}T23:59:30+08:00`) - mock.clock.now())
    const chen = walletCalls(mock, await mock.platformLogin('weapp', 'chen'))
    const window = await staff(mock)
    await chen.refreshFace()
    const token = await chen.token(card.id, 'identity')
    mock.clock.advance(40 * SECOND)
    expectRefusal(await window.verify(token, 'identity'), 409, 'LICENCE_NOT_VALID')
  })

  it('lists the staff member\'s own verifications, newest first', async () => {
    const { sun, card, window } = await scene()
    const first = await window.verify(await sun.token(card.id, 'identity'), 'identity')
    mock.clock.advance(5 * SECOND)
    const second = await window.verify(await sun.token(card.id, 'age'), 'age')
    await (await staff(mock, 1)).verify(await sun.token(card.id, 'business'), 'business')
    const list = await window.list()
    expect(list.status).toBe(200)
    expect(list.body.verifications.map((v) => v.id)).toEqual([second.body.id, first.body.id])
    expect(list.body.verifications[0]).toEqual(second.body)
  })
})
