import { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { LicencePurpose } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { LICENCE_PURPOSE_LABELS } from '../../../../domain/show-code'
import { useBrightScreen } from './use-bright-screen'
import { useShowCode } from './use-show-code'

const isPurpose = (value: string | undefined): value is LicencePurpose => value !== undefined && value in LICENCE_PURPOSE_LABELS

/**
 * 亮证 (params id, purpose): the code, its countdown and watermark, whose licence it is (masked name and type,
 * read once), and the bright screen while it is shown.
 */
export function useShow() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const purpose: LicencePurpose = isPurpose(params.purpose) ? params.purpose : 'identity'
  const code = useShowCode(isPurpose(params.purpose) ? id : '', purpose)
  const screen = useBrightScreen()
  const [summary, setSummary] = useState<{ holder: string; type: string } | null>(null)

  useLoad(() => {
    if (!id) return
    // Only the caption under the code: when it cannot load the code still works, so no error is shown.
    walletApi.getLicence(id).then(
      (l) => setSummary({ holder: l.holder, type: l.type }),
      () => undefined,
    )
  })

  return {
    ...code,
    refused: isPurpose(params.purpose) && id ? code.refused : '亮证链接无效，请从证照页重新亮证',
    purposeLabel: LICENCE_PURPOSE_LABELS[purpose],
    summary,
    captured: screen.captured,
    capturesReported: screen.capturesReported,
  }
}
