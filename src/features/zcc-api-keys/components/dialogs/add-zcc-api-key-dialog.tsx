import { useRef, useState } from 'react'
import { Dialog } from '../../../../components/dialog'
import { useDiscardChanges } from '../../../../components/discard-changes'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { OneTimeSecretDialog } from '../../../../components/one-time-secret-dialog'
import { toast } from '../../../../components/toaster'
import { createZccApiKeyInput, ZCC_TOKEN_EXPIRY_DEFAULT, type CreatedZccApiKey } from '../../../../contract/zcc-api-key'
import { failureReason } from '../../../../lib/save-failure'
import { useCreateZccApiKey } from '../../api/create-zcc-api-key'
import type { ZccScope } from '../../api/query-keys'
import { ZccApiKeyForm, zccFormResolver, type ZccApiKeyFormValues } from './zcc-api-key-form'

const resolver = zccFormResolver(createZccApiKeyInput)
const newKey: ZccApiKeyFormValues = { name: '', enabled: true, role: '', tokenExpiryTimeInSec: String(ZCC_TOKEN_EXPIRY_DEFAULT) }

/** "Add API Key", then the key's one-time secret, which "Cancel" closes (seed 004). */
export function AddZccApiKeyDialog({ scope, onClose, returnFocus }: LifecycleDialogProps & { scope: ZccScope }) {
  const [created, setCreated] = useState<CreatedZccApiKey | null>(null)
  const changedRef = useRef<() => boolean>(null)
  // Set when the form hands over to the secret dialog, so the form closing does not send focus back to the page.
  const handedOver = useRef(false)
  const createKey = useCreateZccApiKey(scope, {
    onCreated: (key) => {
      handedOver.current = true
      setCreated(key)
    },
  })
  const close = () => {
    // Drop every trace of the result before the dialog goes; the secret leaves with this component's state.
    createKey.reset()
    setCreated(null)
    onClose()
  }
  const discard = useDiscardChanges(() => changedRef.current?.() ?? false, close)

  if (created) return <OneTimeSecretDialog created={created} closeLabel="Cancel" onClose={close} onCloseAutoFocus={returnFocus} />

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      // A create in flight must not lose its answer: the secret in it is shown only once.
      onDismissAttempt={createKey.isPending ? () => undefined : discard.request}
      onCloseAutoFocus={(event) => (handedOver.current ? event.preventDefault() : returnFocus(event))}
      title="Add API Key"
    >
      <ZccApiKeyForm
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
