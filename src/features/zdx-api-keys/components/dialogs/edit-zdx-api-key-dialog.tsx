import { EditKeyDialog } from '../../../../components/key-dialogs'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { updateZdxApiKeyInput, type ZdxApiKey } from '../../../../contract/zdx-api-key'
import type { ZdxScope } from '../../api/query-keys'
import { useUpdateZdxApiKey, zdxChanges } from '../../api/update-zdx-api-key'
import { ZdxApiKeyForm, zdxFormResolver } from './zdx-api-key-form'

const resolver = zdxFormResolver(updateZdxApiKeyInput)

/** "Edit API Key": Name and Select Role, filled in; "Save" sends what changed. */
export function EditZdxApiKeyDialog({ scope, apiKey, onClose, returnFocus }: LifecycleDialogProps & { scope: ZdxScope; apiKey: ZdxApiKey }) {
  const updateKey = useUpdateZdxApiKey(scope)
  const { name, roleId, roleName } = apiKey
  return (
    <EditKeyDialog
      keyName={name}
      changes={(values) => Object.keys(zdxChanges({ apiKey, values })).length > 0}
      save={(values) => updateKey.mutateAsync({ apiKey, values })}
      isSaving={updateKey.isPending}
      onClose={onClose}
      returnFocus={returnFocus}
      renderForm={(slot) => <ZdxApiKeyForm scope={scope} resolver={resolver} defaultValues={{ name, roleId }} currentRole={{ id: roleId, name: roleName }} {...slot} />}
    />
  )
}
