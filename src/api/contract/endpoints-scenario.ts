import { AUTH_ERRORS, IDEMPOTENCY_ERRORS, errors, type EndpointSpec } from './endpoint-spec'
import { IdParams } from './handling'
import { scenarioPaths } from './paths-scenario'
import {
  CaseDetailDto,
  CaseListDto,
  CaseSubmitBody,
  ScenarioDto,
  ScenarioFormBody,
  ScenarioFormDto,
  ScenarioIdParams,
  ScenarioListDto,
  ScenarioListQuery,
  ScenarioQuery,
} from './scenario'

/** 一件事: scenarios (questions, rules, steps), the combined form, and cases of linked applications. */
export const scenarioEndpoints = {
  scenarios: {
    method: 'GET',
    path: scenarioPaths.scenarios,
    summary: '一件事列表（按个人/法人）',
    tag: 'scenario',
    auth: false,
    idempotent: false,
    query: ScenarioListQuery,
    responses: { 200: ScenarioListDto },
  },
  scenario: {
    method: 'GET',
    path: scenarioPaths.scenario,
    summary: '一件事：情形问题、规则和涉及事项（按地区落到实施清单）',
    description:
      'Questions and rules are data: a client evaluates them itself (src/domain/scenario.ts) to show the tailored ' +
      'checklist as the user answers. Each step is resolved to the implementation of the given region (its own, or ' +
      "that of its nearest parent region, e.g. the city's for city-level items; for a region coarser than the item, " +
      'such as a city and a district-level item, the first implementation among its sub-regions); `item` is null ' +
      'where the region does not implement it.',
    tag: 'scenario',
    auth: false,
    idempotent: false,
    params: ScenarioIdParams,
    query: ScenarioQuery,
    responses: { 200: ScenarioDto, ...errors(404) },
    errorCodes: ['SCENARIO_NOT_FOUND', 'REGION_NOT_FOUND'],
  },
  scenarioForm: {
    method: 'POST',
    path: scenarioPaths.scenarioForm,
    summary: '一件事合并表单：按情形答案组合各事项表单，共用字段只填一次',
    description:
      'Safe to repeat (nothing is stored): POST only because the answers are a JSON object. 400 ' +
      'INVALID_SCENARIO_ANSWERS names each question (by id) whose answer is missing or out of range; 400 ' +
      'NO_ONLINE_ITEMS when none of the items that apply is handled online in the region (all at a hall).',
    tag: 'scenario',
    auth: false,
    idempotent: false,
    params: ScenarioIdParams,
    body: ScenarioFormBody,
    responses: { 200: ScenarioFormDto, ...errors(404) },
    errorCodes: ['SCENARIO_NOT_FOUND', 'REGION_NOT_FOUND', 'INVALID_SCENARIO_ANSWERS', 'NO_ONLINE_ITEMS'],
  },
  cases: {
    method: 'GET',
    path: scenarioPaths.cases,
    summary: '我的一件事办件',
    tag: 'scenario',
    auth: true,
    idempotent: false,
    responses: { 200: CaseListDto, ...errors(...AUTH_ERRORS) },
  },
  submitCase: {
    method: 'POST',
    path: scenarioPaths.cases,
    summary: '提交一件事：一次提交生成各事项的关联办件（全部成功或全部不生成）',
    description:
      'Re-evaluates the answers, rebuilds the combined form and validates every item with its own form before ' +
      'anything is stored: one invalid item refuses the whole case (400 INVALID_ANSWERS, fields by combined-form ' +
      'path). A repeated submissionKey answers the case it created. The draft `scenario-<id>` is removed.',
    tag: 'scenario',
    auth: true,
    idempotent: true,
    body: CaseSubmitBody,
    responses: { 200: CaseDetailDto, ...errors(...AUTH_ERRORS, 403, 404, 409, ...IDEMPOTENCY_ERRORS) },
    errorCodes: [
      'INVALID_ANSWERS',
      'INVALID_SCENARIO_ANSWERS',
      'SCENARIO_OUTDATED',
      'SCENARIO_NOT_FOUND',
      'NO_ONLINE_ITEMS',
      'LICENCE_NOT_FOUND',
      'UPLOAD_NOT_FOUND',
      'REAL_NAME_REQUIRED',
      'ENTERPRISE_REQUIRED',
      'MODE_MISMATCH',
    ],
  },
  case: {
    method: 'GET',
    path: scenarioPaths.case,
    summary: '一件事办件详情：各关联办件的状态和下一步',
    tag: 'scenario',
    auth: true,
    idempotent: false,
    params: IdParams,
    responses: { 200: CaseDetailDto, ...errors(...AUTH_ERRORS, 404) },
    errorCodes: ['CASE_NOT_FOUND'],
  },
} satisfies Record<string, EndpointSpec>
