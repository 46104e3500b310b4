import { checkIdCard, idCardCheckChar, maskIdCard } from '../../../src/domain/id-card'
import { checkCreditCode, creditCodeCheckChar } from '../../../src/domain/credit-code'
import { checkPhone, checkSmsCode, maskPhone, normalisePhone } from '../../../src/domain/phone'

describe('身份证号 (GB 11643)', () => {
  // The GB 11643 sample (…002X) and numbers whose weighted sums were worked by hand.
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['31010119900307001', '9'], // Σ = 168, 168 mod 11 = 3 → '9' (worked by hand)
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(idCardCheckChar(first17)).toBe(check)
  })

  it('accepts a valid number, lower-case x included', () => {
    expect(checkIdCard('11010519491231002X')).toEqual({ ok: true })
    expect(checkIdCard('11010519491231002x')).toEqual({ ok: true })
  })

  it.each([
    ['', '请输入身份证号'],
    ['1101051949123100', '身份证号应为 18 位，您输入了 16 位'],
    ['11010519491231002Y', '身份证号前 17 位应为数字，最后一位为数字或 X'],
    ['01010519491231002X', '身份证号的地区码不正确'],
    ['110105194902300021', '身份证号中的出生日期不正确'],
    ['110105194912310021', '身份证号校验位不正确，请核对后重新输入'],
  ])('rejects %j with “%s”', (input, message) => {
    expect(checkIdCard(input)).toEqual({ ok: false, message })
  })

  it('rejects a birth date in the future', () => {
    const today = new Date(Date.UTC(2026, 10, 29))
    const first17 = '31010120270101001'
    expect(checkIdCard(first17 + idCardCheckChar(first17), today)).toEqual({ ok: false, message: '身份证号中的出生日期不正确' })
  })

  it('masks all but the region and the last four', () => {
    expect(maskIdCard('11010519491231002X')).toBe('110105********002X')
  })
})

describe('统一社会信用代码 (GB 32100)', () => {
  it.each([
    ['91350100M000100Y4', '3'],
    ['91110000600037341', 'L'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(creditCodeCheckChar(first17)).toBe(check)
  })

  it('accepts a valid code in any case', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true })
    expect(checkCreditCode('91110000600037341l')).toEqual({ ok: true })
  })

  it.each([
    ['', '请输入统一社会信用代码'],
    ['91350100M000100Y4', '统一社会信用代码应为 18 位，您输入了 17 位'],
    ['91350100M000100I43', '统一社会信用代码不能包含字符“I”（不使用 I、O、Z、S、V）'],
    ['91A50100M000100Y43', '统一社会信用代码第 3–8 位应为行政区划码'],
    ['91350100M000100Y44', '统一社会信用代码校验位不正确，请核对后重新输入'],
  ])('rejects %j with “%s”', (input, message) => {
    expect(checkCreditCode(input)).toEqual({ ok: false, message })
  })
})

describe('手机号 and 短信验证码', () => {
  it('accepts what people paste, with spaces or dashes', () => {
    expect(normalisePhone('138 0013-8000')).toBe('13800138000')
    expect(checkPhone('138 0013 8000')).toEqual({ ok: true })
  })

  it.each([
    ['', '请输入手机号'],
    ['1380013800a', '手机号只能包含数字'],
    ['138001380001', '手机号应为 11 位，您输入了 12 位'],
    ['12800138000', '手机号应以 13–19 开头'],
  ])('rejects %j with “%s”', (input, message) => {
    expect(checkPhone(input)).toEqual({ ok: false, message })
  })

  it('checks the 6-digit code', () => {
    expect(checkSmsCode(' 123456 ')).toEqual({ ok: true })
    expect(checkSmsCode('')).toEqual({ ok: false, message: '请输入短信验证码' })
    expect(checkSmsCode('12345')).toEqual({ ok: false, message: '验证码为 6 位数字' })
  })

  it('masks the middle four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
    expect(maskPhone('123')).toBe('***')
  })
})
