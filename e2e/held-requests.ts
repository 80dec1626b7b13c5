import type { Page, Route } from '@playwright/test'

/**
 * Holds the page's GET requests that match until the test lets them go: a slow server whose answer comes once
 * the test has looked at the loading state, however slow the machine. (A timed delay can run out before a look
 * on a loaded machine: seen in CI.)
 */
export async function holdRequests(page: Page, matches: (url: URL) => boolean) {
  const held: Route[] = []
  let holding = true
  await page.route(matches, async (route) => {
    if (!holding || route.request().method() !== 'GET') return route.continue()
    held.push(route)
  })
  return {
    /** Lets every held request go, and the ones after them through. */
    release: async () => {
      holding = false
      await Promise.all(held.splice(0).map((route) => route.continue()))
    },
    /** Holds the next ones again. */
    hold: () => {
      holding = true
    },
  }
}

/** The list of API keys (GET …/apiKeys?page=…). */
export const keyListRequests = (url: URL) => url.pathname.endsWith('/apiKeys')
