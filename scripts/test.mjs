// npm test: brings the four builds up to date (only those older than the sources), then runs every Jest
// project — unit, pages, platform-<target> ×4, native (compiled mini-programs in a simulated host) and e2e
// (the H5 build in Chromium) — and ends with one plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const targets = { weapp: 'app.js', alipay: 'app.js', swan: 'app.js', h5: 'index.html' }

function newest(path) {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))))
}
const sources = Math.max(...['src', 'config', 'babel.config.js', 'package.json', 'tsconfig.json'].map((p) => newest(join(root, p))))

for (const [target, marker] of Object.entries(targets)) {
  const built = join(root, 'dist', target, marker)
  if (process.env.TONGBAN_SKIP_BUILD === '1') continue
  if (existsSync(built) && statSync(built).mtimeMs >= sources) continue
  process.stdout.write(`build ${target} (missing or older than the sources)\n`)
  const run = spawnSync('npx', ['taro', 'build', '--type', target], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (run.status !== 0) process.exit(run.status ?? 1)
}

const report = join(root, 'test-results', 'jest.json')
rmSync(report, { force: true })
mkdirSync(join(root, 'test-results'), { recursive: true })
const args = ['jest', '--json', `--outputFile=${report}`, ...process.argv.slice(2)]
const jest = spawnSync('npx', args, { cwd: root, stdio: 'inherit' })
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  process.stdout.write(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}\n`)
  if (r.numTotalTests === 0) process.exit(1)
}
process.exit(jest.status ?? 1)
