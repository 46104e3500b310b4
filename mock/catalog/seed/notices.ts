import type { NoticeSummaryDto } from '../../../src/api/contract'
import { regions } from '../../fixtures/regions'
import { hash } from '../hash'

/**
 * 通知公告: five per region of the app config that implements items (上海市, its 16 districts, the eight G60
 * cities; the G60 districts read their city's). 上海市's are written out; the others come from a pool of the
 * notices district and city governments actually publish (办公时间调整, 新事项上线, 窗口搬迁, 参保缴费, …), chosen
 * by the region's code, with the real publisher of each kind. Each kind has its body (a few paragraphs of the
 * catalog's rich-text subset, mock/community/notice-bodies.ts), a 文号 when a government office issues it, and
 * the catalog items it concerns (by name; mock/community/notices.ts links the implementation nearest the
 * notice's region and fills in the hall's address).
 *
 * Placeholders in titles and bodies: {r} the region, {hall} its 行政服务中心 (市民中心 for a G60 city), {addr} and
 * {phone} the hall's address and phone, {hotline} the 12345 line, {date} the publication date (2026年12月24日).
 */

/** A notice with what its detail page needs besides the summary. */
export interface NoticeSeed extends NoticeSummaryDto {
  /** Key of the body template (mock/community/notice-bodies.ts) */
  body: string
  /** 文号 (黄府办〔2026〕12号), or null */
  docNumber: string | null
  /** Names of the catalog items it concerns (their implementations nearest the notice's region are linked) */
  itemNames: readonly string[]
  /** The region's name and its hall's, for the placeholders */
  regionName: string
  hallName: string
}

/** Epoch ms of 10:00 Beijing time on a day of 2026. */
const at = (month: number, day: number) => Date.UTC(2026, month - 1, day, 2, 0)

type Authored = Omit<NoticeSeed, 'regionName' | 'hallName'>

const shanghai = (n: Omit<Authored, 'regionCode'>): Authored => ({ ...n, regionCode: '310000' })

const shanghaiNotices: Authored[] = [
  shanghai({ id: '310000-n1', title: '关于2027年元旦期间本市各级政务服务中心办公时间调整的通知', department: '上海市人民政府办公厅', publishedAt: at(12, 24), body: 'city-new-year', docNumber: '沪府办〔2026〕58号', itemNames: [] }),
  shanghai({ id: '310000-n2', title: '“一网通办”企业专属网页新增惠企政策精准推送服务的公告', department: '上海市大数据中心', publishedAt: at(11, 18), body: 'city-enterprise-page', docNumber: null, itemNames: [] }),
  shanghai({ id: '310000-n3', title: '关于做好本市2027年度城乡居民基本医疗保险参保缴费工作的通知', department: '上海市医疗保障局', publishedAt: at(10, 9), body: 'city-medical-insurance', docNumber: '沪医保发〔2026〕21号', itemNames: [] }),
  shanghai({ id: '310000-n4', title: '关于本市婚姻登记机关在特殊日期延时办理结婚登记的公告', department: '上海市民政局', publishedAt: at(8, 12), body: 'city-marriage-days', docNumber: null, itemNames: [] }),
  shanghai({ id: '310000-n5', title: '关于上线水电燃气“一站式”生活缴费服务的公告', department: '上海市大数据中心', publishedAt: at(7, 20), body: 'city-utility-bills', docNumber: null, itemNames: ['水费缴纳', '电费缴纳', '燃气费缴纳'] }),
]

/** One kind of notice in the pool: title, publisher, body, whether it has a 文号, the items it concerns. */
interface PoolKind {
  title: string
  department: string
  body: string
  /** The 文号's issuing office abbreviation after the region's first character (府办 → 黄府办), or null */
  doc: string | null
  items: string[]
}

