import { useMemo } from 'react'
import { BulkActionsBar, deleteAction, statusActions, type BulkAction } from '../../../components/bulk-actions'
import type { RowSelection } from '../../../components/data-table/row-selection'
import type { ApiKey } from '../../../contract/api-key'
import { deleteApiKey } from '../api/delete-api-key'
import { invalidateApiKeys } from '../api/invalidate-api-keys'
import { updateApiKey } from '../api/update-api-key'
import { useTenantScope } from '../tenant-scope'

// As the row's ZIdentity mark says it (row-actions.tsx).
const READ_ONLY_REASON = 'Managed in ZIdentity'
const readOnly = (apiKey: ApiKey) => (apiKey.readOnly ? READ_ONLY_REASON : null)

/** The ZPA keys' bulk actions: the single actions' PUT and DELETE, read-only keys skipped. */
export function ApiKeysBulkBar({ selection }: { selection: RowSelection<ApiKey> }) {
  const scope = useTenantScope()
  const actions = useMemo<BulkAction<ApiKey>[]>(
    () => [
      ...statusActions<ApiKey>((client, apiKey, enabled) => updateApiKey(client, scope, apiKey.id, { enabled }), readOnly),
      {
        label: 'Unlock',
        progressing: 'Unlocking',
        past: 'unlocked',
        skip: (apiKey) => readOnly(apiKey) ?? (apiKey.isLocked ? null : 'Not locked'),
        send: (client, apiKey) => updateApiKey(client, scope, apiKey.id, { isLocked: false }),
      },
      deleteAction<ApiKey>((client, apiKey) => deleteApiKey(client, scope, apiKey.id), readOnly),
    ],
    [scope],
  )
  return <BulkActionsBar selection={selection} actions={actions} onSettled={invalidateApiKeys} />
}
