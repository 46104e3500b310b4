import type { LicenceUsageDto } from '../../src/api/contract'
import type { MockContext } from '../context'
import { allApplications } from '../handling/applications'
import type { UserRecord } from '../store'
import { entryOf } from './holder'
import { walletStateOf } from './verifications'

/**
 * 用证记录 of one licence (GET /me/licences/:id/usage), newest first:
 * - verification: shown (亮证) and verified at a window: by the staff member · their department, in their hall,
 *   what was disclosed (「身份核验：姓名、公民身份号码（部分）、有效期限」);
 * - material: used as a material (免提交) of one of the holder's applications: by the department it went to,
 *   线上办理, 「用于办理：<事项名称>」, with the application's id. The application's current materials count, so
 *   a licence replaced by a scan at 补正 no longer appears.
 */
export function usageOf(ctx: MockContext, user: UserRecord, licenceId: string): LicenceUsageDto[] {
  entryOf(ctx, user, licenceId)
  const verifications = walletStateOf(ctx)
    .verifications.filter((v) => v.holderUserId === user.id && v.licenceId === licenceId)
    .map((v): LicenceUsageDto => ({
      id: v.dto.id,
      kind: 'verification',
      at: v.dto.verifiedAt,
      by: `${v.staff.name} · ${v.staff.department}`,
      where: v.staff.hall,
      what: v.what,
      applicationId: null,
    }))
    .reverse()
  const materials = allApplications(ctx)
    .filter((a) => a.userId === user.id && Object.values(a.materials).some((m) => m.kind === 'licence' && m.licenceId === licenceId))
    .map((a): LicenceUsageDto => ({
      id: `use-${a.id}`,
      kind: 'material',
      at: a.submittedAt,
      by: a.department,
      where: '线上办理',
      what: `用于办理：${a.itemName}`,
      applicationId: a.id,
    }))
  return [...verifications, ...materials].sort((a, b) => b.at - a.at)
}
