import type { Audience, FeeInfoDto, FormFieldDto, FormSchemaDto, FormSectionDto, MaterialDto, MaterialSlotDto } from '../../src/api/contract'
import { catalog } from '../catalog/generate'
import type { CatalogItem } from '../catalog/model'
import { f, formSeeds, optional, section, type FormSeed } from './form-seeds'
import { MAX_UPLOAD_BYTES } from './uploads'

/**
 * 在线办理表单 of every item offered online (`online`: 办理形式 includes 网上, i.e. 网办深度 Ⅲ or Ⅳ), built from the
 * item's 办事指南: an applicant section by audience, the item-specific sections (form-seeds.ts, or a generic one),
 * one material slot per 申请材料 (but the 申请表, which the online form itself is), the 承诺书 and the fee. Deterministic, and built once per base item and
 * 业务办理项: every region's implementation shares it (only `itemId` differs).
 *
 * `audience` is the item's 办理对象; an item for both 个人 and 法人 (个体工商户设立登记, 不动产登记) is described as
 * personal, and the client applies in the user's current mode (SubmitBody.mode).
 */

/** Bumped when the forms change; a draft of an older version is migrated by field id. */
export const FORM_VERSION = 1

const UPLOAD: NonNullable<MaterialSlotDto['upload']> = { kinds: ['image', 'pdf'], maxFiles: 3, maxBytes: MAX_UPLOAD_BYTES }

/** 个人: the 实名 identity (fixed by law), the account's phone, and a contact address. */
function personalApplicant(contactAddressPrefill: string | null): FormSectionDto {
  return section(
    '申请人信息',
    f.text('applicantName', '申请人姓名', { prefill: 'identity.name', editable: false, maxLength: 30 }),
    f.idNumber('applicantIdNumber', '身份证号', { prefill: 'identity.idNumber', editable: false }),
    f.phone('contactPhone', '联系电话', { prefill: 'account.phone', editable: true }),
    f.address('contactAddress', '联系地址', contactAddressPrefill ? { prefill: contactAddressPrefill, editable: true } : {}),
  )
}

/** 法人: the active enterprise as registered, and the phone of the person handling it (经办人). */
function enterpriseApplicant(): FormSectionDto {
  return section(
    '申请单位信息',
    f.text('enterpriseName', '企业名称', { prefill: 'enterprise.name', editable: false, maxLength: 100 }),
    f.creditCode('creditCode', '统一社会信用代码', { prefill: 'enterprise.creditCode', editable: false }),
    f.text('legalRep', '法定代表人', { prefill: 'enterprise.legalRep', editable: false, maxLength: 30 }),
    f.phone('agentPhone', '经办人电话', { prefill: 'account.phone', editable: true }),
  )
}

/** Items without a hand-written section: one optional note, so the applicant can say what they need. */
const genericSection = (): FormSectionDto =>
  section('申请信息', f.textarea('applicationNote', '申请事项说明', { ...optional, maxLength: 500, placeholder: '可补充说明申请的具体情况（选填）' }))

/**
 * Materials that can only be provided as an 电子证照 (免提交): an e-licence the guide lists in electronic form
 * only, which the system verifies itself (企业年度报告公示's 电子营业执照, 劳动用工备案's 劳动者居民身份证). Their
 * slot takes no upload; every other material may be scanned or photographed.
 */
const licenceOnly = (m: MaterialDto) => m.eLicence !== null && !m.forms.includes('paper')

/** The slot of one 申请材料 of the guide. */
export function materialSlot(m: MaterialDto): MaterialSlotDto {
  return { id: m.id, name: m.name, requirement: m.requirement, eLicence: m.eLicence, upload: licenceOnly(m) ? null : { ...UPLOAD, kinds: [...UPLOAD.kinds] }, notes: m.notes }
}

/**
 * The amount (分) of a 收费标准 text: the first amount in 元 (「每本 9 元」 → 900), the lower bound of a range
 * (「每件 80～550 元」 → 8,000). A tariff with unit prices (「3.45 元/立方米」, 水电燃气) or a standard without a
 * figure (「按设备类别…分档计收」) has no amount to pay with the application: null.
 */
