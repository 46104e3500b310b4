import { useEffect, useRef, useState } from 'react'
import type { ScenarioAnswersDto, ScenarioDto } from '../../../../api/contract'
import { combinedFormId } from '../../../../domain/scenario'
import { useStore } from '../../../../stores/create-store'
import { flushDraft, openDraft, updateDraft, type LocalDraft } from '../../../../stores/drafts'
import { session } from '../../../../stores/session'
import { forgetDeviceAnswers, readDeviceAnswers, writeDeviceAnswers, type SavedAnswers } from './saved-answers'

/** What the page holds: the chosen district (null while one must still be chosen) and the answers given. */
export interface Held {
  regionCode: string | null
  answers: ScenarioAnswersDto
}

const fromDraft = (d: LocalDraft): SavedAnswers | null => (d.scenario ? { ...d.scenario, savedAt: d.updatedAt } : null)
const hasAny = (h: Held | null) => !!h && (h.regionCode !== null || Object.keys(h.answers).length > 0)

/**
 * Nothing is lost: every answer is saved as it is given — into the user's draft `scenario-<id>` when signed in,
 * else on the device — and restored when the page opens again (the newer of the two copies wins). Answers given
 * signed out move into the draft once the user signs in. `restore` gets what was saved and returns what the page
 * kept of it (answers that no longer fit the questions are dropped there).
 */
export function useSavedAnswers(opts: { id: string; scenario: ScenarioDto | null; scope: string; settled: boolean; restore: (saved: SavedAnswers | null) => Held }) {
  const { id, scenario, scope, settled } = opts
  const userId = useStore(session, (s) => (s.status === 'signed-in' ? (s.user?.id ?? null) : null))
  const key = combinedFormId(id)
  const [restored, setRestored] = useState(false)
  /** The user whose draft is open on this page (answers go there) */
  const draftOf = useRef<string | null>(null)
  const latest = useRef<Held | null>(null)
  const restoring = useRef(false)
  const restoreRef = useRef(opts.restore)
  restoreRef.current = opts.restore

  async function openFor(user: string, sc: ScenarioDto): Promise<LocalDraft> {
    const draft = await openDraft(key, sc.title, sc.version)
    draftOf.current = user
    return draft
  }

  function save(held: Held) {
    latest.current = held
    if (!scenario) return
    if (userId && draftOf.current === userId) {
      updateDraft(key, { scenario: { regionCode: held.regionCode ?? scope, version: scenario.version, answers: held.answers } })
    } else {
      writeDeviceAnswers(id, { ...held, version: scenario.version, savedAt: Date.now() })
    }
  }

  // Once, when the scenario and the session are known: the draft's copy or the device's, the newer.
  useEffect(() => {
    if (!scenario || !settled || restoring.current) return
    restoring.current = true
    void (async () => {
      const device = readDeviceAnswers(id)
      let saved = device
      if (userId) {
        try {
          const inDraft = fromDraft(await openFor(userId, scenario))
          saved = device && (!inDraft || device.savedAt > inDraft.savedAt) ? device : inDraft
        } catch {
          // Not signed in after all, or the session changed meanwhile: the device copy stands.
        }
      }
      const held = restoreRef.current(saved)
      latest.current = held
      setRestored(true)
      if (device && userId && draftOf.current === userId) {
        if (saved === device) save(held)
        forgetDeviceAnswers(id)
      }
    })()
  }, [scenario, settled, userId]) // eslint-disable-line react-hooks/exhaustive-deps

  // Signed in while the page was open (back from 登录): what was answered moves into the draft.
  useEffect(() => {
    if (!restored || !scenario || !userId || draftOf.current === userId) return
    void (async () => {
      try {
        const draft = await openFor(userId, scenario)
        if (hasAny(latest.current)) save(latest.current!)
        else if (draft.scenario) latest.current = restoreRef.current(fromDraft(draft))
        forgetDeviceAnswers(id)
      } catch {
        // Stays on the device; the next visit tries again.
      }
    })()
  }, [restored, userId]) // eslint-disable-line react-hooks/exhaustive-deps

  /** Before 开始填写: the answers in the user's draft and on the server. Rejects when nobody is signed in. */
  async function commit(held: Held & { regionCode: string }, sc: ScenarioDto): Promise<void> {
    if (!userId) throw new Error('请先登录后再办理')
    if (draftOf.current !== userId) await openFor(userId, sc)
    latest.current = held
    updateDraft(key, { scenario: { regionCode: held.regionCode, version: sc.version, answers: held.answers } })
    forgetDeviceAnswers(id)
    await flushDraft(key)
  }

  return { restored, signedIn: userId !== null, save, commit }
}
