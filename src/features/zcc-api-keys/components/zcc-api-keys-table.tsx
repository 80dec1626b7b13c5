import { lazyWithPreload } from '../../../components/lazy-with-preload'
import { NameFilteredKeyTable } from '../../../components/data-table/name-filtered-table'
import { DEFAULT_MICROTENANT_ID } from '../../../contract/primitives'
import { useTableSettings } from '../../preferences/table-settings'
import { zccApiKeysQueryOptions } from '../api/get-zcc-api-keys'
import { ZCC_API_KEYS_PREFERENCES, type ZccScope } from '../api/query-keys'
import { zccTableView } from '../table-view'
import { zccApiKeyColumns } from './columns'
import { AddZccApiKeyButton, zccRowDialogsIntent } from './dialogs/zcc-api-key-dialogs'

// With the first selection: the bar, its dialogs and the bulk runner.
const ZccApiKeysBulkBar = lazyWithPreload(() => import('./bulk-actions').then((m) => m.ZccApiKeysBulkBar))

/** The Client Connector keys' table: its columns, list and dialogs on the shared Name-filtered key table. */
export function ZccApiKeysTable({ scope }: { scope: ZccScope }) {
  // Client Connector has no microtenants: the admin's preferences for it are kept under Default.
  const preferences = useTableSettings({ page: ZCC_API_KEYS_PREFERENCES, microtenantId: DEFAULT_MICROTENANT_ID })
  return (
    <NameFilteredKeyTable
      tableView={zccTableView}
      preferences={preferences}
      columns={zccApiKeyColumns}
      listQuery={(params) => zccApiKeysQueryOptions(scope, params)}
      AddButton={AddZccApiKeyButton}
      rowProps={zccRowDialogsIntent}
      renderBulkBar={(selection) => <ZccApiKeysBulkBar selection={selection} scope={scope} />}
    />
  )
}
