import { platform } from '@/platform'
import type { EnterpriseDto } from '../api/contract/identity'
import { ApiError } from '../api/errors'
import { listEnterprises } from '../api/endpoints/identity'
import { createStore } from './create-store'
import { session } from './session'
import { ENTERPRISES_KEY } from './storage-keys'

/**
 * 法人: the enterprises the signed-in user may act for, and the one 法人 mode acts for now. 法人 mode is only
 * available with at least one; the choice is remembered on the device and forgotten at sign-out.
 */
export interface EnterprisesState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  list: EnterpriseDto[]
  activeId: string | null
  error: string | null
}

export { ENTERPRISES_KEY }

const cached = platform.storage.get<{ list: EnterpriseDto[]; activeId: string | null }>(ENTERPRISES_KEY)

export const enterprises = createStore<EnterprisesState>({
  status: cached ? 'ready' : 'idle',
  list: cached?.list ?? [],
  activeId: cached?.activeId ?? null,
  error: null,
})

enterprises.subscribe(() => {
  const { list, activeId, status } = enterprises.get()
  if (status === 'ready') platform.storage.set(ENTERPRISES_KEY, { list, activeId })
})

// Signing out forgets them at once (the storage key is cleared by the session store).
session.subscribe(() => {
  if (!session.get().token && enterprises.get().list.length) enterprises.set({ status: 'idle', list: [], activeId: null })
})

export async function loadEnterprises(): Promise<void> {
  if (!session.get().token) return
  enterprises.set({ status: enterprises.get().list.length ? 'ready' : 'loading', error: null })
  try {
    const { enterprises: list } = await listEnterprises()
    const current = enterprises.get().activeId
    const activeId = list.some((e) => e.id === current) ? current : list[0]?.id ?? null
    enterprises.set({ status: 'ready', list, activeId })
  } catch (e) {
    enterprises.set({ status: enterprises.get().list.length ? 'ready' : 'error', error: e instanceof ApiError ? e.message : '加载失败，请稍后重试' })
  }
}

export const setActiveEnterprise = (id: string) => {
  if (enterprises.get().list.some((e) => e.id === id)) enterprises.set({ activeId: id })
}

export const activeEnterprise = (s: EnterprisesState) => s.list.find((e) => e.id === s.activeId) ?? null
