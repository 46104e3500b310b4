import { scrollToAnchor } from '../../../../hooks/scroll-to-anchor'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { AnswersDto, ApplicationDetailDto, FormSchemaDto, LeafAnswer, LicenceDto, MaterialSlotDto } from '../../../../api/contract'
import { keyPerContent } from '../../../../api/client'
import { handlingApi } from '../../../../api/endpoints/handling'
import { ApiError } from '../../../../api/errors'
import { allEntries, validateAnswers, validateMaterials } from '../../../../domain/form'
import { beijingDate } from '../../../../domain/working-days'
import { appConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { activeEnterprise, enterprises } from '../../../../stores/enterprises'
import { preferences } from '../../../../stores/preferences'
import { session } from '../../../../stores/session'
import { returnTo, routes, withQuery } from '../../../../routes'
import type { FieldEnv } from '../../components/fields'
import { cityRegions, identityText, licenceFor, systemPaths, withoutPaths } from '../apply/model'
import { useSupplementMaterials } from './use-supplement-materials'
import { toast } from '../../../../hooks/host-actions'

type Row = Record<string, LeafAnswer>
const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)
const dropPrefix = (errors: Record<string, string>, path: string) => Object.fromEntries(Object.entries(errors).filter(([p]) => p !== path && !p.startsWith(`${path}.`)))

/** The anchor of a field or material, to scroll to the first problem */
export const anchorOf = (path: string) => `supplement-${path.replace(/\./g, '-')}`

/**
 * 补正 (param id): only what the reviewer asked for — those fields with their current answers, those materials
 * to provide again — checked with the form engine's `only`, then sent; the server keeps everything else as it was
 * submitted. Afterwards the 办件 returns to 已受理 and the detail page takes this page's place.
 */
