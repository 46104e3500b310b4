import type { Platform } from '../contract'
import { asRecord } from '../normalise'
import { callHostQuietly } from './call-host'
import { findApi, getHost, type HostName, type HostObject } from './host'

/**
 * Whether a network answer says "connected". wx/swan: `isConnected` in events, `networkType` 'none' when offline;
 * my: `isConnected` in events, `networkAvailable` from getNetworkType, networkType 'NOTREACHABLE' when offline.
 * Undefined when the answer says neither.
 */
export function connectedIn(answer: unknown): boolean | undefined {
  const a = asRecord(answer)
  if (!a) return undefined
  if (typeof a.isConnected === 'boolean') return a.isConnected
  if (typeof a.networkAvailable === 'boolean') return a.networkAvailable
  if (typeof a.networkType === 'string' && a.networkType !== '') return !/^(none|notreachable)$/i.test(a.networkType)
  return undefined
}

/** getNetworkType, read with connectedIn. Unknown (no API, a fail, an odd answer) counts as online. */
export async function isOnlineOn(host: HostName): Promise<boolean> {
  return connectedIn(await callHostQuietly(host, 'getNetworkType', {})) ?? true
}

type Listener = (online: boolean) => void

/** Where the host has no offNetworkStatusChange: one host listener per host object, fanned out to a set. */
const fanOuts = new Map<HostName, { on: HostObject; listeners: Set<Listener> }>()

const deliver = (listener: Listener, res: unknown) => {
  const online = connectedIn(res)
  if (online === undefined) return
  try {
    listener(online)
  } catch {
    // One failing listener must not keep the change from the others.
  }
}

/**
 * `<host>.onNetworkStatusChange`, returning the unsubscribe. With `offNetworkStatusChange` (wx and my, where the
 * client has it) each subscriber gets its own host listener, removed by passing that same function (never called without
 * one: Alipay then removes every listener in the mini-program). Without it (swan documents none) a single host
 * listener feeds a set, so unsubscribing still stops the deliveries.
 */
export function watchNetwork(host: HostName): Platform['onNetworkChange'] {
  return (listener) => {
    const on = findApi(host, 'onNetworkStatusChange')
    if (!on) return () => undefined
    const off = findApi(host, 'offNetworkStatusChange')
    if (off) {
      const hostListener = (res: unknown) => deliver(listener, res)
      try {
        on.fn.call(on.owner, hostListener)
      } catch {
        return () => undefined
      }
      let done = false
      return () => {
        if (done) return
        done = true
        try {
          off.fn.call(off.owner, hostListener)
        } catch {
          // The host forgot the listener already.
        }
      }
    }
    const hostObject = getHost(host) as HostObject
    let fan = fanOuts.get(host)
    if (!fan || fan.on !== hostObject) {
      const listeners = new Set<Listener>()
      try {
        on.fn.call(on.owner, (res: unknown) => listeners.forEach((l) => deliver(l, res)))
      } catch {
        return () => undefined
      }
      fan = { on: hostObject, listeners }
      fanOuts.set(host, fan)
    }
    // A wrapper per subscription, so the same function subscribed twice unsubscribes once each.
    const entry: Listener = (online) => listener(online)
    fan.listeners.add(entry)
    const listeners = fan.listeners
    return () => {
      listeners.delete(entry)
    }
  }
}
