import { DateTime } from '../date-time'
import { RelativeTime } from '../relative-time'
import { labelled } from './features'

/** A cell's value, as TanStack Table hands it to `cell`. */
type Value<T> = { getValue: () => T }

/**
 * The columns every product's key table has (Name, Client ID, Status, Session Validity, Creation Date), declared
 * once: a page passes them to its own column helper, `column.accessor('name', keyColumns.name)`, in its order.
 */
export const keyColumns = {
  name: {
    // The server lists by name, ascending, when no sort is asked for (mock-server/store/query.ts).
    ...labelled('Name', { defaultSort: 'asc' }),
    size: 176,
    minSize: 80,
    enableHiding: false,
    cell: (info: Value<string>) => <span className="cell-text">{info.getValue()}</span>,
  },
  clientId: {
    // Clipped at any width: it takes what the others leave.
    ...labelled('Client ID', { grow: true }),
    size: 80,
    minSize: 60,
    cell: (info: Value<string>) => <code className="cell-text client-id">{info.getValue()}</code>,
  },
  tokenExpiryTimeInSec: {
    ...labelled('Session Validity Interval (In Seconds)', { shortLabel: 'Validity (sec)' }),
    minSize: 60,
    cell: (info: Value<string>) => <span className="cell-text">{info.getValue()}</span>,
  },
  creationTime: {
    ...labelled('Creation Date'),
    size: 170,
    minSize: 80,
    cell: (info: Value<string>) => <DateTime className="cell-text" epochSeconds={info.getValue()} />,
  },
  /** When the key last signed in or called the API ("5 minutes ago"; "Never"): off until the admin shows it. */
  lastUsedTime: {
    ...labelled('Last Used', { hiddenByDefault: true }),
    size: 120,
    minSize: 80,
    cell: (info: Value<string | null>) => <RelativeTime epochSeconds={info.getValue()} />,
  },
} as const

/**
 * The row actions' column, last: `slots` icon buttons of 24 px, 4 px apart (each in its place on every row), never
 * sorted, hidden, resized or moved. The page gives its `cell`.
 */
export const rowActionsColumn = (slots: number) => ({
  id: 'actions',
  header: () => <span className="visually-hidden">Actions</span>,
  meta: { label: 'Actions', fixed: true },
  // The slots, their gaps and the cell's padding.
  size: 28 * slots + 12,
  enableSorting: false,
  enableHiding: false,
  enableResizing: false,
})

/** Enabled or Disabled, as a key's Status cell shows it. */
export function StatusText({ enabled }: { enabled: boolean }) {
  return <span className={enabled ? 'status status-enabled' : 'status status-disabled'}>{enabled ? 'Enabled' : 'Disabled'}</span>
}
