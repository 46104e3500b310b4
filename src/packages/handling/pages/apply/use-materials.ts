import { useRef, useState } from 'react'
import { platform, type PickedFile } from '@/platform'
import type { LicenceDto, MaterialAnswerDto, MaterialAnswers, MaterialSlotDto } from '../../../../api/contract'
import { validateMaterials } from '../../../../domain/form'
import { updateDraft } from '../../../../stores/drafts'
import { uploadMaterialFile } from '../../../../stores/uploads'
import type { SlotChoice, UploadItem } from '../../components/material-slot'

/** A file of a material as the page tracks it: the picked file is kept for 重试. */
interface Upload extends UploadItem {
  fileId?: string
  picked?: PickedFile
}

/**
 * updateDraft merges material answers key by key and removes an upload answer without files: that is how a slot's
 * answer is cleared (a licence whose consent was withdrawn, the last file deleted).
 */
const CLEARED: MaterialAnswerDto = { kind: 'upload', fileIds: [] }

let sequence = 0
const errorText = (e: unknown) => (e instanceof Error && e.message ? e.message : '上传失败，请重试')

/**
 * Step ②: how each material is provided. Uploads run per file with their progress; a failed one keeps its file for
 * 重试. Only what is complete reaches the draft: uploaded file ids, an e-licence with its consent, or 容缺后补.
 */
