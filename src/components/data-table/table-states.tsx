import { ApiError } from '../../lib/api-client'

interface StateRowProps {
  columnCount: number
  children: React.ReactNode
  role?: 'alert' | 'status'
}

function StateRow({ columnCount, children, role }: StateRowProps) {
  return (
    <tr className="state-row">
      <td colSpan={columnCount}>
        <div className="table-state" role={role}>
          {children}
        </div>
      </td>
    </tr>
  )
}

/** Placeholder rows while the first page loads, so the layout does not jump when data arrives. */
export function TableSkeletonRows({ columnCount, rowCount }: { columnCount: number; rowCount: number }) {
  return (
    <>
      {Array.from({ length: rowCount }, (_row, row) => (
        <tr key={row} className="skeleton-row" aria-hidden="true">
          {Array.from({ length: columnCount }, (_cell, cell) => (
            <td key={cell}>
              <span className="skeleton" />
            </td>
          ))}
        </tr>
      ))}
    </>
  )
}

/** What went wrong, as the admin reads it: the server's reason and its status. */
export const describeError = (error: Error) => (error instanceof ApiError ? `${error.message} (${error.status})` : error.message)

export function LoadErrorState({ columnCount, error, onRetry, rowsName }: { columnCount: number; error: Error; onRetry: () => void; rowsName: string }) {
  return (
    <StateRow columnCount={columnCount} role="alert">
      <p className="state-title">The {rowsName} could not be loaded.</p>
      <p className="state-detail">{describeError(error)}</p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        Retry
      </button>
    </StateRow>
  )
}

/** What an empty list says, when it is not the key list's "No API keys yet". */
export interface EmptyWording {
  title: string
  detail: string
}

export function EmptyTenantState({ columnCount, addButton, wording }: { columnCount: number; addButton?: React.ReactNode; wording?: EmptyWording }) {
  return (
    <StateRow columnCount={columnCount} role="status">
      <p className="state-title">{wording?.title ?? 'No API keys yet'}</p>
      <p className="state-detail">{wording?.detail ?? 'Create the first API key of this tenant with Add API Key.'}</p>
      {addButton}
    </StateRow>
  )
}

export function NoMatchesState({ columnCount, onClear, rowsName }: { columnCount: number; onClear: () => void; rowsName: string }) {
  return (
    <StateRow columnCount={columnCount} role="status">
      <p className="state-title">No {rowsName} match the filters</p>
      <button type="button" className="button" onClick={onClear}>
        Clear Filters
      </button>
    </StateRow>
  )
}

export function NoRowsOnPageState({ columnCount, onFirstPage }: { columnCount: number; onFirstPage: () => void }) {
  return (
    <StateRow columnCount={columnCount} role="status">
      <p className="state-title">This page is past the end of the list.</p>
      <button type="button" className="button" onClick={onFirstPage}>
        Go to the first page
      </button>
    </StateRow>
  )
}

interface TableAlertProps {
  title: string
  error: Error
  /** Still trying on its own: Retry is not offered yet. */
  retrying?: boolean
  onRetry: () => void
}

/** Above the table, while what it shows stays: a request behind it failed (the roles, or a refresh of the rows). */
export function TableAlert({ title, error, retrying = false, onRetry }: TableAlertProps) {
  return (
    <div className="table-alert" role="alert">
      <p>
        <strong>{title}</strong> {describeError(error)}
        {retrying && ' Trying again…'}
      </p>
      {!retrying && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  )
}
