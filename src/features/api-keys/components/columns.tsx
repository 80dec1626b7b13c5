import { createColumnHelper } from '@tanstack/react-table'
import { labelled, type DataTableFeatures } from '../../../components/data-table/features'
import { DateTime } from '../../../components/date-time'
import { LockIcon } from '../../../components/icons'
import type { ApiKey } from '../../../contract/api-key'
import { useRoleNames } from '../role-names'
import { RowActions } from './row-actions'

const column = createColumnHelper<DataTableFeatures, ApiKey>()

function RoleName({ roleId }: { roleId: string }) {
  const names = useRoleNames()
  if (names === 'failed') return <span className="cell-text muted">Not loaded</span>
  return <span className="cell-text">{names ? (names.get(roleId) ?? roleId) : '…'}</span>
}

function Status({ apiKey }: { apiKey: ApiKey }) {
  return (
    <span className="status-cell">
      <span className={apiKey.enabled ? 'status status-enabled' : 'status status-disabled'}>{apiKey.enabled ? 'Enabled' : 'Disabled'}</span>
      {apiKey.isLocked && (
        <span className="badge badge-locked" title="Locked after 3 failed sign-ins">
          <LockIcon size={11} />
          Locked
        </span>
      )}
    </span>
  )
}

/**
 * The columns of the API Keys table in the product's default order; ids are the API's sortBy fields.
 * Default widths fit what the demo data shows (a 23-letter name, a locked Disabled key, a 21-letter date, the
 * longest role name) at 1280 px beside the console's navigation; Client ID, clipped at any width, takes what is left.
 */
export const apiKeyColumns = column.columns([
  column.accessor('name', {
    // The server lists by name, ascending, when no sort is asked for (mock-server/store/query.ts).
    ...labelled('Name', { defaultSort: 'asc' }),
    size: 180,
    minSize: 80,
    enableHiding: false,
    cell: (info) => <span className="cell-text">{info.getValue()}</span>,
  }),
  column.accessor('clientId', {
    ...labelled('Client ID', { grow: true }),
    size: 100,
    minSize: 60,
    cell: (info) => <code className="cell-text client-id">{info.getValue()}</code>,
  }),
  column.accessor('enabled', {
    ...labelled('Status'),
    size: 160,
    minSize: 80,
    cell: (info) => <Status apiKey={info.row.original} />,
  }),
  column.accessor('tokenExpiryTimeInSec', {
    ...labelled('Session Validity Interval (In Seconds)', { shortLabel: 'Validity (sec)' }),
    size: 96,
    minSize: 60,
    cell: (info) => <span className="cell-text">{info.getValue()}</span>,
  }),
  column.accessor('creationTime', {
    ...labelled('Creation Date'),
    size: 170,
    minSize: 80,
    cell: (info) => <DateTime className="cell-text" epochSeconds={info.getValue()} />,
  }),
  column.accessor('roleId', {
    ...labelled('Role'),
    size: 170,
    minSize: 80,
    cell: (info) => <RoleName roleId={info.getValue()} />,
  }),
  column.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    meta: { label: 'Actions', fixed: true },
    // Four 28 px slots (Unlock, Copy, Edit, Delete), their gaps and the cell's padding.
    size: 140,
    enableSorting: false,
    enableHiding: false,
    enableResizing: false,
    cell: (info) => <RowActions apiKey={info.row.original} />,
  }),
])

