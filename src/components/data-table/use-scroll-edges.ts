import { useEffect, type RefObject } from 'react'

/**
 * Marks the frame around a sideways-scrolling table with `data-more-start` / `data-more-end` while content is
 * hidden past that edge, for the stylesheet's shadow cue. Written on the element, not through React state: a
 * scroll must not re-render the table.
 */
export function useScrollEdges(frame: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const outer = frame.current
    const box = scroller.current
    if (!outer || !box) return
    const mark = () => {
      const start = box.scrollLeft > 1
      const end = box.scrollLeft + box.clientWidth < box.scrollWidth - 1
      outer.toggleAttribute('data-more-start', start)
      outer.toggleAttribute('data-more-end', end)
    }
    mark()
    box.addEventListener('scroll', mark, { passive: true })
    // The table's width changes with its columns and rows, the box's with the window.
    const observer = new ResizeObserver(mark)
    observer.observe(box)
    if (box.firstElementChild) observer.observe(box.firstElementChild)
    return () => {
      box.removeEventListener('scroll', mark)
      observer.disconnect()
    }
  }, [frame, scroller])
}
