/** Validation of 中国大陆手机号 and 短信验证码, with the message to show for each kind of mistake. */

export type Check = { ok: true } | { ok: false; message: string }

const pass: Check = { ok: true }
const fail = (message: string): Check => ({ ok: false, message })

/** Strips the spaces and dashes people type or paste (138 0013 8000, 138-0013-8000). */
export const normalisePhone = (input: string): string => input.replace(/[\s-]/g, '')

export function checkPhone(input: string): Check {
  const phone = normalisePhone(input)
  if (phone === '') return fail('请输入手机号')
  if (!/^\d+$/.test(phone)) return fail('手机号只能包含数字')
  if (phone.length !== 11) return fail(`手机号应为 11 位，您输入了 ${phone.length} 位`)
  if (!/^1[3-9]/.test(phone)) return fail('手机号应以 13–19 开头')
  return pass
}

export function checkSmsCode(input: string): Check {
  const code = input.trim()
  if (code === '') return fail('请输入短信验证码')
  if (!/^\d{6}$/.test(code)) return fail('验证码为 6 位数字')
  return pass
}

/** 138****0000: the only form in which a phone number may appear on screen by default or in any log. */
export const maskPhone = (phone: string): string =>
  phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***'
