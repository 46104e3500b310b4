import type { ItemSeed, MaterialSeed } from './types'

/**
 * The materials (申请材料) and fees the item seed files share, built one way so every item words them alike.
 * Each call returns a fresh object.
 */

/** Where the mock keeps 空白表格 / 示例样表 and 结果样本. */
export const FORMS = 'https://mock.tongban.example/forms'
export const SAMPLES = 'https://mock.tongban.example/samples'

type Requirement = MaterialSeed['requirement']

/** 原件 / 复印件 counts and 材料形式, where they differ from one paper-or-electronic original. */
export interface MaterialCounts {
  originals?: number
  copies?: number
  forms?: MaterialSeed['forms']
}

/** One copy, no original: what enterprises mostly hand in. */
export const COPY: Readonly<MaterialCounts> = { originals: 0, copies: 1 }

/** Counts plus, for a material with a template, its 空白表格 and 示例样表. */
export type ApplicantDocOptions = MaterialCounts & Partial<Pick<MaterialSeed, 'blankForm' | 'sample'>>

/** 说明 and 必要性 of a standard certificate; each builder has its own defaults. */
export interface CertificateOptions {
  notes?: string
  requirement?: Requirement
}

type Fields = Pick<MaterialSeed, 'name' | 'type' | 'requirement' | 'source' | 'notes'> & ApplicantDocOptions & Partial<Pick<MaterialSeed, 'eLicence'>>

/** Fills what most materials share: paper or electronic, one original, no form, no 电子证照. */
function material({ name, type, forms = ['paper', 'electronic'], requirement, source, originals = 1, copies = 0, notes, blankForm = null, sample = null, eLicence = null }: Fields): MaterialSeed {
  return { name, type, forms, requirement, source, originals, copies, notes, blankForm, sample, eLicence }
}

/** 空白表格 (`blank`) or 示例样表 (`sample`) URL under an item's base code; n > 1 numbers its second, third … form. */
export const formUrl = (baseCode: string, kind: 'blank' | 'sample', n = 1): string => `${FORMS}/${baseCode}${n > 1 ? `-${n}` : ''}-${kind}.pdf`

/** `blankForm` and `sample` of an item's own form, to spread into a material. */
export const formLinks = (baseCode: string, n = 1): Pick<MaterialSeed, 'blankForm' | 'sample'> => ({
  blankForm: formUrl(baseCode, 'blank', n),
  sample: formUrl(baseCode, 'sample', n),
})

/** A material the applicant prepares itself (证明、合同、照片 …). */
export const applicantDoc = (name: string, type: MaterialSeed['type'], requirement: Requirement, notes: string, options: ApplicantDocOptions = {}): MaterialSeed =>
  material({ name, type, requirement, source: { kind: 'applicant', department: null }, notes, ...options })

/** A material another office issued, with its 电子证照 when one exists. */
export const governmentDoc = (
  name: string,
  type: MaterialSeed['type'],
  requirement: Requirement,
  department: string,
  notes: string,
  { eLicence = null, ...counts }: MaterialCounts & { eLicence?: string | null } = {},
): MaterialSeed => material({ name, type, requirement, source: { kind: 'government', department }, notes, eLicence, ...counts })

export interface ApplicationFormOptions {
  /** Numbers an item's second, third … form in its URLs (1, the default, has no number). */
  n?: number
  /** 材料形式; paper and electronic by default. */
  forms?: MaterialSeed['forms']
  /** Filled in online only: electronic, no paper original and no 空白表格 (the 示例样表 stays). */
  onlineOnly?: boolean
}

/** 申请表 / 登记表: the item's own form, with its 空白表格 and 示例样表 under its base code. */
export function applicationForm(baseCode: string, name: string, notes: string, { n = 1, forms, onlineOnly = false }: ApplicationFormOptions = {}): MaterialSeed {
  const { blankForm, sample } = formLinks(baseCode, n)
  return applicantDoc(name, 'application-form', 'required', notes, onlineOnly ? { forms: ['electronic'], originals: 0, sample } : { forms, blankForm, sample })
}

/** 居民身份证: the identity document almost every personal item asks for. */
export const idCard = ({ notes = '申请人本人有效居民身份证原件，可使用电子身份证照免于提交。', requirement = 'required' }: CertificateOptions = {}): MaterialSeed =>
  governmentDoc('居民身份证', 'certificate', requirement, '公安机关', notes, { eLicence: '居民身份证' })

/** 居民户口簿 */
export const householdBook = ({ notes, requirement = 'required' }: CertificateOptions & { notes: string }): MaterialSeed =>
  governmentDoc('居民户口簿', 'certificate', requirement, '公安机关', notes, { eLicence: '居民户口簿' })

/** 居住证: for people without the local 户籍; optional by default. */
export const residencePermit = ({ notes, requirement = 'optional' }: CertificateOptions & { notes: string }): MaterialSeed =>
  governmentDoc('居住证', 'certificate', requirement, '公安机关', notes, { eLicence: '居住证' })

/** 社会保障卡 */
export const socialSecurityCard = ({ notes, requirement = 'required' }: CertificateOptions & { notes: string }): MaterialSeed =>
  governmentDoc('社会保障卡', 'certificate', requirement, '人力资源和社会保障部门', notes, { eLicence: '社会保障卡' })

/** 近期免冠彩色照片 */
export const photo = (notes: string): MaterialSeed => applicantDoc('近期免冠彩色照片', 'photo', 'required', notes)

/** 营业执照: the 电子营业执照 replaces the copy in almost every enterprise item. */
export const businessLicence = ({ notes = '已领取电子营业执照的，授权调用后免于提交复印件。', requirement = 'required' }: CertificateOptions = {}): MaterialSeed =>
  governmentDoc('营业执照', 'certificate', requirement, '市场监督管理部门', notes, { eLicence: '营业执照', ...COPY })

/** 法定代表人（负责人）身份证件 */
export const legalRepId = ({
  notes = '法定代表人（负责人）有效居民身份证；网上办理的通过实名认证完成身份核验，免于提交。',
  requirement = 'required',
}: CertificateOptions = {}): MaterialSeed => governmentDoc('法定代表人（负责人）身份证件', 'certificate', requirement, '公安机关', notes, { eLicence: '居民身份证' })

/** 经办人身份证: only at the window; online the enterprise signs in with its 电子营业执照 or 法人一证通. */
export const agentIdCard = ({
  notes = '窗口办理时出示原件；网上办理通过电子营业执照或法人一证通完成身份认证，无需提交。',
  requirement = 'optional',
}: CertificateOptions = {}): MaterialSeed => governmentDoc('经办人居民身份证', 'certificate', requirement, '公安机关', notes, { eLicence: '居民身份证' })

/** 授权委托书 (only when someone else applies on the enterprise's behalf), with the common template. */
export const agentAuthorisation = (): MaterialSeed =>
  applicantDoc(
    '授权委托书及受托人身份证件',
    'proof',
    'optional',
    '委托他人办理的提交。委托书须载明委托事项和权限，由委托单位盖章或法定代表人签字；受托人须完成实名认证。',
    formLinks('common-authorisation'),
  )

/** 不收费 */
export const freeFees = (): ItemSeed['fees'] => ({ free: true, items: [], onlinePayment: false })
