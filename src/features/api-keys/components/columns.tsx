import { createColumnHelper } from '@tanstack/react-table'
import { labelled, type DataTableFeatures } from '../../../components/data-table/features'
import { keyColumns, rowActionsColumn, StatusText } from '../../../components/data-table/key-columns'
import { OldSecretMark } from '../../../components/data-table/old-secret-mark'
import { selectColumn } from '../../../components/data-table/row-selection'
import { LockIcon } from '../../../components/icons'
import type { ApiKey } from '../../../contract/api-key'
import { useRoleNames } from '../role-names'
import { useApiKeyDialogs } from './dialogs/api-key-dialogs'
import { RowActions } from './row-actions'

const column = createColumnHelper<DataTableFeatures, ApiKey>()

function RoleName({ roleId }: { roleId: string }) {
  const names = useRoleNames()
  if (names === 'failed') return <span className="cell-text muted">Not loaded</span>
  return <span className="cell-text">{names ? (names.get(roleId) ?? roleId) : '…'}</span>
}

function Status({ apiKey }: { apiKey: ApiKey }) {
  const { openEndGrace } = useApiKeyDialogs()
  return (
    <span className="status-cell">
      <StatusText enabled={apiKey.enabled} />
      {apiKey.isLocked && (
        <span className="badge badge-locked" title="Locked after 3 failed sign-ins">
          <LockIcon size={11} />
          Locked
        </span>
      )}
      <OldSecretMark validUntil={apiKey.previousSecretValidUntil} onOpen={() => openEndGrace(apiKey)} />
    </span>
  )
}

/**
 * The columns of the API Keys table in the product's default order; ids are the API's sortBy fields.
 * Default widths fit what the demo data shows (a 23-letter name, a locked Disabled key or a rotated one with its old secret, a 21-letter date, the
 * longest role name) at 1280 px beside the console's navigation; the columns every product has are keyColumns'.
 */
export const apiKeyColumns = column.columns([
  column.display(selectColumn),
  // Narrower than the other products' by the selection's column: the demo's longest name still fits (131 px and padding).
  column.accessor('name', { ...keyColumns.name, size: 152 }),
  // "Client" on its header's first line (it grows into whatever room the others leave).
  column.accessor('clientId', { ...keyColumns.clientId, size: 76 }),
  column.accessor('enabled', {
    ...labelled('Status'),
    // "Enabled" and a rotated key's "Old secret · 59m" side by side.
    size: 180,
    minSize: 80,
    cell: (info) => <Status apiKey={info.row.original} />,
  }),
  column.accessor('tokenExpiryTimeInSec', { ...keyColumns.tokenExpiryTimeInSec, size: 96 }),
  column.accessor('creationTime', keyColumns.creationTime),
  column.accessor('roleId', {
    ...labelled('Role'),
    size: 162,
    minSize: 80,
    cell: (info) => <RoleName roleId={info.getValue()} />,
  }),
  column.accessor('lastUsedTime', keyColumns.lastUsedTime),
  column.display({ ...rowActionsColumn(6), cell: (info) => <RowActions apiKey={info.row.original} /> }),
])

