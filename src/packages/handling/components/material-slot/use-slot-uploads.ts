import { useRef, useState } from 'react'
import { platform, type PickedFile } from '@/platform'
import type { MaterialSlotDto } from '../../../../api/contract'
import { uploadMaterialFile } from '../../../../stores/uploads'
import type { UploadItem } from './index'

/** A file of a material as a page tracks it: the picked file is kept for 重试. */
export interface Upload extends UploadItem {
  fileId?: string
  picked?: PickedFile
}

let sequence = 0
const errorText = (e: unknown) => (e instanceof Error && e.message ? e.message : '上传失败，请重试')

/**
 * The files of each material slot, shared by the apply flow and 补正: pick (camera, album or PDF, within the
 * slot's limit), upload each file with its progress, keep a failed one for 重试, delete. `onFilesChanged` runs
 * after a file finishes or is deleted, so the page can turn the finished files into the slot's answer.
 */
export function useSlotUploads(onFilesChanged: (slot: MaterialSlotDto) => void) {
  const [uploads, setUploads] = useState<Record<string, Upload[]>>({})
  const uploadsRef = useRef(uploads)
  const [notices, setNotices] = useState<Record<string, string>>({})

  const setFiles = (slotId: string, files: Upload[]) => {
    uploadsRef.current = { ...uploadsRef.current, [slotId]: files }
    setUploads(uploadsRef.current)
  }
  const patchFile = (slotId: string, key: string, patch: Partial<Upload>) =>
    setFiles(
      slotId,
      (uploadsRef.current[slotId] ?? []).map((f) => (f.key === key ? { ...f, ...patch } : f)),
    )

  async function send(slot: MaterialSlotDto, key: string, picked: PickedFile) {
    patchFile(slot.id, key, { status: 'uploading', percent: 0, error: undefined })
    try {
      const dto = await uploadMaterialFile(slot, picked, (percent) => patchFile(slot.id, key, { percent: Math.round(percent) }))
      if (!(uploadsRef.current[slot.id] ?? []).some((f) => f.key === key)) return // deleted while it went out
      patchFile(slot.id, key, { status: 'done', percent: 100, fileId: dto.id })
      onFilesChanged(slot)
    } catch (e) {
      patchFile(slot.id, key, { status: 'failed', error: errorText(e) })
    }
  }

  async function pick(slot: MaterialSlotDto, what: 'images' | 'pdf') {
    const room = slot.upload ? slot.upload.maxFiles - (uploadsRef.current[slot.id] ?? []).length : 0
    if (room <= 0) return
    setNotices((n) => ({ ...n, [slot.id]: '' }))
    const picked =
      what === 'images' ? await platform.chooseImages({ count: room, sources: ['camera', 'album'], compressed: true }) : await platform.chooseFiles({ count: room, extensions: ['pdf'] })
    if (picked.status === 'cancelled') return
    if (picked.status !== 'ok') return setNotices((n) => ({ ...n, [slot.id]: picked.message }))
    const added = picked.value.slice(0, room).map((file) => ({ key: `f${++sequence}`, name: file.name, status: 'uploading' as const, percent: 0, picked: file }))
    setFiles(slot.id, [...(uploadsRef.current[slot.id] ?? []), ...added])
    await Promise.all(added.map((f) => send(slot, f.key, f.picked)))
  }

  return {
    uploads,
    notices,
    /** Files still going out: the page waits for them */
    busy: Object.values(uploads).some((files) => files.some((f) => f.status === 'uploading')),
    /** The ids of a slot's finished files */
    doneIds: (slotId: string) => (uploadsRef.current[slotId] ?? []).flatMap((f) => (f.status === 'done' && f.fileId ? [f.fileId] : [])),
    /** Replaces every slot's files (a reopened draft: files known by id only) */
    resetFiles(files: Record<string, Upload[]>) {
      uploadsRef.current = files
      setUploads(files)
    },
    pick: (slot: MaterialSlotDto, what: 'images' | 'pdf') => void pick(slot, what),
    retry(slot: MaterialSlotDto, key: string) {
      const file = (uploadsRef.current[slot.id] ?? []).find((f) => f.key === key)
      if (file?.picked && file.status === 'failed') void send(slot, key, file.picked)
    },
    remove(slot: MaterialSlotDto, key: string) {
      setFiles(
        slot.id,
        (uploadsRef.current[slot.id] ?? []).filter((f) => f.key !== key),
      )
      onFilesChanged(slot)
    },
  }
}
