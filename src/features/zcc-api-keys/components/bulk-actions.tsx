import { useMemo } from 'react'
import { BulkActionsBar, deleteAction, statusActions } from '../../../components/bulk-actions'
import type { RowSelection } from '../../../components/data-table/row-selection'
import type { ZccApiKey } from '../../../contract/zcc-api-key'
import { deleteZccApiKey } from '../api/delete-zcc-api-key'
import { zccApiKeyKeys, type ZccScope } from '../api/query-keys'
import { updateZccApiKey } from '../api/update-zcc-api-key'

/** The Client Connector keys' bulk actions (their keys do not lock): the single actions' PUT and DELETE. */
export function ZccApiKeysBulkBar({ selection, scope }: { selection: RowSelection<ZccApiKey>; scope: ZccScope }) {
  const actions = useMemo(
    () => [
      ...statusActions<ZccApiKey>((client, apiKey, enabled) => updateZccApiKey(client, scope, apiKey.id, { enabled })),
      deleteAction<ZccApiKey>((client, apiKey) => deleteZccApiKey(client, scope, apiKey.id)),
    ],
    [scope],
  )
  return <BulkActionsBar selection={selection} actions={actions} onSettled={(client) => client.invalidateQueries({ queryKey: zccApiKeyKeys.all })} />
}
