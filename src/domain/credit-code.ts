import type { Check } from './phone'

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and capitals without
 * I, O, Z, S, V): 登记管理部门代码, 机构类别代码, 6-digit 行政区划码, 9-character 主体标识码 (组织机构代码),
 * and a check character computed with MOD 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i]
  return ALPHABET[(31 - (sum % 31)) % 31]
}

export function checkCreditCode(input: string): Check {
  const code = input.trim().toUpperCase()
  if (code === '') return { ok: false, message: '请输入统一社会信用代码' }
  if (code.length !== 18) return { ok: false, message: `统一社会信用代码应为 18 位，您输入了 ${code.length} 位` }
  const bad = [...code].find((c) => !ALPHABET.includes(c))
  if (bad !== undefined) return { ok: false, message: `统一社会信用代码不能包含字符“${bad}”（不使用 I、O、Z、S、V）` }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, message: '统一社会信用代码第 3–8 位应为行政区划码' }
  if (creditCodeCheckChar(code) !== code[17]) return { ok: false, message: '统一社会信用代码校验位不正确，请核对后重新输入' }
  return { ok: true }
}
