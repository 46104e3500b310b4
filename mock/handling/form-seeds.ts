import type { FieldType, FormFieldDto, FormGroupDto, FormSectionDto } from '../../src/api/contract'
import { convenienceFormSeeds } from './form-seeds-convenience'
import { scenarioEnterpriseFormSeeds } from './form-seeds-scenario-enterprise'
import { scenarioPersonalFormSeeds } from './form-seeds-scenario-personal'

/**
 * Hand-written item-specific sections of the online forms (在线办理表单), by 基本编码. forms.ts puts the applicant
 * section (申请人 / 申请单位) before them, and gives every other online item a generic section. A seed's
 * sections may depend on the 业务办理项 (variant): 食品经营许可（新办） asks other things than（注销）.
 *
 * Conventions (the form engine, src/domain/form.ts, reads them):
 * - ids camelCase, unique in the whole form (the applicant section uses applicantName, applicantIdNumber,
 *   contactPhone, contactAddress, enterpriseName, creditCode, legalRep, agentPhone);
 * - `showIf` names an earlier select (or a person's 关系) and values among its options; inside a group a
 *   condition may name a field of the same row;
 * - a person field's `options` are the 关系 it allows (self, spouse, child, parent, other), for the picker;
 * - amounts are 元; date bounds are 'YYYY-MM-DD' or 'today'; a text `pattern` must match the whole answer.
 */

type FieldOptions = Partial<Omit<FormFieldDto, 'id' | 'label' | 'type'>>
type GroupOptions = Partial<Pick<FormGroupDto, 'required' | 'help' | 'showIf' | 'minItems' | 'maxItems'>> & { addLabel: string }

/** [value, label] of a select option. */
export type Choice = readonly [value: string, label: string]

const field = (type: FieldType, id: string, label: string, options: FieldOptions = {}): FormFieldDto => ({ id, label, type, required: true, ...options })

/** Field builders: required unless told otherwise. */
export const f = {
  text: (id: string, label: string, o: FieldOptions = {}) => field('text', id, label, { maxLength: 50, ...o }),
  textarea: (id: string, label: string, o: FieldOptions = {}) => field('textarea', id, label, { maxLength: 500, ...o }),
  number: (id: string, label: string, o: FieldOptions = {}) => field('number', id, label, o),
  amount: (id: string, label: string, o: FieldOptions = {}) => field('amount', id, label, { min: 0.01, ...o }),
  date: (id: string, label: string, o: FieldOptions = {}) => field('date', id, label, o),
  select: (id: string, label: string, choices: readonly Choice[], o: FieldOptions = {}) =>
    field('select', id, label, { options: choices.map(([value, text]) => ({ value, label: text })), ...o }),
  region: (id: string, label: string, o: FieldOptions = {}) => field('region', id, label, o),
  /** `relations`: the 关系 the picker offers */
  person: (id: string, label: string, relations: readonly Relation[], o: FieldOptions = {}) =>
    field('person', id, label, { options: relations.map((r) => ({ value: r, label: RELATION_LABELS[r] })), ...o }),
  idNumber: (id: string, label: string, o: FieldOptions = {}) => field('id-number', id, label, o),
  creditCode: (id: string, label: string, o: FieldOptions = {}) => field('credit-code', id, label, o),
  phone: (id: string, label: string, o: FieldOptions = {}) => field('phone', id, label, o),
  address: (id: string, label: string, o: FieldOptions = {}) => field('address', id, label, o),
  group: (id: string, label: string, fields: FormFieldDto[], o: GroupOptions): FormGroupDto => ({
    id,
    label,
    type: 'group',
    required: o.required ?? true,
    ...(o.help ? { help: o.help } : {}),
    ...(o.showIf ? { showIf: o.showIf } : {}),
    minItems: o.minItems ?? 0,
    maxItems: o.maxItems ?? 10,
    addLabel: o.addLabel,
    fields,
  }),
}

/** Not required. */
export const optional = { required: false } as const

/** Shown only when the answer of `fieldId` is one of `values`. */
export const when = (fieldId: string, ...values: string[]) => ({ showIf: { field: fieldId, in: values } })

export const section = (title: string, ...fields: (FormFieldDto | FormGroupDto)[]): FormSectionDto => ({ title, fields })

