import { callPhone, copyText, toast } from '../../../../hooks/host-actions'
import type { ItemDetailDto } from '../../../../api/contract'
import { session } from '../../../../stores/session'
import { openPage, routes, withQuery } from '../../../../routes'

/** What the guide's buttons do beyond the guide itself: 在线办理 opens the application form, 预约办理 the booking page. */

/** The guide's own URL, to come back to after signing in and to share. */
export const guideUrl = (id: string) => withQuery(routes.guide, { id })

/** Subscribing and applying need an account (not 实名): sends the user to sign in and back. */
export function requireSignIn(then: string): boolean {
  if (session.get().status === 'signed-in') return true
  void openPage(withQuery(routes.login, { then }))
  return false
}


/** 在线办理: the application form of this item (signed in first, then back to the guide). */
export async function openApply(item: ItemDetailDto) {
  if (!requireSignIn(guideUrl(item.id))) return
  await openPage(withQuery(routes.apply, { item: item.id }))
}

/**
 * 预约办理: choose a hall, a day and a time slot. The booking page asks a signed-out user to sign in and comes back
 * to itself, so no second tap is needed here.
 */
export async function openBooking(item: ItemDetailDto) {
  await openPage(withQuery(routes.book, { item: item.id }))
}

/** 我要咨询 about this item: its FAQ first, then the question (the page asks to sign in before sending). */
export const openConsult = (item: ItemDetailDto) => openPage(withQuery(routes.consult, { item: item.id }))

/** 我要投诉 about this item (the page asks to sign in before sending). */
export const openComplaint = (item: ItemDetailDto) => openPage(withQuery(routes.complain, { item: item.id }))

export { callPhone, copyText, toast }
