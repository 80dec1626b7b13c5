import { useRef, useState } from 'react'
import { toast } from '../../../../components/toaster'
import { Dialog } from '../../../../components/dialog'
import { useDiscardChanges } from '../../../../components/discard-changes'
import { createApiKeyInput, TOKEN_EXPIRY_DEFAULT, type ApiKey, type CreatedApiKey } from '../../../../contract/api-key'
import { useCreateApiKey } from '../../api/create-api-key'
import { useTenantScope } from '../../tenant-scope'
import { ApiKeyForm, apiKeyFormResolver, type ApiKeyFormValues } from './api-key-form'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { OneTimeSecretDialog } from '../../../../components/one-time-secret-dialog'
import { failureReason } from '../../../../lib/save-failure'

const resolver = apiKeyFormResolver(createApiKeyInput)
const newKey: ApiKeyFormValues = { name: '', enabled: true, tokenExpiryTimeInSec: String(TOKEN_EXPIRY_DEFAULT), roleId: '' }

interface AddApiKeyDialogProps extends LifecycleDialogProps {
  /** The created key, without its secret: the table shows it pinned and highlighted. */
  onCreated?: (apiKey: ApiKey) => void
  /** The `onCloseAutoFocus` of the secret dialog: focus goes to the created key's row. */
  returnFocusToCreated?: (id: string) => (event: Event) => void
}

/** "Add API Key", then the one-time secret of the key it created. */
export function AddApiKeyDialog({ onClose, returnFocus, onCreated, returnFocusToCreated }: AddApiKeyDialogProps) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null)
  const changedRef = useRef<() => boolean>(null)
  // Set when the form hands over to the secret dialog, so the form closing does not send focus back to the page.
  const handedOver = useRef(false)
  const createKey = useCreateApiKey(useTenantScope(), {
    onCreated: (key) => {
      handedOver.current = true
      setCreated(key)
      const { clientSecret: _secret, ...apiKey } = key
      onCreated?.(apiKey)
    },
  })

  const close = () => {
    // Drop every trace of the result before the dialog goes; the secret leaves with this component's state.
    createKey.reset()
    setCreated(null)
    onClose()
  }
  const discard = useDiscardChanges(() => changedRef.current?.() ?? false, close)

  if (created) return <OneTimeSecretDialog created={created} onClose={close} onCloseAutoFocus={returnFocusToCreated?.(created.id) ?? returnFocus} />

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      // A create in flight must not lose its answer: the secret in it is shown only once.
      onDismissAttempt={createKey.isPending ? () => undefined : discard.request}
      onCloseAutoFocus={(event) => (handedOver.current ? event.preventDefault() : returnFocus(event))}
      title="Add API Key"
    >
      <ApiKeyForm
        resolver={resolver}
        defaultValues={newKey}
        onCancel={close}
        changedRef={changedRef}
        onSave={(values) =>
          createKey.mutateAsync(values, {
            onSuccess: (apiKey) => toast.success(`API key ${apiKey.name} created`),
            onError: (error) => toast.error(`The API key was not created: ${failureReason(error)}`),
          })
        }
      />
      {discard.confirmation}
    </Dialog>
  )
}
