import type { Mode } from '../../src/api/contract'
import { httpError, messages } from '../http/errors'

/** The errors of 一件事 (scenarios, the combined form, cases, and the drafts of a combined form). */
export const scenarioErrors = {
  notFound: () => httpError(404, 'SCENARIO_NOT_FOUND', '该一件事不存在或已下线'),
  regionNotFound: () => httpError(404, 'REGION_NOT_FOUND', messages.regionNotFound),
  /** Messages by question id */
  invalidAnswers: (fields: Record<string, string>) => httpError(400, 'INVALID_SCENARIO_ANSWERS', '请先回答完所有情形问题', { fields }),
  noOnlineItems: () =>
    httpError(400, 'NO_ONLINE_ITEMS', '按您的情况，本地区没有可在线办理的事项，请按办事清单到政务服务大厅办理'),
  outdated: () => httpError(409, 'SCENARIO_OUTDATED', '一件事的情形或事项已更新，请刷新后重新确认'),
  /** The scenario is for the other mode: switch to it */
  modeMismatch: (scenarioMode: Mode) =>
    httpError(403, 'MODE_MISMATCH', scenarioMode === 'enterprise' ? '请切换到企业（法人）模式办理' : '请切换到个人模式办理'),
  caseNotFound: () => httpError(404, 'CASE_NOT_FOUND', '一件事办件不存在'),
  /** A draft of a combined form (`scenario-<id>`) without its region and question answers */
  draftScenarioMissing: () => httpError(400, 'VALIDATION_FAILED', DRAFT_SCENARIO_MISSING, { fields: { scenario: DRAFT_SCENARIO_MISSING } }),
  /** An item's draft that carries a scenario */
  draftScenarioUnexpected: () => httpError(400, 'VALIDATION_FAILED', DRAFT_SCENARIO_UNEXPECTED, { fields: { scenario: DRAFT_SCENARIO_UNEXPECTED } }),
}

const DRAFT_SCENARIO_MISSING = '一件事草稿须包含办理地区和情形答案'
const DRAFT_SCENARIO_UNEXPECTED = '事项草稿不能包含一件事的情形答案'
