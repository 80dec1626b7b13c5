/**
 * The open parts of the page's popups (a select's list, a menu, a date picker's popover through its calendar module)
 * and the anchoring they share: one chunk, loaded on intent, rather than three small ones.
 */
export { MenuPopup } from './menu-popup'
export { SelectList } from './select-list'
export { useAnchoredPopup } from './use-anchored-popup'
