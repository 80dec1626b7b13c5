import { AddKeyDialog, useCreatedKey } from '../../../../components/key-dialogs'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { OneTimeSecretDialog } from '../../../../components/one-time-secret-dialog'
import { createApiKeyInput, TOKEN_EXPIRY_DEFAULT, type ApiKey, type CreatedApiKey } from '../../../../contract/api-key'
import { useCreateApiKey } from '../../api/create-api-key'
import { useTenantScope } from '../../tenant-scope'
import { ApiKeyForm, apiKeyFormResolver, type ApiKeyFormValues } from './api-key-form'

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
  const createdKey = useCreatedKey<CreatedApiKey>()
  const createKey = useCreateApiKey(useTenantScope(), {
    onCreated: (key) => {
      createdKey.show(key)
      const { clientSecret: _secret, ...apiKey } = key
      onCreated?.(apiKey)
    },
  })
  return (
    <AddKeyDialog
      createdKey={createdKey}
      createKey={createKey}
      onClose={onClose}
      returnFocus={returnFocus}
      renderForm={(slot) => <ApiKeyForm resolver={resolver} defaultValues={newKey} {...slot} />}
      renderSecret={(created, close) => (
        <OneTimeSecretDialog created={created} onClose={close} onCloseAutoFocus={returnFocusToCreated?.(created.id) ?? returnFocus} />
      )}
    />
  )
}
