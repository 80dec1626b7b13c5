import type { AuditValues } from '../../../contract/activity'

type Value = AuditValues[string]
const yesNo = (value: Value) => (value === true ? 'Yes' : value === false ? 'No' : value)

/**
 * The key's fields as the key pages name them, and their values as those pages show them. A field not named here
 * shows as the API names it; the role's id goes unshown beside its name.
 */
const fields: Record<string, { label: string; value?: (value: Value) => Value }> = {
  name: { label: 'Name' },
  enabled: { label: 'Status', value: (value) => (value === true ? 'Enabled' : value === false ? 'Disabled' : value) },
  // The full name, as the key's form and its activity panel write it (the table header's short one reads as another field).
  tokenExpiryTimeInSec: { label: 'Session Validity Interval (In Seconds)' },
  roleName: { label: 'Role' },
  // Client Connector's READ and WRITE, as its page writes them (Read, Write); its contract stays out of this page's JS.
  role: { label: 'Role', value: (value) => (typeof value === 'string' ? value.charAt(0) + value.slice(1).toLowerCase() : value) },
  isLocked: { label: 'Locked', value: yesNo },
}

/** One `field: value` line: an empty value is "none". */
function line(field: string, value: Value): string {
  const known = fields[field]
  const shown = (known?.value ?? yesNo)(value)
  return `${known?.label ?? field}: ${shown === null ? 'none' : shown}`
}

/**
 * The values before or after a change, a `field: value` line each: a line too long for its column is clipped, and
 * the table shows its whole text on hover or focus (`.cell-text`). Null (before a creation, after a deletion): "—".
 */
export function AuditValuesCell({ values }: { values: AuditValues | null }) {
  const entries = values ? Object.entries(values).filter(([field]) => field !== 'roleId' || !('roleName' in values)) : []
  if (entries.length === 0) return <span className="cell-text muted">—</span>
  return (
    <ul className="audit-values">
      {entries.map(([field, value]) => (
        <li key={field}>
          <span className="cell-text">{line(field, value)}</span>
        </li>
      ))}
    </ul>
  )
}
