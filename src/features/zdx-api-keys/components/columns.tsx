import { createColumnHelper } from '@tanstack/react-table'
import { labelled, type DataTableFeatures } from '../../../components/data-table/features'
import { keyColumns, rowActionsColumn } from '../../../components/data-table/key-columns'
import { KeyChangeActions, RowAction } from '../../../components/data-table/row-action'
import { ViewIcon } from '../../../components/icons'
import type { ZdxApiKey } from '../../../contract/zdx-api-key'
import { ViewActivityAction } from '../../key-activity/components/key-activity-action'
import { useZdxApiKeyDialogs } from './dialogs/zdx-api-key-dialogs'

const column = createColumnHelper<DataTableFeatures, ZdxApiKey>()

/** "View", "Edit", "Delete", "View Activity", each in its slot (the keyboard reaches Edit first). */
function ZdxRowActions({ apiKey }: { apiKey: ZdxApiKey }) {
  const dialogs = useZdxApiKeyDialogs()
  return (
    <div className="row-actions row-actions-four">
      <RowAction slot="view" label="View" onClick={() => dialogs.openView(apiKey)}>
        <ViewIcon />
      </RowAction>
      <KeyChangeActions apiKey={apiKey} dialogs={dialogs} />
      <ViewActivityAction apiKey={apiKey} />
    </div>
  )
}

const text = (info: { getValue: () => string }) => <span className="cell-text">{info.getValue()}</span>

/** The Digital Experience keys' columns in seed 003's order; ids are the API's sortBy fields. */
export const zdxApiKeyColumns = column.columns([
  column.accessor('name', keyColumns.name),
  column.accessor('id', {
    ...labelled('Key ID'),
    // Its 18 digits and room to spare: at 190 the row actions were 14 px past the card at 1280 px.
    size: 170,
    minSize: 80,
    cell: (info) => <code className="cell-text key-id">{info.getValue()}</code>,
  }),
  column.accessor('roleName', { ...labelled('Role'), size: 190, minSize: 80, cell: text }),
  column.accessor('createdBy', { ...labelled('Created By'), size: 190, minSize: 80, cell: text }),
  column.accessor('modifiedTime', { ...keyColumns.creationTime, ...labelled('Last Updated On') }),
  column.accessor('lastUsedTime', keyColumns.lastUsedTime),
  column.display({ ...rowActionsColumn(4), cell: (info) => <ZdxRowActions apiKey={info.row.original} /> }),
])
