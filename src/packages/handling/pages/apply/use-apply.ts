import Taro, { useRouter } from '@tarojs/taro'
import { platform } from '@/platform'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { FormFieldDto, FormGroupDto, FormSchemaDto, LeafAnswer, LicenceDto, MaterialSlotDto } from '../../../../api/contract'
import { handlingApi } from '../../../../api/endpoints/handling'
import { ApiError } from '../../../../api/errors'
import { isVisible, sanitizeAnswers } from '../../../../domain/form'
import { beijingDate } from '../../../../domain/working-days'
import { ensureAssurance } from '../../../../hooks/use-guard'
import { appConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { draftsState, updateDraft } from '../../../../stores/drafts'
import { activeEnterprise, enterprises } from '../../../../stores/enterprises'
import { preferences } from '../../../../stores/preferences'
import { session } from '../../../../stores/session'
import { OFFLINE_MESSAGE, resetSubmission, submissionsState, submitDraft } from '../../../../stores/submissions'
import { openPage, routes, withQuery } from '../../../../routes'
import { formatAnswer, type FieldEnv } from '../../components/fields'
import { cityRegions, identityText, licenceFor, pathLabel, type Known } from './model'
import { openedAnswers } from './prefill'
import { openForm, questionsBelow, sourceOf, type ScenarioInfo } from './source'
import { useAnswers } from './use-answers'
import { useMaterials } from './use-materials'
import { setPageTitle } from '../../../../hooks/host-actions'

/** What 下一步 (or a refused submission) found: a title and the fields or materials it names. */
export interface Summary {
  title: string
  items: string[]
}

type Phase = { status: 'loading' } | { status: 'signed-out' } | { status: 'ready' } | { status: 'not-found' } | { status: 'error'; error: string }

const slotName = (schema: FormSchemaDto, id: string) => schema.materials.find((m) => m.id === id)?.name ?? id

const SYNC_TEXT = { 'saved-local': '已保存到本机', saving: '正在同步…', saved: '已同步', offline: '离线，已保存到本机', error: '同步失败，已保存到本机' } as const

/** Where a submission leads: its case (一件事) or application, or 我的办件 when the server's answer was lost. */
const resultUrl = (id: string | null | undefined, scenario: boolean) => (id ? withQuery(scenario ? routes.case : routes.application, { id }) : routes.applications)

/**
 * 在线办理 (param: item): ① 填写信息 → ② 提交材料 → ③ 确认提交. Requires sign-in; opens the user's draft (device
 * and server, the newer wins), prefills what it can without overwriting anything typed, and saves every change to
 * the draft at once. A reopened item starts at ① with everything kept. Submitting asks for a fresh face check
 * first, goes out once however often it is tapped, and waits calmly for the network when there is none.
 *
 * 一件事 (param: scenario): the same three steps over the combined form of the items its answers chose (draft
 * `scenario-<id>`), one submission for all of them, which becomes a case (一件事办件).
 */
export function useApply() {
  const { params } = useRouter()
  const source = useMemo(() => sourceOf(params), [params.item, params.scenario]) // eslint-disable-line react-hooks/exhaustive-deps
  /** The draft's key: the item's id, or `scenario-<id>` for a 一件事 */
  const { key: itemId, here } = source
  const isScenario = source.kind === 'scenario'
  const sessionStatus = useStore(session, (s) => s.status)
  const user = useStore(session, (s) => s.user)
  const enterprise = useStore(enterprises, activeEnterprise)
  const mode = useStore(preferences, (p) => p.mode)
  const regionCode = useStore(preferences, (p) => p.regionCode)
  const regions = useStore(appConfig, (c) => c.data?.regions)
  const sync = useStore(draftsState, (s) => s.sync[itemId])
  const submission = useStore(submissionsState, (s) => s[itemId])

  const [phase, setPhase] = useState<Phase>({ status: 'loading' })
  const [schema, setSchema] = useState<FormSchemaDto | null>(null)
  const [title, setTitle] = useState('')
  const [scenario, setScenario] = useState<ScenarioInfo | null>(null)
  const [licences, setLicences] = useState<LicenceDto[]>([])
  const [step, setStep] = useState(0)
  const [accepted, setAccepted] = useState(false)
  const [summary, setSummary] = useState<Summary | null>(null)
  const submitting = useRef(false)
  /** Only a submission this page started (or found waiting) moves it on to the application */
  const watching = useRef(false)

  const today = beijingDate(Date.now())
  const known: Known = useMemo(() => ({ user, enterprise: mode === 'enterprise' ? enterprise : null }), [user, enterprise, mode])
  const licenceOf = (slot: MaterialSlotDto) => licenceFor(slot, licences, today)
  const answers = useAnswers(itemId, schema, known)
  const materials = useMaterials(itemId, schema?.materials ?? [], licenceOf)
  const env: FieldEnv = useMemo(() => ({ regions: cityRegions(regions ?? [], regionCode), identityText: identityText(user), today }), [regions, regionCode, user, today])

  // Hidden answers do not count for what shows next (a field under a hidden one hides too)
  const shownBasis = useMemo(() => (schema ? sanitizeAnswers(schema, answers.answers) : {}), [schema, answers.answers])

  const signedIn = sessionStatus === 'signed-in'
  const signedOut = sessionStatus === 'anonymous' || sessionStatus === 'failed'
  const userId = user?.id

  async function load() {
    if (!itemId) return setPhase({ status: 'not-found' })
    setPhase({ status: 'loading' })
    try {
      const [found, owned] = await Promise.all([
        openForm(source, regionCode),
        // Without the wallet the form still works: the materials are uploaded instead
        handlingApi.listLicences().then((l) => l.licences, () => [] as LicenceDto[]),
      ])
      // A 一件事 whose questions are not answered (yet, or for its current rules) goes to them first
      if ('redirect' in found) return void Taro.redirectTo({ url: found.redirect })
      const { form, draft } = found
      const opened = openedAnswers(form, draft.answers, known, owned)
      setSchema(form)
      setTitle(found.title)
      setScenario(found.scenario)
      setLicences(owned)
      answers.reset(opened.answers, opened.sources)
      materials.reset(draft.materials, form.materials, (slot) => licenceFor(slot, owned, today))
      if (opened.changed) updateDraft(itemId, { answers: opened.answers })
      setStep(0)
      setPhase({ status: 'ready' })
      setPageTitle(found.title)
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setPhase({ status: 'not-found' })
      // ApiError messages are written for people; anything else gets a plain sentence
      else setPhase({ status: 'error', error: e instanceof ApiError ? e.message : '加载失败，请稍后重试' })
    }
  }
  // Waits while the launch's sign-in runs; a user who is not signed in goes to sign in and comes back here
  useEffect(() => {
    if (signedIn) void load()
    else if (signedOut) {
      setPhase({ status: 'signed-out' })
      void openPage(withQuery(routes.login, { then: here }))
    }
  }, [itemId, signedIn, signedOut, userId]) // eslint-disable-line react-hooks/exhaustive-deps

  // A finished or refused submission from an earlier visit is history; one still waiting for the network is not.
  useEffect(() => {
    const status = submissionsState.get()[itemId]?.status
    if (status === 'done' || status === 'error') resetSubmission(itemId)
    if (status === 'waiting-network' || status === 'submitting') watching.current = true
  }, [itemId])

  useEffect(() => {
    if (!watching.current || !submission) return
    if (submission.status === 'done') {
      watching.current = false
      void Taro.redirectTo({ url: resultUrl(isScenario ? submission.caseId : submission.applicationId, isScenario) })
    } else if (submission.status === 'error' && schema) {
      showServerErrors(submission.fieldErrors)
    }
  }, [submission]) // eslint-disable-line react-hooks/exhaustive-deps

  /** The server's messages at their fields (step ①) or materials (step ②). */
  function showServerErrors(fields: Record<string, string>) {
    if (!schema) return
    const slotIds = new Set(schema.materials.map((m) => m.id))
    const onMaterials = Object.fromEntries(Object.entries(fields).filter(([k]) => slotIds.has(k)))
    const onFields = Object.fromEntries(Object.entries(fields).filter(([k]) => !slotIds.has(k)))
    answers.showErrors(onFields)
    materials.showErrors(onMaterials)
    const items = [...Object.keys(onFields).map((p) => pathLabel(schema, p)), ...Object.keys(onMaterials).map((id) => slotName(schema, id))]
    if (items.length) goTo(Object.keys(onFields).length ? 0 : 1, { title: '请按提示修改后重新提交', items })
  }

  /** To a step; a new step starts at the top of the page. The summary stays beside the 下一步 the user just tapped. */
  function goTo(next: number, found: Summary | null = null) {
    setSummary(found)
    if (next === step) return
    setStep(next)
    platform.scrollPageTo(0, 0)
  }

  function checkForm(): boolean {
    const found = Object.keys(answers.checkAll())
    if (!schema || found.length === 0) return true
    goTo(0, { title: `还有 ${found.length} 项需要修改`, items: found.map((p) => pathLabel(schema, p)) })
    return false
  }

  function checkMaterials(): boolean {
    if (materials.busy) {
      goTo(1, { title: '请等待文件上传完成', items: [] })
      return false
    }
    const found = Object.keys(materials.checkAll())
    if (!schema || found.length === 0) return true
    goTo(1, { title: `还有 ${found.length} 项材料需要提供`, items: found.map((id) => slotName(schema, id)) })
    return false
  }

  /** 修改情形: back to the 一件事's questions (the page below when the user came from there) */
  function editScenario() {
    if (!scenario) return
    if (questionsBelow(scenario.id)) void Taro.navigateBack()
    else void Taro.redirectTo({ url: withQuery(routes.scenario, { id: scenario.id }) })
  }

  const waiting = submission?.status === 'waiting-network'
  const busy = submission?.status === 'submitting'

  function submit() {
    if (!accepted || submitting.current || waiting || busy) return
    if (!checkForm() || !checkMaterials()) return
    if (!ensureAssurance(here)) return
    submitting.current = true
    watching.current = true
    void submitDraft(itemId, { mode, declarationAccepted: true })
      .then((created) => {
        if (created) {
          watching.current = false
          void Taro.redirectTo({ url: resultUrl(created.id, isScenario) })
        }
      })
      .finally(() => {
        submitting.current = false
      })
  }

  return {
    itemId,
    phase,
    schema,
    isScenario,
    /** The item's name, or the 一件事's title */
    title,
    /** The 一件事 being filled (its parts), or null for one item */
    scenario,
    env,
    known,
    step,
    summary,
    answers,
    materials,
    licenceOf,
    /** Whether a top-level field or group shows with the current answers */
    shown: (entry: FormFieldDto | FormGroupDto) => isVisible(entry, shownBasis),
    formatAnswer: (field: FormFieldDto, value: LeafAnswer) => formatAnswer(field, value, env),
    accepted,
    /** 已保存到本机 / 已同步 / 离线，已保存到本机 */
    syncText: sync ? SYNC_TEXT[sync] : null,
    submitting: busy,
    waiting,
    waitingText: waiting ? submission?.error ?? OFFLINE_MESSAGE : null,
    serverError: submission?.status === 'error' ? submission.error : null,
    retry: () => void load(),
    signIn: () => void openPage(withQuery(routes.login, { then: here })),
    back: () => goTo(Math.max(0, step - 1)),
    next: () => {
      if (step === 0 && checkForm()) goTo(1)
      else if (step === 1 && checkMaterials()) goTo(2)
    },
    edit: (target: 0 | 1) => goTo(target),
    editScenario,
    toggleAccepted: () => setAccepted((a) => !a),
    submit,
  }
}

export type Apply = ReturnType<typeof useApply>
