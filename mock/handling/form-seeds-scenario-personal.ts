import { f, optional, section, when, type Choice, type FormSeed } from './form-seeds'

/**
 * Hand-written form sections of the items the personal 一件事 add (items-scenario-personal.ts); see form-seeds.ts
 * for the conventions. form-seeds.ts imports this file, so its builders are used only inside `sections()`.
 *
 * A field that means the same as a field of another item in the same 一件事 has that field's id and type, so the
 * combined form asks it once: `spouse` and `marriageDate` (我要结婚), `newborn`, `newbornGender`, `birthDate`
 * (新生儿出生登记), `propertyLocation`, `dealPrice`, `buildingArea`, `coApplicants` (不动产登记), `plannedDate`
 * (退休申请), `deceased`, `deathDate`, `heirArrangement`, `otherHeirs` (the 身后 settlements), and `bankName` /
 * `bankAccount`, `receiveMethod` / `mailingAddress` with the same options as the department forms.
 */

const YES_NO: readonly Choice[] = [
  ['yes', '是'],
  ['no', '否'],
]

const GENDERS: readonly Choice[] = [
  ['male', '男'],
  ['female', '女'],
]

/** The banks of the department forms' 收款账户 (form-seeds.ts BANKS), so `bankName` merges with theirs. */
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

/** 领取方式 of a 公安 document, as 居住证办理 offers it. */
const POLICE_DELIVERY: readonly Choice[] = [
  ['post', '邮寄送达'],
  ['window', '派出所窗口领取'],
]

/** The deceased's relation to the applicant (the person picker's 关系). */
const DECEASED_RELATIONS = ['spouse', 'parent', 'child', 'other'] as const

const BANK_CARD = { pattern: '\\d{16,19}', patternMessage: '银行卡号应为 16–19 位数字', maxLength: 19 }
const UTILITY_ACCOUNT = { pattern: '\\d{6,20}', patternMessage: '户号为 6–20 位数字', maxLength: 20 }

/** 收款账户 as the department forms word it (住房公积金提取, 医疗费用零星报销). */
const payeeAccount = () =>
  section(
    '收款账户',
    f.select('bankName', '收款银行', BANKS),
    f.text('bankAccount', '银行卡号', { ...BANK_CARD, help: '须为申请人本人名下的一类借记卡账户' }),
  )

/** 领取方式 with the 邮寄地址 when posted. */
const delivery = (title: string, choices: readonly Choice[]) =>
  section(title, f.select('receiveMethod', '领取方式', choices), f.address('mailingAddress', '邮寄地址', when('receiveMethod', 'post')))

/** The deceased, asked alike by every 身后 item. */
const deceasedSection = () =>
  section(
    '逝者信息',
    f.person('deceased', '逝者', DECEASED_RELATIONS, { help: '填写逝者的姓名和公民身份号码，关系选择逝者与您的关系' }),
    f.date('deathDate', '死亡日期', { min: '1900-01-01', max: 'today', help: '以《居民死亡医学证明（推断）书》记载为准' }),
  )

/** Who inherits: one heir, one heir entrusted by the others, or a notarised / court-decided inheritance. */
const heirSection = () =>
  section(
    '继承信息',
    f.select(
      'heirArrangement',
      '继承情况',
      [
        ['sole', '本人为唯一继承人'],
        ['entrusted', '其他继承人已委托本人办理'],
        ['notarised', '已办理继承公证或取得人民法院生效法律文书'],
      ],
      { help: '第一顺序继承人为配偶、子女、父母' },
    ),
    f.group(
      'otherHeirs',
      '其他继承人',
      [
        f.text('name', '姓名', { maxLength: 30 }),
        f.idNumber('idNumber', '身份证号'),
        f.select('relation', '与逝者关系', [
          ['spouse', '配偶'],
          ['child', '子女'],
          ['parent', '父母'],
          ['other', '其他'],
        ]),
      ],
      { ...when('heirArrangement', 'entrusted'), minItems: 1, maxItems: 10, addLabel: '添加一位继承人', help: '委托书须由以下每位继承人签字，在材料中上传' },
    ),
  )

