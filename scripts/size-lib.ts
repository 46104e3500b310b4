/**
 * Package-size figures shared by `npm run size` (fails over budget) and `npm run bench` (prints and records).
 * Mini-programs: the main package is everything outside the subpackage roots of app.json; each subpackage is
 * its root folder. H5: the JS and CSS files the home route actually loads in Chromium, gzipped.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

export const PLATFORM_LIMIT = 2 * 1024 * 1024
export const BUDGET = { main: 600 * 1024, subpackage: 400 * 1024, h5Home: 200 * 1024 }
export const MINI_TARGETS = ['weapp', 'alipay', 'swan'] as const

/** Files the devtools need but that never ship inside the package. */
const NOT_SHIPPED = /(^|\/)(project\.config\.json|project\.private\.config\.json|mini\.project\.json|project\.swan\.json|.*\.LICENSE\.txt|.*\.map)$/

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

export interface MiniSizes {
  target: string
  main: number
  subpackages: Record<string, number>
}

export function miniSizes(root: string, target: string): MiniSizes {
  const dist = join(root, 'dist', target)
  if (!existsSync(join(dist, 'app.json'))) throw new Error(`dist/${target} is missing: run npm run build:${target}`)
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((p: { root: string }) => p.root.replace(/\/$/, ''))
  const result: MiniSizes = { target, main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])) }
  for (const file of files(dist)) {
    const rel = relative(dist, file)
    if (NOT_SHIPPED.test(rel)) continue
    const size = statSync(file).size
    const sub = roots.find((r) => rel.startsWith(`${r}/`))
    if (sub) result.subpackages[sub] += size
    else result.main += size
  }
  return result
}

/** gzip size of the given dist/h5 files (what a server with gzip sends). */
export function gzippedSize(root: string, paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(root, 'dist', 'h5', p)), { level: 9 }).length, 0)
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
export const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`
