import { BOOKABLE_ITEM, ONLINE_ITEM, SCENARIO, type Records } from './records'

/**
 * How the accessibility walk opens each page of src/app.config.ts: the query it needs (from records created over
 * the API) and a Playwright selector that shows once the page's data is in, so the page is measured as people see
 * it, not as a skeleton or an error. A page of the app config without an entry here fails the walk: add one.
 */
export interface RouteCase {
  /** The query string (without '?'), from the records */
  query?: (r: Records) => string
  /** A Playwright selector ('text=…' or CSS) of something the page shows once loaded */
  ready: string
  /** Who is signed in: the citizen (default), window staff, or nobody */
  as?: 'citizen' | 'staff' | 'anonymous'
}

export const ROUTES: Record<string, RouteCase> = {
  'pages/home/index': { ready: 'text=社区服务' },
  'pages/services/index': { ready: 'text=按主题' },
  'pages/mine/index': { ready: 'text=138****8555' },
  'pages/login/index': { ready: 'text=获取验证码', as: 'anonymous' },
  'packages/settings/pages/settings/index': { ready: 'text=效果预览' },
  'packages/region/pages/region/index': { ready: 'text=上海市（全市）' },
  'packages/account/pages/real-name/index': { ready: 'text=开始刷脸认证', as: 'anonymous' },
  'packages/account/pages/face-check/index': { ready: 'text=请刷脸确认是您本人' },
  'packages/account/pages/security/index': { ready: 'text=退出登录' },
  'packages/account/pages/enterprise/index': { ready: 'text=统一社会信用代码' },
  'packages/pay/pages/fees/index': { ready: 'text=待缴费用' },
  'packages/pay/pages/result/index': { query: (r) => `order=${r.paidOrder}`, ready: 'text=缴费成功' },
  'packages/catalog/pages/search/index': { query: () => `q=${encodeURIComponent('结婚')}`, ready: 'text=结婚登记' },
  'packages/catalog/pages/guide/index': { query: () => `id=${ONLINE_ITEM}`, ready: 'text=申请材料' },
  'packages/catalog/pages/list/index': { query: () => `level=district&title=${encodeURIComponent('区级事项')}`, ready: '.tb-item-row' },
  'packages/catalog/pages/store/index': { query: (r) => `id=${r.department}`, ready: '.tb-item-row' },
  'packages/catalog/pages/subscriptions/index': { ready: 'text=机动车驾驶证换证' },
  'packages/handling/pages/apply/index': { query: () => `item=${ONLINE_ITEM}`, ready: 'text=驾驶证信息' },
  'packages/handling/pages/applications/index': { ready: 'text=已受理' },
  'packages/handling/pages/application/index': { query: (r) => `id=${r.accepted}`, ready: 'text=办理进度' },
  'packages/handling/pages/supplement/index': { query: (r) => `id=${r.supplementing}`, ready: 'text=请补充清晰的材料扫描件' },
  'packages/handling/pages/rating/index': { query: (r) => `id=${r.approved}`, ready: 'text=满意' },
  'packages/handling/pages/drafts/index': { ready: 'text=机动车驾驶证换证' },
  'packages/handling/pages/messages/index': { ready: 'text=已受理' },
  'packages/handling/pages/licences/index': { ready: 'text=居民身份证' },
  'packages/handling/pages/case/index': { query: (r) => `id=${r.caseId}`, ready: 'text=新生儿出生' },
  'packages/scenario/pages/scenario/index': { query: () => `id=${SCENARIO}`, ready: 'text=可能涉及的事项' },
  'packages/wallet/pages/licence/index': { query: (r) => `id=${r.licence}`, ready: 'text=可信等级' },
  'packages/wallet/pages/show/index': { query: (r) => `id=${r.licence}&purpose=identity`, ready: 'text=秒后自动刷新' },
  'packages/wallet/pages/usage/index': { query: (r) => `id=${r.licence}`, ready: 'text=黄浦区' },
  'packages/wallet/pages/verify/index': { ready: 'text=核验', as: 'staff' },
  'packages/appointment/pages/book/index': { query: () => `item=${BOOKABLE_ITEM}`, ready: 'text=请依次选择大厅、日期和时段' },
  'packages/appointment/pages/list/index': { ready: 'text=结婚登记' },
  'packages/appointment/pages/detail/index': { query: (r) => `id=${r.appointment}`, ready: 'text=签到码' },
  'packages/feedback/pages/consult/index': { query: () => `item=${BOOKABLE_ITEM}`, ready: 'text=常见问题' },
  'packages/feedback/pages/complaint/index': { query: () => `item=${BOOKABLE_ITEM}`, ready: 'text=涉及的办理地点' },
  'packages/feedback/pages/report/index': {
    query: () => `from=${encodeURIComponent('/packages/catalog/pages/guide/index')}&params=${encodeURIComponent(`id=${ONLINE_ITEM}`)}&title=${encodeURIComponent('办事指南')}&item=${ONLINE_ITEM}`,
    ready: 'text=涉及事项：机动车驾驶证换证',
  },
  'packages/feedback/pages/list/index': { query: () => 'kind=complaint', ready: 'text=待评价' },
  'packages/feedback/pages/detail/index': { query: (r) => `id=${r.complaint}`, ready: 'text=满意度评价' },
  'packages/community/pages/notices/index': { ready: '.notices__title' },
  'packages/community/pages/notice/index': { query: (r) => `id=${r.notice}`, ready: 'text=发布日期' },
  'packages/community/pages/community/index': { ready: 'text=行政服务中心' },
}

/** Every page of src/app.config.ts as 'root/page' (the main package's pages first), as the hosts list them. */
export function appPages(): string[] {
  const g = globalThis as { defineAppConfig?: (config: unknown) => unknown }
  g.defineAppConfig = (config) => config
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const config = require('../../src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] }
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}
