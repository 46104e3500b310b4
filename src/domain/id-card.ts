import type { Check } from './phone'

/**
 * 公民身份号码 (GB 11643-1999): 6-digit 行政区划代码, 8-digit birth date, 3-digit sequence (odd = male), and a
 * check character computed by ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function validBirthDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  return real && y >= 1900 && date.getTime() <= today.getTime()
}

/** Checks a 18-digit 身份证号 and says exactly what is wrong, in Chinese. */
export function checkIdCard(input: string, today: Date = new Date()): Check {
  const id = input.trim().toUpperCase()
  if (id === '') return { ok: false, message: '请输入身份证号' }
  if (id.length !== 18) return { ok: false, message: `身份证号应为 18 位，您输入了 ${id.length} 位` }
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, message: '身份证号前 17 位应为数字，最后一位为数字或 X' }
  if (!/^[1-9]\d{5}$/.test(id.slice(0, 6))) return { ok: false, message: '身份证号的地区码不正确' }
  if (!validBirthDate(id.slice(6, 14), today)) return { ok: false, message: '身份证号中的出生日期不正确' }
  if (idCardCheckChar(id) !== id[17]) return { ok: false, message: '身份证号校验位不正确，请核对后重新输入' }
  return { ok: true }
}

/** 110101********1234 style: keep the region and the last four. */
export const maskIdCard = (id: string): string => (id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '***')

/** 姓名 as on the ID card: 2–30 Chinese characters, with the middle dot of some minority names. */
export function checkPersonName(input: string): Check {
  return /^[\u4e00-\u9fa5·]{2,30}$/.test(input.trim()) ? { ok: true } : { ok: false, message: '请输入与身份证一致的姓名（中文）' }
}
