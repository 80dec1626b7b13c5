import { createColumnHelper } from '@tanstack/react-table'
import type { DataTableFeatures } from '../../../components/data-table/features'
import { DateTime } from '../../../components/date-time'
import type { ApiKey } from '../../../contract/api-key'
import { useRoleNames } from '../role-names'
import { RowActions } from './row-actions'

const column = createColumnHelper<DataTableFeatures, ApiKey>()

/** A column's header and the name the settings and announcements use, from one label. */
const labelled = (label: string) => ({ header: label, meta: { label } })

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
          Locked
        </span>
      )}
    </span>
  )
}

/** The columns of the API Keys table in the product's default order; ids are the API's sortBy fields. */
export const apiKeyColumns = column.columns([
  column.accessor('name', {
    ...labelled('Name'),
    size: 200,
    enableHiding: false,
    cell: (info) => <span className="cell-text">{info.getValue()}</span>,
  }),
  column.accessor('clientId', {
    ...labelled('Client ID'),
    size: 220,
    cell: (info) => <code className="cell-text client-id">{info.getValue()}</code>,
  }),
  column.accessor('enabled', {
    ...labelled('Status'),
    size: 140,
    cell: (info) => <Status apiKey={info.row.original} />,
  }),
  column.accessor('tokenExpiryTimeInSec', {
    ...labelled('Session Validity Interval (In Seconds)'),
    size: 140,
    cell: (info) => <span className="cell-text">{info.getValue()}</span>,
  }),
  column.accessor('creationTime', {
    ...labelled('Creation Date'),
    size: 180,
    cell: (info) => <DateTime className="cell-text" epochSeconds={info.getValue()} />,
  }),
  column.accessor('roleId', {
    ...labelled('Role'),
    size: 170,
    cell: (info) => <RoleName roleId={info.getValue()} />,
  }),
  column.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    meta: { label: 'Actions', fixed: true },
    size: 170,
    enableSorting: false,
    enableHiding: false,
    enableResizing: false,
    cell: (info) => <RowActions apiKey={info.row.original} />,
  }),
])

