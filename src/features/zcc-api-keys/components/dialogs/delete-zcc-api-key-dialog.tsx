import { KeyChangeDialog } from '../../../../components/confirm-change-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import type { ZccApiKey } from '../../../../contract/zcc-api-key'
import { useDeleteZccApiKey } from '../../api/delete-zcc-api-key'
import type { ZccScope } from '../../api/query-keys'

/** "Delete API Key", naming the key; its logins' tokens end with it. */
export function DeleteZccApiKeyDialog({ scope, apiKey, ...dialog }: LifecycleDialogProps & { scope: ZccScope; apiKey: ZccApiKey }) {
  const change = useDeleteZccApiKey(scope)
  return (
    <KeyChangeDialog
      {...dialog}
      apiKey={apiKey}
      change={change}
      title="Delete API Key"
      question={
        <>
          Delete the API key <strong>{apiKey.name}</strong>? Client Connector API clients using it will stop working.
        </>
      }
      confirmLabel="Delete"
      done="deleted"
      tone="danger"
    />
  )
}
