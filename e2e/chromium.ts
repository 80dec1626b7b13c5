import { existsSync } from 'node:fs'

/** Debian's Chromium: Playwright cannot download its own browser on machines without internet. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** The browser to drive: $CHROMIUM_PATH, else Debian's, else undefined (Playwright's own build). */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return fromEnv
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

/** Without these, a Chromium on a machine with no network stalls on background lookups. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
