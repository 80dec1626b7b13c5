import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react'

/** The slice of a long page that is drawn, and the room kept for the rows above and below it. */
export interface RowWindow {
  /** Index of the first drawn row. */
  start: number
  /** One past the last drawn row. */
  end: number
  /** Height of the rows above `start` that are not drawn, in px. */
  before: number
  /** Height of the rows from `end` on that are not drawn, in px. */
  after: number
}

export interface RowWindowInput {
  count: number
  rowHeight: number
  /** Top of the table body relative to the top of what can be seen of it (viewport, or the scroll box within it). */
  bodyTop: number
  /** Height of what can be seen: the viewport, cut to the table's scroll box. */
  viewportHeight: number
  /** Rows drawn beyond each edge of the viewport, so a fast scroll or a Tab does not outrun the drawing. */
  overscan: number
}

/** Which rows of a body `count` rows tall meet the viewport, plus the overscan on each side. */
export function visibleRowWindow({ count, rowHeight, bodyTop, viewportHeight, overscan }: RowWindowInput): RowWindow {
  const first = Math.floor(-bodyTop / rowHeight) - overscan
  const last = Math.ceil((viewportHeight - bodyTop) / rowHeight) + overscan
  const start = Math.min(Math.max(first, 0), count)
  const end = Math.max(Math.min(last, count), start)
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight }
}

/** Pages of up to this many rows are drawn whole; longer ones only where the window shows them. */
export const WINDOWING_THRESHOLD = 50
const OVERSCAN = 6
/** Until a row has been measured: the stylesheet's 40 px cell and its 1 px border. */
const ESTIMATED_ROW_HEIGHT = 41
/**
 * Until the body has been measured, the window is drawn for a body at the top of a viewport this tall: the same
 * on the server and in the browser, so a long page's server render hydrates as it was drawn (a tall screen's
 * first rows all among them); the browser then measures before it paints again.
 */
const FIRST_DRAW_VIEWPORT_HEIGHT = 1200

/** Where the body sits in the viewport and how tall a row is: what the drawn window is worked out from. */
interface Placement {
  bodyTop: number
  viewportHeight: number
  rowHeight: number
}

/**
 * The nearest ancestor that clips the body (the table's own scroll box, when the table scrolls inside itself);
 * none when only the page scrolls.
 */
function clippingAncestor(body: HTMLElement): HTMLElement | null {
  for (let element = body.parentElement; element && element !== document.body; element = element.parentElement) {
    const { overflowY } = getComputedStyle(element)
    if (overflowY !== 'visible' && overflowY !== 'clip') return element
  }
  return null
}

/** The body's place within what can be seen of it: the viewport, cut to the scroll box that holds the table. */
function measure(body: HTMLElement, scroller: HTMLElement | null, previous: Placement): Placement {
  const drawnRow = body.querySelector<HTMLElement>(':scope > tr[aria-rowindex]')
  const box = scroller?.getBoundingClientRect()
  const top = Math.max(0, box?.top ?? 0)
  const bottom = Math.min(window.innerHeight, box?.bottom ?? Infinity)
  return {
    bodyTop: body.getBoundingClientRect().top - top,
    viewportHeight: Math.max(0, bottom - top),
    rowHeight: drawnRow?.getBoundingClientRect().height || previous.rowHeight,
  }
}

const windowFor = (count: number, placement: Placement) => visibleRowWindow({ count, overscan: OVERSCAN, ...placement })
const sameWindow = (a: RowWindow, b: RowWindow) => a.start === b.start && a.end === b.end && a.before === b.before && a.after === b.after

/**
 * Where the body was last seen, kept outside React: scrolling updates it every frame, and the table re-renders
 * only when that changes which rows are drawn (the snapshot stays the same object until then).
 */
function createPlacementStore() {
  let placement: Placement = { bodyTop: 0, viewportHeight: FIRST_DRAW_VIEWPORT_HEIGHT, rowHeight: ESTIMATED_ROW_HEIGHT }
  let snapshot: { count: number; windowed: boolean; drawn: RowWindow } | undefined
  const listeners = new Set<() => void>()
  return {
    placement: () => placement,
    update(next: Placement) {
      placement = next
      for (const listener of listeners) listener()
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** The rows to draw for a page of `count` rows; the same object while they stay the same. */
    drawn(count: number, windowed: boolean): RowWindow {
      const drawn = windowed ? windowFor(count, placement) : { start: 0, end: count, before: 0, after: 0 }
      if (snapshot && snapshot.count === count && snapshot.windowed === windowed && sameWindow(snapshot.drawn, drawn)) return snapshot.drawn
      snapshot = { count, windowed, drawn }
      return drawn
    },
  }
}

/**
 * Rows of one height in a body that scrolls with the window or inside its table's scroll box: on a long page only the rows in view (and an
 * overscan) are drawn, so 500 rows cost what 30 do. The drawn rows are worked out during render from where the
 * body was last seen, which the scroll and resize listeners keep current even on short pages, so a page that
 * turns long is drawn right the first time; the layout effect measures again before the browser paints.
 */
export function useWindowRows(body: RefObject<HTMLElement | null>, count: number): RowWindow {
  const windowed = count > WINDOWING_THRESHOLD
  const [store] = useState(createPlacementStore)
  const drawn = useSyncExternalStore(store.subscribe, () => store.drawn(count, windowed), () => store.drawn(count, windowed))

  useLayoutEffect(() => {
    const element = body.current
    if (!element) return
    let frame = 0
    const scroller = clippingAncestor(element)
    const update = () => {
      frame = 0
      store.update(measure(element, scroller, store.placement()))
    }
    const schedule = () => {
      frame ||= requestAnimationFrame(update)
    }
    // A long page is measured before paint (the drawn rows depend on it); a short one, whose rows are all drawn,
    // only at the next frame, so its first render does not force a layout of its own.
    if (windowed) update()
    else schedule()
    // Captured at the window: the page's scroll and the table's own (an element's scroll does not bubble).
    addEventListener('scroll', schedule, { passive: true, capture: true })
    addEventListener('resize', schedule, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      removeEventListener('scroll', schedule, { capture: true })
      removeEventListener('resize', schedule)
    }
    // A page of another length moves the scroll (the browser clamps it) and the rows: measure again before paint.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- count is why it re-runs
  }, [body, count, store, windowed])

  return drawn
}
