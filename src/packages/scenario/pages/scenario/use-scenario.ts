import { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { platform } from '@/platform'
import type { ScenarioAnswersDto, ScenarioAnswerValue, ScenarioDto, ScenarioQuestionDto } from '../../../../api/contract'
import { scenarioApi } from '../../../../api/endpoints/scenario'
import { ApiError } from '../../../../api/errors'
import { checkAnswer, checklistOf, sanitizeScenarioAnswers } from '../../../../domain/scenario'
import { appConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { preferences, scopeRegionCode } from '../../../../stores/preferences'
import { session } from '../../../../stores/session'
import { openPage, routes, withQuery } from '../../../../routes'
import { firstOpen, parseNumber, resumeView, screensOf, type View } from './flow'
import { answersStillValid, type SavedAnswers } from './saved-answers'
import { useSavedAnswers } from './use-saved-answers'
import { toast, setPageTitle } from '../../../../hooks/host-actions'

type Load = { status: 'loading' } | { status: 'ready'; scenario: ScenarioDto; code: string } | { status: 'not-found' } | { status: 'error'; error: string }

const readId = (value: string | undefined) => {
  try {
    return decodeURIComponent(value ?? '')
  } catch {
    return value ?? ''
  }
}

/**
 * 一件事 (param: id): ① what it covers, ② the questions one per screen (first the district where the region has
 * districts: the items are resolved there), ③ the tailored checklist, computed here as the answers change, then
 * 开始填写 opens the one combined form. Every answer is kept (see useSavedAnswers).
 */
export function useScenario() {
  const id = readId(useRouter().params.id)
  const here = withQuery(routes.scenario, { id })
  const status = useStore(session, (s) => s.status)
  const settled = status === 'signed-in' || status === 'anonymous' || status === 'failed'
  const scope = useStore(preferences, scopeRegionCode)
  const regions = useStore(appConfig, (c) => c.data?.regions)
  const configKnown = useStore(appConfig, (c) => c.status !== 'loading')
  const districts = useMemo(() => (regions ?? []).filter((r) => r.parentCode === scope && r.level === 'district'), [regions, scope])
  const needsDistrict = districts.length > 0

  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [district, setDistrict] = useState<string | null>(null)
  const [answers, setAnswers] = useState<ScenarioAnswersDto>({})
  const [view, setView] = useState<View>({ stage: 'intro' })
  const [message, setMessage] = useState<string | null>(null)
  const [starting, setStarting] = useState(false)
  /** Number inputs as typed, by question id (「12.」 stays on screen while it is not yet a number) */
  const [typed, setTyped] = useState<Record<string, string>>({})
  const latest = useRef(0)

  /** The district chosen (when the region has districts), else the region itself */
  const regionCode = needsDistrict ? (district && districts.some((d) => d.code === district) ? district : null) : scope
  const loadCode = regionCode ?? scope
  const scenario = load.status === 'ready' ? load.scenario : null
  const questions = scenario?.questions ?? []

  async function fetchScenario() {
    if (!id) return setLoad({ status: 'not-found' })
    const ticket = ++latest.current
    // A reload for another district keeps the questions on screen; only the checklist waits for it.
    setLoad((l) => (l.status === 'ready' ? l : { status: 'loading' }))
    try {
      const dto = await scenarioApi.get(id, loadCode)
      if (ticket !== latest.current) return
      setLoad({ status: 'ready', scenario: dto, code: loadCode })
      setPageTitle(dto.title)
    } catch (e) {
      if (ticket !== latest.current) return
      if (e instanceof ApiError && e.status === 404 && e.code !== 'REGION_NOT_FOUND') setLoad({ status: 'not-found' })
      else setLoad({ status: 'error', error: e instanceof ApiError ? e.message : '加载失败，请稍后重试' })
    }
  }
  useEffect(() => {
    void fetchScenario()
  }, [id, loadCode]) // eslint-disable-line react-hooks/exhaustive-deps

  const clean = (a: ScenarioAnswersDto) => (scenario ? sanitizeScenarioAnswers(scenario.questions, a) : a)

  const saved = useSavedAnswers({
    id,
    scenario,
    scope,
    settled: settled && configKnown,
    restore: (found: SavedAnswers | null) => {
      const kept = scenario && found ? answersStillValid(scenario, found.answers) : {}
      const chosen = found?.regionCode && districts.some((d) => d.code === found.regionCode) ? found.regionCode : null
      setAnswers(kept)
      setDistrict(chosen)
      const code = needsDistrict ? chosen : scope
      setView(resumeView(screensOf(questions, kept, needsDistrict), kept, code, chosen !== null))
      return { regionCode: code, answers: kept }
    },
  })

  const screens = screensOf(questions, answers, needsDistrict)
  const open = firstOpen(screens, answers, regionCode)
  // The checklist only ever shows complete answers (a region changed elsewhere may have unset the district).
  const shown: View = view.stage === 'checklist' && open >= 0 ? { stage: 'questions', pos: open } : view
  const pos = shown.stage === 'questions' ? Math.min(shown.pos, Math.max(screens.length - 1, 0)) : -1
  const screen = pos >= 0 ? screens[pos] : undefined
  const current = load.status === 'ready' && load.code === loadCode
  const checklist = useMemo(() => (scenario && current && shown.stage === 'checklist' ? checklistOf(scenario, clean(answers)) : null), [scenario, current, shown.stage, answers]) // eslint-disable-line react-hooks/exhaustive-deps

  function go(next: View) {
    setMessage(null)
    setView(next)
    platform.scrollPageTo(0, 0)
  }

  /** To the next screen as the answers now stand, or to the checklist after the last one. */
  function forward(nextAnswers: ScenarioAnswersDto, nextRegion: string | null) {
    const list = screensOf(questions, nextAnswers, needsDistrict)
    if (pos + 1 < list.length) return go({ stage: 'questions', pos: pos + 1 })
    const gap = firstOpen(list, nextAnswers, nextRegion)
    go(gap >= 0 ? { stage: 'questions', pos: gap } : { stage: 'checklist' })
  }

  function setAnswer(question: ScenarioQuestionDto, value: ScenarioAnswerValue | undefined, advance: boolean) {
    const next = { ...answers }
    if (value === undefined) delete next[question.id]
    else next[question.id] = value
    setAnswers(next)
    setMessage(null)
    saved.save({ regionCode, answers: clean(next) })
    if (advance) forward(next, regionCode)
  }

  function chooseDistrict(code: string) {
    setDistrict(code)
    saved.save({ regionCode: code, answers: clean(answers) })
    forward(answers, code)
  }

  /** A number as typed: kept as text while typing; the answer is stored whenever the text is a valid one. */
  function typeNumber(question: ScenarioQuestionDto, text: string) {
    setTyped((t) => ({ ...t, [question.id]: text }))
    const n = parseNumber(text)
    const valid = n !== undefined && checkAnswer(question, n) === null
    if (valid) setAnswer(question, n, false)
    else if (answers[question.id] !== undefined) setAnswer(question, undefined, false)
    else setMessage(null)
  }

  const textOf = (q: ScenarioQuestionDto) => typed[q.id] ?? (typeof answers[q.id] === 'number' ? String(answers[q.id]) : '')

  /** 下一题: checks the answer on screen; a multiple choice left empty is answered with none, if the question allows it. */
  function next() {
    if (!screen) return
    if (screen.kind === 'district') return regionCode ? forward(answers, regionCode) : setMessage('请选择办理的区')
    const q = screen.question
    const text = q.kind === 'number' ? textOf(q).trim() : ''
    const value = q.kind === 'multi' ? (answers[q.id] ?? []) : q.kind === 'number' ? parseNumber(text) : answers[q.id]
    const problem = q.kind === 'number' && text && value === undefined ? '请输入数字' : checkAnswer(q, value)
    if (problem) return setMessage(problem)
    if (answers[q.id] === undefined && value !== undefined) setAnswer(q, value, true)
    else forward(answers, regionCode)
  }

  async function start() {
    if (!scenario || !checklist || checklist.online.length === 0 || !regionCode || starting) return
    if (!saved.signedIn) {
      if (status === 'signing-in' || status === 'idle') return toast('正在登录，请稍候')
      return void openPage(withQuery(routes.login, { then: here }))
    }
    setStarting(true)
    try {
      await saved.commit({ regionCode, answers: clean(answers) }, scenario)
      await openPage(withQuery(routes.scenarioApply, { scenario: id }))
    } catch (e) {
      toast(e instanceof Error && e.message ? e.message : '暂时无法开始填写，请稍后重试')
    } finally {
      setStarting(false)
    }
  }

  return {
    load,
    scenario,
    ready: load.status === 'ready' && saved.restored,
    view: shown,
    screen,
    progress: { index: pos + 1, total: screens.length },
    districts,
    regionCode,
    answers,
    message,
    checklist,
    starting,
    retry: () => void fetchScenario(),
    begin: () => go({ stage: 'questions', pos: 0 }),
    back: () => go(pos > 0 ? { stage: 'questions', pos: pos - 1 } : { stage: 'intro' }),
    revise: () => go({ stage: 'questions', pos: 0 }),
    next,
    setAnswer,
    typeNumber,
    textOf,
    chooseDistrict,
    start,
    openGuide: (itemId: string) => void openPage(withQuery(routes.guide, { id: itemId })),
    /** 预约 for an item done at a hall */
    openBooking: (itemId: string) => void openPage(withQuery(routes.book, { item: itemId })),
  }
}

export type ScenarioPage = ReturnType<typeof useScenario>
