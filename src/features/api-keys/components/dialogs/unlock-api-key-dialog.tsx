import type { ApiKey } from '../../../../contract/api-key'
import { useUnlockApiKey } from '../../api/update-api-key'
import { useTenantScope } from '../../tenant-scope'
import { KeyChangeDialog } from '../../../../components/confirm-change-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'

export function UnlockApiKeyDialog({ apiKey, ...dialog }: LifecycleDialogProps & { apiKey: ApiKey }) {
  const change = useUnlockApiKey(useTenantScope())
  return (
    <KeyChangeDialog
      {...dialog}
      apiKey={apiKey}
      change={change}
      title="Unlock API Key"
      question={
        <>
          Unlock the API key <strong>{apiKey.name}</strong>? It was locked after three failed sign-ins; once unlocked, it can sign in
          again right away.
        </>
      }
      confirmLabel="Unlock"
      done="unlocked"
    />
  )
}
