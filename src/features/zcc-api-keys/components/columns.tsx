import { createColumnHelper } from '@tanstack/react-table'
import { RowAction } from '../../../components/data-table/row-action'
import { labelled, type DataTableFeatures } from '../../../components/data-table/features'
import { copyWithToast } from '../../../components/copy-with-toast'
import { DateTime } from '../../../components/date-time'
import { CopyIcon, DeleteIcon, EditIcon } from '../../../components/icons'
import { zccRoleLabels, type ZccApiKey } from '../../../contract/zcc-api-key'
import { useZccApiKeyDialogs } from './dialogs/zcc-api-key-dialogs'

const column = createColumnHelper<DataTableFeatures, ZccApiKey>()

/** "Copy Client ID", "Edit", "Delete", each in its slot. */
function ZccRowActions({ apiKey }: { apiKey: ZccApiKey }) {
  const dialogs = useZccApiKeyDialogs()
  return (
    <div className="row-actions row-actions-three">
      <RowAction slot="copy" label="Copy Client ID" onClick={() => void copyWithToast(apiKey.clientId, 'Client ID')}>
        <CopyIcon />
      </RowAction>
      <RowAction slot="edit" label="Edit" onClick={() => dialogs.openEdit(apiKey)}>
        <EditIcon />
      </RowAction>
      <RowAction slot="delete" label="Delete" onClick={() => dialogs.openDelete(apiKey)}>
        <DeleteIcon />
      </RowAction>
    </div>
  )
}

/** The Client Connector keys' columns in seed 004's order; ids are the API's sortBy fields. */
export const zccApiKeyColumns = column.columns([
  column.accessor('name', {
    // The server lists by name, ascending, when no sort is asked for.
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
    size: 110,
    minSize: 80,
    cell: (info) => (
      <span className="status-cell">
        <span className={info.getValue() ? 'status status-enabled' : 'status status-disabled'}>{info.getValue() ? 'Enabled' : 'Disabled'}</span>
      </span>
    ),
  }),
  column.accessor('role', {
    ...labelled('Role'),
    size: 90,
    minSize: 60,
    cell: (info) => <span className="cell-text">{zccRoleLabels[info.getValue()]}</span>,
  }),
  column.accessor('tokenExpiryTimeInSec', {
    ...labelled('Session Validity Interval (In Seconds)', { shortLabel: 'Validity (sec)' }),
    size: 110,
    minSize: 60,
    cell: (info) => <span className="cell-text">{info.getValue()}</span>,
  }),
  column.accessor('creationTime', {
    ...labelled('Creation Date'),
    size: 170,
    minSize: 80,
    cell: (info) => <DateTime className="cell-text" epochSeconds={info.getValue()} />,
  }),
  column.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    meta: { label: 'Actions', fixed: true },
    // Three 28 px slots, their gaps and the cell's padding.
    size: 112,
    enableSorting: false,
    enableHiding: false,
    enableResizing: false,
    cell: (info) => <ZccRowActions apiKey={info.row.original} />,
  }),
])
