import { memo, useCallback, useEffect, useId, useState } from 'react'

/** Pause after the last keystroke in Name before the list is asked again: one request per pause, not per key. */
export const NAME_FILTER_DELAY_MS = 350

interface NameFilterProps {
  /** The name the view filters by ('' for none). */
  applied: string
  onApply: (name: string) => void
}

/**
 * A filter bar of one field, Name (contains): it applies itself after a pause in typing; "Apply" (or Enter) at
 * once, "Clear" empties it. A name applied from outside (Back, a link) takes the field unless the bar sent it.
 */
export const NameFilter = memo(function NameFilter({ applied, onApply }: NameFilterProps) {
  const id = useId()
  const [draft, setDraft] = useState(applied)
  const [lastApplied, setLastApplied] = useState(applied)
  /** What the bar itself last sent to be applied, until the applied name reflects it. */
  const [sent, setSent] = useState<string | null>(null)
  if (lastApplied !== applied) {
    setLastApplied(applied)
    if (sent !== applied) setDraft(applied)
    setSent(null)
  }
  const apply = useCallback(
    (name: string) => {
      setSent(name)
      onApply(name)
    },
    [onApply],
  )
  useEffect(() => {
    if (draft === applied || draft === sent) return
    const timer = setTimeout(() => apply(draft), NAME_FILTER_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft, applied, sent, apply])

  return (
    <form
      className="filter-bar"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault()
        apply(draft)
      }}
    >
      <div className="filter-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} type="search" value={draft} placeholder="Contains…" maxLength={200} onChange={(e) => setDraft(e.target.value)} />
      </div>
      <div className="filter-actions">
        <button type="submit" className="button button-primary" title="Apply what the field holds now, without waiting for the pause in typing">
          Apply
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft('')
            apply('')
          }}
        >
          Clear
        </button>
      </div>
    </form>
  )
})
