import type { FastifyInstance } from 'fastify'
import type {
  CaseDetailDto,
  CaseListDto,
  CaseSubmitBody,
  ScenarioDto,
  ScenarioFormBody,
  ScenarioFormDto,
  ScenarioListDto,
  ScenarioListQuery,
  ScenarioQuery,
} from '../../src/api/contract'
import { scenarioEndpoints as e } from '../../src/api/contract/endpoints-scenario'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { requireAuth } from '../plugins/auth'
import { caseOf, listCases, submitCase, toCaseDetail } from '../scenario/cases'
import { buildCombinedForm } from '../scenario/combined-form'
import { listScenarios, regionOr404, resolveScenario, scenarioOr404 } from '../scenario/resolve'

type IdRoute = { Params: { id: string } }

/**
 * 一件事: scenarios resolved per region, the combined form, and cases (src/api/contract/endpoints-scenario.ts).
 * Reads of scenarios are open; cases need a session. A submission is saved also when a step after it fails.
 */
export function registerScenarioRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)

  app.get<{ Querystring: ScenarioListQuery }>(e.scenarios.path, endpointRoute(e.scenarios), async (request): Promise<ScenarioListDto> => ({
    scenarios: listScenarios(request.query.mode),
  }))

  app.get<IdRoute & { Querystring: ScenarioQuery }>(e.scenario.path, endpointRoute(e.scenario), async (request): Promise<ScenarioDto> => {
    const seed = scenarioOr404(request.params.id)
    return resolveScenario(ctx, seed, regionOr404(request.query.region))
  })

  app.post<IdRoute & { Body: ScenarioFormBody }>(e.scenarioForm.path, endpointRoute(e.scenarioForm), async (request): Promise<ScenarioFormDto> => {
    const seed = scenarioOr404(request.params.id)
    return buildCombinedForm(ctx, seed, regionOr404(request.body.regionCode), request.body.answers).dto
  })

  app.get(e.cases.path, endpointRoute(e.cases, authed), async (request): Promise<CaseListDto> => listCases(ctx, request.auth!.user.id))

  // Synchronous from the submissionKey lookup to the last stored record: see submitCase.
  app.post<{ Body: CaseSubmitBody }>(e.submitCase.path, endpointRoute(e.submitCase, authed), async (request): Promise<CaseDetailDto> => {
    try {
      return toCaseDetail(ctx, submitCase(ctx, request.auth!.user, request.body).kase)
    } finally {
      ctx.store.save()
    }
  })

  app.get<IdRoute>(e.case.path, endpointRoute(e.case, authed), async (request): Promise<CaseDetailDto> =>
    toCaseDetail(ctx, caseOf(ctx, request.auth!.user, request.params.id)),
  )
}
