/**
 * Jest globalSetup / globalTeardown: every mock server the suite starts checks its answers against the
 * OpenAPI document and appends any violation to this file (mock/plugins/contract-responses.ts). The run
 * fails if the file is not empty at the end, whichever test caused it.
 */
const { mkdirSync, readFileSync, writeFileSync, existsSync } = require('node:fs')
const { join } = require('node:path')

const file = join(__dirname, '..', '..', 'test-results', 'contract-violations.jsonl')

module.exports.setup = async () => {
  mkdirSync(join(__dirname, '..', '..', 'test-results'), { recursive: true })
  writeFileSync(file, '')
  process.env.CONTRACT_VIOLATIONS_FILE = file
}

module.exports.teardown = async () => {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
  if (lines.length > 0) {
    const problems = [...new Set(lines.map((l) => JSON.parse(l).problem))]
    throw new Error(`The mock answered outside its contract (docs/api/openapi.json) ${lines.length} time(s):\n  ${problems.join('\n  ')}`)
  }
}
