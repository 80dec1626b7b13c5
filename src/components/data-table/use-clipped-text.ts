import { useEffect, type RefObject } from 'react'

const HINT_WIDTH = 480
const HINT_ROOM_BELOW = 80

/**
 * Where the hint of a clipped text shows: below the text (above it near the viewport's bottom), within the
 * viewport. The stylesheet draws the hint `position: fixed` at these coordinates, so the table's scroll box, which
 * clips its cells, does not cut it off.
 */
function placeHint(element: HTMLElement) {
  const box = element.getBoundingClientRect()
  const left = Math.max(8, Math.min(box.left, window.innerWidth - Math.min(HINT_WIDTH, window.innerWidth - 16) - 8))
  const below = box.bottom + HINT_ROOM_BELOW < window.innerHeight
  element.style.setProperty('--hint-left', `${left}px`)
  element.style.setProperty('--hint-top', below ? `${box.bottom + 2}px` : 'auto')
  element.style.setProperty('--hint-bottom', below ? 'auto' : `${window.innerHeight - box.top + 2}px`)
}

/**
 * Marks each `.cell-text` inside the container whose text is cut off: it becomes focusable and
 * carries its whole text in `data-full`, which the stylesheet shows on hover and on keyboard focus.
 * One pass per render and per resize of the table, not one observer per cell, run when the browser has laid the
 * page out anyway: measuring the cells from an effect would force a layout of its own.
 */
export function useClippedTextHints(container: RefObject<HTMLElement | null>, deps: readonly unknown[]) {
  useEffect(() => {
    const root = container.current
    if (!root) return
    const mark = () => {
      // A text with a hint of its own (`data-hint`: a relative time's exact one) is not marked.
      const cells = [...root.querySelectorAll<HTMLElement>('tbody .cell-text:not([data-hint])')]
      // All reads first, then all writes: interleaving them would force a layout of the whole table per cell.
      const clipped = cells.map((element) => element.scrollWidth > element.clientWidth + 1)
      cells.forEach((element, index) => {
        if (clipped[index]) {
          element.dataset.full = element.textContent ?? ''
          element.tabIndex = 0
        } else if (element.dataset.full !== undefined) {
          delete element.dataset.full
          element.removeAttribute('tabindex')
        }
      })
    }
    // A new observer reports once after the next layout (so the pass needs no layout of its own), then on every
    // resize of the table (columns, window).
    const observer = new ResizeObserver(mark)
    observer.observe(root)
    // The hint is placed when it is about to show (pointer or focus on a clipped text), and again on a scroll.
    const place = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.cell-text:is([data-full], [data-hint])') : null
      if (target) placeHint(target)
    }
    const replace = () => {
      const shown = root.querySelector<HTMLElement>('.cell-text:is([data-full], [data-hint]):is(:hover, :focus)')
      if (shown) placeHint(shown)
    }
    root.addEventListener('pointerover', place)
    root.addEventListener('focusin', place)
    addEventListener('scroll', replace, { passive: true, capture: true })
    return () => {
      observer.disconnect()
      root.removeEventListener('pointerover', place)
      root.removeEventListener('focusin', place)
      removeEventListener('scroll', replace, { capture: true })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what changes the cells
  }, deps)
}
