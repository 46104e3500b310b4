/** npm run size: package sizes per target against the budgets; exits 1 when any is over. */
import { join } from 'node:path'
import { BUDGET, MINI_TARGETS, PLATFORM_LIMIT, gzippedSize, kb, miniSizes, pct } from './size-lib'
import { h5HomeAssets } from './h5-home-assets'

async function main() {
  const root = join(__dirname, '..')
  const over: string[] = []
  const rows: string[][] = [['target', 'package', 'size', 'budget', 'of 2 MB limit']]
  for (const target of MINI_TARGETS) {
    const s = miniSizes(root, target)
    rows.push([target, 'main', kb(s.main), kb(BUDGET.main), pct(s.main, PLATFORM_LIMIT)])
    if (s.main > BUDGET.main) over.push(`${target} main ${kb(s.main)} > ${kb(BUDGET.main)}`)
    for (const [name, size] of Object.entries(s.subpackages)) {
      rows.push([target, name, kb(size), kb(BUDGET.subpackage), pct(size, PLATFORM_LIMIT)])
      if (size > BUDGET.subpackage) over.push(`${target} ${name} ${kb(size)} > ${kb(BUDGET.subpackage)}`)
    }
  }
  const assets = await h5HomeAssets(root)
  const h5 = gzippedSize(root, assets)
  rows.push(['h5', `home route JS+CSS gzip (${assets.length} files)`, kb(h5), kb(BUDGET.h5Home), '-'])
  if (h5 > BUDGET.h5Home) over.push(`h5 home ${kb(h5)} > ${kb(BUDGET.h5Home)}`)

  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i])).join('  ')}\n`)
  if (over.length) {
    process.stdout.write(`\nOVER BUDGET:\n${over.map((o) => `  ${o}`).join('\n')}\n`)
    process.exit(1)
  }
  process.stdout.write('\nall packages within budget\n')
}

void main()
