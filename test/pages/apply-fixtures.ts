/** The apply page's fixtures: 内地居民结婚登记's form (step ① applicant and spouse, ② materials), licences, 实名 state. */
import type { FormSchemaDto, LicenceDto } from '../../src/api/contract'

export const ITEM = '310101-000125006000-0001'

export const form = (): FormSchemaDto => ({
  itemId: ITEM,
  itemName: '内地居民结婚登记',
  version: 2,
  audience: 'personal',
  sections: [
    {
      title: '申请人信息',
      fields: [
        { id: 'name', type: 'text', label: '姓名', required: true, prefill: 'identity.name', editable: false },
        { id: 'idNumber', type: 'id-number', label: '身份证号', required: true, prefill: 'identity.idNumber', editable: false },
        { id: 'phone', type: 'phone', label: '联系电话', required: true, prefill: 'account.phone', editable: true },
        { id: 'home', type: 'address', label: '户籍地址', required: true, prefill: 'licence:居民户口簿:address', editable: true },
        {
          id: 'marital',
          type: 'select',
          label: '婚姻状况',
          required: true,
          options: [
            { value: 'single', label: '未婚' },
            { value: 'married', label: '已婚' },
            { value: 'divorced', label: '离异' },
          ],
        },
        { id: 'spouseName', type: 'text', label: '配偶姓名', required: true, showIf: { field: 'marital', in: ['married'] } },
        { id: 'income', type: 'amount', label: '月收入', required: false, min: 0 },
        { id: 'born', type: 'date', label: '出生日期', required: false, max: 'today' },
      ],
    },
    {
      title: '家庭成员',
      fields: [
        {
          id: 'members',
          type: 'group',
          label: '家庭成员',
          required: true,
          minItems: 1,
          maxItems: 2,
          addLabel: '添加家庭成员',
          fields: [{ id: 'member', type: 'person', label: '成员', required: true }],
        },
      ],
    },
  ],
  materials: [
    { id: 'idCard', name: '居民身份证', requirement: 'required', eLicence: '居民身份证', upload: { kinds: ['image'], maxFiles: 2, maxBytes: 5 * 1024 * 1024 }, notes: '正反面' },
    { id: 'household', name: '居民户口簿', requirement: 'required', eLicence: null, upload: { kinds: ['image', 'pdf'], maxFiles: 3, maxBytes: 5 * 1024 * 1024 }, notes: '首页及本人页' },
    { id: 'income', name: '收入证明', requirement: 'deferrable', eLicence: null, upload: { kinds: ['image'], maxFiles: 1, maxBytes: 5 * 1024 * 1024 }, notes: '' },
  ],
  declaration: '本人承诺所填写的信息和提交的材料真实、准确、完整，如有不实，愿承担相应法律责任。',
  fee: { title: '结婚证工本费', amountFen: 900, basis: '沪价费〔2019〕1 号', timing: 'after-acceptance' },
})

export const licence = (type: string, id: string, fields: Record<string, string> = {}): LicenceDto => ({
  id,
  type,
  number: '3101**********0014',
  holder: '李*',
  issuer: '上海市公安局',
  issuedAt: '2020-01-01',
  validUntil: null,
  status: 'valid',
  applicationId: null,
  fields,
})

export const verified = (faceVerifiedAt: string | null = new Date().toISOString()) => ({
  id: 'u1',
  platform: 'h5' as const,
  displayName: '李*',
  phoneMasked: '138****0000',
  realNameVerified: true,
  assurance: 'face' as const,
  realName: { nameMasked: '李*', idNumberMasked: '3101**********0014' },
  faceVerifiedAt,
})
