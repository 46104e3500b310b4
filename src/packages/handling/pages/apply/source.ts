import Taro from '@tarojs/taro'
import type { FormSchemaDto, ScenarioFormPartDto } from '../../../../api/contract'
import { handlingApi } from '../../../../api/endpoints/handling'
import { scenarioApi } from '../../../../api/endpoints/scenario'
import { ApiError } from '../../../../api/errors'
import { combinedFormId } from '../../../../domain/scenario'
import { draftsState, openDraft, type LocalDraft } from '../../../../stores/drafts'
import { routes, withQuery } from '../../../../routes'
import { decodeParam } from '../../../../routes'
import { toast } from '../../../../hooks/host-actions'

/**
 * What the page fills: one item's form (`?item=`), or a 一件事's combined form (`?scenario=`, draft
 * `scenario-<id>`). `key` is the draft's, the submission's and the answers' key either way.
 */
export type Source = { kind: 'item'; key: string; here: string } | { kind: 'scenario'; key: string; here: string; scenarioId: string }

export function sourceOf(params: Partial<Record<string, string>>): Source {
  const scenarioId = decodeParam(params.scenario)
  if (scenarioId) return { kind: 'scenario', scenarioId, key: combinedFormId(scenarioId), here: withQuery(routes.scenarioApply, { scenario: scenarioId }) }
  const itemId = decodeParam(params.item)
  return { kind: 'item', key: itemId, here: withQuery(routes.apply, { item: itemId }) }
}

/** A 一件事's combined form: what it is called and which items it handles at once. */
export interface ScenarioInfo {
  id: string
  title: string
  parts: ScenarioFormPartDto[]
}

export type Opened = { form: FormSchemaDto; title: string; draft: LocalDraft; scenario: ScenarioInfo | null } | { redirect: string }

/** 一件事 answers the server no longer accepts (a rule changed): the questions are asked again. */
const isOutdated = (e: unknown) => e instanceof ApiError && (e.code === 'INVALID_SCENARIO_ANSWERS' || e.code === 'SCENARIO_OUTDATED')

/**
 * The form and its opened draft. A 一件事 is filled only after its questions are answered on its own page (the
 * draft's `scenario` part, for the current version of the questions): otherwise the page goes there instead.
 */
export async function openForm(source: Source, regionCode: string): Promise<Opened> {
  if (source.kind === 'item') {
    const form = await handlingApi.getForm(source.key)
    const draft = await openDraft(source.key, form.itemName, form.version)
    return { form, title: form.itemName, draft, scenario: null }
  }
  const id = source.scenarioId
  const questions = { redirect: withQuery(routes.scenario, { id }) }
  // Title and version do not depend on the region: the device's draft names it when there is one.
  const scenario = await scenarioApi.get(id, draftsState.get().byItem[source.key]?.scenario?.regionCode ?? regionCode)
  const draft = await openDraft(source.key, scenario.title, scenario.version)
  if (!draft.scenario) return questions
  if (draft.scenario.version !== scenario.version) {
    toast('办理情形已更新，请重新确认')
    return questions
  }
  try {
    const combined = await scenarioApi.form(id, { regionCode: draft.scenario.regionCode, answers: draft.scenario.answers })
    return { form: combined.form, title: scenario.title, draft, scenario: { id, title: scenario.title, parts: combined.parts } }
  } catch (e) {
    if (!isOutdated(e)) throw e
    toast('办理情形已更新，请重新确认')
    return questions
  }
}

/** Whether the page below this one is the 一件事's own page (the user came from its 「开始填写」). */
export function questionsBelow(scenarioId: string): boolean {
  const pages = Taro.getCurrentPages()
  const below = pages.length > 1 ? pages[pages.length - 2] : null
  if (!below) return false
  // Hosts give the route without the leading slash; H5 may give it with one
  const route = `/${String(below.route ?? '').replace(/^\/+/, '')}`
  return route === routes.scenario && decodeParam(String(below.options?.id ?? '')) === scenarioId
}
