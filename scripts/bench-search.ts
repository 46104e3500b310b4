/**
 * npm run bench:search (tsx scripts/bench-search.ts): the catalog search benchmark alone, without building the
 * app. Prints the figures; exits 1 when an in-process p95 is over budget. `--json` prints them as JSON.
 */
import { searchInProcess, searchLines, searchOverHttp } from './search-bench-lib'

async function main() {
  const inProcess = searchInProcess()
  const http = await searchOverHttp()
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ inProcess, http }, null, 2)}\n`)
  else process.stdout.write(`${searchLines(inProcess, http).join('\n')}\n`)
  if (inProcess.scopes.some((s) => s.p95Ms > inProcess.budgetP95Ms)) process.exitCode = 1
}

void main()
