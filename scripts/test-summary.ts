import { existsSync, readFileSync } from 'node:fs'

/**
 * Sums every suite's JSON report into the one closing line CI reads:
 * `tests: N passed, M failed`. A step that failed without producing tests
 * (type check, lint, build, a runner that crashed) counts as one failure.
 */

interface Counts {
  passed: number
  failed: number
  skipped: number
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

export function vitestCounts(report: unknown): Counts | undefined {
  if (!report || typeof report !== 'object') return undefined
  const r = report as { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number }
  return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) }
}

export function playwrightCounts(report: unknown): Counts | undefined {
  if (!report || typeof report !== 'object') return undefined
  const stats = (report as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } }).stats
  if (!stats) return undefined
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 }
}

export function summarize(reportDir = 'reports'): { line: string; detail: string[]; failed: number } {
  const detail: string[] = []
  const total: Counts = { passed: 0, failed: 0, skipped: 0 }
  const add = (name: string, counts: Counts | undefined) => {
    if (!counts) return
    total.passed += counts.passed
    total.failed += counts.failed
    total.skipped += counts.skipped
    detail.push(`${name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`)
  }
  add('vitest (unit, component, mock server)', vitestCounts(readJson(`${reportDir}/vitest.json`)))
  add('playwright (e2e)', playwrightCounts(readJson(`${reportDir}/playwright.json`)))
  const steps = readJson(`${reportDir}/steps.json`) as Record<string, boolean> | undefined
  for (const [step, ok] of Object.entries(steps ?? {})) {
    detail.push(`${step}: ${ok ? 'ok' : 'FAILED'}`)
    if (!ok && !['vitest', 'playwright'].includes(step)) total.failed += 1
  }
  // A runner that failed without a report still fails the run.
  if (steps?.vitest === false && !existsSync(`${reportDir}/vitest.json`)) total.failed += 1
  if (steps?.playwright === false && !existsSync(`${reportDir}/playwright.json`)) total.failed += 1
  return { line: `tests: ${total.passed} passed, ${total.failed} failed`, detail, failed: total.failed }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { line, detail, failed } = summarize()
  for (const d of detail) console.log(`  ${d}`)
  console.log(line)
  process.exit(failed > 0 ? 1 : 0)
}
