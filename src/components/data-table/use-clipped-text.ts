import { useEffect, type RefObject } from 'react'

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
      const cells = [...root.querySelectorAll<HTMLElement>('tbody .cell-text')]
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
    return () => observer.disconnect()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what changes the cells
  }, deps)
}
