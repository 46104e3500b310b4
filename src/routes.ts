import Taro from '@tarojs/taro'

/**
 * Every page's path, in one place. The three tabs and login live in the main package; everything else is a
 * subpackage (see app.config.ts) so the main package stays far below the 2 MB limit.
 */
export const routes = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  settings: '/packages/settings/pages/settings/index',
  region: '/packages/region/pages/region/index',
  realName: '/packages/account/pages/real-name/index',
  faceCheck: '/packages/account/pages/face-check/index',
  security: '/packages/account/pages/security/index',
  enterprise: '/packages/account/pages/enterprise/index',
  fees: '/packages/pay/pages/fees/index',
  payResult: '/packages/pay/pages/result/index',
  /** 搜索 (?q=) */
  search: '/packages/catalog/pages/search/index',
  /** 办事指南 (?id=) */
  guide: '/packages/catalog/pages/guide/index',
  /** 事项列表 (?theme= | ?level= | ?crossRegion=1, &title=) */
  itemList: '/packages/catalog/pages/list/index',
  /** 部门旗舰店 (?id=) */
  store: '/packages/catalog/pages/store/index',
  /** 我的订阅: manage and reorder */
  subscriptions: '/packages/catalog/pages/subscriptions/index',
  /** 在线办理 (?item=): the form, materials, then review and submit */
  apply: '/packages/handling/pages/apply/index',
  /** 我的办件 (?filter=) */
  applications: '/packages/handling/pages/applications/index',
  /** 办件详情 (?id=) */
  application: '/packages/handling/pages/application/index',
  /** 补正 (?id=) */
  supplement: '/packages/handling/pages/supplement/index',
  /** 好差评 (?id=) */
  rating: '/packages/handling/pages/rating/index',
  /** 我的草稿 */
  drafts: '/packages/handling/pages/drafts/index',
  /** 消息 */
  messages: '/packages/handling/pages/messages/index',
  /** 我的证照 (the list; the wallet issue adds 亮证) */
  licences: '/packages/handling/pages/licences/index',
  /** 一件事 (?id=): what it covers, the questions one per screen, then the tailored checklist */
  scenario: '/packages/scenario/pages/scenario/index',
  /** 一件事合并表单 (?scenario=): the apply page over the combined form */
  scenarioApply: '/packages/handling/pages/apply/index',
  /** 一件事办件 (?id=): every linked application and what is next */
  case: '/packages/handling/pages/case/index',
  /** 电子证照 (?id=): its face, masked until revealed with a face check; 亮证 and 用证记录 from here */
  licence: '/packages/wallet/pages/licence/index',
  /** 亮证 (?id=&purpose=): the signed QR code, refreshed every 30 s */
  showLicence: '/packages/wallet/pages/show/index',
  /** 用证记录 (?id=) */
  licenceUsage: '/packages/wallet/pages/usage/index',
  /** 验证电子证照: window staff scan a shown code */
  verifyLicence: '/packages/wallet/pages/verify/index',
  /** 预约 (?item=, &application=; &reschedule=<appointment id>): hall, day, time slot */
  book: '/packages/appointment/pages/book/index',
  /** 我的预约 */
  appointments: '/packages/appointment/pages/list/index',
  /** 预约详情 (?id=): 签到码, hall, materials to bring; reschedule and cancel */
  appointment: '/packages/appointment/pages/detail/index',
  /** 我要咨询 (?item=): the item's FAQ first, suggestions while typing */
  consult: '/packages/feedback/pages/consult/index',
  /** 我要投诉 (?item=, &hall=) */
  complain: '/packages/feedback/pages/complaint/index',
  /** 业务找茬 (?from=<route>&params=<query>&title=<page title>): knows the page it came from */
  report: '/packages/feedback/pages/report/index',
  /** 我的咨询 / 我的投诉 / 我的找茬 (?kind=) */
  feedbackList: '/packages/feedback/pages/list/index',
  /** 咨询 / 投诉 / 找茬详情 (?id=): progress, the reply, 满意度评价 */
  feedback: '/packages/feedback/pages/detail/index',
  /** 通知公告 */
  notices: '/packages/community/pages/notices/index',
  /** 通知公告详情 (?id=) */
  notice: '/packages/community/pages/notice/index',
  /** 社区: the street's and district's centres, centres nearby, street-level items */
  community: '/packages/community/pages/community/index',
} as const

export type TabRoute = typeof routes.home | typeof routes.services | typeof routes.mine

const TABS: string[] = [routes.home, routes.services, routes.mine]

/**
 * A page parameter as text ('' when absent): mini-program hosts hand query values over still percent-encoded
 * while H5 decodes them, so decode once and keep the raw value when it is not valid encoding (a literal 「%」).
 */
export function decodeParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A page URL with its query, values encoded. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query).filter((p): p is [string, string] => p[1] !== undefined)
  return pairs.length ? `${path}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : path
}

/**
 * Back to where a flow started: the previous page when there is one, else `then` (H5 comes back from a
 * provider page or cashier with no page stack), else 我的.
 */
export function returnTo(then?: string) {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack()
  const target = then ?? routes.mine
  return TABS.includes(target.split('?')[0]) ? Taro.switchTab({ url: target.split('?')[0] }) : Taro.redirectTo({ url: target })
}

export const openTab = (url: TabRoute) => Taro.switchTab({ url })
export const openPage = (url: string) => Taro.navigateTo({ url })
export const goBack = () => Taro.navigateBack()
