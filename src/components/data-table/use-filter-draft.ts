import { useCallback, useEffect, useState } from 'react'

/** Pause after the last keystroke in a typed field before the list is asked again: one request per pause, not per key. */
export const NAME_FILTER_DELAY_MS = 350

/** Screens where a filter bar starts folded (a phone, a 200 % zoom): the rows come first. The stylesheet has it too. */
export const FOLD_FILTERS_QUERY = '(max-width: 640px), (max-height: 500px)'

type Filters = Record<string, string>

const sameFilters = <F extends Filters>(a: F, b: F) => Object.keys(a).every((field) => a[field] === b[field])

/** Whether the fields' date range (yyyy-mm-dd days, `[from, to]`) ends before it starts. */
export const rangeInverted = <F extends Filters>(fields: F, [from, to]: readonly [keyof F, keyof F]) => fields[from] !== '' && fields[to] !== '' && fields[from] > fields[to]

interface FilterDraft<F extends Filters> {
  /** The filters the view applies. */
  applied: F
  onApply: (filters: F) => void
  /** The fields typed into: they apply themselves after a pause in typing. */
  typed: readonly (keyof F)[]
  /** A date range's fields, `[from, to]`: one that ends before it starts is not applied (the applied days stay). */
  range?: readonly [keyof F, keyof F]
}

/**
 * A filter bar's fields against the filters the view applies. Typed fields apply themselves after a pause; `apply`
 * applies at once. When the applied filters change from outside (Back, a link, a saved filter, Reset), the fields
 * that changed take the new values and any other edit is kept; a change the bar sent itself leaves the fields alone,
 * since the admin may have typed on while it was applied.
 */
export function useFilterDraft<F extends Filters>({ applied, onApply, typed, range }: FilterDraft<F>) {
  const [from, to] = range ?? []
  /** The fields as they can be applied. */
  const applicable = useCallback(
    (fields: F): F => (from !== undefined && to !== undefined && rangeInverted(fields, [from, to]) ? { ...fields, [from]: applied[from], [to]: applied[to] } : fields),
    [applied, from, to],
  )
  const [draft, setDraft] = useState(applied)
  const [lastApplied, setLastApplied] = useState(applied)
  /** What the bar itself last sent to be applied, until the applied filters reflect it. */
  const [sent, setSent] = useState<F | null>(null)
  if (lastApplied !== applied) {
    setLastApplied(applied)
    setSent(null)
    setDraft((current) => {
      const next: Filters = { ...current }
      for (const field of Object.keys(applied)) {
        const changed = applied[field] !== lastApplied[field]
        const ownChange = sent !== null && sent[field] === applied[field]
        if (changed && !ownChange) next[field] = applied[field]
      }
      return next as F
    })
  }
  const apply = useCallback(
    (filters: F) => {
      setSent(filters)
      onApply(filters)
    },
    [onApply],
  )
  useEffect(() => {
    if (typed.every((field) => draft[field] === applied[field])) return
    const filters = applicable(draft)
    if (sent !== null && sameFilters(sent, filters)) return
    const timer = setTimeout(() => apply(filters), NAME_FILTER_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft, applied, sent, typed, applicable, apply])
  /** A chosen option or day applies at once, with whatever else the fields hold. */
  const choose = <K extends keyof F>(field: K, value: F[K]) => {
    const next = { ...draft, [field]: value }
    setDraft(next)
    const filters = applicable(next)
    if (!sameFilters(filters, applied)) apply(filters)
  }
  /** Applies what the fields hold now (Apply, Enter), without waiting for the pause in typing. */
  const applyFields = () => apply(applicable(draft))
  return { draft, setDraft, apply, choose, applyFields, rangeInverted: range !== undefined && rangeInverted(draft, range) }
}
