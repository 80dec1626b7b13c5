import { useRef } from 'react'
import { Dialog } from '../../../../components/dialog'
import { useDiscardChanges } from '../../../../components/discard-changes'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { toast } from '../../../../components/toaster'
import { updateZccApiKeyInput, type ZccApiKey } from '../../../../contract/zcc-api-key'
import { failureReason } from '../../../../lib/save-failure'
import type { ZccScope } from '../../api/query-keys'
import { useUpdateZccApiKey, zccChanges } from '../../api/update-zcc-api-key'
import { ZccApiKeyForm, zccFormResolver } from './zcc-api-key-form'

const resolver = zccFormResolver(updateZccApiKeyInput)

/** "Edit API Key": Name, Status, Role and validity, filled in, and the client ID read-only; sends what changed. */
export function EditZccApiKeyDialog({ scope, apiKey, onClose, returnFocus }: LifecycleDialogProps & { scope: ZccScope; apiKey: ZccApiKey }) {
  const updateKey = useUpdateZccApiKey(scope)
  const changedRef = useRef<() => boolean>(null)
  const discard = useDiscardChanges(() => changedRef.current?.() ?? false, onClose)
  const { name, enabled, role, tokenExpiryTimeInSec } = apiKey
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      onDismissAttempt={updateKey.isPending ? () => undefined : discard.request}
      onCloseAutoFocus={returnFocus}
      title="Edit API Key"
    >
      <ZccApiKeyForm
        resolver={resolver}
        defaultValues={{ name, enabled, role, tokenExpiryTimeInSec }}
        clientId={apiKey.clientId}
        onCancel={onClose}
        changedRef={changedRef}
        onSave={async (values) => {
          // Nothing to send: the key stays as it is, and its modified time and author with it.
          if (Object.keys(zccChanges({ apiKey, values })).length === 0) {
            toast.info(`No changes to API key ${apiKey.name}`)
            return onClose()
          }
          await updateKey.mutateAsync(
            { apiKey, values },
            {
              onSuccess: () => {
                toast.success(`API key ${values.name ?? apiKey.name} saved`)
                onClose()
              },
              onError: (error) => toast.error(`API key ${apiKey.name} was not saved: ${failureReason(error)}`),
            },
          )
        }}
      />
      {discard.confirmation}
    </Dialog>
  )
}
