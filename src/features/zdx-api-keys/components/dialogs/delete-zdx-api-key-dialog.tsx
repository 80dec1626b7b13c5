import { DeleteKeyDialog } from '../../../../components/confirm-change-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import type { ZdxApiKey } from '../../../../contract/zdx-api-key'
import { useDeleteZdxApiKey } from '../../api/delete-zdx-api-key'
import type { ZdxScope } from '../../api/query-keys'

/** "Delete API Key", naming the key; its tokens end with it. */
export function DeleteZdxApiKeyDialog({ scope, ...dialog }: LifecycleDialogProps & { scope: ZdxScope; apiKey: ZdxApiKey }) {
  const change = useDeleteZdxApiKey(scope)
  return <DeleteKeyDialog {...dialog} change={change} consequence="Its tokens stop working, and ZDX API clients using it can no longer get new ones." />
}