type Relation = 'self' | 'spouse' | 'child' | 'parent' | 'other'
const RELATION_LABELS: Record<Relation, string> = { self: '本人', spouse: '配偶', child: '子女', parent: '父母', other: '其他' }

const YES_NO: readonly Choice[] = [
  ['yes', '是'],
  ['no', '否'],
]

const BANKS: readonly Choice[] = [
  ['icbc', '中国工商银行'],
  ['ccb', '中国建设银行'],
  ['abc', '中国农业银行'],
  ['boc', '中国银行'],
  ['bocom', '交通银行'],
  ['cmb', '招商银行'],
  ['bosc', '上海银行'],
  ['srcb', '上海农商银行'],
]

const GENDERS: readonly Choice[] = [
  ['male', '男'],
  ['female', '女'],
]

const BANK_CARD = { pattern: '\\d{16,19}', patternMessage: '银行卡号应为 16–19 位数字', maxLength: 19 }
const LICENCE_NO = { pattern: 'JY\\d{14}', patternMessage: '许可证编号为 JY 加 14 位数字', maxLength: 16 }
const URL = { pattern: 'https?://\\S+', patternMessage: '请输入以 http:// 或 https:// 开头的网址', maxLength: 200 }

/** 收款账户: where a payment (公积金, 报销) goes; the guide requires the applicant's own 一类借记卡. */
const payeeAccount = () =>
  section(
    '收款账户',
    f.select('bankName', '收款银行', BANKS),
    f.text('bankAccount', '银行卡号', { ...BANK_CARD, help: '须为申请人本人名下的一类借记卡账户' }),
  )

/** 领取方式 with the 邮寄地址 when posted. */
const delivery = (title: string, choices: readonly Choice[]) =>
  section(title, f.select('receiveMethod', '领取方式', choices), f.address('mailingAddress', '邮寄地址', when('receiveMethod', 'post')))

export interface FormSeed {
  /** The item-specific sections for one 业务办理项 (null: the base item has a single one) */
  sections(variant: string | null): FormSectionDto[]
  /**
   * Whose details the applicant section asks for, when not the item's audience: a company being founded
   * (企业设立登记) has no 统一社会信用代码 yet, so its founder applies as a person.
   */
  applicant?: 'personal' | 'enterprise'
  /**
   * Where the personal applicant's 联系地址 is prefilled from; default the 居民户口簿 address. null where the
   * 户籍 address says nothing about the matter (居住证: the applicant lives elsewhere, and is asked for it).
   */
  contactAddressPrefill?: string | null
}

