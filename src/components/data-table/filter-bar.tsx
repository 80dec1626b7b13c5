import type { ReactNode } from 'react'

interface FilterActionsProps {
  /** What Apply applies, as its tooltip says. */
  applyTitle: string
  clearTitle?: string
  onClear: () => void
  /** Offered only when there is somewhere to go back to. */
  reset?: { title: string; onReset: () => void }
}

/** A filter bar's buttons: Apply (the form's submit, so Enter does it too), Clear, and Reset when offered. */
export function FilterActions({ applyTitle, clearTitle, onClear, reset }: FilterActionsProps) {
  return (
    <div className="filter-actions">
      <button type="submit" className="button button-primary" title={applyTitle}>
        Apply
      </button>
      <button type="button" className="button" title={clearTitle} onClick={onClear}>
        Clear
      </button>
      {reset && (
        <button type="button" className="button" title={reset.title} onClick={reset.onReset}>
          Reset
        </button>
      )}
    </div>
  )
}

/** A filter bar: a form named "Filters" whose submit (Apply, or Enter in a field) applies what the fields hold. */
export function FilterBarForm({ onApply, children }: { onApply: () => void; children: ReactNode }) {
  return (
    <form
      className="filter-bar"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault()
        onApply()
      }}
    >
      {children}
    </form>
  )
}