const pool: PoolKind[] = [
  { title: '关于2027年元旦期间{hall}办公时间调整的通知', department: '{hall}', body: 'new-year', doc: null, items: [] },
  { title: '关于{hall}二楼综合窗口迁至一楼办理的公告', department: '{hall}', body: 'window-move', doc: null, items: [] },
  { title: '关于做好2027年春节期间{r}政务服务保障工作的通知', department: '{r}人民政府办公室', body: 'spring-festival', doc: '府办', items: [] },
  { title: '{r}“高效办成一件事”新增12个事项全程网办的公告', department: '{r}人民政府办公室', body: 'one-thing', doc: '府办', items: ['新生儿出生登记', '企业设立登记'] },
  { title: '关于启用新版不动产登记申请书的公告', department: '{r}不动产登记事务中心', body: 'real-estate-form', doc: null, items: ['不动产登记'] },
  { title: '关于开展2026年度企业职工职业技能提升补贴申领工作的通知', department: '{r}人力资源和社会保障局', body: 'skills-subsidy', doc: '人社', items: ['职业技能培训补贴申领'] },
  { title: '关于婚姻登记处2027年1月1日起开放周六预约的公告', department: '{r}民政局', body: 'marriage-saturday', doc: null, items: ['内地居民结婚登记', '内地居民离婚登记'] },
  { title: '关于2027年度城乡居民基本医疗保险集中参保缴费的通告', department: '{r}医疗保障局', body: 'medical-insurance', doc: null, items: ['城乡居民基本医疗保险参保登记'] },
  { title: '关于调整公共租赁住房申请受理时间的通知', department: '{r}住房保障和房屋管理局', body: 'public-rental', doc: '房管', items: ['公共租赁住房申请'] },
  { title: '关于2027年度老年综合津贴发放时间安排的通知', department: '{r}民政局', body: 'elderly-allowance', doc: '民', items: ['老年综合津贴申请'] },
  { title: '关于个体工商户2026年度报告公示工作的提示', department: '{r}市场监督管理局', body: 'annual-report', doc: null, items: ['企业年度报告公示'] },
  { title: '关于社区事务受理服务中心“周末不打烊”服务安排的公告', department: '{r}人民政府办公室', body: 'weekend-service', doc: '府办', items: ['居住登记', '老年综合津贴申请'] },
]

/** Kinds per region, as steps from its first kind: all different. The first three are the home strip's. */
const STEPS = [0, 5, 9, 2, 7]
/** Months of the non-元旦 notices, in STEPS order */
const MONTHS = [9, 10, 11, 8, 7]

function regionNotices(code: string, name: string, shortName: string, city: boolean): NoticeSeed[] {
  const hall = city ? `${name}市民中心` : `${name}行政服务中心`
  const fill = (text: string) => text.replace('{hall}', hall).replace('{r}', name)
  const first = hash(code) % pool.length
  // Five different kinds, spread through the year; the 元旦 notice (kind 0) always comes last in the year.
  return STEPS.map((step, i) => {
    const kind = pool[(first + step) % pool.length]
    const publishedAt = kind.body === 'new-year' ? at(12, 20 + (hash(`${code}:d`) % 8)) : at(MONTHS[i], 1 + (hash(`${code}:${i}`) % 27))
    const docNumber = kind.doc ? `${shortName[0]}${city && kind.doc === '府办' ? '政办发' : kind.doc}〔2026〕${5 + (hash(`${code}:doc:${i}`) % 60)}号` : null
    return {
      id: `${code}-n${i + 1}`,
      title: fill(kind.title),
      department: fill(kind.department),
      regionCode: code,
      publishedAt,
      body: kind.body,
      docNumber,
      itemNames: kind.items,
      regionName: name,
      hallName: hall,
    }
  })
}

export const noticeSeeds: readonly NoticeSeed[] = [
  ...shanghaiNotices.map((n) => ({ ...n, regionName: '上海市', hallName: '上海市政务服务中心' })),
  ...regions.filter((r) => r.level === 'district' || r.level === 'city').flatMap((r) => regionNotices(r.code, r.name, r.shortName, r.level === 'city')),
]

/** The summaries, for the home strip and the list. */
export const notices: readonly NoticeSummaryDto[] = noticeSeeds.map(({ id, title, department, regionCode, publishedAt }) => ({ id, title, department, regionCode, publishedAt }))
