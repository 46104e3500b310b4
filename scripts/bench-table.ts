/** The benchmark table: one row per figure with its budget and a within / OVER mark, and the summary line. */

export interface BenchRow {
  section: string
  figure: string
  value: string
  budget: string
  within: boolean
}

export function row(section: string, figure: string, value: string, budget: string, within: boolean): BenchRow {
  return { section, figure, value, budget, within }
}

/** Display width: CJK characters take two columns in a terminal. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)))

export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((r) => [r.section, r.figure, r.value, r.budget, r.within ? 'within budget' : 'OVER budget'])
  const head = ['section', 'figure', 'value', 'budget', '']
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))))
  const line = (c: string[]) => c.map((x, i) => pad(x, widths[i])).join('  ').trimEnd()
  const over = rows.filter((r) => !r.within)
  const summary = over.length
    ? `${over.length} of ${rows.length} figures OVER budget: ${over.map((r) => `${r.section} ${r.figure}`).join('; ')}`
    : `all ${rows.length} figures within budget`
  return [line(head), ...cells.map(line), '', summary].join('\n')
}
