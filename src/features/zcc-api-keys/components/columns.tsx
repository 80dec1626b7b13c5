import { createColumnHelper } from '@tanstack/react-table'
import { KeyChangeActions, RowAction } from '../../../components/data-table/row-action'
import { labelled, type DataTableFeatures } from '../../../components/data-table/features'
import { copyWithToast } from '../../../components/toaster'
import { keyColumns, rowActionsColumn, StatusText } from '../../../components/data-table/key-columns'
import { OldSecretMark } from '../../../components/data-table/old-secret-mark'
import { selectColumn } from '../../../components/data-table/row-selection'
import { CopyIcon } from '../../../components/icons'
import { zccRoleLabels, type ZccApiKey } from '../../../contract/zcc-api-key'
import { ViewActivityAction } from '../../key-activity/components/key-activity-action'
import { useZccApiKeyDialogs } from './dialogs/zcc-api-key-dialogs'

const column = createColumnHelper<DataTableFeatures, ZccApiKey>()

/** "Copy Client ID", "Edit", "Rotate Secret", "Delete", "View Activity", each in its slot. */
function ZccRowActions({ apiKey }: { apiKey: ZccApiKey }) {
  const dialogs = useZccApiKeyDialogs()
  return (
    <div className="row-actions row-actions-five">
      <RowAction slot="copy" label="Copy Client ID" onClick={() => void copyWithToast(apiKey.clientId, 'Client ID')}>
        <CopyIcon />
      </RowAction>
      <KeyChangeActions apiKey={apiKey} dialogs={dialogs} />
      <ViewActivityAction apiKey={apiKey} />
    </div>
  )
}

function ZccStatus({ apiKey }: { apiKey: ZccApiKey }) {
  const { openEndGrace } = useZccApiKeyDialogs()
  return (
    <span className="status-cell">
      <StatusText enabled={apiKey.enabled} />
      <OldSecretMark validUntil={apiKey.previousSecretValidUntil} onOpen={() => openEndGrace(apiKey)} />
    </span>
  )
}

/** The Client Connector keys' columns in seed 004's order; ids are the API's sortBy fields. */
export const zccApiKeyColumns = column.columns([
  column.display(selectColumn),
  column.accessor('name', keyColumns.name),
  column.accessor('clientId', keyColumns.clientId),
  column.accessor('enabled', {
    ...labelled('Status'),
    size: 176,
    minSize: 80,
    cell: (info) => <ZccStatus apiKey={info.row.original} />,
  }),
  column.accessor('role', {
    ...labelled('Role'),
    size: 90,
    minSize: 60,
    cell: (info) => <span className="cell-text">{zccRoleLabels[info.getValue()]}</span>,
  }),
  column.accessor('tokenExpiryTimeInSec', { ...keyColumns.tokenExpiryTimeInSec, size: 110 }),
  column.accessor('creationTime', keyColumns.creationTime),
  column.accessor('lastUsedTime', keyColumns.lastUsedTime),
  column.display({ ...rowActionsColumn(5), cell: (info) => <ZccRowActions apiKey={info.row.original} /> }),
])
