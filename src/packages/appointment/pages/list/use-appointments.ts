import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { AppointmentDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { openPage, openTab, routes, withQuery } from '../../../../routes'
import { sortAppointments, toast } from '../../model'

/**
 * 我的预约: the user's bookings, the coming ones first. Loads when signed in, again on every show (coming back
 * from a cancelled or moved booking) and on pull-down; a failed reload keeps the list shown.
 */
export function useAppointments() {
  const status = useStore(session, (s) => s.status)
  const userId = useStore(session, (s) => s.user?.id)
  const signedIn = status === 'signed-in'
  const [list, setList] = useState<AppointmentDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const shown = useRef(false)
  /** A list is on screen: a failed reload then only says so */
  const showing = useRef(false)

  async function load() {
    if (session.get().status !== 'signed-in') return
    try {
      const { appointments } = await walletApi.listAppointments()
      showing.current = true
      setList(sortAppointments(appointments, Date.now()))
      setError(null)
    } catch (e) {
      const message = e instanceof ApiError ? e.message : '加载失败，请稍后重试'
      if (showing.current) toast(message)
      else setError(message)
    }
  }

  useEffect(() => {
    showing.current = false
    setList(null)
    if (signedIn) void load()
  }, [signedIn, userId]) // eslint-disable-line react-hooks/exhaustive-deps

  // The first show is the mount (the effect above loads); later shows are returns from a booking's page.
  useDidShow(() => {
    if (shown.current) void load()
    shown.current = true
  })
  usePullDownRefresh(() => void load().finally(() => stopPullDownRefresh()))

  return {
    signedIn,
    signingIn: status === 'idle' || status === 'signing-in',
    loading: signedIn && list === null && !error,
    error: list === null ? error : null,
    appointments: list ?? [],
    retry: () => {
      setError(null)
      void load()
    },
    open: (id: string) => void openPage(withQuery(routes.appointment, { id })),
    openLogin: () => void openPage(withQuery(routes.login, { then: routes.appointments })),
    browse: () => void openTab(routes.services),
  }
}
