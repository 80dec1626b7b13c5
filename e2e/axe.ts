import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Waits for the finite animations and transitions on the page (a toast sliding in, a dialog fading in) to end,
 * so axe judges what the admin ends up seeing, not a half-transparent frame of a fade.
 */
async function settleAnimations(page: Page) {
  await page.evaluate(async () => {
    // A toast mounted a moment ago starts its transition a frame later (sonner sets data-mounted then): look again
    // after each wait, until a look finds nothing running.
    for (let look = 0; look < 30; look++) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      const running = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      // A toast not yet mounted has not started its fade-in: look again.
      const unmounted = document.querySelector('[data-sonner-toast]:not([data-mounted="true"])')
      if (running.length === 0 && !unmounted) return
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)))
    }
  })
}

/** Runs axe over the page as it is once its animations have ended, and expects nothing to report. */
export async function expectNoAxeViolations(page: Page) {
  await settleAnimations(page)
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}
