import Taro from '@tarojs/taro'
import { platform } from '@/platform'
import type { ItemDetailDto, MaterialDto } from '../../../../api/contract'
import { session } from '../../../../stores/session'
import { openPage, routes, withQuery } from '../../../../routes'

/**
 * What the guide's buttons do beyond the guide itself. 在线办理 opens the application form. 预约办理 (booking a
 * time) comes with a later issue, which replaces the body of openBooking; until then it tells people plainly
 * what to prepare and offers the department's 咨询电话.
 */

/** The guide's own URL, to come back to after signing in and to share. */
export const guideUrl = (id: string) => withQuery(routes.guide, { id })

/** Subscribing, applying and booking need an account (not 实名): sends the user to sign in and back. */
export function requireSignIn(then: string): boolean {
  if (session.get().status === 'signed-in') return true
  void openPage(withQuery(routes.login, { then }))
  return false
}

export const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/** Calls through the host; closing the host's call sheet is the user's choice, not an error. */
export async function callPhone(phone: string) {
  const done = await platform.makePhoneCall(phone)
  if (done.status === 'failed' || done.status === 'unsupported') toast(`${done.message}，请拨打 ${phone}`)
}

export async function copyText(text: string, done: string) {
  const copied = await platform.setClipboard(text)
  if (copied.status === 'ok') toast(done)
  else if (copied.status !== 'cancelled') toast(copied.message)
}

/** 申请材料 counted the way people prepare them. */
export function materialCounts(materials: MaterialDto[]) {
  const required = materials.filter((m) => m.requirement === 'required')
  return {
    /** 必要 */
    required: required.length,
    /** 必要 and replaceable by an 电子证照 (免提交) */
    eLicence: required.filter((m) => m.eLicence).length,
    /** 容缺后补 */
    deferrable: materials.filter((m) => m.requirement === 'deferrable').length,
    /** 非必要 */
    optional: materials.filter((m) => m.requirement === 'optional').length,
  }
}

/** 「需准备 3 项必要材料，其中 2 项可用电子证照免提交；另有 1 项可容缺后补。」 */
export function preparationText(item: ItemDetailDto): string {
  const c = materialCounts(item.materials)
  const required = c.required === 0 ? '无需提交必要材料' : `需准备 ${c.required} 项必要材料${c.eLicence ? `，其中 ${c.eLicence} 项可用电子证照免提交` : ''}`
  return `${required}${c.deferrable ? `；另有 ${c.deferrable} 项可容缺后补` : ''}。`
}

/**
 * A modal's button text is at most 4 characters (WeChat shows no modal at all otherwise: see "Host limits" in
 * src/platform/README.md), so the call button reads 「拨打电话」 and the content names the number.
 */
let explaining = false
async function explain(title: string, content: string, phone: string) {
  // A double tap opens one modal, not two stacked
  if (explaining) return
  explaining = true
  try {
    const answer = await Taro.showModal({ title, content, confirmText: '拨打电话', cancelText: '知道了' })
    if (answer.confirm) await callPhone(phone)
  } catch {
    // The host refused the modal: the guide itself still shows all of it
  } finally {
    explaining = false
  }
}

/** 在线办理: the application form of this item (signed in first, then back to the guide). */
export async function openApply(item: ItemDetailDto) {
  if (!requireSignIn(guideUrl(item.id))) return
  await openPage(withQuery(routes.apply, { item: item.id }))
}

/** 预约办理 */
export async function openBooking(item: ItemDetailDto) {
  if (!requireSignIn(guideUrl(item.id))) return
  const place = item.locations[0]?.name
  const content =
    `本事项可预约到${place ? `「${place}」` : '窗口'}办理，请按约定时间到场。${preparationText(item)}` +
    `可预约的时段以部门安排为准，可拨打${item.department.name}咨询电话 ${item.consultPhone} 确认。`
  await explain('预约办理', content, item.consultPhone)
}
