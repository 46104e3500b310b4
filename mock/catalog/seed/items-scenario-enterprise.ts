import { agentAuthorisation, agentIdCard, applicantDoc, applicationForm, businessLicence, COPY, freeFees, legalRepId } from './materials'
import type { ItemSeed } from './types'

/**
 * Base items the enterprise 一件事 need that the department files did not have (基本编码 block 1006…):
 * 户外招牌设置备案 (我要开餐饮店), 企业银行账户预约开户 (企业开办一件事), and the 社保 / 公积金 单位信息变更 that
 * follow a 营业执照 change (企业变更一件事).
 */

const SOCIAL_INSURANCE_LAW_57 = {
  law: '《中华人民共和国社会保险法》',
  article: '第五十七条',
  text: '用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记。……用人单位的社会保险登记事项发生变更或者用人单位依法终止的，应当自变更或者终止之日起三十日内，到社会保险经办机构办理变更或者注销社会保险登记。',
}

const HOUSING_FUND_REGULATION = '《住房公积金管理条例》'

export const scenarioEnterpriseItems: ItemSeed[] = [
  // ─── 我要开餐饮店: 店招店牌 ─────────────────────────────────────────────────
  {
    baseCode: '100600010000',
    name: '户外招牌设置备案',
    aliases: ['店招备案', '店招店牌', '招牌备案', '门头招牌', '挂招牌', '门头备案'],
    type: 'other-power',
    audiences: ['enterprise'],
    department: 'greening',
    level: 'district',
    themes: ['e-permit'],
    conditions:
      '<p>在建筑物外立面、门头或者经营场所户外设置店招店牌等户外招牌的，应当在<strong>设置前</strong>办理备案：</p><ul><li>已取得营业执照，招牌文字与登记的名称（字号）一致，或者使用其规范简称；</li><li>招牌设置符合户外招牌设置技术规范，与建筑外立面相协调，<strong>不得占用市政公用设施，不得妨碍安全疏散、灭火救援和建筑防排烟</strong>；</li><li>已取得设置场所产权人或者使用权人的同意；</li><li>同一经营场所的招牌原则上设置一块，内容不得含有广告宣传用语。</li></ul><p>备案由区绿化市容部门会同店铺所在街道（镇）办理。招牌中含有广告内容或者属于大型户外广告设施的，按“户外广告设施设置审批”办理。</p>',
    legalBasis: [
      {
        law: '《城市市容和环境卫生管理条例》',
        article: '第十一条',
        text: '在城市中设置户外广告、标语牌、画廊、橱窗等，应当内容健康、外型美观，并定期维修、油饰或者拆除。大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。',
      },
      {
        law: '《上海市市容环境卫生管理条例》',
        article: '户外招牌设置管理的规定',
        text: '户外招牌的设置应当符合户外招牌设置技术规范，与建筑物外立面相协调，保持安全牢固、整洁完好；本市对户外招牌设置实行备案管理，设置人应当在设置前将户外招牌设置信息报送备案。',
      },
    ],
    kind: 'promised',
    legalLimit: { value: 5, unit: 'working', note: '备案材料齐全的，自收到之日起 5 个工作日内完成备案' },
    promisedLimit: { value: 1, unit: 'working', note: '材料齐全的 1 个工作日内完成备案并出具回执' },
    channels: ['window', 'online'],
    onlineDepth: 4,
    visits: 0,
    visitReason: null,
    bookable: false,
    mailable: false,
    scope: 'local',
    materials: [
      applicationForm('100600010000', '户外招牌设置备案表', '填写设置地点、招牌文字内容、设置形式、规格尺寸和照明方式，由设置人签字或者盖章；网上办理的电子签名。'),
      businessLicence(),
      legalRepId(),
      applicantDoc(
        '设置场所的产权证明或者使用协议',
        'contract',
        'required',
        '自有房屋的提交不动产权证书；租赁房屋的提交房屋租赁合同，租赁合同未约定可设置招牌的，另附产权人同意设置的书面意见。',
        COPY,
      ),
      applicantDoc('户外招牌设置示意图', 'other', 'required', '包括招牌效果图（标明文字内容、尺寸、材质、颜色和照明方式）和设置位置的实景合成照片。'),
      agentAuthorisation(),
    ],
    process: [
      { code: 'receive', name: '网上申报', days: 0, description: '通过“一网通办”提交备案表、场所证明和设置示意图。' },
      { code: 'accept', name: '接收', days: 0, description: '核对材料是否齐全，招牌文字是否与营业执照登记的名称一致。' },
      { code: 'review', name: '审核登记', days: 1, description: '对照户外招牌设置技术规范审核设置位置、形式和尺寸，必要时会同街道（镇）现场查看。' },
      { code: 'issue', name: '出具回执', days: 0, description: '符合规范的予以备案，出具户外招牌设置备案回执（电子）；不符合的一次性告知调整意见。' },
    ],
    fees: freeFees(),
    result: { kind: 'other', name: '户外招牌设置备案回执', sample: null },
    faq: [
      {
        question: '哪些情形不能设置户外招牌？',
        answer:
          '<p>有下列情形之一的不得设置：</p><ul><li>占用市政公用设施、各类架空管线，或者影响其正常使用的；</li><li>影响车辆、行人安全，妨碍安全疏散、灭火救援和建筑防排烟的；</li><li>妨碍他人生产经营或者居民正常生活的；</li><li>利用危险房屋、违法建筑设置的。</li></ul>',
      },
      {
        question: '招牌上可以写电话号码和经营项目吗？',
        answer: '<p>不可以。招牌只能标示名称（字号）、规范简称和商标标识；电话号码、经营项目、促销内容属于广告宣传，须按户外广告的规定另行办理。</p>',
      },
      {
        question: '招牌换了内容还要重新备案吗？',
        answer: '<p>需要。招牌文字、位置、形式或者尺寸发生变化的，应当在更换前重新备案；仅维修、清洗的无需备案。</p>',
      },
    ],
    popularity: 38,
    onlineDate: '2022-12-01',
  },

  // ─── 企业开办一件事: 银行预约开户 ─────────────────────────────────────────────
  {
    baseCode: '100600020000',
    name: '企业银行账户预约开户',
    aliases: ['银行开户预约', '预约开户', '对公账户', '开对公户', '开基本户', '基本存款账户', '银行开户'],
    type: 'public-service',
    audiences: ['enterprise'],
    department: 'pboc',
    level: 'city',
    themes: ['e-opening'],
    conditions:
      '<p>已取得营业执照的企业、个体工商户，可通过本平台向银行预约开立<strong>基本存款账户</strong>：</p><ul><li>自主选择开户银行和网点，预约信息由平台推送至所选银行；</li><li>银行收到预约后 1 个工作日内联系企业，核实开户意愿和身份；法定代表人（单位负责人）按约定时间到网点面签，部分银行提供上门核实服务；</li><li>企业开立基本存款账户<strong>已由核准制改为备案制</strong>，银行开户后人民银行不再核发开户许可证。</li></ul><p>一个单位只能开立一个基本存款账户，用于缴纳税款、社会保险费和住房公积金。</p>',
    legalBasis: [
      {
        law: '《人民币银行结算账户管理办法》（中国人民银行令〔2003〕第5号）',
        article: '第十三条',
        text: '基本存款账户是存款人因办理日常转账结算和现金收付需要开立的银行结算账户。……',
      },
      {
        law: '《中国人民银行关于取消企业银行账户许可的通知》（银发〔2019〕41号）',
        article: '一',
        text: '取消企业银行账户许可。境内依法设立的企业法人、非法人企业、个体工商户在银行办理基本存款账户、临时存款账户业务，由核准制改为备案制，人民银行不再核发开户许可证。',
      },
    ],
    kind: 'promised',
    legalLimit: { value: 1, unit: 'working', note: '银行自收到预约信息之日起 1 个工作日内联系企业' },
    promisedLimit: { value: 1, unit: 'working', note: '预约即时推送银行，1 个工作日内确认开户时间' },
    channels: ['window', 'online'],
    onlineDepth: 4,
    visits: 0,
    visitReason: null,
    bookable: false,
    mailable: false,
    scope: 'city',
    materials: [
      applicationForm('100600020000', '企业银行账户预约开户信息表', '选择开户银行和网点，填写预约办理日期、开户联系人和联系电话；营业执照信息由系统带入。', { onlineOnly: true }),
      businessLicence({ notes: '营业执照信息由平台推送银行，预约时免于提交；到银行面签时出示执照正本或电子营业执照。' }),
      legalRepId({ notes: '法定代表人（单位负责人）有效居民身份证；到网点面签时出示原件，或配合银行视频、上门核实。' }),
      agentAuthorisation(),
    ],
    process: [
      { code: 'receive', name: '提交预约', days: 0, description: '选择开户银行、网点和预约日期，在线提交预约信息。' },
      { code: 'accept', name: '推送银行', days: 0, description: '平台将预约信息和营业执照信息实时推送至所选银行网点。' },
      { code: 'review', name: '银行联系核实', days: 1, description: '银行客户经理电话联系企业，确认开户意愿、所需材料和面签时间。' },
      { code: 'decide', name: '确认预约', days: 0, description: '预约确认后生成预约回执；企业按约定时间面签，银行当场开立账户并告知账号。' },
    ],
    fees: freeFees(),
    result: { kind: 'other', name: '银行预约开户回执', sample: null },
    faq: [
      {
        question: '预约之后还要去银行吗？',
        answer: '<p>需要面签一次。银行会在 1 个工作日内联系您，按约定时间由法定代表人到网点办理，部分银行可上门或视频核实；材料齐全的当场开户并告知账号。</p>',
      },
      {
        question: '账户开好后，社保和公积金怎么关联？',
        answer: '<p>在单位参保登记、住房公积金缴存登记中填写该基本存款账户即可；已办理的，可在法人空间更新缴费账户信息。</p>',
      },
      {
        question: '开户要收费吗？',
        answer: '<p>本平台预约不收费。银行账户服务费按各银行公示的标准执行，多数银行对小微企业和个体工商户减免开户手续费和账户管理费。</p>',
      },
    ],
    popularity: 62,
    onlineDate: '2019-06-28',
  },

  // ─── 企业变更一件事: 社保、公积金单位信息同步变更 ─────────────────────────────
  {
    baseCode: '100600030000',
    name: '社会保险单位信息变更',
    aliases: ['社保信息变更', '单位社保变更', '社保变更登记', '社保单位更名', '变更社保登记'],
    type: 'public-service',
    audiences: ['enterprise'],
    department: 'hrss',
    level: 'district',
    themes: ['e-labour', 'e-opening'],
    conditions:
      '<p>用人单位的社会保险登记事项发生变更的，应当<strong>自变更之日起 30 日内</strong>办理变更社会保险登记：</p><ul><li>单位名称、住所、法定代表人等营业执照记载事项变更的，市场监管部门共享变更信息，单位在法人空间<strong>核对确认即可</strong>；</li><li>开户银行及账号、社保经办人等其他登记事项变更的，如实填报变更后的信息；</li><li>单位社会保险编号不变，职工的参保关系和缴费记录不受影响。</li></ul>',
    legalBasis: [
      SOCIAL_INSURANCE_LAW_57,
      {
        law: '《社会保险费征缴暂行条例》',
        article: '第九条',
        text: '缴费单位的社会保险登记事项发生变更或者缴费单位依法终止的，应当自变更或者终止之日起30日内，到社会保险经办机构办理变更或者注销社会保险登记手续。',
      },
    ],
    kind: 'instant',
    legalLimit: { value: 0, unit: 'working', note: '即办' },
    promisedLimit: { value: 0, unit: 'working', note: '即办，确认后即时更新单位社会保险登记信息' },
    channels: ['window', 'online'],
    onlineDepth: 4,
    visits: 0,
    visitReason: null,
    bookable: true,
    mailable: false,
    scope: 'city',
    materials: [
      applicationForm('100600030000', '社会保险登记变更申请表', '填写变更事项及变更前后的内容；营业执照记载事项的变更由系统带入，核对确认即可。'),
      businessLicence({ notes: '变更后的营业执照；已关联电子营业执照的免于提交。' }),
      applicantDoc('变更事项证明材料', 'proof', 'optional', '变更开户银行的提交银行开户证明；变更其他非营业执照记载事项的，提交相应的证明材料。', COPY),
      agentIdCard(),
    ],
    process: [
      { code: 'receive', name: '网上申报', days: 0, description: '在法人空间核对市场监管部门共享的变更信息，或填报其他变更事项。' },
      { code: 'review', name: '信息比对', days: 0, description: '系统比对营业执照登记信息和单位社会保险登记信息。' },
      { code: 'decide', name: '变更', days: 0, description: '即时完成单位社会保险登记信息变更，职工参保信息同步更新。' },
    ],
    fees: freeFees(),
    result: { kind: 'other', name: '变更后的单位社会保险登记信息', sample: null },
    faq: [
      {
        question: '营业执照变更后，社保要自己去改吗？',
        answer: '<p>不用跑窗口。市场监管部门的变更信息会共享到社保经办机构，登录法人空间核对确认即可；逾期未确认的，缴费单据和职工权益记录仍显示原单位信息。</p>',
      },
      {
        question: '单位改名后，职工的缴费年限会受影响吗？',
        answer: '<p>不会。单位社会保险编号不变，职工的参保关系、缴费记录连续计算。</p>',
      },
    ],
    popularity: 46,
    onlineDate: '2019-09-30',
  },
  {
    baseCode: '100600040000',
    name: '住房公积金单位信息变更',
    aliases: ['公积金单位变更', '公积金信息变更', '单位公积金变更', '公积金单位更名', '公积金变更登记'],
    type: 'public-service',
    audiences: ['enterprise'],
    department: 'housing-fund',
    level: 'district',
    themes: ['e-labour', 'e-opening'],
    conditions:
      '<p>单位名称、住所、法定代表人、单位经办人等住房公积金缴存登记信息发生变化的，应当及时向住房公积金管理中心办理单位信息变更：</p><ul><li>营业执照记载事项的变更由市场监管部门共享信息预填，单位<strong>核对确认即可</strong>；</li><li>单位住房公积金账号不变，职工个人账户和缴存记录不受影响；</li><li>调整缴存基数或缴存比例的，按“住房公积金单位缴存基数调整”另行办理。</li></ul>',
    legalBasis: [
      {
        law: HOUSING_FUND_REGULATION,
        article: '第十三条',
        text: '住房公积金管理中心应当在受委托银行设立住房公积金专户。单位应当向住房公积金管理中心办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。每个职工只能有一个住房公积金账户。……',
      },
      {
        law: HOUSING_FUND_REGULATION,
        article: '第十四条',
        text: '新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记，并自登记之日起20日内，为本单位职工办理住房公积金账户设立手续。单位合并、分立、撤销、解散或者破产的，应当自发生上述情况之日起30日内由原单位或者清算组织向住房公积金管理中心办理变更登记或者注销登记……',
      },
    ],
    kind: 'instant',
    legalLimit: { value: 0, unit: 'working', note: '即办' },
    promisedLimit: { value: 0, unit: 'working', note: '即办，确认后即时更新单位缴存登记信息' },
    channels: ['window', 'online'],
    onlineDepth: 4,
    visits: 0,
    visitReason: null,
    bookable: true,
    mailable: false,
    scope: 'city',
    materials: [
      applicationForm('100600040000', '住房公积金单位信息变更登记表', '填写变更事项及变更前后的内容；营业执照记载事项的变更由系统带入，核对确认即可。'),
      businessLicence({ notes: '变更后的营业执照；已关联电子营业执照的免于提交。' }),
      applicantDoc('变更事项证明材料', 'proof', 'optional', '变更单位经办人的提交单位授权书；变更其他非营业执照记载事项的，提交相应的证明材料。', COPY),
      agentIdCard(),
    ],
    process: [
      { code: 'receive', name: '网上申报', days: 0, description: '在法人空间核对共享的变更信息，或填报其他变更事项。' },
      { code: 'review', name: '审核', days: 0, description: '核对变更后的营业执照信息和单位缴存登记信息。' },
      { code: 'decide', name: '办结', days: 0, description: '即时完成单位信息变更，职工账户的单位信息同步更新。' },
    ],
    fees: freeFees(),
    result: { kind: 'other', name: '变更后的住房公积金单位缴存登记信息', sample: null },
    faq: [
      {
        question: '单位改名后，职工办理公积金贷款、提取受影响吗？',
        answer: '<p>不受影响，单位账号和职工账户均不变。建议营业执照变更后尽快确认，避免职工办理业务时单位名称与劳动合同、收入证明不一致。</p>',
      },
      {
        question: '缴存比例也能在这里一起改吗？',
        answer: '<p>不能。缴存基数和比例的调整请办理“住房公积金单位缴存基数调整”，每年按规定的调整期办理。</p>',
      },
    ],
    popularity: 40,
    onlineDate: '2019-09-30',
  },
]
