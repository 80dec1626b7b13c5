import { NameFilteredKeyTable } from '../../../components/data-table/name-filtered-table'
import { DEFAULT_MICROTENANT_ID } from '../../../contract/primitives'
import { useTableSettings } from '../../preferences/table-settings'
import { zdxApiKeysQueryOptions } from '../api/get-zdx-api-keys'
import { ZDX_API_KEYS_PREFERENCES, type ZdxScope } from '../api/query-keys'
import { zdxTableView } from '../table-view'
import { zdxApiKeyColumns } from './columns'
import { CreateZdxApiKeyButton, zdxRowDialogsIntent } from './dialogs/zdx-api-key-dialogs'

/** The Digital Experience keys' table: its columns, list and dialogs on the shared Name-filtered key table. */
export function ZdxApiKeysTable({ scope }: { scope: ZdxScope }) {
  // Digital Experience has no microtenants: the admin's preferences for it are kept under Default.
  const preferences = useTableSettings({ page: ZDX_API_KEYS_PREFERENCES, microtenantId: DEFAULT_MICROTENANT_ID })
  return (
    <NameFilteredKeyTable
      tableView={zdxTableView}
      preferences={preferences}
      columns={zdxApiKeyColumns}
      listQuery={(params) => zdxApiKeysQueryOptions(scope, params)}
      AddButton={CreateZdxApiKeyButton}
      addFirstLabel="Create the first API key"
      rowProps={zdxRowDialogsIntent}
    />
  )
}
