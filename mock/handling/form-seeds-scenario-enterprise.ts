import { f, optional, section, when, type Choice, type FormSeed } from './form-seeds'

/**
 * Hand-written form sections of items in the enterprise 一件事 (see form-seeds.ts for the conventions).
 *
 * form-seeds.ts imports this file, so `f`, `section`, `when` and `optional` are used only inside `sections()`.
 * Fields that mean the same as a field of another item of the same 一件事 keep that field's id and type, so the
 * combined form asks them once: `premises` (经营场所, as 个体工商户设立登记 and 食品经营许可), `bankName` (开户银行,
 * as 单位参保登记, with the same options), `changeDetail` (变更内容, as 食品经营许可（变更）).
 */

/** The banks of 单位参保登记's 开户银行 (form-seeds.ts), the same values so the two merge into one answer. */
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

const YES_NO: readonly Choice[] = [
  ['yes', '是'],
  ['no', '否'],
]

/** 变更事项 of the 社保 and 公积金 单位信息变更: one id and the same options, so a case asks it once. */
const UNIT_CHANGE_TYPES: readonly Choice[] = [
  ['registration', '营业执照登记事项（名称、住所、法定代表人等）'],
  ['other', '其他登记信息（经办人、联系方式等）'],
]

export const scenarioEnterpriseFormSeeds: Record<string, FormSeed> = {
  // 户外招牌设置备案
  '100600010000': {
    sections: () => [
      section(
        '招牌信息',
        f.address('premises', '经营场所', { help: '设置招牌的店铺地址，须与营业执照登记的经营场所一致' }),
        f.text('signText', '招牌文字内容', { maxLength: 40, help: '应与营业执照登记的名称（字号）一致，或使用其规范简称；不得含有电话号码、促销等广告内容' }),
        f.select('signForm', '设置形式', [
          ['wall', '平行于外墙的店招'],
          ['projecting', '垂直于外墙的突出式招牌'],
          ['canopy', '雨篷、檐口上方的招牌'],
          ['window', '橱窗、玻璃门上的招牌'],
        ]),
        f.number('signLength', '招牌长度（米）', { min: 0.1, max: 50 }),
        f.number('signHeight', '招牌高度（米）', { min: 0.1, max: 10 }),
        f.select('signLighting', '照明方式', [
          ['none', '无照明'],
          ['external', '外部投光照明'],
          ['internal', '内透光或发光字'],
        ]),
        f.select(
          'premisesRight',
          '设置场所权属',
          [
            ['owned', '自有房屋'],
            ['leased', '租赁房屋'],
          ],
          { help: '租赁房屋的，租赁合同未约定可设置招牌的，须在材料中另附产权人同意设置的书面意见' },
        ),
        f.text('landlordName', '产权人（出租人）', { ...when('premisesRight', 'leased'), maxLength: 60 }),
        f.date('installDate', '计划设置日期', { min: 'today', help: '应在设置前完成备案' }),
      ),
    ],
  },

  // 企业银行账户预约开户
  '100600020000': {
    sections: () => [
      section(
        '预约信息',
        f.select('bankName', '开户银行', BANKS),
        f.text('bankBranch', '开户网点', { maxLength: 60, placeholder: '如：某某支行', help: '建议选择住所或经营场所附近的网点' }),
        f.date('appointmentDate', '预约办理日期', { min: 'today', help: '银行将在 1 个工作日内联系您确认' }),
        f.text('accountContact', '开户联系人', { maxLength: 30 }),
        f.phone('accountContactPhone', '联系人手机号'),
        f.select('onSiteCheck', '是否需要银行上门核实', YES_NO, { ...optional, help: '部分银行提供上门或视频核实，以银行答复为准' }),
      ),
    ],
  },

  // 社会保险单位信息变更
  '100600030000': {
    sections: () => [
      section(
        '变更信息',
        f.select('unitChangeType', '变更事项', UNIT_CHANGE_TYPES),
        f.textarea('changeDetail', '变更内容', { maxLength: 300, placeholder: '如：单位名称由“……”变更为“……”' }),
        f.text('socialAgentName', '社保经办人', { maxLength: 30 }),
        f.phone('socialAgentPhone', '社保经办人手机号'),
      ),
    ],
  },

  // 住房公积金单位信息变更
  '100600040000': {
    sections: () => [
      section(
        '变更信息',
        f.select('unitChangeType', '变更事项', UNIT_CHANGE_TYPES),
        f.textarea('changeDetail', '变更内容', { maxLength: 300, placeholder: '如：单位名称由“……”变更为“……”' }),
        f.text('fundAgentName', '公积金经办人', { maxLength: 30 }),
        f.phone('fundAgentPhone', '公积金经办人手机号'),
      ),
    ],
  },
}
