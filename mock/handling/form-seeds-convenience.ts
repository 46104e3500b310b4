import { f, optional, section, type Choice, type FormSeed } from './form-seeds'

/**
 * Hand-written forms of the 便民服务 items (items-personal-2.ts, 便民生活): what the bank, the travel agencies'
 * contract platform and the utilities need. The answers are checked against their records at submission
 * (convenience.ts): an unknown 户号 or contract is a 400 on the field, as their own apps would say at once.
 * form-seeds.ts imports this file, so its builders are used only inside `sections()`.
 */

/** 外币现钞: the currencies branches stock, ISO 4217 codes as values. */
export const CURRENCIES: readonly Choice[] = [
  ['USD', '美元'],
  ['EUR', '欧元'],
  ['JPY', '日元'],
  ['HKD', '港币'],
  ['GBP', '英镑'],
  ['KRW', '韩元'],
  ['AUD', '澳大利亚元'],
  ['THB', '泰铢'],
]

const FX_PURPOSES: readonly Choice[] = [
  ['travel', '因私旅游'],
  ['study', '自费留学'],
  ['visit', '探亲'],
  ['business', '公务及商务出国'],
  ['medical', '境外就医'],
]

/** 户号 of the 生活缴费 items (the same rule as 二手房水电气过户's accounts) */
export const UTILITY_ACCOUNT = { pattern: '\\d{6,20}', patternMessage: '户号为 6–20 位数字', maxLength: 20 }
/** 旅游电子合同编号: two letters (issuing province) and 12 digits */
export const CONTRACT_NO = { pattern: '[A-Z]{2}\\d{12}', patternMessage: '合同编号为 2 位大写字母加 12 位数字，如 SH202610150321', maxLength: 14 }

const utility = (label: string, help: string): FormSeed => ({
  sections: () => [section('缴费信息', f.text('accountNo', label, { ...UTILITY_ACCOUNT, help }))],
})

export const convenienceFormSeeds: Readonly<Record<string, FormSeed>> = {
  // 外币兑换预约: the branch and time are booked through 预约; the form tells the bank what to stock.
  '100200270000': {
    sections: () => [
      section(
        '兑换信息',
        f.select('currency', '兑换币种', CURRENCIES),
        f.number('foreignAmount', '兑换金额（外币）', { min: 100, max: 10_000_000, help: '按外币金额填写；境内个人每年便利化购汇额度为等值 5 万美元' }),
        f.select('fxPurpose', '购汇用途', FX_PURPOSES),
        f.date('pickupDate', '取钞日期', { min: 'today', help: '须为银行营业的工作日；小币种请至少提前 3 个工作日预约' }),
      ),
    ],
  },
  // 旅游电子合同查询: by number (any listed tourist may look it up), or every contract of the applicant.
  '100200280000': {
    sections: () => [
      section(
        '查询条件',
        f.text('contractNo', '合同编号', { ...optional, ...CONTRACT_NO, help: '见合同首页右上角；不填写的，查询本人作为签约人或出游人的全部合同' }),
        f.text('touristName', '游客姓名', { prefill: 'identity.name', editable: true, maxLength: 30, help: '查询他人（如同行家属）的合同时，须同时填写合同编号' }),
        f.idNumber('touristIdNumber', '游客身份证号', { prefill: 'identity.idNumber', editable: true }),
      ),
    ],
  },
  '100200300000': utility('水费用户编号', '见水费账单或供水企业短信通知，共 10 位数字'),
  '100200310000': utility('用电户号', '见电费账单或供电企业短信通知，共 10 位数字'),
  '100200320000': utility('燃气用户号', '见燃气账单或燃气企业短信通知，共 10 位数字'),
}
