import { useRef, useState, type ReactNode, type RefObject } from 'react'
import { failureReason } from '../lib/save-failure'
import { Dialog } from './dialog'
import { useDiscardChanges } from './discard-changes'
import type { LifecycleDialogProps } from './lifecycle-dialog'
import { toast } from './toaster'

/**
 * The created key with its secret, held by the Add dialog alone. `show` is what the product's create mutation calls
 * with the POST's answer (its only way out: the mutation's own result, which the query client keeps, has no secret).
 */
export function useCreatedKey<Created>() {
  const [created, setCreated] = useState<Created | null>(null)
  // Set when the form hands over to the secret dialog, so the form closing does not send focus back to the page.
  const handedOver = useRef(false)
  const show = (key: Created) => {
    handedOver.current = true
    setCreated(key)
  }
  return { created, handedOver, show, forget: () => setCreated(null) }
}

export interface KeyFormSlot<Values> {
  changedRef: RefObject<(() => boolean) | null>
  onCancel: () => void
  onSave: (values: Values) => Promise<unknown>
}

interface AddKeyDialogProps<Values, Created extends { name: string }> extends LifecycleDialogProps {
  title?: string
  createdKey: ReturnType<typeof useCreatedKey<Created>>
  /** The product's create mutation (its `onCreated` is `createdKey.show`). */
  createKey: { isPending: boolean; reset: () => void; mutateAsync: (values: Values) => Promise<{ name: string }> }
  /** The product's form in the dialog. */
  renderForm: (slot: KeyFormSlot<Values>) => ReactNode
  /** The created key's one-time secret, which `close` ends. */
  renderSecret: (created: Created, close: () => void) => ReactNode
}

/**
 * Every product's "Add API Key": its form in a dialog that asks before dropping typed values and cannot be dismissed
 * while the create is in flight (its answer's secret is shown only once), then the created key's secret.
 */
export function AddKeyDialog<Values, Created extends { name: string }>({ title = 'Add API Key', createdKey, createKey, renderForm, renderSecret, onClose, returnFocus }: AddKeyDialogProps<Values, Created>) {
  const changedRef = useRef<() => boolean>(null)
  const close = () => {
    // Drop every trace of the result before the dialog goes; the secret leaves with this component's state.
    createKey.reset()
    createdKey.forget()
    onClose()
  }
  const discard = useDiscardChanges(() => changedRef.current?.() ?? false, close)

  if (createdKey.created) return renderSecret(createdKey.created, close)

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      onDismissAttempt={createKey.isPending ? () => undefined : discard.request}
      onCloseAutoFocus={(event) => (createdKey.handedOver.current ? event.preventDefault() : returnFocus(event))}
      title={title}
    >
      {renderForm({
        changedRef,
        onCancel: close,
        onSave: (values) =>
          createKey.mutateAsync(values).then(
            (apiKey) => toast.success(`API key ${apiKey.name} created`),
            (error: unknown) => {
              toast.error(`The API key was not created: ${failureReason(error)}`)
              throw error
            },
          ),
      })}
      {discard.confirmation}
    </Dialog>
  )
}

interface EditKeyDialogProps<Values extends { name?: string }> extends LifecycleDialogProps {
  /** The key's name as it is now, for the toasts. */
  keyName: string
  /** Whether the form's values change the key: an unchanged Edit sends nothing. */
  changes: (values: Values) => boolean
  /** The product's update: it sends only what changed. */
  save: (values: Values) => Promise<unknown>
  isSaving: boolean
  renderForm: (slot: KeyFormSlot<Values>) => ReactNode
}

/**
 * Every product's "Edit API Key": its form filled in, in a dialog that asks before dropping changes and cannot be
 * dismissed while the save is in flight; an unchanged form closes with "No changes" and sends nothing.
 */
export function EditKeyDialog<Values extends { name?: string }>({ keyName, changes, save, isSaving, renderForm, onClose, returnFocus }: EditKeyDialogProps<Values>) {
  const changedRef = useRef<() => boolean>(null)
  const discard = useDiscardChanges(() => changedRef.current?.() ?? false, onClose)
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      onDismissAttempt={isSaving ? () => undefined : discard.request}
      onCloseAutoFocus={returnFocus}
      title="Edit API Key"
    >
      {renderForm({
        changedRef,
        onCancel: onClose,
        onSave: async (values) => {
          // Nothing to send: the key stays as it is, and its modified time and author with it.
          if (!changes(values)) {
            toast.info(`No changes to API key ${keyName}`)
            return onClose()
          }
          try {
            await save(values)
          } catch (error) {
            toast.error(`API key ${keyName} was not saved: ${failureReason(error)}`)
            throw error
          }
          toast.success(`API key ${values.name ?? keyName} saved`)
          onClose()
        },
      })}
      {discard.confirmation}
    </Dialog>
  )
}
