import { AddKeyDialog, useCreatedKey } from '../../../../components/key-dialogs'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { OneTimeSecretDialog } from '../../../../components/one-time-secret-dialog'
import { createZccApiKeyInput, ZCC_TOKEN_EXPIRY_DEFAULT, type CreatedZccApiKey } from '../../../../contract/zcc-api-key'
import { useCreateZccApiKey } from '../../api/create-zcc-api-key'
import type { ZccScope } from '../../api/query-keys'
import { ZccApiKeyForm, zccFormResolver, type ZccApiKeyFormValues } from './zcc-api-key-form'

const resolver = zccFormResolver(createZccApiKeyInput)
const newKey: ZccApiKeyFormValues = { name: '', enabled: true, role: '', tokenExpiryTimeInSec: String(ZCC_TOKEN_EXPIRY_DEFAULT) }

/** "Add API Key", then the key's one-time secret, which "Cancel" closes (seed 004). */
export function AddZccApiKeyDialog({ scope, onClose, returnFocus }: LifecycleDialogProps & { scope: ZccScope }) {
  const createdKey = useCreatedKey<CreatedZccApiKey>()
  const createKey = useCreateZccApiKey(scope, { onCreated: createdKey.show })
  return (
    <AddKeyDialog
      createdKey={createdKey}
      createKey={createKey}
      onClose={onClose}
      returnFocus={returnFocus}
      renderForm={(slot) => <ZccApiKeyForm resolver={resolver} defaultValues={newKey} {...slot} />}
      renderSecret={(created, close) => <OneTimeSecretDialog created={created} closeLabel="Cancel" onClose={close} onCloseAutoFocus={returnFocus} />}
    />
  )
}
