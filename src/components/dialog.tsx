import { Dialog as RadixDialog } from 'radix-ui'
import { useLayoutEffect, type ReactNode } from 'react'

interface DialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: ReactNode
  children: ReactNode
  /** Called instead of closing on Esc, an outside click or the × button, for dialogs that must confirm first. */
  onDismissAttempt?: () => void
  /** Where focus goes on open; Radix's default is the first focusable element. */
  onOpenAutoFocus?: (event: Event) => void
  /**
   * Where focus goes on close. Radix returns it to its own trigger; a dialog opened from code has none,
   * so its opener passes a handler that focuses the control the admin used.
   */
  onCloseAutoFocus?: (event: Event) => void
  /** Off for dialogs whose own buttons must be the only way out (a second "Close" would be ambiguous). */
  closeButton?: boolean
  size?: 'small' | 'medium' | 'large'
}

/**
 * A modal dialog: focus moves in and is trapped, Esc and the close button dismiss it,
 * and focus returns to the control that opened it (Radix does all three).
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  onDismissAttempt,
  onOpenAutoFocus,
  onCloseAutoFocus,
  closeButton = true,
  size = 'medium',
}: DialogProps) {
  useInertPage(open)
  const guard = onDismissAttempt
    ? (event: Event) => {
        event.preventDefault()
        onDismissAttempt()
      }
    : undefined
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog dialog-${size}`}
          onEscapeKeyDown={guard}
          onPointerDownOutside={guard}
          onOpenAutoFocus={onOpenAutoFocus}
          onCloseAutoFocus={onCloseAutoFocus}
          // Radix links the description itself; without one, say so rather than warn.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <header className="dialog-header">
            <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          </header>
          {description && <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>}
          <div className="dialog-body">{children}</div>
          {/* Last in the DOM (shown in the corner) so that opening focuses the first field, not ×. */}
          {closeButton &&
            (onDismissAttempt ? (
              <button type="button" className="icon-button dialog-close" aria-label="Close" onClick={onDismissAttempt}>
                ×
              </button>
            ) : (
              <RadixDialog.Close className="icon-button dialog-close" aria-label="Close">
                ×
              </RadixDialog.Close>
            ))}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}


/**
 * While a modal is open, the page behind it is `inert`: Radix only marks it aria-hidden, which leaves
 * its controls focusable to assistive technology (axe: aria-hidden-focus).
 */
function useInertPage(open: boolean) {
  // A layout effect, so the page is live again before Radix returns focus to the opener.
  useLayoutEffect(() => {
    const page = document.getElementById('root')
    if (!open || !page) return
    page.inert = true
    return () => {
      page.inert = false
    }
  }, [open])
}
