import { useRef, useState } from 'react'
import type { LicenceDto, MaterialAnswerDto, MaterialAnswers, MaterialSlotDto } from '../../../../api/contract'
import { validateMaterials } from '../../../../domain/form'
import { updateDraft } from '../../../../stores/drafts'
import type { SlotChoice } from '../../components/material-slot'
import { useSlotUploads, type Upload } from '../../components/material-slot/use-slot-uploads'

/**
 * updateDraft merges material answers key by key and removes an upload answer without files: that is how a slot's
 * answer is cleared (a licence whose consent was withdrawn, the last file deleted).
 */
const CLEARED: MaterialAnswerDto = { kind: 'upload', fileIds: [] }

/**
 * Step ②: how each material is provided. Uploads run per file with their progress; a failed one keeps its file for
 * 重试. Only what is complete reaches the draft: uploaded file ids, an e-licence with its consent, or 容缺后补.
 */
export function useMaterials(itemId: string, slots: MaterialSlotDto[], licenceOf: (slot: MaterialSlotDto) => LicenceDto | null) {
  const [materials, setMaterials] = useState<MaterialAnswers>({})
  const ref = useRef(materials)
  const [choices, setChoices] = useState<Record<string, SlotChoice>>({})
  const choicesRef = useRef(choices)
  const [errors, setErrors] = useState<Record<string, string>>({})
  // syncFiles is defined below; the uploads call it once a file is done or deleted.
  const files = useSlotUploads((slot) => syncFiles(slot))

  const writeSlot = (slotId: string, answer: MaterialAnswerDto | null) => {
    const next = { ...ref.current }
    if (answer) next[slotId] = answer
    else delete next[slotId]
    ref.current = next
    setMaterials(next)
    updateDraft(itemId, { materials: { [slotId]: answer ?? CLEARED } })
    if (answer) setErrors((e) => (slotId in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== slotId)) : e))
  }


  /** The uploaded files become the slot's answer, unless the user chose the e-licence or 容缺后补 meanwhile. */
  const syncFiles = (slot: MaterialSlotDto) => {
    if (ref.current[slot.id]?.kind === 'deferred' || (licenceOf(slot) && choicesRef.current[slot.id] !== 'upload')) return
    const ids = files.doneIds(slot.id)
    writeSlot(slot.id, ids.length ? { kind: 'upload', fileIds: ids } : null)
  }



  const byId = (slotId: string) => slots.find((s) => s.id === slotId)

  return {
    materials,
    choices,
    uploads: files.uploads,
    notices: files.notices,
    errors,
    /** Files still going out: 下一步 waits for them */
    busy: files.busy,

    /** The opened draft's choices: an uploaded file is known by its id only (its name stays on the server). */
    reset(saved: MaterialAnswers, formSlots: MaterialSlotDto[], licenceIn: (slot: MaterialSlotDto) => LicenceDto | null) {
      ref.current = saved
      setMaterials(saved)
      const nextChoices: Record<string, SlotChoice> = {}
      const savedFiles: Record<string, Upload[]> = {}
      for (const slot of formSlots) {
        const answer = saved[slot.id]
        nextChoices[slot.id] = answer?.kind === 'upload' || !licenceIn(slot) ? 'upload' : 'licence'
        if (answer?.kind === 'upload') savedFiles[slot.id] = answer.fileIds.map((id, i) => ({ key: id, name: `已上传的文件 ${i + 1}`, status: 'done', percent: 100, fileId: id }))
      }
      choicesRef.current = nextChoices
      setChoices(nextChoices)
      files.resetFiles(savedFiles)
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
      if (slot) files.pick(slot, 'images')
    },
    pickPdf: (slotId: string) => {
      const slot = byId(slotId)
      if (slot) files.pick(slot, 'pdf')
    },

    retry(slotId: string, key: string) {
      const slot = byId(slotId)
      if (slot) files.retry(slot, key)
    },

    remove(slotId: string, key: string) {
      const slot = byId(slotId)
      if (slot) files.remove(slot, key)
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
