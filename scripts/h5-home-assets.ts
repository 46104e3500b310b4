/** Loads the H5 home route in Chromium and lists the JS and CSS files it fetched (paths inside dist/h5). */
import { join } from 'node:path'
import { serveH5 } from './serve-h5'
import { launchChromium, PHONE } from '../test/e2e/browser'

export async function h5HomeAssets(root: string): Promise<string[]> {
  // No API is needed to measure what the first screen downloads; the config request simply fails.
  const { server, url } = await serveH5({ dist: join(root, 'dist', 'h5'), apiOrigin: 'http://127.0.0.1:9' })
  const browser = await launchChromium()
  try {
    const page = await (await browser.newContext(PHONE)).newPage()
    const assets = new Set<string>()
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname
      if (/\.(js|css)$/.test(path)) assets.add(path.replace(/^\//, ''))
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.locator('.tb-page').first().waitFor()
    return [...assets].sort()
  } finally {
    await browser.close()
    server.close()
  }
}
