import { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { LicenceUsageDto } from '../../../../api/contract'
import { walletApi } from '../../../../api/endpoints/wallet'
import { ApiError } from '../../../../api/errors'
import { openPage, routes, withQuery } from '../../../../routes'

/** 用证记录 of a kind, in words */
export const USAGE_KIND: Record<LicenceUsageDto['kind'], string> = { verification: '亮证核验', material: '办事材料' }

/** 用证记录 (param id): who used the licence, where, when and for what; newest first. */
export function useUsage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [records, setRecords] = useState<LicenceUsageDto[] | null>(null)
  const [error, setError] = useState<string | null>(id ? null : '未找到该证照')

  async function load() {
    if (!id) return
    try {
      const list = await walletApi.licenceUsage(id)
      setRecords([...list.records].sort((a, b) => b.at - a.at))
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '加载失败，请稍后重试')
    }
  }
  useDidShow(() => void load())

  return {
    loading: records === null && !error,
    error: records === null ? error : null,
    records: records ?? [],
    retry: () => {
      setError(null)
      void load()
    },
    openApplication: (applicationId: string) => void openPage(withQuery(routes.application, { id: applicationId })),
  }
}
