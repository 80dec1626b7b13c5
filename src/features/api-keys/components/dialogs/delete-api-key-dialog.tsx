import type { ApiKey } from '../../../../contract/api-key'
import { useDeleteApiKey } from '../../api/delete-api-key'
import { useTenantScope } from '../../tenant-scope'
import { DeleteKeyDialog } from '../../../../components/confirm-change-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'

interface DeleteApiKeyDialogProps extends LifecycleDialogProps {
  apiKey: ApiKey
  onDeleted?: (id: string) => void
}

export function DeleteApiKeyDialog({ apiKey, onDeleted, ...dialog }: DeleteApiKeyDialogProps) {
  const change = useDeleteApiKey(useTenantScope())
  return (
    <DeleteKeyDialog
      {...dialog}
      apiKey={apiKey}
      change={change}
      consequence="Client applications using it will stop working."
      onDone={() => onDeleted?.(apiKey.id)}
    />
  )
}
