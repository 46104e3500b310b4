import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { LicenceDto } from '../../../../api/contract'
import { handlingApi } from '../../../../api/endpoints/handling'
import { ApiError } from '../../../../api/errors'
import { useStore } from '../../../../stores/create-store'
import { session } from '../../../../stores/session'
import { openPage, openTab, routes, withQuery } from '../../../../routes'

/** 我的证照: the user's 电子证照 as a wallet of cards; each opens the licence (its face, 亮证, 用证记录). */
export function useLicences() {
  const signedIn = useStore(session, (s) => s.status === 'signed-in')
  const signingIn = useStore(session, (s) => s.status === 'idle' || s.status === 'signing-in')
  const [licences, setLicences] = useState<LicenceDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function load() {
    if (session.get().status !== 'signed-in') return
    try {
      setLicences((await handlingApi.listLicences()).licences)
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '加载失败，请稍后重试')
    }
  }
  useDidShow(() => void load())

  return {
    signedIn,
    signingIn,
    loading: signedIn && licences === null && !error,
    error: licences === null ? error : null,
    licences: licences ?? [],
    retry: () => {
      setError(null)
      void load()
    },
    openLicence: (id: string) => void openPage(withQuery(routes.licence, { id })),
    openApplication: (id: string) => void openPage(withQuery(routes.application, { id })),
    openLogin: () => void openPage(routes.login),
    browse: () => void openTab(routes.services),
  }
}