/** The hand-written sections by 基本编码. */
const departmentFormSeeds: Readonly<Record<string, FormSeed>> = {
  // 住房公积金提取 (租房提取 / 购房提取 / 离退休提取): one form, the reason decides what else is asked.
  '100200070000': {
    sections: () => [
      section(
        '提取信息',
        f.select(
          'withdrawReason',
          '提取原因',
          [
            ['rent', '租房'],
            ['purchase', '购房'],
            ['retire', '离退休'],
          ],
          { help: '请选择与所办业务一致的提取原因' },
        ),
        f.amount('monthlyRent', '月租金（元）', { ...when('withdrawReason', 'rent'), max: 100000, help: '在月提取限额内的，凭本人承诺即可办理' }),
        f.address('rentalAddress', '租赁地址', when('withdrawReason', 'rent')),
        f.address('propertyAddress', '房屋坐落', when('withdrawReason', 'purchase')),
        f.amount('purchasePrice', '购房总价（元）', { ...when('withdrawReason', 'purchase'), max: 1000000000 }),
        f.text('purchaseContractNumber', '购房合同（网签）编号', { ...optional, ...when('withdrawReason', 'purchase'), maxLength: 30, help: '尚未办理不动产登记的填写' }),
        f.date('retireDate', '离退休日期', { ...when('withdrawReason', 'retire'), max: 'today' }),
      ),
      payeeAccount(),
    ],
  },

  // 居住证办理 (新办 / 签注 / 补领)
  '100100080000': {
    contactAddressPrefill: null,
    sections: (variant) => [
      section(
        '居住信息',
        ...(variant === '补领'
          ? [
              f.select('reissueReason', '补领原因', [
                ['lost', '丢失'],
                ['damaged', '损坏难以辨认'],
              ]),
            ]
          : []),
        f.select('residenceReason', '居住事由', [
          ['work', '合法稳定就业'],
          ['housing', '合法稳定住所'],
          ['study', '连续就读'],
        ]),
        f.text('employer', '就业单位名称', { ...when('residenceReason', 'work'), maxLength: 100 }),
        f.text('school', '就读学校', { ...when('residenceReason', 'study'), maxLength: 100 }),
        f.address('residenceAddress', '居住地址', variant === '新办' ? {} : { prefill: 'licence:居住证:address', editable: true }),
        f.date('moveInDate', '入住日期', { max: 'today', help: '与居住登记的入住日期一致' }),
      ),
      delivery('领证方式', [
        ['post', '邮寄送达'],
        ['window', '派出所窗口领取'],
      ]),
    ],
  },

  // 社会保障卡办理 (申领 / 补换 / 挂失)
  '100100240000': {
    sections: (variant) => {
      if (variant === '挂失') {
        return [
          section(
            '挂失信息',
            f.select('lossKind', '挂失类型', [
              ['formal', '正式挂失'],
              ['temporary', '临时挂失（5 日内须转为正式挂失）'],
            ]),
            f.date('lostDate', '遗失日期', { max: 'today' }),
            f.select('reissueNow', '是否同时申请补卡', YES_NO, { help: '正式挂失后方可补卡' }),
          ),
        ]
      }
      return [
        section(
          variant === '补换' ? '补换信息' : '申领信息',
          ...(variant === '补换'
            ? [
                f.select('replaceReason', '补换原因', [
                  ['lost', '遗失'],
                  ['damaged', '损坏'],
                  ['infoChanged', '信息变更'],
                  ['expired', '有效期满'],
                ]),
              ]
            : []),
          f.select('cardBank', '金融功能开通银行', BANKS, { help: '社会保障卡的金融账户由所选银行开立' }),
        ),
        delivery('领卡方式', [
          ['post', '邮寄到家'],
          ['outlet', '银行网点领取'],
        ]),
      ]
    },
  },

  // 医保异地就医备案 (异地长期居住人员备案 / 临时外出就医人员备案)
  '100200010000': {
    sections: (variant) => {
      const longTerm = variant === '异地长期居住人员备案'
      return [
        section(
          '备案信息',
          f.select(
            'filingType',
            '备案类型',
            longTerm
              ? [
                  ['resettled', '异地安置退休人员'],
                  ['resident', '异地长期居住人员'],
                  ['posted', '常驻异地工作人员'],
                ]
              : [
                  ['referral', '异地转诊就医人员'],
                  ['emergency', '异地急诊抢救人员'],
                  ['temporary', '其他临时外出就医人员'],
                ],
          ),
          f.region('destination', '就医地', { help: '选择到区（县）；长三角区域住院、普通门诊可直接结算' }),
          f.date('leaveDate', '预计离沪日期'),
          ...(longTerm
            ? [
                f.address('livingAddress', '异地居住地址'),
                f.select('residenceProof', '异地居住证明方式', [
                  ['document', '提交居住证、工作证明等材料'],
                  ['pledge', '签署个人承诺书'],
                ]),
              ]
            : [
                f.date('returnDate', '预计返沪日期', optional),
                f.text('referralHospital', '转出医疗机构', { ...when('filingType', 'referral'), maxLength: 100 }),
              ]),
        ),
      ]
    },
  },

  // 机动车驾驶证换证 (期满换证 / 损毁换证 / 补证)
  '100200130000': {
    sections: (variant) => [
      section(
        '驾驶证信息',
        f.text('fileNumber', '档案编号', {
          ...(variant === '补证' ? optional : {}),
          pattern: '\\d{12}',
          patternMessage: '档案编号为 12 位数字',
          maxLength: 12,
          help: '印在驾驶证副页上',
        }),
        f.select('vehicleClass', '准驾车型', [
          ['C1', 'C1 小型汽车'],
          ['C2', 'C2 小型自动挡汽车'],
          ['B1', 'B1 中型客车'],
          ['B2', 'B2 大型货车'],
          ['A1', 'A1 大型客车'],
          ['A2', 'A2 重型牵引挂车'],
          ['D', 'D 普通三轮摩托车'],
          ['E', 'E 普通二轮摩托车'],
        ]),
        ...(variant === '期满换证'
          ? [
              f.date('validUntil', '原证有效期至', { help: '有效期满前 90 日内可申请' }),
              f.select('medicalCheck', '身体条件证明', [
                ['pushed', '已在联网医疗机构体检（自动推送）'],
                ['upload', '上传体检证明'],
              ]),
            ]
          : []),
        ...(variant === '损毁换证' ? [f.textarea('damageNote', '损毁情况说明', { ...optional, maxLength: 200 })] : []),
        ...(variant === '补证'
          ? [
              f.select('lossReason', '补证原因', [
                ['lost', '遗失'],
                ['stolen', '被盗'],
              ]),
              f.date('lossDate', '遗失日期', { max: 'today' }),
            ]
          : []),
      ),
      delivery('新证领取', [
        ['post', '邮寄到家'],
        ['window', '车管所窗口领取'],
      ]),
    ],
  },

  // 新生儿出生登记: the parent applies for the child.
  '100100040000': {
    sections: () => [
      section(
        '新生儿信息',
        f.person('newborn', '新生儿', ['child'], { help: '填写新生儿姓名和医院签发《出生医学证明》时预分配的公民身份号码' }),
        f.select('newbornGender', '性别', GENDERS),
        f.date('birthDate', '出生日期', { max: 'today' }),
        f.text('birthCertificateNumber', '出生医学证明编号', { pattern: '[A-Z]\\d{9}', patternMessage: '出生医学证明编号为 1 位大写字母加 9 位数字', maxLength: 10 }),
        f.textarea('lateReason', '逾期申报原因', { ...optional, maxLength: 200, help: '出生超过一个月申报的填写' }),
      ),
      section(
        '落户信息',
        f.select('followParent', '随迁方', [
          ['father', '随父'],
          ['mother', '随母'],
        ]),
        f.address('householdAddress', '落户地址', { prefill: 'licence:居民户口簿:address', editable: true, help: '随迁方的常住户口所在地' }),
        f.address('mailingAddress', '户口簿内页寄送地址'),
      ),
    ],
  },

  // 出入境记录查询 (普通护照 and 港澳台通行证 are not offered online: 网办深度 Ⅱ)
  '100200210000': {
    sections: () => [
      section(
        '查询信息',
        f.date('queryStart', '查询起始日期', { min: '1990-01-01', max: 'today' }),
        f.date('queryEnd', '查询截止日期', { min: '1990-01-01', max: 'today' }),
        f.select('purpose', '查询用途', [
          ['visa', '签证申请'],
          ['education', '学历认证'],
          ['socialSecurity', '社保业务'],
          ['housingFund', '公积金业务'],
          ['other', '其他'],
        ]),
        f.text('purposeNote', '用途说明', { ...when('purpose', 'other'), maxLength: 100 }),
      ),
    ],
  },

  // 义务教育入学报名 (小学一年级 / 初中预备年级): a parent applies for the child.
  '100100140000': {
    sections: (variant) => [
      section(
        '学生信息',
        f.person('student', '适龄儿童', ['child']),
        f.select('studentGender', '性别', GENDERS),
        variant === '初中预备年级'
          ? f.text('primarySchool', '毕业小学', { maxLength: 100 })
          : f.text('kindergarten', '就读幼儿园', { ...optional, maxLength: 100 }),
      ),
      section(
        '入学依据',
        f.select('enrolBasis', '报名方式', [
          ['household', '按户籍地址'],
          ['residence', '按实际居住地（人户分离）'],
          ['permit', '随迁子女（父母持本市居住证）'],
        ]),
        f.address('householdAddress', '户籍地址', { ...when('enrolBasis', 'household', 'residence'), prefill: 'licence:居民户口簿:address', editable: true }),
        f.address('residenceAddress', '实际居住地址', when('enrolBasis', 'residence', 'permit')),
        f.select(
          'permitHolder',
          '居住证持有人',
          [
            ['father', '父亲'],
            ['mother', '母亲'],
          ],
          when('enrolBasis', 'permit'),
        ),
      ),
    ],
  },

  // 失业登记
  '100100190000': {
    sections: () => [
      section(
        '失业信息',
        f.select('unemploymentReason', '失业原因', [
          ['contractEnded', '劳动合同期满终止'],
          ['dismissed', '用人单位解除劳动关系'],
          ['resigned', '本人辞职'],
          ['businessClosed', '停止个体经营或灵活就业'],
          ['graduate', '毕业后未就业'],
        ]),
        f.text('lastEmployer', '原工作单位', { ...when('unemploymentReason', 'contractEnded', 'dismissed', 'resigned'), maxLength: 100 }),
        f.date('unemployedDate', '失业日期', { max: 'today' }),
      ),
      section(
        '求职意向',
        f.textarea('jobIntention', '求职意向', { ...optional, maxLength: 200, placeholder: '期望从事的职业、工作地点等' }),
        f.text('skills', '职业技能', { ...optional, maxLength: 100 }),
        f.select('trainingWanted', '是否需要职业培训', YES_NO),
      ),
    ],
  },

  // 医疗费用零星报销
  '100200020000': {
    sections: () => [
      section(
        '就医信息',
        f.select('visitType', '就医类型', [
          ['outpatient', '门诊'],
          ['emergency', '急诊'],
          ['inpatient', '住院'],
        ]),
        f.text('hospitalName', '就医医疗机构', { maxLength: 100 }),
        f.date('visitDate', '就诊（入院）日期', { max: 'today' }),
        f.date('dischargeDate', '出院日期', { ...when('visitType', 'inpatient'), max: 'today' }),
        f.amount('totalCost', '医疗费用总额（元）', { max: 10000000 }),
        f.select('settlementIssue', '未能直接结算的原因', [
          ['noCard', '未携带社会保障卡或医保电子凭证'],
          ['notFiled', '异地就医未备案'],
          ['nonDesignated', '在非定点医疗机构急诊抢救'],
          ['other', '其他'],
        ]),
        f.text('settlementNote', '情况说明', { ...when('settlementIssue', 'other'), maxLength: 100 }),
      ),
      payeeAccount(),
    ],
  },

  // 退休申请
  '100200220000': {
    sections: () => [
      section(
        '退休信息',
        f.select('insuredAs', '参保身份', [
          ['employee', '单位职工（由单位申报）'],
          ['flexible', '灵活就业人员'],
        ]),
        f.text('employer', '所在单位', { ...when('insuredAs', 'employee'), maxLength: 100 }),
        f.select('retireType', '退休类型', [
          ['statutory', '达到法定退休年龄'],
          ['flexibleEarly', '弹性提前退休'],
          ['flexibleLate', '弹性延迟退休'],
        ]),
        f.date('plannedDate', '申请退休日期'),
        f.date('firstWorkDate', '参加工作时间', { max: 'today', help: '以档案记载为准' }),
      ),
    ],
  },

  // 居住登记
  '100100070000': {
    contactAddressPrefill: null,
    sections: () => [
      section(
        '居住信息',
        f.address('residenceAddress', '居住地址'),
        f.date('moveInDate', '入住日期', { max: 'today' }),
        f.select('housingType', '住所类型', [
          ['owned', '自有住房'],
          ['rented', '租赁住房'],
          ['dormitory', '单位宿舍'],
          ['relative', '借住亲友家'],
        ]),
        f.text('rentalFilingNumber', '租赁合同备案号', { ...optional, ...when('housingType', 'rented'), maxLength: 30 }),
        f.select('residenceReason', '居住事由', [
          ['work', '务工就业'],
          ['business', '经商'],
          ['study', '就学'],
          ['family', '投靠亲属'],
          ['other', '其他'],
        ]),
      ),
    ],
  },

  // 不动产登记 (首次登记 / 转移登记 / 抵押登记); charged (不动产登记费)
  '100200100000': {
    sections: (variant) => [
      section(
        '不动产信息',
        f.address('propertyLocation', '不动产坐落'),
        f.text('unitNumber', '不动产单元号', {
          ...optional,
          pattern: '\\d{12}[A-Z]{2}\\d{5}[A-Z]\\d{8}',
          patternMessage: '不动产单元号为 28 位，请按权属证书填写',
          maxLength: 28,
        }),
        f.select('propertyUse', '房屋用途', [
          ['residential', '住宅'],
          ['nonResidential', '非住宅'],
        ]),
        ...(variant === '首次登记' ? [f.number('buildingArea', '建筑面积（平方米）', { min: 1, max: 1000000 })] : []),
        ...(variant === '转移登记'
          ? [
              f.select('transferCause', '转移原因', [
                ['sale', '买卖'],
                ['gift', '赠与'],
                ['inheritance', '继承'],
                ['exchange', '互换'],
              ]),
              f.amount('dealPrice', '成交价格（元）', { ...when('transferCause', 'sale'), max: 10000000000 }),
            ]
          : []),
        ...(variant === '抵押登记'
          ? [
              f.text('mortgagee', '抵押权人', { maxLength: 100, placeholder: '如：中国建设银行股份有限公司上海市分行' }),
              f.amount('securedAmount', '被担保主债权数额（元）', { max: 10000000000 }),
              f.date('debtUntil', '债务履行期限至'),
            ]
          : []),
      ),
      section(
        '共同申请人',
        f.group(
          'coApplicants',
          '共同申请人',
          [f.text('name', '姓名', { maxLength: 30 }), f.idNumber('idNumber', '身份证号'), f.text('share', '共有份额', { ...optional, maxLength: 20, placeholder: '如：50%' })],
          { required: false, maxItems: 10, addLabel: '添加一位共同申请人', help: '买卖、共有的各方均为申请人；只有本人的无需添加' },
        ),
      ),
    ],
  },

  // 个体工商户设立登记 (个人 and 法人; applied for as a person)
  '100300020000': {
    sections: () => [
      section(
        '经营者信息',
        f.person('operator', '经营者', ['self'], { prefill: 'identity.name', editable: false, help: '经营者须为申请人本人' }),
        f.select('organisationForm', '组成形式', [
          ['individual', '个人经营'],
          ['family', '家庭经营'],
        ]),
        f.group(
          'familyMembers',
          '参加经营的家庭成员',
          [
            f.text('name', '姓名', { maxLength: 30 }),
            f.idNumber('idNumber', '身份证号'),
            f.select('relation', '与经营者关系', [
              ['spouse', '配偶'],
              ['child', '子女'],
              ['parent', '父母'],
              ['sibling', '兄弟姐妹'],
            ]),
          ],
          { ...when('organisationForm', 'family'), minItems: 1, maxItems: 10, addLabel: '添加一位家庭成员' },
        ),
      ),
      section(
        '经营信息',
        f.text('businessName', '个体工商户名称', { ...optional, maxLength: 60, help: '可不使用名称' }),
        f.select('premisesKind', '经营场所类型', [
          ['physical', '实体经营场所'],
          ['online', '网络经营场所（电子商务平台内经营）'],
        ]),
        f.address('premises', '经营场所', when('premisesKind', 'physical')),
        f.text('platformName', '电子商务平台名称', { ...when('premisesKind', 'online'), maxLength: 60 }),
        f.text('shopUrl', '网店网址', { ...when('premisesKind', 'online'), ...URL }),
        f.textarea('businessScope', '经营范围', { maxLength: 500, help: '许可经营项目取得执照后须另行办理许可' }),
        f.number('employees', '从业人数', { min: 1, max: 200, help: '含经营者本人' }),
        f.amount('capital', '资金数额（元）', { max: 100000000 }),
      ),
    ],
  },

  // 食品经营许可 (新办 / 变更 / 延续 / 注销)
  '100300080000': {
    sections: (variant) => {
      const licenceNumber = f.text('licenceNumber', '食品经营许可证编号', LICENCE_NO)
      if (variant === '变更') {
        return [
          section(
            '变更信息',
            licenceNumber,
            f.select('changeItem', '变更事项', [
              ['name', '经营者名称'],
              ['legalRep', '法定代表人（负责人）'],
              ['items', '经营项目'],
              ['addressName', '经营场所地址名称（门牌号）变化'],
            ]),
            f.textarea('changeDetail', '变更内容', { maxLength: 300 }),
          ),
        ]
      }
      if (variant === '延续') {
        return [
          section(
            '延续信息',
            licenceNumber,
            f.date('validUntil', '原许可证有效期至', { help: '应在有效期届满前提出申请' }),
            f.select('conditionsChanged', '许可条件是否发生变化', YES_NO),
            f.textarea('changeDetail', '变化情况', { ...when('conditionsChanged', 'yes'), maxLength: 300 }),
          ),
        ]
      }
      if (variant === '注销') {
        return [
          section(
            '注销信息',
            licenceNumber,
            f.select('cancelReason', '注销原因', [
              ['closed', '停止经营'],
              ['businessDeregistered', '营业执照已注销'],
              ['notRenewed', '有效期届满不再延续'],
              ['other', '其他'],
            ]),
            f.textarea('cancelNote', '情况说明', { ...optional, maxLength: 200 }),
          ),
        ]
      }
      return [
        section(
          '经营信息',
          f.select('businessFormat', '主体业态', [
            ['foodSales', '食品销售经营者'],
            ['catering', '餐饮服务经营者'],
            ['canteen', '单位食堂'],
          ]),
          f.select(
            'businessItem',
            '经营项目',
            [
              ['prepackaged', '预包装食品销售（含冷藏冷冻食品）'],
              ['bulk', '散装食品销售'],
              ['special', '特殊食品销售'],
              ['hotFood', '热食类食品制售'],
              ['coldFood', '冷食类食品制售'],
              ['pastry', '糕点类食品制售'],
              ['drinks', '自制饮品制售'],
            ],
            { help: '选择主要经营项目，其他项目在申请书中勾选' },
          ),
          f.select('includesAlcohol', '是否含酒类', YES_NO),
          f.address('premises', '经营场所', { help: '须与营业执照登记的经营场所一致' }),
          f.number('premisesArea', '经营场所面积（平方米）', { min: 1, max: 100000 }),
          f.select('onlineSales', '是否网络经营', YES_NO),
          f.text('websiteName', '网站（平台）名称', { ...when('onlineSales', 'yes'), maxLength: 60 }),
        ),
        section(
          '食品安全管理人员',
          f.group('safetyManagers', '食品安全管理人员', [f.text('name', '姓名', { maxLength: 30 }), f.idNumber('idNumber', '身份证号'), f.phone('phone', '联系电话')], {
            minItems: 1,
            maxItems: 10,
            addLabel: '添加一名食品安全管理人员',
          }),
        ),
      ]
    },
  },

  // 企业名称变更登记
  '100300030000': {
    sections: () => [
      section(
        '变更信息',
        f.text('newName', '变更后企业名称', { maxLength: 100, help: '须与企业名称自主申报系统申报通过的名称一致' }),
        f.text('nameDeclarationNumber', '名称自主申报告知书编号', { ...optional, maxLength: 30 }),
        f.date('resolutionDate', '股东会决议（股东决定）日期', { max: 'today', help: '应自决议之日起 30 日内申请' }),
        f.select('newSeal', '是否同步申请刻制新印章', YES_NO),
      ),
    ],
  },

  // 企业住所变更登记
  '100300040000': {
    sections: () => [
      section(
        '变更信息',
        f.address('newDomicile', '变更后住所'),
        f.select('premisesProof', '住所使用证明', [
          ['owned', '自有房产（不动产权证书）'],
          ['leased', '租赁（房屋租赁合同）'],
          ['pledge', '住所登记告知承诺'],
        ]),
        f.select('crossDistrict', '是否跨区迁移', YES_NO),
        f.select('taxMigrationDone', '税务迁移提醒事项是否已处理', YES_NO, when('crossDistrict', 'yes')),
        f.date('resolutionDate', '股东会决议（股东决定）日期', { max: 'today' }),
      ),
    ],
  },

  // 企业年度报告公示 (报送上一年度; the catalog's reference year is 2026)
  '100400150000': {
    sections: () => [
      section(
        '基本信息',
        f.select('reportYear', '报告年度', [
          ['2025', '2025 年度'],
          ['2024', '2024 年度（补报）'],
        ]),
        f.select('operatingStatus', '存续状态', [
          ['operating', '存续（在营、开业、在册）'],
          ['suspended', '歇业'],
          ['liquidating', '清算'],
        ]),
        f.address('mailingAddress', '企业通信地址'),
        f.text('postalCode', '邮政编码', { pattern: '\\d{6}', patternMessage: '邮政编码为 6 位数字', maxLength: 6 }),
        f.text('email', '电子邮箱', { ...optional, pattern: '[^@\\s]+@[^@\\s]+\\.[^@\\s]+', patternMessage: '电子邮箱格式不正确', maxLength: 100 }),
      ),
      section(
        '经营情况',
        f.number('employees', '从业人数', { min: 0, max: 1000000 }),
        f.amount('totalAssets', '资产总额（元）', { min: 0 }),
        f.amount('revenue', '营业总收入（元）', { min: 0 }),
        f.amount('taxPaid', '纳税总额（元）', { min: 0 }),
        f.select('publishAssets', '资产状况信息是否公示', YES_NO),
      ),
      section(
        '网站网店与对外投资',
        f.select('hasWebsite', '是否有网站或网店', YES_NO),
        f.text('websiteName', '网站（网店）名称', { ...when('hasWebsite', 'yes'), maxLength: 60 }),
        f.text('websiteUrl', '网址', { ...when('hasWebsite', 'yes'), ...URL }),
        f.select('hasInvestment', '是否有对外投资设立企业', YES_NO),
        f.group('investments', '对外投资设立的企业', [f.text('name', '企业名称', { maxLength: 100 }), f.creditCode('creditCode', '统一社会信用代码')], {
          ...when('hasInvestment', 'yes'),
          minItems: 1,
          maxItems: 20,
          addLabel: '添加一家企业',
        }),
      ),
    ],
  },

  // 企业设立登记: the founder applies as a person (the company has no 统一社会信用代码 yet).
  '100300010000': {
    applicant: 'personal',
    sections: () => [
      section(
        '企业信息',
        f.text('companyName', '企业名称', { maxLength: 100, help: '须经企业名称自主申报' }),
        f.select('companyType', '企业类型', [
          ['llcNatural', '有限责任公司（自然人投资或控股）'],
          ['llcSole', '有限责任公司（自然人独资）'],
          ['llcCorporate', '有限责任公司（法人独资）'],
        ]),
        f.amount('registeredCapital', '注册资本（元）', { min: 1, max: 100000000000, help: '全体股东认缴，自成立之日起五年内缴足' }),
        f.address('domicile', '住所'),
        f.textarea('businessScope', '经营范围', { maxLength: 1000 }),
      ),
      section(
        '人员信息',
        f.person('legalRep', '法定代表人', ['self', 'other'], { help: '法定代表人须完成实名认证' }),
        f.group(
          'shareholders',
          '股东',
          [
            f.select('kind', '股东类型', [
              ['natural', '自然人'],
              ['corporate', '企业法人'],
            ]),
            f.text('name', '股东名称（姓名）', { maxLength: 100 }),
            f.idNumber('idNumber', '身份证号', when('kind', 'natural')),
            f.creditCode('creditCode', '统一社会信用代码', when('kind', 'corporate')),
            f.amount('contribution', '认缴出资额（元）', { max: 100000000000 }),
            f.date('contributionDue', '出资期限', { min: 'today' }),
          ],
          { minItems: 1, maxItems: 50, addLabel: '添加一位股东' },
        ),
      ),
      section(
        '同步办理',
        f.select('withSocialInsurance', '同步办理单位参保登记', YES_NO),
        f.select('withInvoice', '同步申领发票', YES_NO),
        f.select('withSeal', '同步刻制公章', YES_NO),
      ),
    ],
  },

  // 单位参保登记
  '100400010000': {
    sections: () => [
      section(
        '参保信息',
        f.date('insuredFrom', '参保起始日期'),
        f.number('employeeCount', '参保职工人数', { min: 1, max: 100000 }),
        f.select('bankName', '开户银行', BANKS),
        f.text('accountName', '账户名称', { prefill: 'enterprise.name', editable: false, maxLength: 100, help: '须与单位名称一致' }),
        f.text('bankAccount', '单位银行结算账号', { pattern: '\\d{8,30}', patternMessage: '银行账号应为 8–30 位数字', maxLength: 30 }),
        f.text('contactName', '社保经办人', { maxLength: 30 }),
      ),
    ],
  },
}

/** The hand-written sections by 基本编码: the departments' items, and the items the 一件事 add. */
export const formSeeds: Readonly<Record<string, FormSeed>> = {
  ...departmentFormSeeds,
  ...convenienceFormSeeds,
  ...scenarioPersonalFormSeeds,
  ...scenarioEnterpriseFormSeeds,
}
