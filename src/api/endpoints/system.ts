import { api } from '../app-client'
import type { ApiClient } from '../client'
import type { AppConfigDto, HealthDto } from '../contract'
import { paths } from '../contract/paths'

export const createSystemApi = (client: ApiClient) => ({
  getHealth: () => client.get<HealthDto>(paths.health),
  /** Regions, modes, quick entries and categories: what the app shows before anyone signs in */
  getAppConfig: () => client.get<AppConfigDto>(paths.config),
})

export const { getHealth, getAppConfig } = createSystemApi(api)
