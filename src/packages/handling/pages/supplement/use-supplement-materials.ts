import { useRef, useState } from 'react'
import { platform, type PickedFile } from '@/platform'
import type { LicenceDto, MaterialAnswerDto, MaterialAnswers, MaterialSlotDto } from '../../../../api/contract'
import { uploadMaterialFile } from '../../../../stores/uploads'
import type { SlotActions, SlotChoice, UploadItem } from '../../components/material-slot'

/** A file as the page tracks it: the picked file is kept for 重试. */
interface Upload extends UploadItem {
  fileId?: string
  picked?: PickedFile
}

let sequence = 0
const errorText = (e: unknown) => (e instanceof Error && e.message ? e.message : '上传失败，请重试')
const without = <T>(map: Record<string, T>, key: string) => Object.fromEntries(Object.entries(map).filter(([k]) => k !== key))

/**
 * The materials a 补正 asks for, provided anew (the server takes only what is sent again): uploads per file with
 * progress and 重试, the user's own 电子证照 with an explicit consent, or 容缺后补 where the slot allows it.
 * Unlike the apply flow nothing goes to a draft: a 补正 is one short form, sent at once.
 */
export function useSupplementMaterials(slots: MaterialSlotDto[], licenceOf: (slot: MaterialSlotDto) => LicenceDto | null) {
  const [materials, setMaterials] = useState<MaterialAnswers>({})
  const answersRef = useRef(materials)
  const [choices, setChoices] = useState<Record<string, SlotChoice>>({})
  const choicesRef = useRef(choices)
  const [uploads, setUploads] = useState<Record<string, Upload[]>>({})
  const uploadsRef = useRef(uploads)
  const [notices, setNotices] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})

  const choiceOf = (slot: MaterialSlotDto): SlotChoice => choicesRef.current[slot.id] ?? (licenceOf(slot) ? 'licence' : 'upload')

  const write = (slotId: string, answer: MaterialAnswerDto | null) => {
    answersRef.current = answer ? { ...answersRef.current, [slotId]: answer } : without(answersRef.current, slotId)
    setMaterials(answersRef.current)
    if (answer) setErrors((e) => without(e, slotId))
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

  /** The uploaded files become the answer, unless the user chose the e-licence or 容缺后补 meanwhile. */
  const syncFiles = (slot: MaterialSlotDto) => {
    if (answersRef.current[slot.id]?.kind === 'deferred' || choiceOf(slot) !== 'upload') return
    const ids = (uploadsRef.current[slot.id] ?? []).flatMap((f) => (f.status === 'done' && f.fileId ? [f.fileId] : []))
    write(slot.id, ids.length ? { kind: 'upload', fileIds: ids } : null)
  }

  async function send(slot: MaterialSlotDto, key: string, picked: PickedFile) {
    patchFile(slot.id, key, { status: 'uploading', percent: 0, error: undefined })
    try {
      const dto = await uploadMaterialFile(slot, picked, (percent) => patchFile(slot.id, key, { percent: Math.round(percent) }))
      if (!(uploadsRef.current[slot.id] ?? []).some((f) => f.key === key)) return // deleted while it went out
      patchFile(slot.id, key, { status: 'done', percent: 100, fileId: dto.id })
      syncFiles(slot)
    } catch (e) {
      patchFile(slot.id, key, { status: 'failed', error: errorText(e) })
    }
  }

  async function pick(slot: MaterialSlotDto, what: 'images' | 'pdf') {
    const room = slot.upload ? slot.upload.maxFiles - (uploadsRef.current[slot.id] ?? []).length : 0
    if (room <= 0) return
    setNotices((n) => without(n, slot.id))
    const picked =
      what === 'images' ? await platform.chooseImages({ count: room, sources: ['camera', 'album'], compressed: true }) : await platform.chooseFiles({ count: room, extensions: ['pdf'] })
    if (picked.status === 'cancelled') return
    if (picked.status !== 'ok') {
      setNotices((n) => ({ ...n, [slot.id]: picked.message }))
      return
    }
    const added = picked.value.slice(0, room).map((file) => ({ key: `s${++sequence}`, name: file.name, status: 'uploading' as const, percent: 0, picked: file }))
    setFiles(slot.id, [...(uploadsRef.current[slot.id] ?? []), ...added])
    await Promise.all(added.map((f) => send(slot, f.key, f.picked)))
  }

  /** The MaterialSlot actions of one slot */
  const actionsFor = (slot: MaterialSlotDto): SlotActions => ({
    choose(choice) {
      if (choiceOf(slot) === choice) return
      choicesRef.current = { ...choicesRef.current, [slot.id]: choice }
      setChoices(choicesRef.current)
      // An e-licence needs its consent ticked; uploads already done count at once
      if (choice === 'licence') write(slot.id, null)
      else syncFiles(slot)
    },
    toggleConsent() {
      const licence = licenceOf(slot)
      if (licence) write(slot.id, answersRef.current[slot.id]?.kind === 'licence' ? null : { kind: 'licence', licenceId: licence.id, consent: true })
    },
    pickImages: () => void pick(slot, 'images'),
    pickPdf: () => void pick(slot, 'pdf'),
    retry(key) {
      const file = (uploadsRef.current[slot.id] ?? []).find((f) => f.key === key)
      if (file?.picked && file.status === 'failed') void send(slot, key, file.picked)
    },
    remove(key) {
      setFiles(
        slot.id,
        (uploadsRef.current[slot.id] ?? []).filter((f) => f.key !== key),
      )
      syncFiles(slot)
    },
    toggleDeferred() {
      if (slot.requirement !== 'deferrable') return
      if (answersRef.current[slot.id]?.kind !== 'deferred') return write(slot.id, { kind: 'deferred' })
      write(slot.id, null)
      syncFiles(slot)
    },
  })

  return {
    /** Answers so far (only complete ones) */
    current: () => answersRef.current,
    materials,
    choiceOf,
    uploads: (slotId: string): UploadItem[] => uploads[slotId] ?? [],
    notices,
    errors,
    busy: Object.values(uploads).some((files) => files.some((f) => f.status === 'uploading')),
    actionsFor,
    setErrors,
    slots,
  }
}
