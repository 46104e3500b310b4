import type { AnswersDto, FormFieldDto, FormSchemaDto, LeafAnswer, LicenceDto, MaterialSlotDto, RegionDto, UserDto } from '../../../../api/contract'
import type { EnterpriseDto } from '../../../../api/contract/identity'
import { allEntries, isAnswered } from '../../../../domain/form'
import { DEFAULT_REGION_CODE, findRegion } from '../../../../domain/region'
import type { RegionOption } from '../../components/fields'


/** The three steps, in order. */
export const STEPS = ['填写信息', '提交材料', '确认提交'] as const

/**
 * Prefill sources the app only ever holds masked (UserDto has 李* and 3101**********0014, EnterpriseDto 张*): a field
 * with one of them is not filled on the phone. It shows the masked value, is sent as null, and the server fills it
 * from the verified account at submission — the true identity never passes through the client.
 */
const MASKED_SOURCES: Record<string, { prefix: string; label: string; known: (k: Known) => string | null }> = {
  'identity.name': { prefix: '已实名', label: '来自实名认证', known: (k) => k.user?.realName?.nameMasked ?? null },
  'identity.idNumber': { prefix: '已实名', label: '来自实名认证', known: (k) => k.user?.realName?.idNumberMasked ?? null },
  'account.phone': { prefix: '已绑定', label: '来自账号手机号', known: (k) => k.user?.phoneMasked ?? null },
  'enterprise.legalRep': { prefix: '企业登记', label: '来自企业信息', known: (k) => k.enterprise?.legalRepMasked ?? null },
}

/** What the app knows about the applicant (all of it masked where personal). */
export interface Known {
  user: UserDto | null
  enterprise: EnterpriseDto | null
}

export const isMaskedSource = (source: string | undefined) => source !== undefined && source in MASKED_SOURCES

/** 「已实名：李*（3101**********0014）」, what 本人 shows; null before 实名认证. */
export const identityText = (user: UserDto | null) => (user?.realName ? `已实名：${user.realName.nameMasked}（${user.realName.idNumberMasked}）` : null)

/**
 * A top-level field the system fills at submission: its source is masked on the phone, the user has not typed
 * an answer, and has not chosen to type one. Identity fields count even before 实名认证 (submitting requires it).
 */
export function systemFilled(field: FormFieldDto, value: LeafAnswer | undefined, typing: ReadonlySet<string>, known: Known): { text: string; label: string } | null {
  const masked = field.prefill ? MASKED_SOURCES[field.prefill] : undefined
  if (!masked || field.type === 'person' || isAnswered(value) || typing.has(field.id)) return null
  const shown = masked.known(known)
  if (shown) return { text: `${masked.prefix}：${shown}（提交时由系统自动填写）`, label: masked.label }
  return field.prefill?.startsWith('identity.') ? { text: '完成实名认证后由系统自动填写', label: masked.label } : null
}

const isSelf = (v: unknown) => typeof v === 'object' && v !== null && (v as { relation?: string }).relation === 'self'

/**
 * Every answer path the system fills at submission: masked top-level fields, and persons answered 本人 (anywhere,
 * group rows too). Their "required" messages are not the user's to fix, so the page drops them.
 */
export function systemPaths(schema: Pick<FormSchemaDto, 'sections'>, answers: AnswersDto, typing: ReadonlySet<string>, known: Known): Set<string> {
  const paths = new Set<string>()
  for (const entry of allEntries(schema)) {
    const value = answers[entry.id]
    if (entry.type === 'group') {
      if (!Array.isArray(value)) continue
      value.forEach((row, i) => {
        for (const f of entry.fields) if (f.type === 'person' && isSelf(row?.[f.id])) paths.add(`${entry.id}.${i}.${f.id}`)
      })
    } else if (Array.isArray(value)) {
      continue
    } else if ((entry.type === 'person' && isSelf(value)) || systemFilled(entry, value, typing, known)) {
      paths.add(entry.id)
    }
  }
  return paths
}

export const withoutPaths = (errors: Record<string, string>, paths: Set<string>) =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => !paths.has(path) && ![...paths].some((p) => path.startsWith(`${p}.`))))

/** For the progress line: system-filled answers count as answered. */
export function countable(answers: AnswersDto, paths: Set<string>): AnswersDto {
  const next: AnswersDto = { ...answers }
  for (const path of paths) {
    const [id, index, field] = path.split('.')
    const stand = { relation: 'self' as const, name: '本人', idNumber: '' }
    if (index === undefined) next[id] = isSelf(next[id]) ? stand : '已实名'
    else if (Array.isArray(next[id])) next[id] = (next[id] as Record<string, LeafAnswer>[]).map((row, i) => (i === Number(index) ? { ...row, [field]: stand } : row))
  }
  return next
}

/** 'members.1.name' → 「家庭成员 2 · 姓名」, for the error summary. */
export function pathLabel(schema: Pick<FormSchemaDto, 'sections'>, path: string): string {
  const [id, index, fieldId] = path.split('.')
  const entry = allEntries(schema).find((e) => e.id === id)
  if (!entry) return path
  if (entry.type !== 'group' || index === undefined) return entry.label
  const field = entry.fields.find((f) => f.id === fieldId)
  return `${entry.label} ${Number(index) + 1}${field ? ` · ${field.label}` : ''}`
}

/** The anchor id of a field, for jumping to it from the summary. */
export const fieldAnchor = (path: string) => `apply-field-${path.replace(/\./g, '-')}`

/** The user's valid 电子证照 that replaces a material (免提交): right type, valid, not past its date. */
export function licenceFor(slot: MaterialSlotDto, licences: LicenceDto[], today: string): LicenceDto | null {
  if (!slot.eLicence) return null
  return licences.find((l) => l.type === slot.eLicence && l.status === 'valid' && (!l.validUntil || l.validUntil >= today)) ?? null
}

/**
 * The districts a region field offers: those of the current city (the chosen region, or the city of a chosen
 * district); a city without districts in the configuration (a G60 city) offers itself.
 */
export function cityRegions(regions: RegionDto[], regionCode: string): RegionOption[] {
  const chosen = findRegion(regions, regionCode) ?? findRegion(regions, DEFAULT_REGION_CODE)
  if (!chosen) return []
  const city = (chosen.level === 'district' || chosen.level === 'street') && chosen.parentCode ? findRegion(regions, chosen.parentCode) ?? chosen : chosen
  const districts = regions.filter((r) => r.parentCode === city.code && r.level === 'district')
  return (districts.length ? districts : [city]).map((r) => ({ code: r.code, name: r.name }))
}
