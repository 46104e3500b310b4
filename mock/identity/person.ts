import { checkIdCard } from '../../src/domain/id-card'
import type { MockContext } from '../context'
import { httpError } from '../http/errors'
import type { Person } from './state'

export const NAME_MESSAGE = '请输入与身份证一致的姓名'

/**
 * 姓名 as printed on a 居民身份证: 2–30 Han characters; names of some ethnic groups join parts with a middle
 * dot (阿依古丽·买买提), never at either end and never two in a row.
 */
const NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u

export const isPersonName = (name: string) => NAME.test(name) && [...name].length >= 2 && [...name].length <= 30

/**
 * The person of a form, checked: 400 ID_NUMBER_INVALID (GB 11643, with checkIdCard's Chinese message in
 * `fields.idNumber`) and/or a name message in `fields.name`. Returns the 身份证号 upper-cased.
 */
export function checkedPerson(ctx: MockContext, name: string, idNumber: string): Person {
  const fields: Record<string, string> = {}
  if (!isPersonName(name)) fields.name = NAME_MESSAGE
  const id = checkIdCard(idNumber, new Date(ctx.clock.now()))
  if (!id.ok) fields.idNumber = id.message
  if (fields.idNumber) throw httpError(400, 'ID_NUMBER_INVALID', fields.idNumber, { fields })
  if (fields.name) throw httpError(400, 'VALIDATION_FAILED', fields.name, { fields })
  return { name, idNumber: idNumber.toUpperCase() }
}

/** 复姓 kept whole when masking (欧阳**), the common ones; any other name keeps its first character. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 百里 呼延 万俟 澹台 申屠 太史 公冶'.split(' '),
)

/** 张三 → 张*, 欧阳晓峰 → 欧阳**, 阿依古丽·买买提 → 阿***·***: the surname and the dots stay. */
export function maskName(name: string): string {
  const chars = [...name]
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1
  return chars.map((c, i) => (i < keep || c === '·' ? c : '*')).join('')
}

/** 310101198003070014 → 3101**********0014: the province and city, and the last four. */
export const maskIdNumber = (idNumber: string) => (idNumber.length === 18 ? `${idNumber.slice(0, 4)}${'*'.repeat(10)}${idNumber.slice(14)}` : '***')
