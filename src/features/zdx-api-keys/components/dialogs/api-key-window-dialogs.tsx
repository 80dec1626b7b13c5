import { useEffect, useState } from 'react'
import { AddKeyDialog, useCreatedKey } from '../../../../components/key-dialogs'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { createZdxApiKeyInput, type ZdxApiKey, type ZdxApiKeyWithSecret } from '../../../../contract/zdx-api-key'
import { failureReason } from '../../../../lib/save-failure'
import { useCreateZdxApiKey } from '../../api/create-zdx-api-key'
import type { ZdxScope } from '../../api/query-keys'
import { useViewZdxApiKey } from '../../api/view-zdx-api-key'
import { ZdxApiKeyForm, zdxFormResolver, type ZdxApiKeyFormValues } from './zdx-api-key-form'
import { ZdxApiKeyWindow } from './zdx-api-key-window'

// The two ways to the API Key window in one module: View's code comes with Create's, not as a chunk of its own.

const resolver = zdxFormResolver(createZdxApiKeyInput)
const newKey: ZdxApiKeyFormValues = { name: '', roleId: '' }

/** "Create New API Key" (Name, Select Role; "Create Key"), then the key's API Key window (seed 003). */
export function CreateZdxApiKeyDialog({ scope, onClose, returnFocus }: LifecycleDialogProps & { scope: ZdxScope }) {
  const createdKey = useCreatedKey<ZdxApiKeyWithSecret>()
  const createKey = useCreateZdxApiKey(scope, { onCreated: createdKey.show })
  return (
    <AddKeyDialog
      title="Create New API Key"
      createdKey={createdKey}
      createKey={createKey}
      onClose={onClose}
      returnFocus={returnFocus}
      renderForm={(slot) => <ZdxApiKeyForm scope={scope} resolver={resolver} defaultValues={newKey} submitLabel="Create Key" {...slot} />}
      renderSecret={(created, close) => <ZdxApiKeyWindow apiKey={created} onClose={close} onCloseAutoFocus={returnFocus} />}
    />
  )
}

/**
 * "View": the API Key window of an existing key, open at once with its API Key ID while its secret is asked for;
 * the secret lives in this component's state only.
 */
export function ViewZdxApiKeyDialog({ scope, apiKey, onClose, returnFocus }: LifecycleDialogProps & { scope: ZdxScope; apiKey: ZdxApiKey }) {
  const [viewed, setViewed] = useState<ZdxApiKeyWithSecret | null>(null)
  const view = useViewZdxApiKey(scope, { onViewed: setViewed })
  const { mutate } = view
  useEffect(() => mutate(apiKey), [mutate, apiKey])
  const pendingSecret = view.isError ? (
    <p className="field-error" role="alert">
      The Key Secret could not be shown: {failureReason(view.error)}{' '}
      <button type="button" className="link-button" onClick={() => view.mutate(apiKey)}>
        Try Again
      </button>
    </p>
  ) : (
    <p className="field-hint" role="status">
      Loading the Key Secret…
    </p>
  )
  return <ZdxApiKeyWindow apiKey={viewed ?? apiKey} pendingSecret={pendingSecret} onClose={onClose} onCloseAutoFocus={returnFocus} />
}
