/**
 * npm run contract: writes docs/api/openapi.json from the endpoint table (src/api/contract/endpoints.ts).
 * npm run contract -- --check: exits 1 when the committed document differs from the generated one (CI).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { openApiText } from '../mock/contract/openapi'

const target = join(__dirname, '..', 'docs', 'api', 'openapi.json')
const generated = openApiText()

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (committed !== generated) {
    process.stderr.write('docs/api/openapi.json is stale: run npm run contract and commit the result\n')
    process.exit(1)
  }
  process.stdout.write('docs/api/openapi.json matches the contract\n')
} else {
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, generated)
  const doc = JSON.parse(generated)
  const operations = Object.values(doc.paths as Record<string, object>).reduce((n, methods) => n + Object.keys(methods).length, 0)
  process.stdout.write(`docs/api/openapi.json: ${operations} operations, ${Object.keys(doc.components.schemas).length} schemas\n`)
}