export function useMaterials(itemId: string, slots: MaterialSlotDto[], licenceOf: (slot: MaterialSlotDto) => LicenceDto | null) {
  const [materials, setMaterials] = useState<MaterialAnswers>({})
  const ref = useRef(materials)
  const [choices, setChoices] = useState<Record<string, SlotChoice>>({})
  const choicesRef = useRef(choices)
  const [uploads, setUploads] = useState<Record<string, Upload[]>>({})
  const uploadsRef = useRef(uploads)
  const [notices, setNotices] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})

  const writeSlot = (slotId: string, answer: MaterialAnswerDto | null) => {
    const next = { ...ref.current }
    if (answer) next[slotId] = answer
    else delete next[slotId]
    ref.current = next
    setMaterials(next)
    updateDraft(itemId, { materials: { [slotId]: answer ?? CLEARED } })
    if (answer) setErrors((e) => (slotId in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== slotId)) : e))
  }

  const setFiles = (slotId: string, files: Upload[]) => {
    uploadsRef.current = { ...uploadsRef.current, [slotId]: files }
    setUploads(uploadsRef.current)
  }
  const patchFile = (slotId: string, key: string, patch: Partial<Upload>) =>
    setFiles(
      slotId,
      (uploadsRef.current[slotId] ?? []).map((f) => (f.key === key ? { ...f, ...patch } : f)),
    )

  /** The uploaded files become the slot's answer, unless the user chose the e-licence or 容缺后补 meanwhile. */
  const syncFiles = (slot: MaterialSlotDto) => {
    if (ref.current[slot.id]?.kind === 'deferred' || (licenceOf(slot) && choicesRef.current[slot.id] !== 'upload')) return
    const ids = (uploadsRef.current[slot.id] ?? []).flatMap((f) => (f.status === 'done' && f.fileId ? [f.fileId] : []))
    writeSlot(slot.id, ids.length ? { kind: 'upload', fileIds: ids } : null)
  }

  async function send(slot: MaterialSlotDto, key: string, picked: PickedFile) {
    patchFile(slot.id, key, { status: 'uploading', percent: 0, error: undefined })
    try {
      const dto = await uploadMaterialFile(slot, picked, (percent) => patchFile(slot.id, key, { percent: Math.round(percent) }))
      // Deleted while it was going out: forget it
      if (!(uploadsRef.current[slot.id] ?? []).some((f) => f.key === key)) return
      patchFile(slot.id, key, { status: 'done', percent: 100, fileId: dto.id })
      syncFiles(slot)
    } catch (e) {
      patchFile(slot.id, key, { status: 'failed', error: errorText(e) })
    }
  }

  async function pick(slot: MaterialSlotDto, what: 'images' | 'pdf') {
    const rule = slot.upload
    const room = rule ? rule.maxFiles - (uploadsRef.current[slot.id] ?? []).length : 0
    if (!rule || room <= 0) return
    setNotices((n) => ({ ...n, [slot.id]: '' }))
    const picked =
      what === 'images' ? await platform.chooseImages({ count: room, sources: ['camera', 'album'], compressed: true }) : await platform.chooseFiles({ count: room, extensions: ['pdf'] })
    if (picked.status === 'cancelled') return
    if (picked.status !== 'ok') return setNotices((n) => ({ ...n, [slot.id]: picked.message }))
    const added = picked.value.slice(0, room).map((file) => ({ file, item: { key: `f${++sequence}`, name: file.name, status: 'uploading' as const, percent: 0, picked: file } }))
    setFiles(slot.id, [...(uploadsRef.current[slot.id] ?? []), ...added.map((a) => a.item)])
    await Promise.all(added.map((a) => send(slot, a.item.key, a.file)))
  }

  const byId = (slotId: string) => slots.find((s) => s.id === slotId)

  return {
    materials,
    choices,
    uploads,
    notices,
    errors,
    /** Files still going out: 下一步 waits for them */
    busy: Object.values(uploads).some((files) => files.some((f) => f.status === 'uploading')),

    /** The opened draft's choices: an uploaded file is known by its id only (its name stays on the server). */
    reset(saved: MaterialAnswers, formSlots: MaterialSlotDto[], licenceIn: (slot: MaterialSlotDto) => LicenceDto | null) {
      ref.current = saved
      setMaterials(saved)
      const nextChoices: Record<string, SlotChoice> = {}
      const files: Record<string, Upload[]> = {}
      for (const slot of formSlots) {
        const answer = saved[slot.id]
        nextChoices[slot.id] = answer?.kind === 'upload' || !licenceIn(slot) ? 'upload' : 'licence'
        if (answer?.kind === 'upload') files[slot.id] = answer.fileIds.map((id, i) => ({ key: id, name: `已上传的文件 ${i + 1}`, status: 'done', percent: 100, fileId: id }))
      }
      choicesRef.current = nextChoices
      setChoices(nextChoices)
      uploadsRef.current = files
      setUploads(files)
    },

    choose(slotId: string, choice: SlotChoice) {
      const slot = byId(slotId)
      if (!slot || choicesRef.current[slotId] === choice) return
      choicesRef.current = { ...choicesRef.current, [slotId]: choice }
      setChoices(choicesRef.current)
      // An e-licence needs its consent ticked again; uploads already done count at once
      if (choice === 'licence') writeSlot(slotId, null)
      else syncFiles(slot)
    },

    toggleConsent(slotId: string) {
      const slot = byId(slotId)
      const licence = slot && licenceOf(slot)
      if (!licence) return
      writeSlot(slotId, ref.current[slotId]?.kind === 'licence' ? null : { kind: 'licence', licenceId: licence.id, consent: true })
    },

    toggleDeferred(slotId: string) {
      const slot = byId(slotId)
      if (!slot || slot.requirement !== 'deferrable') return
      if (ref.current[slotId]?.kind !== 'deferred') return writeSlot(slotId, { kind: 'deferred' })
      writeSlot(slotId, null)
      syncFiles(slot)
    },

    pickImages: (slotId: string) => {
      const slot = byId(slotId)
      if (slot) void pick(slot, 'images')
    },
    pickPdf: (slotId: string) => {
      const slot = byId(slotId)
      if (slot) void pick(slot, 'pdf')
    },

    retry(slotId: string, key: string) {
      const slot = byId(slotId)
      const file = (uploadsRef.current[slotId] ?? []).find((f) => f.key === key)
      if (slot && file?.picked && file.status === 'failed') void send(slot, key, file.picked)
    },

    remove(slotId: string, key: string) {
      const slot = byId(slotId)
      if (!slot) return
      setFiles(
        slotId,
        (uploadsRef.current[slotId] ?? []).filter((f) => f.key !== key),
      )
      syncFiles(slot)
    },

    checkAll(): Record<string, string> {
      const found = validateMaterials(slots, ref.current)
      setErrors(found)
      return found
    },

    showErrors(fields: Record<string, string>) {
      setErrors((e) => ({ ...e, ...fields }))
    },
  }
}

export type MaterialsState = ReturnType<typeof useMaterials>
