import { stopPullDownRefresh, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { scenarioApi } from '../../../../api/endpoints/scenario'
import { useMyRecord } from '../../../../hooks/use-my-record'
import { openPage, routes, withQuery } from '../../../../routes'
import { decodeParam } from '../../../../routes'
import { stagesOf } from './model'

/**
 * 一件事办件 (param id): the case's status and progress, what is next, the combined fee, its applications by stage
 * (each leads to its 办件详情) and the items to handle at a hall. Requires sign-in (a signed-out visitor goes to
 * sign in and comes back); reloads on every show, on pull-down and with 刷新. A failed refresh keeps what is shown.
 */
export function useCase() {
  const id = decodeParam(useRouter().params.id)
  const here = withQuery(routes.case, { id })
  const record = useMyRecord(id, scenarioApi.getCase, { here, signInFirst: true })
  const { phase, detail, error, load, signedIn } = record
  const [refreshing, setRefreshing] = useState(false)

  async function refresh() {
    if (!signedIn) return
    setRefreshing(true)
    await load()
    setRefreshing(false)
  }

  usePullDownRefresh(() => void refresh().finally(() => stopPullDownRefresh()))

  return {
    phase,
    detail,
    error,
    stages: detail ? stagesOf(detail.parts) : [],
    refreshing,
    refresh: () => void refresh(),
    retry: record.retry,
    signIn: record.signIn,
    openApplication: (applicationId: string) => void openPage(withQuery(routes.application, { id: applicationId })),
    openGuide: (itemId: string) => void openPage(withQuery(routes.guide, { id: itemId })),
    openFees: () => void openPage(routes.fees),
    openApplications: () => void openPage(routes.applications),
  }
}

export type Case = ReturnType<typeof useCase>
