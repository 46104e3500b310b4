import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { launchChromium, PHONE } from './browser'

/**
 * The README's first command: `npm start` runs the mock API (9527) and the H5 dev server (10086, /api proxied)
 * together, and the app works in a browser. Uses the fixed ports the README promises, so nothing else may
 * hold them while this runs.
 */
jest.setTimeout(150_000)
const root = join(__dirname, '../..')
let child: ChildProcess
let output = ''

async function until(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      const res = await fetch(url)
      if (res.ok) return res
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time. Output:\n${output.slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

beforeAll(() => {
  // As a developer's shell would run it: without the NODE_ENV=test that Jest sets.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV'))
  child = spawn('npm', ['start'], { cwd: root, detached: true, env: { ...env, BROWSER: 'none' } })
  child.stdout?.on('data', (d) => (output += String(d)))
  child.stderr?.on('data', (d) => (output += String(d)))
})

afterAll(() => {
  // The whole process group: concurrently, the mock and the webpack dev server.
  if (child.pid) process.kill(-child.pid, 'SIGTERM')
})

it('npm start serves the app on 10086 with /api proxied to the mock, and the home page renders', async () => {
  const deadline = Date.now() + 120_000
  const health = await (await until('http://127.0.0.1:10086/api/v1/health', deadline)).json()
  expect(health).toMatchObject({ status: 'ok', contractVersion: '1.0.0' })
  const html = await (await until('http://127.0.0.1:10086/', deadline)).text()
  expect(html).toContain('通办')

  const browser = await launchChromium()
  try {
    const page = await (await browser.newContext(PHONE)).newPage()
    await page.goto('http://127.0.0.1:10086/')
    await page.locator('.home__entry').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('.home__entry').count()).toBe(8)
  } finally {
    await browser.close()
  }
  expect(output).toMatch(/GET \/api\/v1\/config 200/)
})
