import type { ApiKey } from '../../../../contract/api-key'
import { useDeleteApiKey } from '../../api/delete-api-key'
import { useTenantScope } from '../../tenant-scope'
import { KeyChangeDialog } from '../../../../components/confirm-change-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'

interface DeleteApiKeyDialogProps extends LifecycleDialogProps {
  apiKey: ApiKey
  onDeleted?: (id: string) => void
}

export function DeleteApiKeyDialog({ apiKey, onDeleted, ...dialog }: DeleteApiKeyDialogProps) {
  const change = useDeleteApiKey(useTenantScope())
  return (
    <KeyChangeDialog
      {...dialog}
      apiKey={apiKey}
      change={change}
      title="Delete API Key"
      question={
        <>
          Delete the API key <strong>{apiKey.name}</strong>? Client applications using it will stop working.
        </>
      }
      confirmLabel="Delete"
      done="deleted"
      tone="danger"
      onDone={() => onDeleted?.(apiKey.id)}
    />
  )
}
