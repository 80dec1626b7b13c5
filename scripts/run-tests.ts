import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { summarize } from './test-summary'

/** `npm test`: every check and suite in order, each reported, then one summary line. */
const reportDir = 'reports'
rmSync(reportDir, { recursive: true, force: true })
mkdirSync(reportDir, { recursive: true })

const steps: Record<string, boolean> = {}
/** `quiet`: the step must also print no warning (the build, which `npm start` runs too). */
const run = (name: string, command: string, args: string[], { quiet = false } = {}) => {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: quiet ? ['inherit', 'pipe', 'pipe'] : 'inherit', env: process.env, encoding: 'utf8' })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (quiet) process.stdout.write(output)
  const warned = quiet && /warn|\(!\)/i.test(output)
  if (warned) console.log(`${name} printed a warning`)
  steps[name] = result.status === 0 && !warned
  writeFileSync(`${reportDir}/steps.json`, JSON.stringify(steps, null, 2))
  return steps[name]
}

const browser = run('browser', 'npx', ['tsx', 'scripts/check-browser.ts'])
if (!browser) process.exit(1)
run('typecheck', 'npx', ['tsc', '-p', '.'])
run('lint', 'npx', ['oxlint', '--deny-warnings'])
run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/vitest.json`])
if (run('build', 'npm', ['run', 'build'], { quiet: true })) run('playwright', 'npx', ['playwright', 'test'])

const { line, detail, failed } = summarize(reportDir)
console.log('')
for (const d of detail) console.log(`  ${d}`)
console.log(line)
process.exit(failed > 0 || Object.values(steps).includes(false) ? 1 : 0)
