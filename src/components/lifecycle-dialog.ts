/** What every lifecycle dialog gets from `ApiKeyDialogsProvider`, which mounts it only while it is open. */
export interface LifecycleDialogProps {
  onClose: () => void
  /** Focuses the control that opened the dialog; pass it to the dialog's `onCloseAutoFocus`. */
  returnFocus: (event: Event) => void
}
