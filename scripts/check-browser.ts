import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumExecutable } from '../e2e/chromium'

/** Fails fast, with the fix, when there is no Chromium for the end-to-end suite. */
const configured = chromiumExecutable()
let bundled: string | undefined
try {
  bundled = chromium.executablePath()
} catch {
  bundled = undefined
}

if (configured && existsSync(configured)) process.exit(0)
if (!configured && bundled && existsSync(bundled)) process.exit(0)

console.error(`No usable Chromium for the end-to-end tests${configured ? ` (${configured} does not exist)` : ''}.
Get one, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium     (installs /usr/bin/chromium)
  - anywhere else:  npx playwright install chromium
  - or point to an existing build:  CHROMIUM_PATH=/path/to/chromium npm test`)
process.exit(1)
