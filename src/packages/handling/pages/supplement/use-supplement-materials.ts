import { useRef, useState } from 'react'
import type { LicenceDto, MaterialAnswerDto, MaterialAnswers, MaterialSlotDto } from '../../../../api/contract'
import type { SlotActions, SlotChoice, UploadItem } from '../../components/material-slot'
import { useSlotUploads } from '../../components/material-slot/use-slot-uploads'
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
  const [errors, setErrors] = useState<Record<string, string>>({})
  // syncFiles is defined below; the uploads call it once a file is done or deleted.
  const files = useSlotUploads((slot) => syncFiles(slot))

  const choiceOf = (slot: MaterialSlotDto): SlotChoice => choicesRef.current[slot.id] ?? (licenceOf(slot) ? 'licence' : 'upload')

  const write = (slotId: string, answer: MaterialAnswerDto | null) => {
    answersRef.current = answer ? { ...answersRef.current, [slotId]: answer } : without(answersRef.current, slotId)
    setMaterials(answersRef.current)
    if (answer) setErrors((e) => without(e, slotId))
  }

  /** The uploaded files become the answer, unless the user chose the e-licence or 容缺后补 meanwhile. */
  const syncFiles = (slot: MaterialSlotDto) => {
    if (answersRef.current[slot.id]?.kind === 'deferred' || choiceOf(slot) !== 'upload') return
    const ids = files.doneIds(slot.id)
    write(slot.id, ids.length ? { kind: 'upload', fileIds: ids } : null)
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
    pickImages: () => files.pick(slot, 'images'),
    pickPdf: () => files.pick(slot, 'pdf'),
    retry: (key) => files.retry(slot, key),
    remove: (key) => files.remove(slot, key),
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
    uploads: (slotId: string): UploadItem[] => files.uploads[slotId] ?? [],
    notices: files.notices,
    errors,
    busy: files.busy,
    actionsFor,
    setErrors,
    slots,
  }
}
