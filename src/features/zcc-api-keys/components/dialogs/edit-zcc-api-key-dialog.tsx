import { EditKeyDialog } from '../../../../components/key-dialogs'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { updateZccApiKeyInput, type ZccApiKey } from '../../../../contract/zcc-api-key'
import type { ZccScope } from '../../api/query-keys'
import { useUpdateZccApiKey, zccChanges } from '../../api/update-zcc-api-key'
import { ZccApiKeyForm, zccFormResolver } from './zcc-api-key-form'

const resolver = zccFormResolver(updateZccApiKeyInput)

/** "Edit API Key": Name, Status, Role and validity, filled in, and the client ID read-only; sends what changed. */
export function EditZccApiKeyDialog({ scope, apiKey, onClose, returnFocus }: LifecycleDialogProps & { scope: ZccScope; apiKey: ZccApiKey }) {
  const updateKey = useUpdateZccApiKey(scope)
  const { name, enabled, role, tokenExpiryTimeInSec } = apiKey
  return (
    <EditKeyDialog
      keyName={apiKey.name}
      changes={(values) => Object.keys(zccChanges({ apiKey, values })).length > 0}
      save={(values) => updateKey.mutateAsync({ apiKey, values })}
      isSaving={updateKey.isPending}
      onClose={onClose}
      returnFocus={returnFocus}
      renderForm={(slot) => <ZccApiKeyForm resolver={resolver} defaultValues={{ name, enabled, role, tokenExpiryTimeInSec }} clientId={apiKey.clientId} {...slot} />}
    />
  )
}
