import type { Mode, ScenarioHitDto } from '../../../src/api/contract'
import { hasLatin, matchPinyin, normaliseQuery, textEntry } from '../search-text'

/**
 * 一件事 (a scenario): several items of several departments handled as one application (高效办成一件事).
 * Search suggests them (开饭店 → 我要开餐饮店); their own pages come with the scenario issue.
 */
export interface ScenarioSeed {
  /** kebab-case English, stable */
  id: string
  title: string
  /** One sentence: which items it combines */
  summary: string
  mode: Mode
  /** What people type for it (领证, 开饭店); matched as substrings and by pinyin */
  keywords: string[]
}

export const scenarioSeeds: ScenarioSeed[] = [
  {
    id: 'getting-married',
    title: '我要结婚',
    summary: '内地居民结婚登记、婚育信息登记、户口簿婚姻状况变更和住房公积金婚姻信息变更合并办理，一次提交。',
    mode: 'personal',
    keywords: ['结婚', '领证', '婚姻', '结婚登记', '扯证'],
  },
  {
    id: 'newborn',
    title: '新生儿出生一件事',
    summary: '出生医学证明、预防接种证、出生登记（上户口）、城乡居民医保参保和社会保障卡申领一次办好。',
    mode: 'personal',
    keywords: ['生孩子', '出生', '新生儿', '上户口', '出生证明', '报户口'],
  },
  {
    id: 'buying-a-home',
    title: '我要买房',
    summary: '住房公积金贷款申请、不动产转移登记、契税申报和水电燃气过户合并办理，一次提交。',
    mode: 'personal',
    keywords: ['买房', '购房', '公积金贷款', '房贷', '过户'],
  },
  {
    id: 'retirement',
    title: '退休一件事',
    summary: '退休申请、基本养老金核定、医保退休待遇转换和住房公积金退休提取一次办好。',
    mode: 'personal',
    keywords: ['退休', '养老金', '退休金', '办退休'],
  },
  {
    id: 'after-death',
    title: '身后一件事',
    summary: '居民死亡医学证明、户口注销、丧葬补助金和抚恤金领取、社会保险和住房公积金账户结清一次办好。',
    mode: 'personal',
    keywords: ['去世', '丧葬', '身后', '死亡', '销户', '丧葬费'],
  },
  {
    id: 'my-restaurant',
    title: '我要开餐饮店',
    summary: '营业执照、食品经营许可、公共场所卫生许可、户外招牌设置和消防安全检查合并办理，一次提交。',
    mode: 'enterprise',
    keywords: ['开饭店', '开餐馆', '餐饮', '饭店', '开店', '开餐厅', '餐馆'],
  },
  {
    id: 'company-setup',
    title: '企业开办一件事',
    summary: '营业执照、公章刻制、发票申领、员工参保登记、住房公积金缴存登记和银行预约开户一次办好。',
    mode: 'enterprise',
    keywords: ['开公司', '注册公司', '企业开办', '办执照', '开办企业'],
  },
  {
    id: 'company-change',
    title: '企业变更一件事',
    summary: '营业执照变更登记、税务登记信息变更、社保和公积金单位信息变更、印章重新刻制合并办理，一次提交。',
    mode: 'enterprise',
    keywords: ['企业变更', '改名', '换法人', '公司变更', '变更地址', '法人变更'],
  },
]

/**
 * Scenarios matching a query, best first, filtered by mode when given: the title or a keyword contains the
 * query, the query contains a keyword (我想开饭店), or the query is the 首字母 or 全拼 of a keyword or the
 * title from its start (kfd → 开饭店, jiehun → 结婚, wyjh → 我要结婚). One character or one letter alone matches
 * only a whole keyword.
 */
export function matchScenarios(q: string, mode?: Mode): ScenarioHitDto[] {
  const { compact } = normaliseQuery(q)
  if (!compact) return []
  const long = Array.from(compact).length >= 2
  const latin = hasLatin(compact)
  const scored: { seed: ScenarioSeed; score: number }[] = []
  scenarioSeeds.forEach((seed) => {
    if (mode && seed.mode !== mode) return
    const title = textEntry(seed.title).norm
    const keywords = seed.keywords.map((k) => textEntry(k))
    let score = Infinity
    if (title === compact) score = 0
    else if (keywords.some((k) => k.norm === compact)) score = 1
    else if (long && title.includes(compact)) score = 2
    else if (keywords.some((k) => k.norm.length >= 2 && compact.includes(k.norm))) score = 3
    else if (long && keywords.some((k) => k.norm.includes(compact))) score = 4
    else if (latin && long) {
      const prefix = (e: ReturnType<typeof textEntry>) => {
        const m = matchPinyin(e, compact)
        return m !== null && m.prefix && !m.alternative && m.kind !== 'mixed'
      }
      if (keywords.some(prefix) || prefix(textEntry(seed.title))) score = 5
    }
    if (score < Infinity) scored.push({ seed, score })
  })
  return scored
    .sort((a, b) => a.score - b.score)
    .map(({ seed }) => ({ id: seed.id, title: seed.title, summary: seed.summary, mode: seed.mode }))
}
