import type { LicenceDto, LicenceFieldDto, LicencePurpose } from '../../src/api/contract'
import { maskIdNumber, maskName } from '../identity/person'
import { chineseDate, maskMiddle, validityText } from './seed-helpers'

/**
 * 照面信息 (a licence's printed face): each line keeps its full value server-side and the masked form a
 * screen shows by default. Only GET /me/licences/:id?reveal=true with a fresh face check answers full values;
 * nothing else ever carries a full 公民身份号码.
 *
 * Masks: names keep the surname (李*), numbers keep both ends (3101**********0014), addresses keep the
 * district (上海市黄浦区****), birth dates keep the year (1980年**月**日).
 */
export interface FaceLine {
  label: string
  value: string
  /** The value as shown by default; null when the value is not personal (签发机关, 准驾车型 …) */
  masked: string | null
  /** What the line is, for disclosure by purpose: a number is masked even in a 窗口办事 disclosure */
  kind: 'name' | 'number' | 'address' | 'birth' | 'plain'
}

/** A seeded licence and its face (its status is live: see handling/licences.ts). */
export type SeedLicence = Omit<LicenceDto, 'status'> & { face: FaceLine[] }

export const plain = (label: string, value: string): FaceLine => ({ label, value, masked: null, kind: 'plain' })
export const nameLine = (label: string, value: string): FaceLine => ({ label, value, masked: maskName(value), kind: 'name' })
/** A 公民身份号码 (18 characters), or another number masked to its first and last few characters. */
export const numberLine = (label: string, value: string): FaceLine => ({ label, value, masked: maskNumber(value), kind: 'number' })
/** `area` is the part kept when masked: the address down to the district. */
export const addressLine = (label: string, value: string, area: string): FaceLine => ({ label, value, masked: `${area}****`, kind: 'address' })
export const birthLine = (label: string, date: string): FaceLine => ({
  label,
  value: chineseDate(date),
  masked: `${date.slice(0, 4)}年**月**日`,
  kind: 'birth',
})

/** 18-character ID numbers keep the province/city and the last four; other numbers about a third at each end. */
export function maskNumber(value: string): string {
  if (/^\d{17}[\dX]$/.test(value)) return maskIdNumber(value)
  const keep = value.length >= 12 ? 4 : value.length >= 7 ? 2 : 1
  return maskMiddle(value, keep, keep)
}

/** The face as the client sees it: masked unless revealed. */
export const toFields = (face: readonly FaceLine[], reveal: boolean): LicenceFieldDto[] =>
  face.map((l) => ({ label: l.label, value: reveal || l.masked === null ? l.value : l.masked, masked: !reveal && l.masked !== null }))

/** The face of an issued licence (an approved application's result): what its 电子证照 template prints. */
export function issuedFace(licence: LicenceDto, fullNumber: string, enterprise: boolean): FaceLine[] {
  return [
    plain('证照名称', licence.type),
    numberLine('证照编号', fullNumber),
    enterprise ? plain('持证主体', licence.holder) : nameLine('持证人', licence.holder),
    plain('发证机关', licence.issuer),
    plain('发证日期', chineseDate(licence.issuedAt)),
    plain('有效期限', validityText(licence.issuedAt, licence.validUntil)),
  ]
}

/**
 * 可信等级: A when the 发证机关 is 公安 or 市场监管 (their licences are checked against the source register,
 * 数源), B for every other signed licence. The mock has no copied (C) licences.
 */
export const trustLevelOf = (issuer: string): 'A' | 'B' => (/公安|市场监督管理/.test(issuer) ? 'A' : 'B')

/** Licences that prove who the holder is: each carries name, 公民身份号码 and photo. */
const IDENTITY_TYPES = new Set(['居民身份证', '居住证', '驾驶证', '社会保障卡'])
/** Licences that print the birth date an age check reads. */
const AGE_TYPES = new Set(['居民身份证', '驾驶证'])

/** What a licence may be shown for (亮证): 窗口办事 always; 身份核验 and 年龄核验 for a person's own documents. */
export function purposesOf(type: string, personal: boolean): LicencePurpose[] {
  const purposes: LicencePurpose[] = []
  if (personal && IDENTITY_TYPES.has(type)) purposes.push('identity')
  purposes.push('business')
  if (personal && AGE_TYPES.has(type)) purposes.push('age')
  return purposes
}
