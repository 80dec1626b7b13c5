import { EditKeyDialog } from '../../../../components/key-dialogs'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { updateApiKeyInput, type ApiKey } from '../../../../contract/api-key'
import { changesApiKey, useUpdateApiKey } from '../../api/update-api-key'
import { useTenantScope } from '../../tenant-scope'
import { ApiKeyForm, apiKeyFormResolver } from './api-key-form'

const resolver = apiKeyFormResolver(updateApiKeyInput)

/** "Edit API Key": the same fields, filled in, and the client ID read-only; saves the whole object with PUT. */
export function EditApiKeyDialog({ apiKey, onClose, returnFocus }: LifecycleDialogProps & { apiKey: ApiKey }) {
  const updateKey = useUpdateApiKey(useTenantScope())
  const { name, enabled, tokenExpiryTimeInSec, roleId } = apiKey
  return (
    <EditKeyDialog
      keyName={apiKey.name}
      changes={(values) => changesApiKey({ apiKey, values })}
      save={(values) => updateKey.mutateAsync({ apiKey, values })}
      isSaving={updateKey.isPending}
      onClose={onClose}
      returnFocus={returnFocus}
      renderForm={(slot) => <ApiKeyForm resolver={resolver} defaultValues={{ name, enabled, tokenExpiryTimeInSec, roleId }} clientId={apiKey.clientId} {...slot} />}
    />
  )
}
