import type { AnswersDto, FieldType, FormFieldDto, FormGroupDto, FormSchemaDto, MaterialSlotDto, PersonAnswer } from '../../../src/api/contract'
import {
  allEntries,
  countAnswered,
  emptyAnswers,
  isAnswered,
  isVisible,
  prefill,
  sanitizeAnswers,
  validateAnswers,
  validateMaterials,
  type PrefillContext,
} from '../../../src/domain/form'
import { idCardCheckChar } from '../../../src/domain/id-card'

const TODAY = '2026-11-29'
const id = (first17: string) => first17 + idCardCheckChar(first17)
const ID_SELF = '11010519491231002X'
const ID_CHILD = id('31010120150601002')
const ID_SPOUSE = id('31010119900307001')
const CREDIT_CODE = '91350100M000100Y43'

type Form = Pick<FormSchemaDto, 'sections'>
const field = (fieldId: string, type: FieldType, label: string, extra: Partial<FormFieldDto> = {}): FormFieldDto => ({
  id: fieldId,
  type,
  label,
  required: true,
  ...extra,
})
const form = (...fields: (FormFieldDto | FormGroupDto)[]): Form => ({ sections: [{ title: '申请信息', fields }] })
const check = (f: FormFieldDto, value: AnswersDto[string], today = TODAY) => validateAnswers(form(f), { [f.id]: value }, { today })[f.id]

const REASONS = [
  { value: 'first', label: '首次申领' },
  { value: 'lost', label: '遗失补领' },
  { value: 'other', label: '其他' },
]

const members = (extra: Partial<FormGroupDto> = {}): FormGroupDto => ({
  id: 'members',
  type: 'group',
  label: '家庭成员',
  required: true,
  minItems: 1,
  maxItems: 3,
  addLabel: '添加一位家庭成员',
  fields: [
    field('relation', 'select', '关系', { options: [{ value: 'spouse', label: '配偶' }, { value: 'child', label: '子女' }] }),
    field('name', 'text', '姓名'),
    field('idNumber', 'id-number', '身份证号'),
    field('school', 'text', '就读学校', { showIf: { field: 'relation', in: ['child'] } }),
  ],
  ...extra,
})
const spouse = { relation: 'spouse', name: '李四', idNumber: ID_SPOUSE }
const child = { relation: 'child', name: '张小明', idNumber: ID_CHILD, school: '松江区实验小学' }

