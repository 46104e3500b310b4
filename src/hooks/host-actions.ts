import Taro from '@tarojs/taro'
import { platform } from '@/platform'
import { plainTitle } from '../domain/rich-text'
import { preferences } from '../stores/preferences'

/** Small host actions several subpackages offer (call a hall, copy an address): one place, the host's own sheets. */

/**
 * A short message in the host's toast. 长辈模式 keeps it up for 3 s instead of the host's 1.5 s: a message that
 * vanishes before it is read is a pop-up the MIIT 适老化 rules warn against.
 * @see https://docs.taro.zone/docs/apis/ui/interaction/showToast (duration, 1500 ms by default on every host)
 */
export const ELDER_TOAST_MS = 3000
export const toast = (title: string, icon: 'none' | 'success' = 'none') =>
  void Taro.showToast(preferences.get().elderMode ? { title, icon, duration: ELDER_TOAST_MS } : { title, icon })

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

/**
 * The navigation bar title from a server string (an item's or department's name): never the raw string, because
 * Taro's H5 router puts the title into the page with innerHTML (see plainTitle). Every page that names itself
 * after server data calls this, not Taro.setNavigationBarTitle.
 */
export const setPageTitle = (title: string) => void Taro.setNavigationBarTitle({ title: plainTitle(title) })
