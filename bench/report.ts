/** The figures the bench measures, their budgets, and how they are printed and saved. */
import { writeFile } from 'node:fs/promises'

/** A budget is an upper bound, a lower bound or an exact value. */
export type Budget = { max: number } | { min: number } | { exactly: number }

export interface Figure {
  label: string
  /** The median of the runs (or the one measurement, where a run is expensive). */
  value: number
  unit: string
  budget: Budget
  runs: number[]
  /** What explains the value: the chunks loaded, the counts behind a ratio. */
  detail?: string
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('no runs to take the median of')
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The value furthest outside the budget: for checks where one bad run is a failure, not noise. */
export const worst = (runs: readonly number[], budget: Budget): number => {
  const target = 'max' in budget ? budget.max : 'min' in budget ? budget.min : budget.exactly
  const badness = (v: number) => ('max' in budget ? v - target : 'min' in budget ? target - v : Math.abs(v - target))
  return runs.reduce((a, b) => (badness(b) > badness(a) ? b : a))
}

export const figure = (
  label: string,
  runs: number[],
  unit: string,
  budget: Budget,
  options: { detail?: string; summary?: 'median' | 'worst' } = {},
): Figure => ({
  label,
  value: options.summary === 'worst' ? worst(runs, budget) : median(runs),
  unit,
  budget,
  runs,
  detail: options.detail,
})

export function withinBudget({ value, budget }: Figure): boolean {
  if ('max' in budget) return value <= budget.max
  if ('min' in budget) return value >= budget.min
  return value === budget.exactly
}

// Two significant digits below 1, so a small layout shift does not print as 0.
const round = (value: number) =>
  Number.isInteger(value) ? String(value) : Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(2)
const withUnit = (value: number, unit: string) => (unit ? `${round(value)} ${unit}` : round(value))

function budgetText({ budget, unit }: Figure): string {
  if ('max' in budget) return `≤ ${withUnit(budget.max, unit)}`
  if ('min' in budget) return `≥ ${withUnit(budget.min, unit)}`
  return `= ${withUnit(budget.exactly, unit)}`
}

export function printTable(figures: readonly Figure[]): void {
  const rows = [
    ['figure', 'value', 'budget', 'ok'],
    ...figures.map((f) => [f.label, withUnit(f.value, f.unit), budgetText(f), withinBudget(f) ? 'yes' : 'NO']),
  ]
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  console.log(line(rows[0]))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows.slice(1)) console.log(line(row))
  const details = figures.filter((f) => f.detail)
  if (details.length) console.log('')
  for (const f of details) console.log(`${f.label}: ${f.detail}`)
}

export async function writeResults(path: string, meta: Record<string, unknown>, figures: readonly Figure[]): Promise<void> {
  const entries = figures.map((f) => ({ ...f, budget: budgetText(f), ok: withinBudget(f) }))
  await writeFile(path, `${JSON.stringify({ ...meta, figures: entries }, null, 2)}\n`)
}
