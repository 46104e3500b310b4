import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { MessageDto } from '../../../../api/contract'
import { ApiError } from '../../../../api/errors'
import { useStore } from '../../../../stores/create-store'
import { markAllRead, markRead, messagesState, refreshMessages } from '../../../../stores/messages'
import { session } from '../../../../stores/session'
import { openPage, openTab, routes, withQuery } from '../../../../routes'

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback)

/**
 * 消息: one per status change of the user's 办件 and per reply to their 咨询 / 投诉 / 找茬, newest first. Opening one
 * marks it read (at once on screen; the store puts the dot back if the server refuses) and opens what it is about:
 * the reply's record, else the 办件; 「全部已读」 clears the badge on 我的.
 */
export function useMessages() {
  const signedIn = useStore(session, (s) => s.status === 'signed-in')
  const signingIn = useStore(session, (s) => s.status === 'idle' || s.status === 'signing-in')
  const list = useStore(messagesState, (m) => m.list)
  const unread = useStore(messagesState, (m) => m.unread)
  const [error, setError] = useState<string | null>(null)
  const [marking, setMarking] = useState(false)

  async function load() {
    if (session.get().status !== 'signed-in') return
    try {
      await refreshMessages()
      setError(null)
    } catch (e) {
      const text = messageOf(e, '加载失败，请稍后重试')
      // With messages on screen a failed refresh only says so; the list stays.
      if (messagesState.get().list) void Taro.showToast({ title: text, icon: 'none' })
      else setError(text)
    }
  }
  useDidShow(() => void load())

  function open(m: MessageDto) {
    if (!m.read) void markRead([m.id]).catch(() => undefined)
    if (m.feedbackId) void openPage(withQuery(routes.feedback, { id: m.feedbackId }))
    else if (m.applicationId) void openPage(withQuery(routes.application, { id: m.applicationId }))
  }

  async function readAll() {
    if (marking || unread === 0) return
    setMarking(true)
    try {
      await markAllRead()
    } catch (e) {
      void Taro.showToast({ title: messageOf(e, '操作失败，请稍后重试'), icon: 'none' })
    } finally {
      setMarking(false)
    }
  }

  return {
    signedIn,
    signingIn,
    loading: signedIn && list === null && !error,
    error: list === null ? error : null,
    messages: [...(list ?? [])].sort((a, b) => b.at - a.at),
    unread,
    marking,
    open,
    readAll: () => void readAll(),
    retry: () => {
      setError(null)
      void load()
    },
    openLogin: () => void openPage(routes.login),
    browse: () => void openTab(routes.services),
  }
}