/** The hand-written sections by 基本编码. */
export const scenarioPersonalFormSeeds: Record<string, FormSeed> = {
  // 户口婚姻状况变更 (结婚 / 离婚 / 丧偶)
  '100500010000': {
    sections: (variant) => {
      const own =
        variant === '离婚'
          ? [
              f.select('divorceWay', '离婚方式', [
                ['registration', '在婚姻登记机关登记离婚'],
                ['court', '人民法院判决或调解离婚'],
              ]),
              f.date('divorceDate', '离婚日期', { min: '1950-01-01', max: 'today', help: '登记离婚的以离婚证为准，诉讼离婚的以判决（调解）生效日期为准' }),
              f.text('formerSpouseName', '原配偶姓名', { maxLength: 30 }),
            ]
          : variant === '丧偶'
            ? [f.person('deceasedSpouse', '已故配偶', ['spouse']), f.date('spouseDeathDate', '配偶死亡日期', { min: '1950-01-01', max: 'today' })]
            : [
                f.person('spouse', '配偶', ['spouse'], { help: '填写配偶的姓名和公民身份号码' }),
                f.date('marriageDate', '结婚登记日期', { min: '1950-01-01', help: '尚未登记的填写预约的登记日期，以结婚证记载为准' }),
              ]
      return [
        section(
          '婚姻信息',
          ...own,
          f.select('sameHouseholdBook', '配偶是否与您在同一户口簿', YES_NO, { help: '在同一户口簿的，一并变更配偶的婚姻状况' }),
        ),
        delivery('户口簿变更页领取', POLICE_DELIVERY),
      ]
    },
  },

  // 住房公积金个人信息变更 (婚姻信息变更 / 基本信息变更)
  '100500020000': {
    sections: (variant) => {
      if (variant === '基本信息变更') {
        return [
          section(
            '变更信息',
            f.select('changeItem', '变更事项', [
              ['name', '姓名'],
              ['idNumber', '证件号码'],
              ['phone', '手机号码'],
            ]),
            f.text('newName', '变更后姓名', { ...when('changeItem', 'name'), maxLength: 30, help: '须与户籍登记的姓名一致' }),
            f.idNumber('newIdNumber', '变更后证件号码', when('changeItem', 'idNumber')),
            f.phone('newPhone', '变更后手机号码', when('changeItem', 'phone')),
          ),
        ]
      }
      return [
        section(
          '婚姻信息',
          f.select('maritalStatus', '变更后婚姻状况', [
            ['married', '已婚'],
            ['divorced', '离婚'],
            ['widowed', '丧偶'],
          ]),
          f.person('spouse', '配偶', ['spouse'], { ...when('maritalStatus', 'married'), help: '填写配偶的姓名和公民身份号码' }),
          f.date('marriageDate', '结婚登记日期', { ...when('maritalStatus', 'married'), min: '1950-01-01', help: '尚未登记的填写预约的登记日期，以结婚证记载为准' }),
          f.select('spouseHasFund', '配偶是否缴存住房公积金', YES_NO, when('maritalStatus', 'married')),
          f.text('spouseEmployer', '配偶缴存单位', { ...optional, ...when('spouseHasFund', 'yes'), maxLength: 100, help: '在外省市缴存的填写缴存城市和单位' }),
        ),
      ]
    },
  },

  // 预防接种证办理 (首次办理 / 补办): a parent applies for the child.
  '100500030000': {
    sections: (variant) => [
      section(
        '儿童信息',
        f.person('newborn', variant === '补办' ? '儿童' : '新生儿', ['child'], { help: '填写儿童姓名和《出生医学证明》上的公民身份号码' }),
        f.select('newbornGender', '性别', GENDERS),
        f.date('birthDate', '出生日期', { max: 'today' }),
        ...(variant === '补办'
          ? [
              f.select('reissueReason', '补办原因', [
                ['lost', '遗失'],
                ['damaged', '损毁'],
              ]),
            ]
          : [
              f.text('birthHospital', '出生医院', { maxLength: 100 }),
              f.select(
                'motherHbsag',
                '母亲乙肝表面抗原（HBsAg）检测结果',
                [
                  ['negative', '阴性'],
                  ['positive', '阳性'],
                  ['unknown', '不详'],
                ],
                { help: '见孕期检查报告或出生医院出院小结；阳性的，接种门诊将安排乙肝免疫球蛋白和随访' },
              ),
            ]),
      ),
      section(
        '接种门诊',
        f.address('residenceAddress', '儿童居住地址', { help: '按居住地址安排社区卫生服务中心预防接种门诊' }),
        f.text('clinic', '希望接种的门诊', { ...optional, maxLength: 100, help: '不填写的按居住地址分配' }),
      ),
    ],
  },

  // 契税申报
  '100500040000': {
    sections: () => [
      section(
        '房屋信息',
        f.address('propertyLocation', '不动产坐落'),
        f.select('houseKind', '房屋类型', [
          ['new', '新建商品房'],
          ['resale', '存量房（二手房）'],
        ]),
        f.text('contractNumber', '网签合同编号', { maxLength: 30, help: '见商品房出售合同或存量房买卖合同首页' }),
        f.amount('dealPrice', '成交价格（元）', { max: 10000000000, help: '计税依据为不含增值税的成交价格' }),
        f.number('buildingArea', '建筑面积（平方米）', { min: 1, max: 1000000 }),
      ),
      section(
        '家庭住房情况',
        f.select(
          'familyHomes',
          '购房后家庭在本市的住房套数',
          [
            ['first', '1 套（家庭唯一住房）'],
            ['second', '2 套（家庭第二套住房）'],
            ['more', '3 套及以上'],
          ],
          { help: '家庭成员包括购房人、配偶和未成年子女，以系统联网查询结果为准' },
        ),
        f.group(
          'coApplicants',
          '共同申请人',
          [f.text('name', '姓名', { maxLength: 30 }), f.idNumber('idNumber', '身份证号'), f.text('share', '共有份额', { ...optional, maxLength: 20, placeholder: '如：50%' })],
          { required: false, maxItems: 10, addLabel: '添加一位共同申请人', help: '共同购房的各方均为纳税人；只有本人的无需添加' },
        ),
      ),
    ],
  },

  // 二手房水电气网联动过户
  '100500050000': {
    sections: () => [
      section(
        '房屋信息',
        f.address('propertyLocation', '不动产坐落'),
        f.text('formerOwner', '原户主姓名', { maxLength: 30, help: '出售方（原产权人）姓名' }),
        f.date('handoverDate', '交房抄表日期', { help: '交易双方约定的费用结算日期，此前的费用由原户主承担' }),
      ),
      section(
        '过户项目',
        f.select('transferWater', '供水过户', YES_NO),
        f.text('waterAccount', '供水户号', { ...optional, ...when('transferWater', 'yes'), ...UTILITY_ACCOUNT, help: '见水费账单，不填写的按房屋坐落匹配' }),
        f.select('transferPower', '供电过户', YES_NO),
        f.text('powerAccount', '供电户号', { ...optional, ...when('transferPower', 'yes'), ...UTILITY_ACCOUNT, help: '见电费账单，不填写的按房屋坐落匹配' }),
        f.select('transferGas', '燃气过户', YES_NO),
        f.text('gasAccount', '燃气户号', { ...optional, ...when('transferGas', 'yes'), ...UTILITY_ACCOUNT, help: '见燃气账单，不填写的按房屋坐落匹配' }),
        f.select('transferNetwork', '有线电视和宽带过户', YES_NO),
      ),
    ],
  },

  // 职工基本医疗保险退休人员待遇核定
  '100500110000': {
    sections: () => [
      section(
        '退休信息',
        f.date('plannedDate', '退休日期', { help: '与退休申请的退休日期一致' }),
        f.select('shortfallPlan', '如职工医保累计缴费年限不足规定年限', [
          ['lumpSum', '一次性补缴至规定年限'],
          ['monthly', '按月继续缴费至规定年限'],
          ['decideLater', '核定后再决定'],
        ]),
        f.select('livingElsewhere', '退休后是否长期居住在外省市', YES_NO, { help: '长期居住在外省市的，核定后可办理医保异地就医备案' }),
      ),
    ],
  },

  // 死亡人员户口注销: a relative applies.
  '100500070000': {
    sections: () => [
      deceasedSection(),
      section(
        '注销信息',
        f.text('deathCertificateNumber', '死亡医学证明编号', { ...optional, maxLength: 20, help: '见《居民死亡医学证明（推断）书》；已联网的可不填' }),
        f.select('idCardHandling', '逝者居民身份证', [
          ['return', '交回派出所'],
          ['keep', '剪角后留作纪念'],
          ['lost', '已遗失'],
        ]),
      ),
      delivery('户口注销证明领取', POLICE_DELIVERY),
    ],
  },

  // 住房公积金继承提取
  '100500080000': {
    sections: () => [
      deceasedSection(),
      heirSection(),
      section('提取信息', f.select('hasFundLoan', '逝者是否有未还清的住房公积金贷款', YES_NO, { help: '有贷款的，账户余额先用于偿还贷款本息' })),
      payeeAccount(),
    ],
  },

  // 城乡居民基本养老保险注销及个人账户继承
  '100500090000': {
    sections: () => [
      deceasedSection(),
      heirSection(),
      section('待遇情况', f.select('receivingPension', '逝者生前是否已按月领取城乡居民养老金', YES_NO, { help: '已领取的，死亡次月起多领的待遇从个人账户余额中抵扣' })),
      payeeAccount(),
    ],
  },

  // 职工医保个人账户余额继承
  '100500100000': {
    sections: () => [deceasedSection(), heirSection(), payeeAccount()],
  },
}
