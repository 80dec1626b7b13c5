import { createColumnHelper } from '@tanstack/react-table'
import { labelled, type DataTableFeatures } from '../../../components/data-table/features'
import { DateTime } from '../../../components/date-time'
import { activityProductLabels, auditActionLabels, auditActorLabel, keyEventLabels, type ActivityEvent } from '../../../contract/activity'
import { AuditValuesCell } from './audit-values'

const column = createColumnHelper<DataTableFeatures, ActivityEvent>()

/** The log's order is the server's (newest first): no column sorts. */
const unsorted = { enableSorting: false } as const

/** The key, then its product (and microtenant, for Private Access). */
function ResourceCell({ entry }: { entry: ActivityEvent }) {
  const product = activityProductLabels[entry.product]
  return (
    <>
      <span className="cell-text">{entry.keyName}</span>
      <span className="cell-text muted">{entry.microtenantName ? `${product} · ${entry.microtenantName}` : product}</span>
    </>
  )
}

/** Time (to the second: entries a few seconds apart stay apart), Admin, Action, Resource, Before, After. */
export const auditLogColumns = column.columns([
  column.accessor('time', { ...labelled('Time', { defaultSort: 'desc' }), ...unsorted, size: 125, minSize: 100, cell: (info) => <DateTime className="cell-text" epochSeconds={info.getValue()} precision="second" /> }),
  column.accessor((entry) => auditActorLabel(entry.actor), {
    id: 'admin',
    ...labelled('Admin'),
    ...unsorted,
    size: 130,
    minSize: 80,
    cell: (info) => <span className="cell-text">{info.getValue()}</span>,
  }),
  column.accessor('action', {
    ...labelled('Action'),
    ...unsorted,
    size: 76,
    minSize: 70,
    cell: (info) => {
      const action = info.getValue()
      return <span className="cell-text">{action in auditActionLabels ? auditActionLabels[action as keyof typeof auditActionLabels] : keyEventLabels[action]}</span>
    },
  }),
  column.display({ id: 'resource', ...labelled('Resource', { grow: true }), size: 150, minSize: 100, cell: (info) => <ResourceCell entry={info.row.original} /> }),
  column.accessor('before', { ...labelled('Before', { grow: true }), ...unsorted, size: 140, minSize: 80, cell: (info) => <AuditValuesCell values={info.getValue()} /> }),
  column.accessor('after', { ...labelled('After', { grow: true }), ...unsorted, size: 140, minSize: 80, cell: (info) => <AuditValuesCell values={info.getValue()} /> }),
])
