import type { AuditValues } from '../../../contract/activity'

/** A value as the admin reads it: text as it is, a switch as Yes/No, an empty one as "none". */
const readable = (value: AuditValues[string]) => (value === null ? 'none' : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value)

/**
 * The values before or after a change, a `field: value` line each: a line too long for its column is clipped, and
 * the table shows its whole text on hover or focus (`.cell-text`). Null (before a creation, after a deletion): "—".
 */
export function AuditValuesCell({ values }: { values: AuditValues | null }) {
  const entries = values ? Object.entries(values) : []
  if (entries.length === 0) return <span className="cell-text muted">—</span>
  return (
    <ul className="audit-values">
      {entries.map(([field, value]) => (
        <li key={field}>
          <span className="cell-text">
            {field}: {readable(value)}
          </span>
        </li>
      ))}
    </ul>
  )
}
