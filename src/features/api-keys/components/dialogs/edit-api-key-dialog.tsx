import { useRef } from 'react'
import { toast } from '../../../../components/toaster'
import { Dialog } from '../../../../components/dialog'
import { useDiscardChanges } from '../../../../components/discard-changes'
import { updateApiKeyInput, type ApiKey } from '../../../../contract/api-key'
import { changesApiKey, useUpdateApiKey } from '../../api/update-api-key'
import { useTenantScope } from '../../tenant-scope'
import { ApiKeyForm, apiKeyFormResolver } from './api-key-form'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { failureReason } from '../../../../lib/save-failure'

const resolver = apiKeyFormResolver(updateApiKeyInput)

/** "Edit API Key": the same fields, filled in, and the client ID read-only; saves the whole object with PUT. */
export function EditApiKeyDialog({ apiKey, onClose, returnFocus }: LifecycleDialogProps & { apiKey: ApiKey }) {
  const updateKey = useUpdateApiKey(useTenantScope())
  const changedRef = useRef<() => boolean>(null)
  const discard = useDiscardChanges(() => changedRef.current?.() ?? false, onClose)
  const { name, enabled, tokenExpiryTimeInSec, roleId } = apiKey
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      onDismissAttempt={updateKey.isPending ? () => undefined : discard.request}
      onCloseAutoFocus={returnFocus}
      title="Edit API Key"
    >
      <ApiKeyForm
        resolver={resolver}
        defaultValues={{ name, enabled, tokenExpiryTimeInSec, roleId }}
        clientId={apiKey.clientId}
        onCancel={onClose}
        changedRef={changedRef}
        onSave={async (values) => {
          // Nothing to send: the key stays as it is, and its modified time and author with it.
          if (!changesApiKey({ apiKey, values })) {
            toast.info(`No changes to API key ${apiKey.name}`)
            return onClose()
          }
          await updateKey.mutateAsync(
            { apiKey, values },
            {
              onSuccess: () => {
                toast.success(`API key ${values.name} saved`)
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
