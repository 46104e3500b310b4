import { platform } from '@/platform'
import type { AppConfigDto, ModeDto, Mode } from '../api/contract/config'
import { ApiError } from '../api/errors'
import { getAppConfig } from '../api/endpoints/system'
import { createStore } from './create-store'
import { APP_CONFIG_KEY } from './storage-keys'

/**
 * The platform's configuration (regions, what each mode shows). Cached on the device so an old phone with a
 * bad network still opens to real content; refreshed at every launch.
 */
export interface AppConfigState {
  status: 'loading' | 'ready' | 'error'
  data: AppConfigDto | null
  error: string | null
}

export { APP_CONFIG_KEY }

const cached = platform.storage.get<AppConfigDto>(APP_CONFIG_KEY)

export const appConfig = createStore<AppConfigState>({
  status: cached ? 'ready' : 'loading',
  data: cached ?? null,
  error: null,
})

export async function loadAppConfig(): Promise<void> {
  if (!appConfig.get().data) appConfig.set({ status: 'loading', error: null })
  try {
    const data = await getAppConfig()
    platform.storage.set(APP_CONFIG_KEY, data)
    appConfig.set({ status: 'ready', data, error: null })
  } catch (e) {
    const message = e instanceof ApiError ? e.message : '加载失败，请稍后重试'
    // With a cached copy the app keeps working; the error only matters when there is nothing to show.
    appConfig.set(appConfig.get().data ? { error: message } : { status: 'error', error: message })
  }
}

export const modeConfig = (data: AppConfigDto | null, mode: Mode): ModeDto | undefined =>
  data?.modes.find((m) => m.id === mode)
