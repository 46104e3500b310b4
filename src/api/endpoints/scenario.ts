import { api } from '../app-client'
import type { ApiClient } from '../client'
import type { CaseDetailDto, CaseListDto, CaseSubmitBody, Mode, ScenarioDto, ScenarioFormBody, ScenarioFormDto, ScenarioListDto } from '../contract'
import { paths } from '../contract/paths'

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))

/**
 * 一件事. A case submission carries its draft's `submissionKey` as the Idempotency-Key, so a double tap or a retry
 * after a timeout never creates a second case (nor a second set of applications).
 */
export const createScenarioApi = (client: ApiClient) => ({
  list: (mode?: Mode) => client.get<ScenarioListDto>(paths.scenarios, { query: mode ? { mode } : {} }),
  get: (id: string, region: string) => client.get<ScenarioDto>(withId(paths.scenario, id), { query: { region } }),
  /** The combined form for these answers (nothing is stored) */
  form: (id: string, body: ScenarioFormBody) => client.post<ScenarioFormDto>(withId(paths.scenarioForm, id), body),
  listCases: () => client.get<CaseListDto>(paths.cases),
  getCase: (id: string) => client.get<CaseDetailDto>(withId(paths.case, id)),
  submitCase: (body: CaseSubmitBody) => client.post<CaseDetailDto>(paths.cases, body, { idempotent: true, idempotencyKey: body.submissionKey }),
})

export const scenarioApi = createScenarioApi(api)