export function useSupplement() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const user = useStore(session, (s) => s.user)
  const enterprise = useStore(enterprises, activeEnterprise)
  const allRegions = useStore(appConfig, (c) => c.data?.regions)
  const regionCode = useStore(preferences, (p) => p.regionCode)
  const [detail, setDetail] = useState<ApplicationDetailDto | null>(null)
  const [form, setForm] = useState<FormSchemaDto | null>(null)
  const [licences, setLicences] = useState<LicenceDto[]>([])
  const [error, setError] = useState<string | null>(id ? null : '未找到该办件')
  const [answers, setAnswers] = useState<AnswersDto>({})
  const answersRef = useRef(answers)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [submitting, setSubmitting] = useState(false)
  const busy = useRef(false)
  /** The 补正's Idempotency-Key, kept while what is sent stays the same */
  const [keys] = useState(keyPerContent)
  const today = beijingDate(Date.now())

  const asked = detail?.status === 'supplementing' ? detail.supplement : null
  const slots: MaterialSlotDto[] = form && asked ? form.materials.filter((s) => asked.materials.includes(s.id)) : []
  const licenceOf = (slot: MaterialSlotDto) => licenceFor(slot, licences, today)
  const m = useSupplementMaterials(slots, licenceOf)

  async function load() {
    if (!id) return
    setError(null)
    try {
      const d = await handlingApi.getApplication(id)
      const schema = await handlingApi.getForm(d.itemId)
      answersRef.current = d.answers
      setAnswers(d.answers)
      setForm(schema)
      setDetail(d)
      const wantsLicence = d.supplement?.materials.some((sid) => schema.materials.find((s) => s.id === sid)?.eLicence)
      // Without the licences the slots simply offer uploads: not worth an error.
      if (wantsLicence) handlingApi.listLicences().then((l) => setLicences(l.licences), () => undefined)
    } catch (e) {
      setError(messageOf(e, '加载失败，请稍后重试'))
    }
  }
  // Loaded once, not on every show: picking a photo hides the page on the mini-programs, and a reload on its return
  // would wipe what the user has typed and uploaded.
  useEffect(() => {
    void load()
  }, [id]) // eslint-disable-line react-hooks/exhaustive-deps

  const known = { user, enterprise }
  /** The engine's messages for the asked paths (or some of them), less what the system fills in. */
  function check(only: string[]): Record<string, string> {
    if (!form || only.length === 0) return {}
    const found = validateAnswers(form, answersRef.current, { only, today })
    return withoutPaths(found, systemPaths(form, answersRef.current, new Set(), known))
  }

  const write = (patch: AnswersDto) => {
    answersRef.current = { ...answersRef.current, ...patch }
    setAnswers(answersRef.current)
  }

  async function submit() {
    if (busy.current || !detail || !form || !asked) return
    if (m.busy) {
      toast('文件还在上传，请稍候')
      return
    }
    const fieldErrors = check(asked.fields)
    const materialErrors = validateMaterials(slots, m.current(), { only: asked.materials })
    setErrors(fieldErrors)
    m.setErrors(materialErrors)
    const first = Object.keys(fieldErrors)[0] ?? Object.keys(materialErrors)[0]
    if (first) {
      toast('请按提示修改后再提交')
      scrollToAnchor(anchorOf(first), 200)
      return
    }
    busy.current = true
    setSubmitting(true)
    try {
      const tops = new Set(asked.fields.map((p) => p.split('.')[0]))
      const sentAnswers = Object.fromEntries(Object.entries(answersRef.current).filter(([k]) => tops.has(k)))
      const sentMaterials = Object.fromEntries(Object.entries(m.current()).filter(([k]) => asked.materials.includes(k)))
      // The same content tapped again (after a timeout or a lost answer) is the same request: same key (fault soak).
      const body = { answers: sentAnswers, materials: sentMaterials }
      await handlingApi.supplement(detail.id, body, keys.keyFor(JSON.stringify(body)))
      await Taro.redirectTo({ url: withQuery(routes.application, { id: detail.id }) })
      toast('补正材料已提交', 'success')
    } catch (e) {
      // The server's own messages, by path (a field) or by slot id (a material)
      const fields = e instanceof ApiError ? e.fields ?? {} : {}
      const forMaterials = Object.fromEntries(Object.entries(fields).filter(([k]) => asked.materials.includes(k)))
      setErrors(Object.fromEntries(Object.entries(fields).filter(([k]) => !(k in forMaterials))))
      m.setErrors(forMaterials)
      toast(messageOf(e, '提交失败，请稍后重试'))
    } finally {
      busy.current = false
      setSubmitting(false)
    }
  }

  const entries = form && asked ? allEntries(form).filter((e) => asked.fields.some((p) => p.split('.')[0] === e.id)) : []
  const env: FieldEnv = { regions: cityRegions(allRegions ?? [], regionCode), identityText: identityText(user), today }
  return {
    loading: !error && (!detail || !form),
    error,
    retry: () => void load(),
    detail,
    /** null once it is no longer waiting for 补正 (already sent, or closed) */
    asked,
    entries,
    answers,
    errors,
    env,
    slots,
    materials: m,
    licenceOf,
    submitting,
    uploading: m.busy,

    /** 'name' or 'members.0.name' */
    set(path: string, value: LeafAnswer) {
      const [top, index, fieldId] = path.split('.')
      if (index === undefined) write({ [top]: value })
      else {
        const rows = Array.isArray(answersRef.current[top]) ? [...(answersRef.current[top] as Row[])] : []
        rows[Number(index)] = { ...rows[Number(index)], [fieldId]: value }
        write({ [top]: rows })
      }
      setErrors((e) => (path in e ? dropPrefix(e, path) : e))
    },
    blur(path: string) {
      setErrors((e) => ({ ...dropPrefix(e, path), ...check([path]) }))
    },
    addRow(groupId: string) {
      const group = entries.find((e) => e.id === groupId)
      if (!group || group.type !== 'group') return
      const rows = Array.isArray(answersRef.current[groupId]) ? (answersRef.current[groupId] as Row[]) : []
      if (rows.length >= group.maxItems) return
      write({ [groupId]: [...rows, Object.fromEntries(group.fields.map((f) => [f.id, null]))] })
      setErrors((e) => dropPrefix(e, groupId))
    },
    removeRow(groupId: string, index: number) {
      const group = entries.find((e) => e.id === groupId)
      if (!group || group.type !== 'group') return
      const rows = Array.isArray(answersRef.current[groupId]) ? (answersRef.current[groupId] as Row[]) : []
      if (rows.length <= Math.max(group.minItems, group.required ? 1 : 0)) return
      write({ [groupId]: rows.filter((_, i) => i !== index) })
      setErrors((e) => dropPrefix(e, groupId))
    },
    submit: () => void submit(),
    back: () => void returnTo(withQuery(routes.application, { id })),
  }
}
