import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { FeedbackBody, FeedbackKind, FeedbackPageDto } from '../../../api/contract'
import { feedbackApi } from '../../../api/endpoints/feedback'
import { ApiError } from '../../../api/errors'
import { firstFeedbackError, validateFeedbackDraft } from '../../../domain/feedback'
import { toast } from '../../../hooks/host-actions'
import { useRegionScope } from '../../../hooks/use-region-scope'
import { openPage, routes, withQuery } from '../../../routes'
import { useStore } from '../../../stores/create-store'
import { session } from '../../../stores/session'
import { clearDraft, freshDraft, loadDraft, saveDraft, type FeedbackDraft } from './drafts'
import { useAttachments, type AttachmentRule } from './use-attachments'

export const OFFLINE_TEXT = '网络连接失败，填写的内容已保存在本机，请稍后重试'
export const UPLOADING_TEXT = '附件正在上传，请稍候再提交'
export const UPLOAD_FAILED_TEXT = '有附件上传失败，请重试或删除后再提交'

/** What the page adds to the body: the item, the hall (投诉), the reported page (找茬) */
export interface FormTarget {
  itemId?: string
  hallName?: string
  page?: FeedbackPageDto
}

interface FormOptions {
  kind: FeedbackKind
  /** The draft's key (drafts.ts draftKeyOf), fixed for the page */
  draftKey: string
  /** This page's URL, to come back to after signing in */
  here: string
  attachments: AttachmentRule
}

const isOffline = (e: unknown) => e instanceof ApiError && (e.kind === 'network' || e.kind === 'timeout')

/**
 * The form shared by 我要咨询, 我要投诉 and 业务找茬: the draft (restored when the page opens, written on every
 * change), its attachments, the checks in Chinese (shown once the user tries to send), sign-in when needed, and
 * one submission however often 提交 is tapped. Success clears the draft and replaces the page with the record.
 */
export function useFeedbackForm(o: FormOptions, target: (draft: FeedbackDraft) => FormTarget) {
  const user = useStore(session, (s) => s.user)
  const signedIn = useStore(session, (s) => s.status === 'signed-in')
  const { scopeCode } = useRegionScope()
  const [draft, setDraft] = useState<FeedbackDraft>(() => loadDraft(o.draftKey))
  const ref = useRef(draft)
  const [tried, setTried] = useState(false)
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const busy = useRef(false)
  const targetRef = useRef(target)
  targetRef.current = target

  function update(patch: Partial<FeedbackDraft>) {
    const next = { ...ref.current, ...patch, updatedAt: Date.now() }
    ref.current = next
    setDraft(next)
    saveDraft(o.draftKey, next)
    setProblem(null)
  }

  const signIn = () => void openPage(withQuery(routes.login, { then: o.here }))
  const mayUpload = () => {
    if (session.get().status === 'signed-in') return true
    signIn()
    return false
  }
  const attachments = useAttachments(o.attachments, draft.attachments, (uploads) => update({ attachments: uploads }), mayUpload)

  // Signed out, the phone is not known yet: the check waits until the user has signed in.
  const errors = validateFeedbackDraft(o.kind, { ...draft, attachments: draft.attachments.length }, { phoneBound: !signedIn || !!user?.phoneMasked, maxAttachments: o.attachments.max })

  async function send(d: FeedbackDraft) {
    const t = targetRef.current(d)
    const body: FeedbackBody = {
      kind: o.kind,
      category: d.category ?? '',
      content: d.content.trim(),
      ...(t.itemId ? { itemId: t.itemId } : {}),
      ...(t.hallName ? { hallName: t.hallName } : {}),
      ...(t.page ? { page: t.page } : {}),
      attachments: d.attachments.map((a) => a.id),
      contact: d.contact,
      region: scopeCode,
      submissionKey: d.submissionKey,
    }
    try {
      const record = await feedbackApi.submit(body)
      clearDraft(o.draftKey)
      toast('提交成功')
      void Taro.redirectTo({ url: withQuery(routes.feedback, { id: record.id }) })
      return true
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'unauthorized') {
        setProblem('登录已过期，请重新登录后提交，填写的内容已保存')
        signIn()
      } else if (isOffline(e)) setProblem(OFFLINE_TEXT)
      else setProblem(e instanceof ApiError ? e.message : '提交失败，请稍后重试')
      return false
    }
  }

  function submit() {
    if (busy.current) return
    setTried(true)
    if (attachments.busy) return setProblem(UPLOADING_TEXT)
    if (attachments.failed) return setProblem(UPLOAD_FAILED_TEXT)
    const first = firstFeedbackError(errors)
    if (first) return setProblem(first)
    if (!signedIn) return signIn()
    busy.current = true
    setProblem(null)
    setSending(true)
    void send(ref.current).then((done) => {
      // After success the page is being replaced: stay busy so nothing is sent again meanwhile.
      if (done) return
      busy.current = false
      setSending(false)
    })
  }

  return {
    draft,
    signedIn,
    phoneMasked: user?.phoneMasked ?? null,
    /** Field errors, once the user has tried to send */
    errors: tried ? errors : {},
    problem,
    sending,
    attachments,
    setCategory: (category: string) => update({ category }),
    setContent: (content: string) => update({ content }),
    setContact: (contact: FeedbackDraft['contact']) => update({ contact }),
    setHall: (hall: string | null) => update({ hall }),
    submit,
    signIn,
    /** 已解决: nothing to send after all */
    discard() {
      const fresh = freshDraft()
      ref.current = fresh
      setDraft(fresh)
      clearDraft(o.draftKey)
      attachments.reset()
    },
  }
}

export type FeedbackForm = ReturnType<typeof useFeedbackForm>
