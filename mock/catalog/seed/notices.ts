import type { NoticeSummaryDto } from '../../../src/api/contract'
import { regions } from '../../fixtures/regions'
import { hash } from '../hash'

/**
 * 通知公告 for the home strip: three per region of the app config that implements items (上海市, its 16
 * districts, the eight G60 cities). 上海市's are written out; the others come from a pool of the notices
 * district and city governments actually publish (办公时间调整, 新事项上线, 窗口搬迁, 参保缴费, …), three per
 * region chosen by its code, with the real publisher of each kind.
 */

/** Epoch ms of 10:00 Beijing time on a day of 2026. */
const at = (month: number, day: number) => Date.UTC(2026, month - 1, day, 2, 0)

const shanghaiNotices: NoticeSummaryDto[] = [
  { id: '310000-n1', title: '关于2027年元旦期间本市各级政务服务中心办公时间调整的通知', department: '上海市人民政府办公厅', regionCode: '310000', publishedAt: at(12, 24) },
  { id: '310000-n2', title: '“一网通办”企业专属网页新增惠企政策精准推送服务的公告', department: '上海市大数据中心', regionCode: '310000', publishedAt: at(11, 18) },
  { id: '310000-n3', title: '关于做好本市2027年度城乡居民基本医疗保险参保缴费工作的通知', department: '上海市医疗保障局', regionCode: '310000', publishedAt: at(10, 9) },
]

/** [title, publisher] with `{r}` the region's name; `{hall}` its 行政服务中心 (市民中心 for a G60 city). */
const pool: [title: string, department: string][] = [
  ['关于2027年元旦期间{hall}办公时间调整的通知', '{hall}'],
  ['关于{hall}二楼综合窗口迁至一楼办理的公告', '{hall}'],
  ['关于做好2027年春节期间{r}政务服务保障工作的通知', '{r}人民政府办公室'],
  ['{r}“高效办成一件事”新增12个事项全程网办的公告', '{r}人民政府办公室'],
  ['关于启用新版不动产登记申请书的公告', '{r}不动产登记事务中心'],
  ['关于开展2026年度企业职工职业技能提升补贴申领工作的通知', '{r}人力资源和社会保障局'],
  ['关于婚姻登记处2027年1月1日起开放周六预约的公告', '{r}民政局'],
  ['关于2027年度城乡居民基本医疗保险集中参保缴费的通告', '{r}医疗保障局'],
  ['关于调整公共租赁住房申请受理时间的通知', '{r}住房保障和房屋管理局'],
  ['关于2027年度老年综合津贴发放时间安排的通知', '{r}民政局'],
  ['关于个体工商户2026年度报告公示工作的提示', '{r}市场监督管理局'],
  ['关于社区事务受理服务中心“周末不打烊”服务安排的公告', '{r}人民政府办公室'],
]

function regionNotices(code: string, name: string, city: boolean): NoticeSummaryDto[] {
  const hall = city ? `${name}市民中心` : `${name}行政服务中心`
  const fill = (text: string) => text.replace('{hall}', hall).replace('{r}', name)
  const first = hash(code) % pool.length
  // Three different kinds, spread through the autumn; the 元旦 notice (kind 0) always comes last in the year.
  return [0, 5, 9].map((step, i) => {
    const kind = (first + step) % pool.length
    const [title, department] = pool[kind]
    const publishedAt = kind === 0 ? at(12, 20 + (hash(`${code}:d`) % 8)) : at(9 + i, 1 + (hash(`${code}:${i}`) % 27))
    return { id: `${code}-n${i + 1}`, title: fill(title), department: fill(department), regionCode: code, publishedAt }
  })
}

export const notices: readonly NoticeSummaryDto[] = [
  ...shanghaiNotices,
  ...regions
    .filter((r) => r.level === 'district' || r.level === 'city')
    .flatMap((r) => regionNotices(r.code, r.name, r.level === 'city')),
]
