import { Text } from '@tarojs/components'
import type { LicenceDto } from '../../api/contract'
import { LICENCE_STATUS_LABELS } from '../../domain/show-code'
import './index.scss'

/** A licence's status as a pill on its card (我的证照, the licence page): the word first, the colour supports it. */
export function LicenceStatus({ status }: { status: LicenceDto['status'] }) {
  return <Text className={`tb-licence-status tb-licence-status--${status}`}>{LICENCE_STATUS_LABELS[status]}</Text>
}
