import { useEffect, useLayoutEffect, type RefObject } from 'react'

const GAP = 4

interface AnchoredPopup {
  open: boolean
  /** What the popup opens from (a select's or date field's button). */
  anchor: RefObject<HTMLElement | null>
  /** The popup, rendered only while open, with `popover="manual"`. */
  popup: RefObject<HTMLElement | null>
  /** A press outside both the anchor and the popup (Esc is the trigger's: useEscapeCloses). */
  onClose: (reason: 'outside') => void
  /** At least as wide as its anchor (a list), and at most this high, scrolling inside beyond it. */
  matchWidth?: boolean
  maxHeight?: number
  /** Which edges line up: the starts (the default) or the ends (a menu at the end of a toolbar). */
  align?: 'start' | 'end'
}

/**
 * A popup of the page's own (a select's list, a date field's calendar) in the top layer, through the Popover API, so
 * no dialog's or table's box clips it. It sits under its anchor, or above it when only there is the room, follows it
 * while the page scrolls, and closes on a press outside (Esc is its trigger's, useEscapeCloses: the popup's code may
 * still be loading when it comes).
 */
export function useAnchoredPopup({ open, anchor, popup, onClose, matchWidth = false, maxHeight, align = 'start' }: AnchoredPopup) {
  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!anchor.current?.contains(target) && !popup.current?.contains(target)) onClose('outside')
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
    }
  }, [open, anchor, popup, onClose])

  useLayoutEffect(() => {
    const element = popup.current
    if (!open || !element || !anchor.current) return
    element.showPopover?.()
    const place = () => {
      const box = anchor.current!.getBoundingClientRect()
      const below = window.innerHeight - box.bottom - GAP * 2
      const above = box.top - GAP * 2
      const height = Math.min(element.scrollHeight, maxHeight ?? Infinity)
      const upwards = below < height && above > below
      if (matchWidth) element.style.setProperty('min-width', `${box.width}px`)
      if (maxHeight !== undefined) element.style.setProperty('max-height', `${Math.min(maxHeight, Math.max(upwards ? above : below, 80))}px`)
      const left = align === 'start' ? box.left : box.right - element.offsetWidth
      element.style.setProperty('left', `${Math.max(GAP, Math.min(left, window.innerWidth - element.offsetWidth - GAP))}px`)
      element.style.setProperty('top', upwards ? `${Math.max(GAP, box.top - GAP - height)}px` : `${box.bottom + GAP}px`)
    }
    place()
    const onScroll = (event: Event) => {
      if (event.target !== element) place()
    }
    window.addEventListener('resize', place)
    document.addEventListener('scroll', onScroll, true)
    return () => {
      window.removeEventListener('resize', place)
      document.removeEventListener('scroll', onScroll, true)
    }
  }, [open, anchor, popup, matchWidth, maxHeight, align])
}
