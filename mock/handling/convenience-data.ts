import { CITIZEN, LEGAL_REP, X_CHECK_DIGIT } from '../fixtures/identities'

/**
 * What the 便民服务 look answers up: the utilities' accounts (户号) with their monthly usage, and the 旅游电子合同
 * the travel agencies uploaded. Small seeded tables, documented in mock/README.md so a developer knows which
 * numbers work. A bill is for the month before the current Beijing month; its usage varies by month (hash).
 */

export type Utility = 'water' | 'power' | 'gas'

export interface UtilityAccount {
  accountNo: string
  utility: Utility
  /** The city whose utility keeps the account (the item's city must match) */
  cityCode: string
  /** 户名 as bills print it, masked */
  holderMasked: string
  /** 用水 / 用电 / 用气 address as bills print it, masked */
  addressMasked: string
  /** Typical monthly usage (立方米 / 千瓦时) */
  usage: number
  /** Signed up for 银行代扣: nothing to pay here */
  directDebit?: boolean
}

export const UTILITY_INFO: Record<Utility, { name: string; unit: string; price: number; tier: string }> = {
  water: { name: '水费', unit: '立方米', price: 3.45, tier: '居民生活用水第一阶梯 3.45 元/立方米（含污水处理费）' },
  power: { name: '电费', unit: '千瓦时', price: 0.617, tier: '居民生活用电第一档 0.617 元/千瓦时' },
  gas: { name: '燃气费', unit: '立方米', price: 3.0, tier: '居民生活用气第一档 3.00 元/立方米' },
}

/** Who bills, by city and utility (the payee of the fee) */
export const UTILITY_COMPANY: Record<string, Partial<Record<Utility, string>>> = {
  '310000': { water: '上海城投水务（集团）有限公司', power: '国网上海市电力公司', gas: '上海燃气有限公司' },
  '330400': { water: '嘉兴市水务投资集团有限公司', power: '国网浙江省电力有限公司嘉兴供电公司', gas: '嘉兴市燃气集团股份有限公司' },
}

export const UTILITY_ACCOUNTS: readonly UtilityAccount[] = [
  { accountNo: '2101013001', utility: 'water', cityCode: '310000', holderMasked: '孙**', addressMasked: '黄浦区西藏中路***弄**号', usage: 24 },
  { accountNo: '2101043002', utility: 'water', cityCode: '310000', holderMasked: '王**', addressMasked: '徐汇区宜山路***弄**号', usage: 16 },
  { accountNo: '2101153003', utility: 'water', cityCode: '310000', holderMasked: '李**', addressMasked: '浦东新区锦绣路***弄**号', usage: 30, directDebit: true },
  { accountNo: '3100021568', utility: 'power', cityCode: '310000', holderMasked: '孙**', addressMasked: '黄浦区西藏中路***弄**号', usage: 230 },
  { accountNo: '3100048870', utility: 'power', cityCode: '310000', holderMasked: '王**', addressMasked: '徐汇区宜山路***弄**号', usage: 180 },
  { accountNo: '1203005517', utility: 'gas', cityCode: '310000', holderMasked: '孙**', addressMasked: '黄浦区西藏中路***弄**号', usage: 28 },
  { accountNo: '1203007702', utility: 'gas', cityCode: '310000', holderMasked: '李**', addressMasked: '浦东新区锦绣路***弄**号', usage: 35 },
  { accountNo: '5730100128', utility: 'water', cityCode: '330400', holderMasked: '陈**', addressMasked: '南湖区中山东路***弄**号', usage: 20 },
]

export type ContractStatus = 'effective' | 'fulfilled' | 'cancelled'

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  effective: '已生效（待出行）',
  fulfilled: '已履行完毕',
  cancelled: '已解除',
}

export interface TravelContract {
  contractNo: string
  agency: string
  route: string
  /** YYYY-MM-DD */
  departure: string
  days: number
  status: ContractStatus
  /** 签约人 first, then the other 出游人 */
  tourists: readonly { name: string; idNumber: string }[]
}

const companion = { name: '孙晓雯', idNumber: '310115201205160029' }

export const TRAVEL_CONTRACTS: readonly TravelContract[] = [
  { contractNo: 'SH202610150321', agency: '上海春秋国际旅行社（集团）有限公司', route: '日本东京、大阪6日游', departure: '2027-01-20', days: 6, status: 'effective', tourists: [X_CHECK_DIGIT, companion] },
  { contractNo: 'SH202607020118', agency: '上海携程国际旅行社有限公司', route: '云南昆明、大理、丽江7日游', departure: '2026-07-18', days: 7, status: 'fulfilled', tourists: [X_CHECK_DIGIT] },
  { contractNo: 'SH202609230045', agency: '上海锦江旅游有限公司', route: '泰国曼谷、芭提雅5日游', departure: '2026-10-03', days: 5, status: 'cancelled', tourists: [CITIZEN] },
  { contractNo: 'SH202611080077', agency: '上海众信旅游有限公司', route: '新疆乌鲁木齐、喀纳斯8日游', departure: '2027-06-10', days: 8, status: 'effective', tourists: [LEGAL_REP] },
]
