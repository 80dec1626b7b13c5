import { DeleteKeyDialog } from '../../../../components/confirm-change-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import type { ZccApiKey } from '../../../../contract/zcc-api-key'
import { useDeleteZccApiKey } from '../../api/delete-zcc-api-key'
import type { ZccScope } from '../../api/query-keys'

/** "Delete API Key", naming the key; its logins' tokens end with it. */
export function DeleteZccApiKeyDialog({ scope, ...dialog }: LifecycleDialogProps & { scope: ZccScope; apiKey: ZccApiKey }) {
  const change = useDeleteZccApiKey(scope)
  return <DeleteKeyDialog {...dialog} change={change} consequence="Client Connector API clients using it will stop working." />
}
