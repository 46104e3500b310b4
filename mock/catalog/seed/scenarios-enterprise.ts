import type { ScenarioSeed } from './types'

/**
 * 一件事 for enterprises. Stage 1 produces the 营业执照 (设立 or 变更登记); every stage-2 item lists 营业执照 among its
 * materials, which the case then takes from stage 1 instead of asking for it.
 */

/** 食品经营许可 vs 小餐饮临时备案: shops up to this many ㎡ that make only low-risk food may take the 临时备案. */
const SMALL_EATERY_AREA = 50
/** 公众聚集场所投入使用、营业前消防安全检查: required above this 建筑面积 (㎡); at or below it a 餐饮场所 need not apply. */
const FIRE_CHECK_AREA = 300

const REGISTRATION_CHANGES = ['name', 'domicile', 'legal-rep', 'scope']

export const enterpriseScenarios: ScenarioSeed[] = [
  {
    id: 'my-restaurant',
    title: '我要开餐饮店',
    summary: '营业执照、食品经营许可（或小餐饮临时备案）、酒类零售许可、户外招牌备案、营业前消防安全检查和员工参保登记按需合并办理，一次提交。',
    mode: 'enterprise',
    icon: 'stamp',
    keywords: ['开饭店', '开餐馆', '餐饮', '饭店', '开店', '开餐厅', '餐馆'],
    version: 1,
    description: [
      '适用于在本市新开餐馆、小吃店、奶茶咖啡店等餐饮门店的个体工商户和公司投资人。已有营业执照、只是新开门店的，请直接申请食品经营许可。',
      '根据您的经营主体、店铺面积、经营品种，以及是否卖酒、是否设置门头招牌、是否雇用员工，列出需要办理的事项：先办营业执照；取得执照后，食品经营许可（或小餐饮临时备案）、酒类商品零售许可、户外招牌设置备案、营业前消防安全检查、参保登记和发票申领并联办理。',
      '只需填写一张表、提交一次，营业执照自动作为后续事项的材料，无需重复上传。食品经营许可会有工作人员到店现场核查；小餐饮临时备案和酒类商品零售许可须到窗口领取证件各跑一次，其余事项全程网办。',
    ],
    questions: [
      {
        id: 'entity',
        kind: 'single',
        title: '您打算以什么身份开店？',
        help: '个体工商户以经营者个人名义登记，手续最简单；有限责任公司以公司名义经营，股东以认缴的出资额为限承担责任，适合合伙开店或准备开连锁店。',
        options: [
          { value: 'sole-trader', label: '个体工商户', help: '个人经营或家庭经营' },
          { value: 'company', label: '有限责任公司', help: '一人或多人出资设立公司' },
        ],
      },
      {
        id: 'area',
        kind: 'number',
        title: '店铺的建筑面积有多大？',
        help: `按租赁合同或不动产权证书上的建筑面积填写，包括厨房、仓储和就餐区。${SMALL_EATERY_AREA} 平方米以下、只做热食等低风险品种的小店可申请小餐饮临时备案；超过 ${FIRE_CHECK_AREA} 平方米的，开业前须申请公众聚集场所消防安全检查（${FIRE_CHECK_AREA} 平方米及以下的可不申请，但仍须符合消防安全要求）。`,
        min: 1,
        max: 20000,
        unit: '平方米',
      },
      {
        id: 'highRisk',
        kind: 'yes-no',
        title: '是否制售凉菜、生食或裱花蛋糕？',
        help: '凉菜、卤味等冷食类，刺身、生腌等生食类，以及现做的裱花蛋糕属于高风险品种，小餐饮不得制售，须办理食品经营许可。只做炒菜、面点、小吃等热食的选“否”。',
        showIf: { all: [{ question: 'area', op: 'lte', value: SMALL_EATERY_AREA }] },
      },
      {
        id: 'alcohol',
        kind: 'yes-no',
        title: '店里是否卖酒？',
        help: '包括啤酒、黄酒、白酒、葡萄酒等，瓶装、散装、堂食、外带都算。销售酒类须取得酒类商品零售许可。',
      },
      {
        id: 'signboard',
        kind: 'yes-no',
        title: '是否在门头或外墙设置招牌？',
        help: '在建筑外立面、门头设置店招店牌的，须在设置前办理户外招牌设置备案；只在店内悬挂、张贴的不需要。',
      },
      {
        id: 'staff',
        kind: 'yes-no',
        title: '除您本人和家人外，是否雇用员工？',
        help: '个体工商户雇用员工的，须办理单位参保登记，为员工缴纳社会保险；以公司名义开店的，无论是否雇人都须办理。',
        showIf: { all: [{ question: 'entity', op: 'in', values: ['sole-trader'] }] },
      },
    ],
    steps: [
      {
        baseCode: '100300020000',
        variant: null,
        stage: 1,
        when: { all: [{ question: 'entity', op: 'in', values: ['sole-trader'] }] },
        why: '以个体工商户身份开店，须先办理个体工商户营业执照',
      },
      {
        baseCode: '100300010000',
        variant: null,
        stage: 1,
        when: { all: [{ question: 'entity', op: 'in', values: ['company'] }] },
        why: '以公司名义开店，须先办理公司设立登记、取得营业执照',
      },
      {
        baseCode: '100300080000',
        variant: '新办',
        stage: 2,
        when: {
          any: [
            { question: 'area', op: 'gt', value: SMALL_EATERY_AREA },
            { question: 'highRisk', op: 'in', values: ['yes'] },
          ],
        },
        why: `开餐饮店须取得食品经营许可证；店铺超过 ${SMALL_EATERY_AREA} 平方米或制售凉菜、生食等高风险品种的，不能以小餐饮临时备案代替`,
      },
      {
        baseCode: '100300090000',
        variant: null,
        stage: 2,
        when: {
          all: [
            { question: 'area', op: 'lte', value: SMALL_EATERY_AREA },
            { question: 'highRisk', op: 'in', values: ['no'] },
          ],
        },
        why: `店铺在 ${SMALL_EATERY_AREA} 平方米以下、只制售热食等低风险品种，可办理小餐饮经营许可（临时备案）`,
      },
      {
        baseCode: '100300120000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'alcohol', op: 'in', values: ['yes'] }] },
        why: '因为店内销售酒类，须取得酒类商品零售许可证',
      },
      {
        baseCode: '100600010000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'signboard', op: 'in', values: ['yes'] }] },
        why: '因为您要在门头设置店招，须在设置前备案',
      },
      {
        baseCode: '100300150000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'area', op: 'gt', value: FIRE_CHECK_AREA }] },
        why: `店铺建筑面积超过 ${FIRE_CHECK_AREA} 平方米，开业前须通过公众聚集场所消防安全检查`,
      },
      {
        baseCode: '100400010000',
        variant: null,
        stage: 2,
        when: {
          any: [
            { question: 'entity', op: 'in', values: ['company'] },
            { question: 'staff', op: 'in', values: ['yes'] },
          ],
        },
        why: '因为要为员工缴纳社会保险（公司须自成立之日起 30 日内办理社会保险登记）',
      },
      {
        baseCode: '100400050000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'entity', op: 'in', values: ['company'] }] },
        why: '新设立的公司须自设立之日起 30 日内办理住房公积金缴存登记',
      },
      {
        baseCode: '100300070000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'entity', op: 'in', values: ['company'] }] },
        why: '公司对外签约、开户和领用发票需要公章等印章，首套印章免费刻制',
      },
      {
        baseCode: '100300230000',
        variant: '首次申领',
        stage: 2,
        when: null,
        why: '餐饮店向顾客收款须按规定开具发票，开业前开通数电票',
      },
    ],
    sharedFields: [
      // The shop's address: the company's 住所 is the restaurant, and every later item asks where it is.
      {
        id: 'premises',
        label: '经营场所',
        fields: ['100300010000:domicile', '100300020000:premises', '100300080000:premises', '100600010000:premises'],
      },
      // 单位参保登记's 账户名称 must be the unit's name: for a company being founded, the name it registers.
      { id: 'companyName', label: '企业名称', fields: ['100300010000:companyName', '100400010000:accountName'] },
    ],
  },
  {
    id: 'company-setup',
    title: '企业开办一件事',
    summary: '营业执照、公章刻制、发票申领、社保和公积金单位登记、银行预约开户一次办好，招用员工的同步办理录用备案。',
    mode: 'enterprise',
    icon: 'building',
    keywords: ['开公司', '注册公司', '企业开办', '办执照', '开办企业'],
    version: 1,
    description: [
      '适用于在本市新设立有限责任公司的投资人。企业名称在营业执照申请中一并自主申报，无需单独办理。',
      '营业执照核发后，公章刻制、发票申领、增值税一般纳税人登记、单位参保登记、住房公积金缴存登记和银行预约开户同步办理；招用员工的，单位参保登记完成后办理员工录用备案。',
      '只需填写一张表、提交一次，全程网办、无需到政务大厅；营业执照和首套印章免费寄递，银行开户按预约时间到网点面签即可。',
    ],
    questions: [
      {
        id: 'seal',
        kind: 'yes-no',
        title: '是否需要刻制实体印章？',
        help: '公章、财务专用章、发票专用章等。本市新开办企业的首套印章免费刻制、寄递；只使用电子印章的可选“否”。',
      },
      {
        id: 'invoices',
        kind: 'yes-no',
        title: '公司是否需要开具发票？',
        help: '向客户收款、销售商品或提供服务一般都要开具发票；开通数电票无需购买税控设备。',
      },
      {
        id: 'generalTaxpayer',
        kind: 'yes-no',
        title: '是否登记为增值税一般纳税人？',
        help: '年应税销售额超过 500 万元的必须登记；未超过但客户需要增值税专用发票抵扣、会计核算健全的，可以自愿登记。不确定的选“否”，以后可随时办理。',
        showIf: { all: [{ question: 'invoices', op: 'in', values: ['yes'] }] },
      },
      {
        id: 'bankAccount',
        kind: 'yes-no',
        title: '是否预约开立银行基本存款账户？',
        help: '缴纳税款、社保和公积金都需要单位银行账户。选好开户银行的可一并预约，银行会在 1 个工作日内联系您。',
      },
      {
        id: 'employees',
        kind: 'yes-no',
        title: '公司成立后是否马上招用员工？',
        help: '招用员工的，须自录用之日起 30 日内办理录用备案并为员工参保；暂时只有股东本人的选“否”，以后招人时再办。',
      },
    ],
    steps: [
      {
        baseCode: '100300010000',
        variant: null,
        stage: 1,
        when: null,
        why: '开办企业须先办理设立登记、取得营业执照（企业名称在申请中一并自主申报）',
      },
      {
        baseCode: '100300070000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'seal', op: 'in', values: ['yes'] }] },
        why: '因为您需要刻制公章等实体印章',
      },
      {
        baseCode: '100300230000',
        variant: '首次申领',
        stage: 2,
        when: { all: [{ question: 'invoices', op: 'in', values: ['yes'] }] },
        why: '因为公司需要向客户开具发票',
      },
      {
        baseCode: '100300240000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'generalTaxpayer', op: 'in', values: ['yes'] }] },
        why: '因为您选择登记为增值税一般纳税人',
      },
      {
        baseCode: '100400010000',
        variant: null,
        stage: 2,
        when: null,
        why: '企业须自成立之日起 30 日内办理社会保险登记',
      },
      {
        baseCode: '100400050000',
        variant: null,
        stage: 2,
        when: null,
        why: '新设立的单位须自设立之日起 30 日内办理住房公积金缴存登记',
      },
      {
        baseCode: '100600020000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'bankAccount', op: 'in', values: ['yes'] }] },
        why: '因为您要预约开立单位银行基本存款账户',
      },
      {
        baseCode: '100400030000',
        variant: '录用备案',
        stage: 3,
        when: { all: [{ question: 'employees', op: 'in', values: ['yes'] }] },
        why: '因为公司成立后要招用员工，须在单位参保登记后办理录用备案',
      },
    ],
    sharedFields: [
      // 单位参保登记's 账户名称 must be the unit's name: the name the company registers.
      { id: 'companyName', label: '企业名称', fields: ['100300010000:companyName', '100400010000:accountName'] },
    ],
  },
  {
    id: 'company-change',
    title: '企业变更一件事',
    summary: '营业执照变更登记、税务登记信息确认、社保和公积金单位信息变更、印章重新刻制和相关许可证变更合并办理，一次提交。',
    mode: 'enterprise',
    icon: 'briefcase',
    keywords: ['企业变更', '改名', '换法人', '公司变更', '变更地址', '法人变更'],
    version: 1,
    description: [
      '适用于已设立的企业变更名称、住所、法定代表人或经营范围，多项变更可一并提交。经营场所搬迁的，食品经营许可等须在新场所重新申请，不在本事项范围内。',
      '营业执照变更后，税务、社保、公积金的单位登记信息同步变更；更名的重新刻制印章；持有食品经营许可证、公共场所卫生许可证的，许可证上的名称、法定代表人同步变更。',
      '只需提交一次，变更后的营业执照自动作为后续事项的材料，全程网办、无需到现场。',
    ],
    questions: [
      {
        id: 'changes',
        kind: 'multi',
        title: '这次要变更哪些登记事项？',
        help: '可多选，至少选择一项。',
        options: [
          { value: 'name', label: '企业名称' },
          { value: 'domicile', label: '住所', help: '注册地址变更，含跨区迁移' },
          { value: 'legal-rep', label: '法定代表人' },
          { value: 'scope', label: '经营范围' },
        ],
      },
      {
        id: 'housingFund',
        kind: 'yes-no',
        title: '单位是否已开立住房公积金账户？',
        help: '已办理住房公积金单位缴存登记的，名称、住所或法定代表人变更后须同步变更单位信息。',
        showIf: { all: [{ question: 'changes', op: 'in', values: ['name', 'domicile', 'legal-rep'] }] },
      },
      {
        id: 'permits',
        kind: 'multi',
        title: '企业持有以下哪些许可证？',
        help: '可多选，都没有的不选。企业名称或法定代表人变更后，许可证上的信息须同步变更。',
        options: [
          { value: 'food', label: '食品经营许可证' },
          { value: 'hygiene', label: '公共场所卫生许可证', help: '宾馆、理发美容、浴室、游泳场所等' },
        ],
        showIf: { all: [{ question: 'changes', op: 'in', values: ['name', 'legal-rep'] }] },
      },
    ],
    steps: [
      {
        baseCode: '100300030000',
        variant: null,
        stage: 1,
        when: { all: [{ question: 'changes', op: 'in', values: ['name'] }] },
        why: '因为您要变更企业名称',
      },
      {
        baseCode: '100300040000',
        variant: null,
        stage: 1,
        when: { all: [{ question: 'changes', op: 'in', values: ['domicile'] }] },
        why: '因为您要变更企业住所',
      },
      {
        baseCode: '100300060000',
        variant: null,
        stage: 1,
        when: { all: [{ question: 'changes', op: 'in', values: ['legal-rep'] }] },
        why: '因为您要更换法定代表人',
      },
      {
        baseCode: '100300050000',
        variant: null,
        stage: 1,
        when: { all: [{ question: 'changes', op: 'in', values: ['scope'] }] },
        why: '因为您要变更经营范围',
      },
      {
        baseCode: '100300270000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'changes', op: 'in', values: REGISTRATION_CHANGES }] },
        why: '营业执照变更后，须在电子税务局确认同步税务登记信息',
      },
      {
        baseCode: '100600030000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'changes', op: 'in', values: ['name', 'domicile', 'legal-rep'] }] },
        why: '单位名称、住所或法定代表人变更后，须在 30 日内同步变更社会保险登记信息',
      },
      {
        baseCode: '100600040000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'housingFund', op: 'in', values: ['yes'] }] },
        why: '因为单位已开立住房公积金账户，登记信息须同步变更',
      },
      {
        baseCode: '100300070000',
        variant: null,
        stage: 2,
        when: { all: [{ question: 'changes', op: 'in', values: ['name'] }] },
        why: '企业名称变更后，印章名称须与新名称一致，须重新刻制',
      },
      {
        baseCode: '100300080000',
        variant: '变更',
        stage: 2,
        when: { all: [{ question: 'permits', op: 'in', values: ['food'] }] },
        why: '因为企业持有食品经营许可证，许可证上的名称或法定代表人须同步变更',
      },
      {
        baseCode: '100300110000',
        variant: '变更',
        stage: 2,
        when: { all: [{ question: 'permits', op: 'in', values: ['hygiene'] }] },
        why: '因为企业持有公共场所卫生许可证，许可证上的名称或法定代表人须同步变更',
      },
    ],
    sharedFields: [],
  },
]
