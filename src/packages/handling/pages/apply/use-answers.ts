import { useMemo, useRef, useState } from 'react'
import type { AnswersDto, FormGroupDto, FormSchemaDto, LeafAnswer } from '../../../../api/contract'
import { countAnswered, validateAnswers } from '../../../../domain/form'
import { updateDraft } from '../../../../stores/drafts'
import { countable, systemPaths, withoutPaths, type Known } from './model'

type Row = Record<string, LeafAnswer>

const emptyRow = (group: FormGroupDto): Row => Object.fromEntries(group.fields.map((f) => [f.id, null]))

const dropPrefix = (errors: Record<string, string>, prefix: string) => Object.fromEntries(Object.entries(errors).filter(([p]) => p !== prefix && !p.startsWith(`${prefix}.`)))

/**
 * The answers of step ①: every change goes to the draft at once (kept on the device, synced later), so nothing
 * typed is lost. Each field is checked when the user leaves it, all of them on 下一步, with the form engine's
 * Chinese messages; what the system fills at submission is never reported as missing.
 */
export function useAnswers(itemId: string, schema: FormSchemaDto | null, known: Known) {
  const [answers, setAnswers] = useState<AnswersDto>({})
  const ref = useRef(answers)
  const [errors, setErrors] = useState<Record<string, string>>({})
  /** Where prefilled values came from, by field id (「来自实名认证」); dropped once the user changes the value */
  const [sources, setSources] = useState<Record<string, string>>({})
  /** Masked fields the user chose to type instead of leaving them to the system */
  const [typing, setTyping] = useState<ReadonlySet<string>>(new Set())
  const typingRef = useRef(typing)
  const knownRef = useRef(known)
  knownRef.current = known

  const write = (patch: AnswersDto) => {
    ref.current = { ...ref.current, ...patch }
    setAnswers(ref.current)
    updateDraft(itemId, { answers: patch })
  }

  /** The engine's messages, less those about what the system fills in. */
  function check(only?: string[]): Record<string, string> {
    if (!schema) return {}
    const found = validateAnswers(schema, ref.current, only ? { only } : {})
    return withoutPaths(found, systemPaths(schema, ref.current, typingRef.current, knownRef.current))
  }

  const paths = useMemo(() => (schema ? systemPaths(schema, answers, typing, known) : new Set<string>()), [schema, answers, typing, known])

  return {
    answers,
    errors,
    sources,
    typing,
    progress: schema ? countAnswered(schema, countable(answers, paths)) : { answered: 0, required: 0 },

    /** The opened draft with prefill applied (already saved by the page). */
    reset(next: AnswersDto, nextSources: Record<string, string>) {
      ref.current = next
      setAnswers(next)
      setSources(nextSources)
      setErrors({})
    },

    /** 'name' or 'members.0.name' */
    set(path: string, value: LeafAnswer) {
      const [id, index, fieldId] = path.split('.')
      if (index === undefined) {
        write({ [id]: value })
        setSources((s) => (id in s ? Object.fromEntries(Object.entries(s).filter(([k]) => k !== id)) : s))
      } else {
        const rows = Array.isArray(ref.current[id]) ? [...(ref.current[id] as Row[])] : []
        rows[Number(index)] = { ...rows[Number(index)], [fieldId]: value }
        write({ [id]: rows })
      }
      setErrors((e) => (path in e ? dropPrefix(e, path) : e))
    },

    /** The user left a field: its message now, or none. */
    blur(path: string) {
      const found = check([path])
      setErrors((e) => ({ ...dropPrefix(e, path), ...found }))
    },

    addRow(group: FormGroupDto) {
      const rows = Array.isArray(ref.current[group.id]) ? (ref.current[group.id] as Row[]) : []
      if (rows.length >= group.maxItems) return
      write({ [group.id]: [...rows, emptyRow(group)] })
      setErrors((e) => dropPrefix(e, group.id))
    },

    removeRow(group: FormGroupDto, index: number) {
      const rows = Array.isArray(ref.current[group.id]) ? (ref.current[group.id] as Row[]) : []
      if (rows.length <= Math.max(group.minItems, group.required ? 1 : 0)) return
      write({ [group.id]: rows.filter((_, i) => i !== index) })
      // Row numbers shift: the row messages are recomputed on the next check
      setErrors((e) => dropPrefix(e, group.id))
    },

    typeInstead(fieldId: string) {
      typingRef.current = new Set([...typingRef.current, fieldId])
      setTyping(typingRef.current)
    },

    /** Every visible field (下一步, 提交): shows the messages and answers them. */
    checkAll(): Record<string, string> {
      const found = check()
      setErrors(found)
      return found
    },

    /** The server's messages (提交 refused), by path. */
    showErrors(fields: Record<string, string>) {
      setErrors((e) => ({ ...e, ...fields }))
    },
  }
}

export type AnswersState = ReturnType<typeof useAnswers>