export function parseFeeFen(standard: string): number | null {
  if (/元\s*[/／]/.test(standard)) return null
  const m = /(\d+(?:\.\d+)?)\s*(?:[～~\-–—至]\s*\d+(?:\.\d+)?\s*)?元/.exec(standard)
  if (!m) return null
  const fen = Math.round(Number(m[1]) * 100)
  return fen >= 1 ? fen : null
}

/**
 * The fee of the form: null when free; else the first fee item with its amount, paid before review for a 即办件
 * and after acceptance otherwise. A standard without a payable amount (unit prices of 水电燃气, 特种设备检验费 by
 * category) leaves the form without a fee: those are billed outside the application.
 */
export function feeOf(item: Pick<CatalogItem, 'fees' | 'kind'>): FormSchemaDto['fee'] {
  const fees: FeeInfoDto = item.fees
  const first = fees.items[0]
  if (fees.free || !first) return null
  const amountFen = parseFeeFen(first.standard)
  if (amountFen === null) return null
  return { title: first.name, amountFen, basis: first.basis, timing: item.kind === 'instant' ? 'before-review' : 'after-acceptance' }
}

/** 承诺书 in the applicant's voice. */
function declaration(audience: Audience, itemName: string): string {
  const who = audience === 'enterprise' ? '本单位' : '本人'
  return (
    `${who}申请办理「${itemName}」，郑重承诺：所填写的信息及提交的申请材料真实、合法、有效，复印件、扫描件与原件一致，` +
    `授权调用的电子证照仅用于本次办理；${who}已阅读并知晓本事项的办事指南，符合受理条件。` +
    `如有隐瞒或提供虚假材料，${who}愿意承担相应的法律责任，并同意将失信行为记入公共信用信息服务平台。`
  )
}

const audienceOf = (item: CatalogItem): Audience => (item.audiences.includes('personal') ? 'personal' : item.audiences[0])

/** Freezes the shared form so a caller that changes its copy cannot change every region's form. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

type SharedForm = Omit<FormSchemaDto, 'itemId'>

function buildForm(item: CatalogItem): SharedForm {
  const seed: FormSeed | undefined = formSeeds[item.baseCode]
  const audience = audienceOf(item)
  const applicant = (seed?.applicant ?? audience) === 'enterprise' ? enterpriseApplicant() : personalApplicant(seed?.contactAddressPrefill === undefined ? 'licence:居民户口簿:address' : seed.contactAddressPrefill)
  const own = seed?.sections(item.variant) ?? []
  return {
    itemName: item.name,
    version: FORM_VERSION,
    audience,
    sections: [applicant, ...(own.length > 0 ? own : [genericSection()])],
    // 表单即申请书: the online form is the 申请表, so it is not asked for as an upload too.
    materials: item.materials.filter((m) => m.type !== 'application-form').map(materialSlot),
    declaration: declaration(audience, item.name),
    fee: feeOf(item),
  }
}

const memo = new Map<string, SharedForm>()

/** The form of an online item, or null for an unknown item or one not offered online (404 FORM_NOT_FOUND). */
export function formFor(itemId: string): FormSchemaDto | null {
  const item = catalog().byId.get(itemId)
  if (!item || !item.online) return null
  const key = `${item.baseCode}:${item.variant ?? ''}`
  let shared = memo.get(key)
  if (!shared) memo.set(key, (shared = deepFreeze(buildForm(item))))
  return { itemId: item.id, ...shared }
}

/** Every field of a form, groups' fields included (for checks and tests). */
export const formFields = (form: Pick<FormSchemaDto, 'sections'>): FormFieldDto[] =>
  form.sections.flatMap((s) => s.fields.flatMap((e) => (e.type === 'group' ? e.fields : [e])))

/** The 基本编码 with a hand-written section. */
export const handWrittenBaseCodes = (): string[] => Object.keys(formSeeds)
