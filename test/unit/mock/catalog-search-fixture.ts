import type { SearchOptions } from '../../../mock/catalog/search'

/** A hand-built slice of the catalog for search tests: a few items in 黄浦区, 徐汇区 and the city. */
export interface FixtureItem {
  id: string
  name: string
  aliases: string[]
  department: { id: string; name: string; shortName: string }
  departmentKey: string
  regionCode: string
  usage: number
  audiences: ('personal' | 'enterprise')[]
}

const dept = (id: string, name: string, shortName: string) => ({ id, name, shortName })
const HP_CIVIL = dept('310101-civil-affairs', '黄浦区民政局', '民政')
const XH_CIVIL = dept('310104-civil-affairs', '徐汇区民政局', '民政')
const SH_CIVIL = dept('310000-civil-affairs', '上海市民政局', '民政')
const HP_MARKET = dept('310101-market-regulation', '黄浦区市场监督管理局', '市场监管')
const SH_MARKET = dept('310000-market-regulation', '上海市市场监督管理局', '市场监管')
const SH_TRAFFIC = dept('310000-traffic-police', '上海市公安局交通警察总队', '交警')
const SH_FUND = dept('310000-housing-fund', '上海市住房公积金管理中心', '公积金')
const SH_HEALTH = dept('310000-health', '上海市卫生健康委员会', '卫健')

const MARRIAGE_ALIASES = ['结婚登记', '领证', '登记结婚', '结婚证', '扯证']
const FOOD_ALIASES = ['开饭店', '开餐馆', '餐饮许可', '食品许可证']

let n = 0
const item = (
  name: string,
  department: FixtureItem['department'],
  regionCode: string,
  usage: number,
  aliases: string[] = [],
  audiences: FixtureItem['audiences'] = ['personal'],
): FixtureItem => ({
  id: `${regionCode}-${String(++n).padStart(3, '0')}`,
  name,
  aliases,
  department,
  departmentKey: department.id.replace(/^\d+-/, ''),
  regionCode,
  usage,
  audiences,
})

export const fixture: FixtureItem[] = [
  item('内地居民结婚登记', HP_CIVIL, '310101', 900, MARRIAGE_ALIASES),
  item('内地居民结婚登记', XH_CIVIL, '310104', 1200, MARRIAGE_ALIASES),
  item('内地居民离婚登记', HP_CIVIL, '310101', 300, ['离婚', '协议离婚']),
  item('最低生活保障申请', HP_CIVIL, '310101', 200, ['低保', '申请低保']),
  item('社会团体成立登记', SH_CIVIL, '310000', 50, ['成立协会']),
  item('食品经营许可（新办）', HP_MARKET, '310101', 500, FOOD_ALIASES, ['enterprise']),
  item('食品经营许可（变更）', HP_MARKET, '310101', 100, FOOD_ALIASES, ['enterprise']),
  item('食品经营许可证补办', HP_MARKET, '310101', 80, [], ['enterprise']),
  item('集体用餐配送单位食品经营许可', SH_MARKET, '310000', 5000, [], ['enterprise']),
  item('食品生产许可', SH_MARKET, '310000', 400, ['食品厂许可'], ['enterprise']),
  item('食品摊贩登记', HP_MARKET, '310101', 90, ['摆摊'], ['enterprise']),
  item('公共场所卫生许可', SH_HEALTH, '310000', 700, ['卫生许可证'], ['enterprise']),
  item('机动车驾驶证换证', SH_TRAFFIC, '310000', 3000, ['驾照换证', '驾照到期', '换驾照']),
  item('机动车驾驶证补证', SH_TRAFFIC, '310000', 800, ['驾照补办', '驾照丢了']),
  item('住房公积金贷款提前还款', SH_FUND, '310000', 600, ['提前还贷']),
  item('银行卡绑定公积金账户', SH_FUND, '310000', 40, []),
  item('行政复议申请', SH_CIVIL, '310000', 10, []),
]

/** Scope and distance as the route computes them for a caller in 黄浦区 (310101). */
export function scopeOf(region: string, extra: Partial<SearchOptions<FixtureItem>> = {}): SearchOptions<FixtureItem> {
  const parent = region.length === 6 && !region.endsWith('0000') ? `${region.slice(0, 2)}0000` : null
  return {
    accept: (it) => it.regionCode === region || it.regionCode === parent || it.regionCode.startsWith(region.replace(/0+$/, '')),
    distance: (it) => (it.regionCode === region ? 0 : it.regionCode === parent ? 1 : 2),
    usage: (it) => it.usage,
    offset: 0,
    limit: 20,
    ...extra,
  }
}
