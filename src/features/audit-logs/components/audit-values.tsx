import { auditValueLines, type AuditValues } from '../../../contract/activity'

/**
 * The values before or after a change, a `field: value` line each (`auditValueLines`, which the CSV writes too): a
 * line wraps in its column. Null (before a creation, after a deletion): "—".
 */
export function AuditValuesCell({ values }: { values: AuditValues | null }) {
  const lines = auditValueLines(values)
  if (lines.length === 0) return <span className="cell-text muted">—</span>
  return (
    <ul className="audit-values">
      {lines.map(({ field, text }) => (
        <li key={field}>
          <span className="cell-text">{text}</span>
        </li>
      ))}
    </ul>
  )
}
