import { useRef, useState } from 'react'
import { platform, type PickedFile } from '@/platform'
import type { MaterialSlotDto, UploadDto } from '../../../api/contract'
import { uploadMaterialFile } from '../../../stores/uploads'

/** What a form takes as attachments: 附件 (images or PDF, up to 4) or a 找茬's 截图 (one image). */
export interface AttachmentRule {
  /** Its name in messages: 附件, 截图 */
  name: string
  kinds: ('image' | 'pdf')[]
  max: number
}

/** Per file, after compression: the upload endpoint's limit */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024

/** One file as the form shows it: going out with its progress, uploaded, or failed with the reason and 重试. */
export interface Attachment {
  key: string
  name: string
  status: 'uploading' | 'done' | 'failed'
  percent: number
  error?: string
  upload?: UploadDto
  picked?: PickedFile
}

/** The upload store checks files against a material slot's rule; a form's attachments are one such slot. */
const slotOf = (rule: AttachmentRule): MaterialSlotDto => ({
  id: 'feedback-attachments',
  name: rule.name,
  requirement: 'optional',
  eLicence: null,
  upload: { kinds: rule.kinds, maxFiles: rule.max, maxBytes: ATTACHMENT_MAX_BYTES },
  notes: '',
})

let sequence = 0
const errorText = (e: unknown) => (e instanceof Error && e.message ? e.message : '上传失败，请重试')
const fromDraft = (u: UploadDto): Attachment => ({ key: `u-${u.id}`, name: u.name, status: 'done', percent: 100, upload: u })

/**
 * The attachments of a form: pick (camera and album, or a PDF), upload each with its progress, keep a failed one
 * for 重试, delete. The finished files go to `onDone` (the draft keeps them); the draft's files come back as done.
 * `mayUpload` runs before picking: uploads need a signed-in user.
 */
export function useAttachments(rule: AttachmentRule, saved: UploadDto[], onDone: (uploads: UploadDto[]) => void, mayUpload: () => boolean) {
  const [items, setItems] = useState<Attachment[]>(() => saved.map(fromDraft))
  const ref = useRef(items)
  const [notice, setNotice] = useState<string | null>(null)
  const slot = slotOf(rule)

  const set = (next: Attachment[]) => {
    ref.current = next
    setItems(next)
  }
  const patch = (key: string, p: Partial<Attachment>) => set(ref.current.map((a) => (a.key === key ? { ...a, ...p } : a)))
  const report = () => onDone(ref.current.flatMap((a) => (a.status === 'done' && a.upload ? [a.upload] : [])))

  async function send(key: string, file: PickedFile) {
    patch(key, { status: 'uploading', percent: 0, error: undefined })
    try {
      const upload = await uploadMaterialFile(slot, file, (percent) => patch(key, { percent: Math.round(percent) }))
      if (!ref.current.some((a) => a.key === key)) return // deleted while it went out
      patch(key, { status: 'done', percent: 100, upload })
      report()
    } catch (e) {
      patch(key, { status: 'failed', error: errorText(e) })
    }
  }

  async function pick(what: 'images' | 'pdf') {
    const room = rule.max - ref.current.length
    if (room <= 0 || !mayUpload()) return
    setNotice(null)
    const picked =
      what === 'images' ? await platform.chooseImages({ count: room, sources: ['camera', 'album'], compressed: true }) : await platform.chooseFiles({ count: room, extensions: ['pdf'] })
    if (picked.status === 'cancelled') return
    if (picked.status !== 'ok') return setNotice(picked.message)
    const added = picked.value.slice(0, room).map((file): Attachment => ({ key: `a${++sequence}`, name: file.name, status: 'uploading', percent: 0, picked: file }))
    set([...ref.current, ...added])
    await Promise.all(added.map((a) => send(a.key, a.picked!)))
  }

  return {
    items,
    notice,
    canAdd: items.length < rule.max,
    /** Files still going out: the form waits for them */
    busy: items.some((a) => a.status === 'uploading'),
    failed: items.some((a) => a.status === 'failed'),
    pickImages: () => void pick('images'),
    pickPdf: () => void pick('pdf'),
    retry(key: string) {
      const a = ref.current.find((x) => x.key === key)
      if (a?.picked && a.status === 'failed') void send(key, a.picked)
    },
    remove(key: string) {
      set(ref.current.filter((a) => a.key !== key))
      report()
    },
    /** Forget every file (the draft was cleared) */
    reset: () => set([]),
  }
}

export type Attachments = ReturnType<typeof useAttachments>
