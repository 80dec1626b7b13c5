import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Waits for the finite animations and transitions on the page (a dialog fading in) to end, so axe judges what the
 * admin ends up seeing, not a half-transparent frame of a fade.
 */
async function settleAnimations(page: Page) {
  await page.evaluate(async () => {
    // A finite animation may start a frame after another ends: look again after each wait, until a look finds none.
    for (let look = 0; look < 10; look++) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      const running = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      if (running.length === 0) return
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)))
    }
  })
}

/**
 * Runs axe over the page as it is once its animations have ended, and expects nothing to report. Motion is off while
 * it looks (sonner drops its toasts' fades under prefers-reduced-motion): a toast that arrives during the run shows
 * whole at once rather than being judged half faded in.
 */
export async function expectNoAxeViolations(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  try {
    await settleAnimations(page)
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
  } finally {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
  }
}
