import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { DraftDto } from '../../../../api/contract'
import { handlingApi } from '../../../../api/endpoints/handling'
import { ApiError } from '../../../../api/errors'
import { combinedFormId } from '../../../../domain/scenario'
import { useStore } from '../../../../stores/create-store'
import { discardDraft } from '../../../../stores/drafts'
import { session } from '../../../../stores/session'
import { openPage, openTab, routes, withQuery } from '../../../../routes'
import { toast } from '../../../../hooks/host-actions'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

const SCENARIO_PREFIX = combinedFormId('')

/** Where a draft is filled: an item's form, or a 一件事's combined form (draft `scenario-<id>`). */
export const draftUrl = (d: Pick<DraftDto, 'itemId'>) =>
  d.itemId.startsWith(SCENARIO_PREFIX)
    ? withQuery(routes.scenarioApply, { scenario: d.itemId.slice(SCENARIO_PREFIX.length) })
    : withQuery(routes.apply, { item: d.itemId })

/**
 * 我的草稿: the drafts the server keeps (so a form started on another platform shows too), most recently edited
 * first. 「继续填写」 opens the form with its draft; 删除 asks first, then removes it on the server and the device.
 */
export function useDrafts() {
  const signedIn = useStore(session, (s) => s.status === 'signed-in')
  const signingIn = useStore(session, (s) => s.status === 'idle' || s.status === 'signing-in')
  const [drafts, setDrafts] = useState<DraftDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [deletingId, setDeletingId] = useState<string | null>(null)
  const busy = useRef(false)

  async function load() {
    if (session.get().status !== 'signed-in') return
    try {
      const list = (await handlingApi.listDrafts()).drafts
      setDrafts([...list].sort((a, b) => b.updatedAt - a.updatedAt))
      setError(null)
    } catch (e) {
      setError(messageOf(e, '加载失败，请稍后重试'))
    }
  }
  useDidShow(() => void load())

  async function remove(d: DraftDto) {
    if (busy.current) return
    busy.current = true
    try {
      const { confirm } = await Taro.showModal({
        title: '删除草稿',
        content: `删除「${d.itemName}」的草稿后，已填写的内容将无法恢复。`,
        confirmText: '删除',
        cancelText: '取消',
      })
      if (!confirm) return
      setDeletingId(d.itemId)
      await discardDraft(d.itemId)
      setDrafts((list) => (list ?? []).filter((x) => x.itemId !== d.itemId))
      toast('草稿已删除')
    } catch (e) {
      toast(messageOf(e, '删除失败，请稍后重试'))
    } finally {
      busy.current = false
      setDeletingId(null)
    }
  }

  return {
    signedIn,
    signingIn,
    loading: signedIn && drafts === null && !error,
    error: drafts === null ? error : null,
    drafts: drafts ?? [],
    deletingId,
    retry: () => {
      setError(null)
      void load()
    },
    resume: (d: DraftDto) => void openPage(draftUrl(d)),
    remove: (d: DraftDto) => void remove(d),
    openLogin: () => void openPage(routes.login),
    browse: () => void openTab(routes.services),
  }
}
