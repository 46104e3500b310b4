import type { ItemDetailDto, NoticeDetailDto, NoticeSummaryDto, ProbeGuideBody, ProbeNoticeBody } from '../src/api/contract'
import type { MockContext } from './context'

/**
 * Content probes (POST /mock/probe/guide|notice, mock/routes/dev.ts): hostile text a test puts into one guide or
 * notice of this mock instance, to check the client renders it inertly. Kept in the store slice `probes`, so it
 * is reset with the rest of the state and never touches the seeds another server in the same process reads.
 */
interface ProbeState {
  guides: Record<string, Omit<ProbeGuideBody, 'id'>>
  notices: Record<string, Omit<ProbeNoticeBody, 'id'>>
}

const probesOf = (ctx: MockContext) => ctx.store.slice<ProbeState>('probes', () => ({ guides: {}, notices: {} }))

export function setGuideProbe(ctx: MockContext, { id, ...fields }: ProbeGuideBody) {
  const probes = probesOf(ctx)
  probes.guides[id] = { ...probes.guides[id], ...fields }
  ctx.store.save()
}

export function setNoticeProbe(ctx: MockContext, { id, ...fields }: ProbeNoticeBody) {
  const probes = probesOf(ctx)
  probes.notices[id] = { ...probes.notices[id], ...fields }
  ctx.store.save()
}

/** The guide as the probe left it (the seed's own when there is none). */
export const probedGuide = (ctx: MockContext, detail: ItemDetailDto): ItemDetailDto => ({ ...detail, ...probesOf(ctx).guides[detail.id] })

/** A notice or its summary with the probe's fields (a summary takes only the fields it has). */
export function probedNotice<T extends NoticeSummaryDto | NoticeDetailDto>(ctx: MockContext, notice: T): T {
  const probe = probesOf(ctx).notices[notice.id]
  if (!probe) return notice
  const out: Record<string, unknown> = { ...notice }
  for (const [key, value] of Object.entries(probe)) if (key in notice) out[key] = value
  return out as T
}
