import { existsSync, mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { buildServer } from '../../mock/server'
import { serveH5 } from '../../scripts/serve-h5'
import { launchChromium } from './browser'

export const ROOT = join(__dirname, '../..')
/** Screenshots land here for a person to look at. */
export const SHOTS = join(ROOT, 'test-results')

/**
 * What every browser test needs: the real mock server on a free port, the production H5 build served with
 * /api and /mock proxied to it, and Debian's Chromium. `close()` stops all three.
 */
export async function startH5Stack(): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
  if (!existsSync(join(ROOT, 'dist/h5/index.html'))) throw new Error('dist/h5 is missing: run npm run build:h5 (npm test builds it)')
  mkdirSync(SHOTS, { recursive: true })
  const api = buildServer({ quiet: true })
  await api.listen({ host: '127.0.0.1', port: 0 })
  const web = await serveH5({ dist: join(ROOT, 'dist/h5'), apiOrigin: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}` })
  const browser = await launchChromium()
  return {
    base: web.url,
    browser,
    close: async () => {
      await browser.close()
      web.server.close()
      await api.close()
    },
  }
}
