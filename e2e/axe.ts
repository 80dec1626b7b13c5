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
      // A toast fades in from opacity 0 once sonner marks it mounted, and its transition may not have started when
      // this looks (no animation yet, opacity still 0): look again until every toast on show is wholly shown.
      const fadingIn = [...document.querySelectorAll('[data-sonner-toast]:not([data-removed="true"]):not([data-visible="false"])')].some(
        (toast) => getComputedStyle(toast).opacity !== '1',
      )
      if (running.length === 0 && !fadingIn) return
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
