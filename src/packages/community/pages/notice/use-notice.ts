import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { NoticeDetailDto } from '../../../../api/contract'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { ApiError } from '../../../../api/errors'
import { decodeParam, openPage, routes, withQuery } from '../../../../routes'

type NoticeState = { status: 'loading' } | { status: 'ready'; notice: NoticeDetailDto } | { status: 'not-found' } | { status: 'error'; error: string }

/** 公告详情 (param: id): the notice with its 文号 and body, and the items it concerns, each opening its guide. */
export function useNotice() {
  const id = decodeParam(useRouter().params.id)
  const [state, setState] = useState<NoticeState>({ status: 'loading' })

  async function load() {
    if (!id) return setState({ status: 'not-found' })
    try {
      setState({ status: 'ready', notice: await feedbackApi.notice(id) })
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setState({ status: 'not-found' })
      else setState({ status: 'error', error: e instanceof ApiError ? e.message : '加载失败，请稍后重试' })
    }
  }

  useEffect(() => {
    void load()
  }, [id]) // eslint-disable-line react-hooks/exhaustive-deps

  return {
    state,
    retry: () => {
      setState({ status: 'loading' })
      void load()
    },
    openItem: (itemId: string) => void openPage(withQuery(routes.guide, { id: itemId })),
    openNotices: () => void openPage(routes.notices),
  }
}
