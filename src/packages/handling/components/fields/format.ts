import type { FormFieldDto, LeafAnswer, PersonAnswer } from '../../../../api/contract'

/** A region the region and address fields offer (a district of the current city). */
export interface RegionOption {
  code: string
  name: string
}

/** What every field may need from the page besides its own answer. */
export interface FieldEnv {
  /** The districts of the current city, for region and address fields */
  regions: RegionOption[]
  /** 「已实名：李*（3101**********0014）」 for 本人, or null before 实名认证 */
  identityText: string | null
  /** 'YYYY-MM-DD' in Beijing, for date bounds of 'today' */
  today: string
}

/** 关系 of a person field, in the order the chips show them. */
export const RELATIONS: { value: PersonAnswer['relation']; label: string }[] = [
  { value: 'self', label: '本人' },
  { value: 'spouse', label: '配偶' },
  { value: 'child', label: '子女' },
  { value: 'parent', label: '父母' },
  { value: 'other', label: '其他' },
]

const isPerson = (v: LeafAnswer): v is PersonAnswer => typeof v === 'object' && v !== null && 'relation' in v
const isAddress = (v: LeafAnswer): v is { regionCode: string; detail: string } => typeof v === 'object' && v !== null && 'regionCode' in v

/** 2026-10-01 → 2026年10月1日 */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : date
}

export const regionName = (env: FieldEnv, code: string) => env.regions.find((r) => r.code === code)?.name ?? code

/** 「12.50 元」 for an amount answer (a number, or the text of one while typing). */
export function formatAmount(value: LeafAnswer): string {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) && value !== '' ? `${n.toFixed(2)} 元` : String(value)
}

export const relationLabel = (relation: string) => RELATIONS.find((r) => r.value === relation)?.label ?? relation

/** How an answer reads back to the user (review, read-only fields); 「未填写」 when empty. */
export function formatAnswer(field: FormFieldDto, value: LeafAnswer, env: FieldEnv): string {
  if (value === null || value === '') return '未填写'
  switch (field.type) {
    case 'select':
      return field.options?.find((o) => o.value === value)?.label ?? String(value)
    case 'region':
      return typeof value === 'string' ? regionName(env, value) : '未填写'
    case 'date':
      return typeof value === 'string' ? chineseDate(value) : String(value)
    case 'amount':
      return formatAmount(value)
    case 'person':
      if (!isPerson(value)) return '未填写'
      if (value.relation === 'self') return `本人 · ${env.identityText ?? '提交前需完成实名认证'}`
      return [relationLabel(value.relation), value.name, value.idNumber].filter(Boolean).join(' · ')
    case 'address':
      if (!isAddress(value)) return '未填写'
      return `${value.regionCode ? regionName(env, value.regionCode) : ''}${value.detail}` || '未填写'
    default:
      return typeof value === 'object' ? '未填写' : String(value)
  }
}
