/**
 * The bare Taro H5 baseline (bench/bare): a minimal Taro 4.2 React project with one page of tiles and a page
 * they open. Built with the root's taro CLI and node_modules, and only when its sources are newer than its
 * dist, so a second `npm run bench` reuses the build.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestSource(dir: string): number {
  return readdirSync(dir).reduce((newest, name) => {
    if (name === 'dist' || name === 'node_modules' || name.startsWith('.')) return newest
    const path = join(dir, name)
    const stat = statSync(path)
    return Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs)
  }, 0)
}

/** Builds bench/bare into bench/bare/dist unless that build is newer than every source; returns the dist folder. */
export function ensureBareBuild(root: string): { dist: string; built: boolean; buildMs: number } {
  const project = join(root, 'bench', 'bare')
  const dist = join(project, 'dist')
  const index = join(dist, 'index.html')
  if (existsSync(index) && statSync(index).mtimeMs > newestSource(project)) return { dist, built: false, buildMs: 0 }
  const start = Date.now()
  const result = spawnSync(join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
    cwd: project,
    env: { ...process.env, NODE_ENV: 'production', TARO_ENV: 'h5' },
    encoding: 'utf8',
  })
  if (result.status !== 0 || !existsSync(index)) throw new Error(`bench/bare build failed:\n${result.stdout}\n${result.stderr}`)
  return { dist, built: true, buildMs: Date.now() - start }
}
