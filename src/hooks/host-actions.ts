import Taro from '@tarojs/taro'
import { platform } from '@/platform'

/** Small host actions several subpackages offer (call a hall, copy an address): one place, the host's own sheets. */

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
