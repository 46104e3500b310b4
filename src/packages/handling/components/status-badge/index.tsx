import type { ApplicationStatus } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { STATUS_LABEL, statusTone } from '../../../../domain/application-status'

/** A 办件's status as a word badge (已受理, 待补正 …): the tone supports the word, never replaces it. */
export function StatusBadge({ status, className }: { status: ApplicationStatus; className?: string }) {
  return <Badges badges={[{ text: STATUS_LABEL[status], tone: statusTone(status) }]} className={className} />
}
