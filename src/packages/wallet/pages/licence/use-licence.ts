import { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { LicenceDetailDto, LicencePurpose } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { requirementFor } from '../../../../domain/assurance'
import { LICENCE_STATUS_LABELS } from '../../../../domain/show-code'
import { ensureAssurance } from '../../../../hooks/use-guard'
import { appConfig } from '../../../../stores/app-config'
import { session } from '../../../../stores/session'
import { openPage, routes, withQuery } from '../../../../routes'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)
const faceRequired = (e: unknown) => e instanceof ApiError && e.code === 'FACE_REQUIRED'
const faceIsFreshNow = () => requirementFor(session.get().user, Date.now(), appConfig.get().data?.faceFreshMinutes) === 'ok'

/** Why a licence cannot be shown (亮证), or null when it can */
export function cannotShowReason(status: LicenceDetailDto['status']): string | null {
  return status === 'valid' ? null : `该证照${LICENCE_STATUS_LABELS[status]}，不能用于亮证`
}

/**
 * 电子证照 (param id): the licence's face, masked. 查看完整信息 asks for a fresh face check (刷脸) and comes back here
 * with `reveal=1` (H5, where the face page redirects) or by navigateBack (mini-programs, this page shows again);
 * either way the full values are asked for once, and forgotten as soon as the page hides.
 */
export function useLicence() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [detail, setDetail] = useState<LicenceDetailDto | null>(null)
  const [full, setFull] = useState<LicenceDetailDto | null>(null)
  const [error, setError] = useState<string | null>(id ? null : '未找到该证照')
  const [revealError, setRevealError] = useState<string | null>(null)
  const [revealing, setRevealing] = useState(false)
  const [sheet, setSheet] = useState(false)
  /** 查看完整信息 was asked and waits for the face check */
  const wantsReveal = useRef(params.reveal === '1')
  const visible = useRef(false)
  const back = withQuery(routes.licence, { id, reveal: '1' })

  function askFace() {
    wantsReveal.current = true
    void openPage(withQuery(routes.faceCheck, { then: back }))
  }

  async function load() {
    if (!id) return
    try {
      setDetail(await walletApi.getLicence(id))
      setError(null)
    } catch (e) {
      setError(messageOf(e, '加载失败，请稍后重试'))
    }
  }

  async function loadFull() {
    setRevealing(true)
    setRevealError(null)
    try {
      const d = await walletApi.getLicence(id, true)
      // Hidden meanwhile (the user left): full values are never kept for a page nobody looks at.
      if (!visible.current) return
      setFull(d)
    } catch (e) {
      if (faceRequired(e)) askFace()
      else setRevealError(messageOf(e, '暂时无法查看完整信息，请稍后重试'))
    } finally {
      setRevealing(false)
    }
  }

  useDidShow(() => {
    visible.current = true
    // Back from 刷脸: reveal only when the check really passed (a user who backed out sees the masked face).
    const reveal = wantsReveal.current && faceIsFreshNow()
    wantsReveal.current = false
    if (reveal) void loadFull()
    else void load()
  })
  useDidHide(() => {
    visible.current = false
    setFull(null)
    setSheet(false)
  })

  const shown = full ?? detail
  return {
    loading: !detail && !error,
    error: detail ? null : error,
    retry: () => {
      setError(null)
      void load()
    },
    licence: shown,
    revealed: Boolean(full),
    revealing,
    revealError,
    reveal: () => {
      if (!id || revealing) return
      wantsReveal.current = true
      if (!ensureAssurance(back)) return
      wantsReveal.current = false
      void loadFull()
    },
    hide: () => setFull(null),
    cannotShow: shown ? cannotShowReason(shown.status) : null,
    sheet,
    /** 亮证: straight to the code when the licence serves one purpose, else the choice */
    show: () => {
      if (!shown || cannotShowReason(shown.status)) return
      if (shown.purposes.length === 1) void openPage(withQuery(routes.showLicence, { id, purpose: shown.purposes[0] }))
      else setSheet(true)
    },
    closeSheet: () => setSheet(false),
    choose: (purpose: LicencePurpose) => {
      setSheet(false)
      void openPage(withQuery(routes.showLicence, { id, purpose }))
    },
    openUsage: () => void openPage(withQuery(routes.licenceUsage, { id })),
  }
}