describe('form engine', () => {
  describe('entries and blank answers', () => {
    const schema: Form = {
      sections: [
        { title: '申请人', fields: [field('name', 'text', '姓名'), field('phone', 'phone', '联系电话')] },
        { title: '家庭', fields: [members({ minItems: 2 })] },
      ],
    }

    it('lists every entry of every section, in order', () => {
      expect(allEntries(schema).map((e) => e.id)).toEqual(['name', 'phone', 'members'])
    })

    it('answers every field with null and gives each group its minItems blank rows', () => {
      const blank = { relation: null, name: null, idNumber: null, school: null }
      expect(emptyAnswers(schema)).toEqual({ name: null, phone: null, members: [blank, blank] })
      expect(emptyAnswers(form(members({ minItems: 0 })))).toEqual({ members: [] })
    })

    it.each([
      [null, false],
      [undefined, false],
      ['', false],
      ['   ', false],
      ['张三', true],
      [0, true],
      [[], false],
      [[{ name: '李四' }], true],
      [{ relation: 'self', name: '', idNumber: '' }, false],
      [{ relation: 'self', name: '张三', idNumber: '' }, true],
      [{ regionCode: '', detail: '' }, false],
      [{ regionCode: '310117', detail: '' }, true],
    ])('isAnswered(%j) is %s', (value, expected) => {
      expect(isAnswered(value)).toBe(expected)
    })
  })

  describe('required fields', () => {
    it.each<[FieldType, string]>([
      ['text', '请填写申请事项'],
      ['textarea', '请填写申请事项'],
      ['number', '请填写申请事项'],
      ['amount', '请填写申请事项'],
      ['id-number', '请填写申请事项'],
      ['credit-code', '请填写申请事项'],
      ['phone', '请填写申请事项'],
      ['person', '请填写申请事项'],
      ['address', '请填写申请事项'],
      ['select', '请选择申请事项'],
      ['region', '请选择申请事项'],
      ['date', '请选择申请事项'],
    ])('a required %s left empty says “%s”', (type, message) => {
      const f = field('item', type, '申请事项', { options: REASONS })
      expect(check(f, null)).toBe(message)
      expect(check(f, '')).toBe(message)
      expect(check(f, '  ')).toBe(message)
      expect(validateAnswers(form(f), {}, { today: TODAY })).toEqual({ item: message })
    })

    it('lets an optional field stay empty, but checks it once answered', () => {
      const f = field('postcode', 'text', '邮政编码', { required: false, pattern: '\\d{6}' })
      expect(validateAnswers(form(f), {}, { today: TODAY })).toEqual({})
      expect(check(f, '')).toBeUndefined()
      expect(check(f, '2016')).toBe('邮政编码格式不正确')
    })
  })

  describe('field types', () => {
    it.each<[FieldType, AnswersDto[string], Partial<FormFieldDto>]>([
      ['text', '张三', { maxLength: 2 }],
      ['text', '𠀀𠀁', { maxLength: 2 }], // characters outside the BMP count once
      ['textarea', '因工作调动需迁移户口', {}],
      ['number', 3, { min: 1, max: 10 }],
      ['number', ' 10 ', { min: 1, max: 10 }],
      ['number', '-2.5', {}],
      ['amount', 0, { min: 0 }],
      ['amount', '1234.5', {}],
      ['amount', 99.99, { max: 100 }],
      ['date', '2026-02-28', { min: '2026-01-01', max: 'today' }],
      ['date', TODAY, { min: 'today' }],
      ['select', 'lost', { options: REASONS }],
      ['region', '310117', {}],
      ['region', '310117001', {}],
      ['id-number', ID_SELF, {}],
      ['id-number', '11010519491231002x', {}],
      ['credit-code', CREDIT_CODE, {}],
      ['phone', '13800138000', {}],
      ['phone', '138 0013 8000', {}],
      ['phone', '021-12345678', {}],
      ['phone', '0571 8888 8888', {}],
      ['phone', '010-6552 9988', {}],
      ['person', { relation: 'child', name: '张小明', idNumber: ID_CHILD }, {}],
      ['person', { relation: 'other', name: '阿依古丽·买买提', idNumber: ID_SPOUSE }, {}],
      ['address', { regionCode: '310117', detail: '方松街道人民北路 1 号' }, {}],
      ['address', { regionCode: '310117001', detail: '中山路1号' }, {}],
    ])('accepts a %s answer %j', (type, value, extra) => {
      expect(check(field('item', type, '申请事项', extra), value)).toBeUndefined()
    })

    it.each<[FieldType, AnswersDto[string], Partial<FormFieldDto>, string]>([
      ['text', '张三丰', { maxLength: 2 }, '申请事项不能超过 2 个字'],
      ['text', 5, {}, '申请事项格式不正确'],
      ['text', { regionCode: '310117', detail: '中山路1号' }, {}, '申请事项格式不正确'],
      ['textarea', '很长'.repeat(30), { maxLength: 50 }, '申请事项不能超过 50 个字'],
      ['number', 'abc', {}, '申请事项应为数字'],
      ['number', '1,000', {}, '申请事项应为数字'],
      ['number', 0, { min: 1 }, '申请事项不能小于 1'],
      ['number', '11', { max: 10 }, '申请事项不能大于 10'],
      ['amount', '12元', {}, '申请事项应为数字'],
      ['amount', -1, {}, '申请事项不能为负数'],
      ['amount', '-0.5', {}, '申请事项不能为负数'],
      ['amount', '1.234', {}, '申请事项最多两位小数'],
      ['amount', 0.1 + 0.2, {}, '申请事项最多两位小数'],
      ['amount', 50, { min: 100 }, '申请事项不能小于 100 元'],
      ['amount', '100.01', { max: 100 }, '申请事项不能大于 100 元'],
      ['date', '2026-02-30', {}, '申请事项不正确'],
      ['date', '2026/02/01', {}, '申请事项不正确'],
      ['date', 20260201, {}, '申请事项不正确'],
      ['date', '2026-11-28', { min: 'today' }, '申请事项不能早于今天'],
      ['date', '2026-11-30', { max: 'today' }, '申请事项不能晚于今天'],
      ['date', '2019-12-31', { min: '2020-01-01' }, '申请事项不能早于2020年1月1日'],
      ['date', '2027-01-01', { max: '2026-12-31' }, '申请事项不能晚于2026年12月31日'],
      ['select', 'moved', { options: REASONS }, '请重新选择申请事项'],
      ['select', 1, { options: REASONS }, '请重新选择申请事项'],
      ['region', '3101', {}, '请重新选择申请事项'],
      ['region', '31011700', {}, '请重新选择申请事项'],
      ['id-number', '1101051949123100', {}, '身份证号应为 18 位，您输入了 16 位'],
      ['id-number', '110105194912310021', {}, '身份证号校验位不正确，请核对后重新输入'],
      ['id-number', '110105194902300021', {}, '身份证号中的出生日期不正确'],
      ['id-number', 110105, {}, '申请事项格式不正确'],
      ['credit-code', '91350100M000100Y44', {}, '统一社会信用代码校验位不正确，请核对后重新输入'],
      ['credit-code', '91350100M000100I43', {}, '统一社会信用代码不能包含字符“I”（不使用 I、O、Z、S、V）'],
      ['phone', '1380013800', {}, '手机号应为 11 位，您输入了 10 位'],
      ['phone', '12800138000', {}, '手机号应以 13–19 开头'],
      ['phone', '021-123', {}, '固定电话格式不正确，如 021-12345678'],
      ['phone', '6234 5678', {}, '固定电话请加区号，如 021-12345678'],
      ['person', { relation: 'cousin', name: '张三', idNumber: ID_SELF } as unknown as PersonAnswer, {}, '请选择申请事项与申请人的关系'],
      ['person', { relation: 'self', name: 'Zhang San', idNumber: ID_SELF }, {}, '请输入与身份证一致的姓名（中文）'],
      ['person', { relation: 'self', name: '张三', idNumber: '' }, {}, '请输入身份证号'],
      ['person', { relation: 'self', name: '张三', idNumber: '110105194912310021' }, {}, '身份证号校验位不正确，请核对后重新输入'],
      ['person', '张三', {}, '申请事项格式不正确'],
      ['address', { regionCode: '', detail: '中山路1号' }, {}, '请选择申请事项所在地区'],
      ['address', { regionCode: '310117', detail: '' }, {}, '请填写申请事项详细地址'],
      ['address', { regionCode: '310117', detail: '中山路' }, {}, '申请事项详细地址应为 5–120 个字'],
      ['address', { regionCode: '310117', detail: '路'.repeat(121) }, {}, '申请事项详细地址应为 5–120 个字'],
      ['address', '上海市松江区中山路1号', {}, '申请事项格式不正确'],
    ])('rejects a %s answer %j with “%s”', (type, value, extra, message) => {
      expect(check(field('item', type, '申请事项', extra), value)).toBe(message)
    })

    it('rejects a birth date after `today` in an id-number or a person', () => {
      const born = id('31010120261201001') // born 2026-12-01
      expect(check(field('item', 'id-number', '身份证号'), born)).toBe('身份证号中的出生日期不正确')
      expect(check(field('item', 'id-number', '身份证号'), born, '2026-12-01')).toBeUndefined()
      expect(check(field('item', 'person', '子女'), { relation: 'child', name: '张小宝', idNumber: born })).toBe('身份证号中的出生日期不正确')
    })

    it('says a required person with only a relation picked is not filled in', () => {
      expect(check(field('subject', 'person', '申请对象'), { relation: 'self', name: '', idNumber: '' })).toBe('请填写申请对象')
    })

    it('matches `pattern` against the whole answer, with its own message or the default one', () => {
      const postcode = field('postcode', 'text', '邮政编码', { pattern: '\\d{6}', patternMessage: '邮政编码应为 6 位数字' })
      expect(check(postcode, '201600')).toBeUndefined()
      expect(check(postcode, ' 201600 ')).toBeUndefined()
      expect(check(postcode, '2016001')).toBe('邮政编码应为 6 位数字')
      expect(check(postcode, '邮编201600')).toBe('邮政编码应为 6 位数字')
      const plate = field('plate', 'text', '车牌号', { pattern: '沪[A-Z][A-Z0-9]{5}' })
      expect(check(plate, '沪A12345')).toBeUndefined()
      expect(check(plate, '苏A12345')).toBe('车牌号格式不正确')
    })

    it('resolves `today` to the Beijing date when none is given', () => {
      const f = field('from', 'date', '开始日期', { min: 'today' })
      expect(validateAnswers(form(f), { from: '2000-01-01' })).toEqual({ from: '开始日期不能早于今天' })
      expect(validateAnswers(form(f), { from: '2999-01-01' })).toEqual({})
    })
  })

  describe('conditions (显示条件)', () => {
    const schema = form(
      field('reason', 'select', '申请类型', { options: REASONS }),
      field('detail', 'textarea', '情况说明', { showIf: { field: 'reason', in: ['other'] }, maxLength: 10 }),
      field('lostWhere', 'select', '遗失地点', {
        showIf: { field: 'reason', in: ['lost'] },
        options: [
          { value: 'local', label: '本市' },
          { value: 'outside', label: '外省市' },
        ],
      }),
      field('report', 'text', '报案回执号', { showIf: { field: 'lostWhere', in: ['outside'] } }),
      field('subject', 'person', '申请对象'),
      field('guardian', 'text', '监护人姓名', { showIf: { field: 'subject', in: ['child'] } }),
    )
    const self: PersonAnswer = { relation: 'self', name: '张三', idNumber: ID_SELF }

    it('does not require a hidden field, and ignores its answer', () => {
      expect(validateAnswers(schema, { reason: 'first', subject: self }, { today: TODAY })).toEqual({})
      expect(validateAnswers(schema, { reason: 'first', detail: '太长太长太长太长太长太长', subject: self }, { today: TODAY })).toEqual({})
    })

    it('requires and checks the field once its condition holds', () => {
      expect(validateAnswers(schema, { reason: 'other', subject: self }, { today: TODAY })).toEqual({ detail: '请填写情况说明' })
      expect(validateAnswers(schema, { reason: 'other', detail: '太长太长太长太长太长太长', subject: self }, { today: TODAY })).toEqual({
        detail: '情况说明不能超过 10 个字',
      })
    })

    it('hides what depends on a hidden field (cascade)', () => {
      const answers = { reason: 'first', lostWhere: 'outside', subject: self }
      expect(validateAnswers(schema, answers, { today: TODAY })).toEqual({})
      expect(validateAnswers(schema, { ...answers, reason: 'lost' }, { today: TODAY })).toEqual({ report: '请填写报案回执号' })
    })

    it('compares a person answer by its relation', () => {
      expect(validateAnswers(schema, { reason: 'first', subject: self }, { today: TODAY })).toEqual({})
      const forChild: AnswersDto = { reason: 'first', subject: { relation: 'child', name: '张小明', idNumber: ID_CHILD } }
      expect(validateAnswers(schema, forChild, { today: TODAY })).toEqual({ guardian: '请填写监护人姓名' })
    })

    it('isVisible looks in the row first, then at the top level', () => {
      const entry = { showIf: { field: 'relation', in: ['child'] } }
      expect(isVisible({}, {})).toBe(true)
      expect(isVisible(entry, {})).toBe(false)
      expect(isVisible(entry, { relation: 'child' })).toBe(true)
      expect(isVisible(entry, { relation: 'child' }, { relation: 'spouse' })).toBe(false)
      expect(isVisible(entry, { relation: 'spouse' }, { relation: 'child' })).toBe(true)
      expect(isVisible(entry, { relation: 'child' }, { name: '张三' })).toBe(true)
      expect(isVisible({ showIf: { field: 'who', in: ['child'] } }, { who: { relation: 'child', name: '', idNumber: '' } })).toBe(true)
      expect(isVisible({ showIf: { field: 'constructor', in: ['x'] } }, {})).toBe(false)
    })
  })

  describe('groups (重复组)', () => {
    const schema = form(field('name', 'text', '姓名'), members())

    it('requires at least minItems rows, and at least one when required', () => {
      expect(validateAnswers(schema, { name: '张三' }, { today: TODAY })).toEqual({ members: '请至少添加 1 项家庭成员' })
      expect(validateAnswers(schema, { name: '张三', members: [] }, { today: TODAY })).toEqual({ members: '请至少添加 1 项家庭成员' })
      const two = form(members({ minItems: 2 }))
      expect(validateAnswers(two, { members: [spouse] }, { today: TODAY })).toEqual({ members: '请至少添加 2 项家庭成员' })
      expect(validateAnswers(form(members({ required: false, minItems: 0 })), {}, { today: TODAY })).toEqual({})
    })

    it('allows at most maxItems rows', () => {
      expect(validateAnswers(schema, { name: '张三', members: [spouse, child, child, child] }, { today: TODAY })).toEqual({
        members: '家庭成员最多添加 3 项',
      })
    })

    it('checks each row, reporting at group.index.field', () => {
      const answers = { name: '张三', members: [spouse, { relation: 'child', name: '', idNumber: '110105194912310021', school: '' }] }
      expect(validateAnswers(schema, answers, { today: TODAY })).toEqual({
        'members.1.name': '请填写姓名',
        'members.1.idNumber': '身份证号校验位不正确，请核对后重新输入',
        'members.1.school': '请填写就读学校',
      })
      expect(validateAnswers(schema, { name: '张三', members: [spouse, child] }, { today: TODAY })).toEqual({})
    })

    it('applies a condition inside a row to that row only', () => {
      const answers = { name: '张三', members: [{ ...spouse, school: '' }, { ...child, school: '' }] }
      expect(validateAnswers(schema, answers, { today: TODAY })).toEqual({ 'members.1.school': '请填写就读学校' })
    })

    it('rejects a row that is not a row, and a group that is not a list', () => {
      const answers = { name: '张三', members: ['李四'] } as unknown as AnswersDto
      expect(validateAnswers(schema, answers, { today: TODAY })).toEqual({ 'members.0': '第 1 项家庭成员格式不正确' })
      expect(validateAnswers(schema, { name: '张三', members: '李四' }, { today: TODAY })).toEqual({ members: '家庭成员格式不正确' })
    })

    it('does not check a hidden group', () => {
      const hidden = form(field('married', 'select', '婚姻状况', { options: [{ value: 'yes', label: '已婚' }, { value: 'no', label: '未婚' }] }), members({ showIf: { field: 'married', in: ['yes'] } }))
      expect(validateAnswers(hidden, { married: 'no', members: [{ relation: 'x' }] }, { today: TODAY })).toEqual({})
      expect(validateAnswers(hidden, { married: 'yes' }, { today: TODAY })).toEqual({ members: '请至少添加 1 项家庭成员' })
    })
  })

  describe('补正: `only`', () => {
    const schema = form(field('name', 'text', '姓名'), field('phone', 'phone', '联系电话'), members())
    const answers = { name: '', phone: '123', members: [spouse, { relation: 'child', name: '', idNumber: '', school: '' }] }

    it('validates just the paths asked for', () => {
      expect(validateAnswers(schema, answers, { today: TODAY, only: ['phone'] })).toEqual({ phone: '手机号应为 11 位，您输入了 3 位' })
      expect(validateAnswers(schema, answers, { today: TODAY, only: ['members.1.idNumber'] })).toEqual({ 'members.1.idNumber': '请填写身份证号' })
      expect(validateAnswers(schema, answers, { today: TODAY, only: [] })).toEqual({})
    })

    it('takes a group id for the group and all its rows, and group.i for one row', () => {
      const rows = { 'members.1.name': '请填写姓名', 'members.1.idNumber': '请填写身份证号', 'members.1.school': '请填写就读学校' }
      expect(validateAnswers(schema, answers, { today: TODAY, only: ['members'] })).toEqual(rows)
      expect(validateAnswers(schema, answers, { today: TODAY, only: ['members.1'] })).toEqual(rows)
      expect(validateAnswers(schema, { ...answers, members: [] }, { today: TODAY, only: ['members'] })).toEqual({ members: '请至少添加 1 项家庭成员' })
      expect(validateAnswers(schema, answers, { today: TODAY, only: ['members.0'] })).toEqual({})
    })

    it('does not match a path by prefix alone', () => {
      const withNameCn = form(field('name', 'text', '姓名'), field('nameCn', 'text', '中文名'))
      expect(validateAnswers(withNameCn, {}, { today: TODAY, only: ['name'] })).toEqual({ name: '请填写姓名' })
    })
  })

  describe('unknown and hidden answers', () => {
    const schema = form(
      field('reason', 'select', '申请类型', { options: REASONS }),
      field('detail', 'textarea', '情况说明', { showIf: { field: 'reason', in: ['other'] } }),
      field('note', 'text', '备注', { required: false }),
      members(),
    )
    const answers: AnswersDto = {
      reason: 'first',
      detail: '不该保存',
      extra: '多余字段',
      members: [{ ...spouse, school: '不该保存', nickname: '多余' }, child],
    }

    it('ignores unknown keys when validating', () => {
      expect(validateAnswers(schema, answers, { today: TODAY })).toEqual({})
    })

    it('sanitizeAnswers drops unknown keys and hidden answers, in rows too, and keeps the rest as given', () => {
      expect(sanitizeAnswers(schema, answers)).toEqual({ reason: 'first', members: [spouse, child] })
      expect(sanitizeAnswers(schema, { ...answers, reason: 'other', note: '' })).toEqual({
        reason: 'other',
        detail: '不该保存',
        note: '',
        members: [spouse, child],
      })
    })

    it('sanitizeAnswers drops a group answered with something other than a list', () => {
      expect(sanitizeAnswers(schema, { reason: 'first', members: '李四' })).toEqual({ reason: 'first' })
    })
  })

  describe('progress', () => {
    const schema = form(
      field('name', 'text', '姓名'),
      field('note', 'text', '备注', { required: false }),
      field('reason', 'select', '申请类型', { options: REASONS }),
      field('detail', 'textarea', '情况说明', { showIf: { field: 'reason', in: ['other'] } }),
      members(),
    )

    it('counts the required fields that show, with group rows, and how many are answered', () => {
      expect(countAnswered(schema, emptyAnswers(schema))).toEqual({ answered: 0, required: 5 })
      expect(countAnswered(schema, { name: '张三', reason: 'other', members: [] })).toEqual({ answered: 2, required: 4 })
      expect(countAnswered(schema, { name: '张三', reason: 'first', note: '无', members: [spouse, child] })).toEqual({ answered: 9, required: 9 })
    })
  })

  describe('materials (申请材料)', () => {
    const slot = (slotId: string, extra: Partial<MaterialSlotDto> = {}): MaterialSlotDto => ({
      id: slotId,
      name: '户口簿',
      requirement: 'required',
      eLicence: '居民户口簿',
      upload: { kinds: ['image', 'pdf'], maxFiles: 2, maxBytes: 2_000_000 },
      notes: '',
      ...extra,
    })

    it('needs an answer for a required or deferrable slot, not for an optional one', () => {
      const slots = [slot('a'), slot('b', { requirement: 'deferrable', name: '婚姻证明' }), slot('c', { requirement: 'optional', name: '照片' })]
      expect(validateMaterials(slots, {})).toEqual({ a: '请提供户口簿', b: '请提供婚姻证明' })
    })

    it('allows 容缺后补 only where the slot is deferrable', () => {
      const slots = [slot('a'), slot('b', { requirement: 'deferrable' }), slot('c', { requirement: 'optional' })]
      const deferred = { kind: 'deferred' } as const
      expect(validateMaterials(slots, { a: deferred, b: deferred, c: deferred })).toEqual({ a: '户口簿不可容缺后补', c: '户口簿不可容缺后补' })
    })

    it('allows an 电子证照 only where the slot names one', () => {
      const licence = { kind: 'licence', licenceId: 'lic-1', consent: true } as const
      expect(validateMaterials([slot('a')], { a: licence })).toEqual({})
      expect(validateMaterials([slot('a', { eLicence: null })], { a: licence })).toEqual({ a: '户口簿不能使用电子证照' })
    })

    it('allows an upload only where the slot takes one, within maxFiles', () => {
      expect(validateMaterials([slot('a')], { a: { kind: 'upload', fileIds: ['f1', 'f2'] } })).toEqual({})
      expect(validateMaterials([slot('a')], { a: { kind: 'upload', fileIds: ['f1', 'f2', 'f3'] } })).toEqual({ a: '户口簿最多上传 2 个文件' })
      expect(validateMaterials([slot('a', { upload: null })], { a: { kind: 'upload', fileIds: ['f1'] } })).toEqual({ a: '户口簿不支持上传' })
      expect(validateMaterials([slot('a')], { a: { kind: 'upload', fileIds: [] } })).toEqual({ a: '请提供户口簿' })
    })

    it('ignores unknown slot ids, and checks just `only` for 补正', () => {
      const slots = [slot('a'), slot('b', { name: '身份证' })]
      expect(validateMaterials(slots, { a: { kind: 'deferred' }, z: { kind: 'deferred' } }, { only: ['b'] })).toEqual({ b: '请提供身份证' })
      expect(validateMaterials(slots, { a: { kind: 'upload', fileIds: ['f1'] }, b: { kind: 'licence', licenceId: 'l', consent: true }, z: { kind: 'deferred' } })).toEqual({})
    })
  })

  describe('prefill (预填)', () => {
    const schema = form(
      field('name', 'text', '姓名', { prefill: 'identity.name', editable: false }),
      field('idNumber', 'id-number', '身份证号', { prefill: 'identity.idNumber' }),
      field('phone', 'phone', '联系电话', { prefill: 'account.phone' }),
      field('company', 'text', '企业名称', { prefill: 'enterprise.name' }),
      field('creditCode', 'credit-code', '统一社会信用代码', { prefill: 'enterprise.creditCode' }),
      field('legalRep', 'text', '法定代表人', { prefill: 'enterprise.legalRep' }),
      field('home', 'address', '户籍地址', { prefill: 'licence:居民户口簿:address' }),
      field('householder', 'text', '户主姓名', { prefill: 'licence:居民户口簿:householder' }),
      field('subject', 'person', '申请对象', { prefill: 'identity.name' }),
      field('note', 'text', '备注', { required: false }),
      members(),
    )
    const ctx: PrefillContext = {
      identity: { name: '张三', idNumber: ID_SELF },
      phone: '13800138000',
      enterprise: { name: '上海松江示例科技有限公司', creditCode: CREDIT_CODE, legalRep: '王五' },
      licences: [
        { type: '居民户口簿', status: 'expired', fields: { address: '旧地址', householder: '赵六' } },
        { type: '居民户口簿', status: 'valid', fields: { address: '上海市松江区中山街道中山中路 1 号' } },
      ],
    }

    it('fills each field from its source and says where from', () => {
      const { answers, sources } = prefill(schema, ctx, emptyAnswers(schema))
      expect(answers).toEqual({
        ...emptyAnswers(schema),
        name: '张三',
        idNumber: ID_SELF,
        phone: '13800138000',
        company: '上海松江示例科技有限公司',
        creditCode: CREDIT_CODE,
        legalRep: '王五',
        home: { regionCode: '', detail: '上海市松江区中山街道中山中路 1 号' },
        subject: { relation: 'self', name: '张三', idNumber: ID_SELF },
      })
      expect(sources).toEqual({
        name: '来自实名认证',
        idNumber: '来自实名认证',
        phone: '来自账号手机号',
        company: '来自企业信息',
        creditCode: '来自企业信息',
        legalRep: '来自企业信息',
        home: '来自电子证照「居民户口簿」',
        subject: '来自实名认证',
      })
    })

    it('uses only a valid licence of that type that has that field', () => {
      const { answers, sources } = prefill(schema, ctx, {})
      expect(answers.householder).toBeUndefined() // only the expired 户口簿 has a householder
      expect(sources.householder).toBeUndefined()
      const revoked = prefill(schema, { licences: [{ type: '居民户口簿', status: 'revoked', fields: { address: '某地址' } }] }, {})
      expect(revoked.sources).toEqual({})
    })

    it('never overwrites what the user typed, and fills what is blank', () => {
      const typed: AnswersDto = { name: '张叁', phone: '021-12345678', company: '', subject: { relation: 'child', name: '张小明', idNumber: ID_CHILD }, note: '自己写的' }
      const { answers, sources } = prefill(schema, ctx, typed)
      expect(answers).toMatchObject({ ...typed, company: '上海松江示例科技有限公司' })
      expect(Object.keys(sources).sort()).toEqual(['company', 'creditCode', 'home', 'idNumber', 'legalRep'])
      expect(typed.company).toBe('') // the input is not mutated
    })

    it('fills nothing the user does not have', () => {
      expect(prefill(schema, { identity: null, phone: null, enterprise: null }, {})).toEqual({ answers: {}, sources: {} })
      expect(prefill(schema, {}, { note: 'x' })).toEqual({ answers: { note: 'x' }, sources: {} })
    })

    it('fills a select only with one of its options', () => {
      const gender = form(field('gender', 'select', '性别', { prefill: 'licence:居民户口簿:gender', options: [{ value: 'male', label: '男' }] }))
      const licences = (g: string): PrefillContext => ({ licences: [{ type: '居民户口簿', status: 'valid', fields: { gender: g } }] })
      expect(prefill(gender, licences('male'), {}).answers).toEqual({ gender: 'male' })
      expect(prefill(gender, licences('男'), {}).answers).toEqual({})
    })
  })
})
