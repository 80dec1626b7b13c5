/** The id of each console page's table of keys: where the skip link goes. */
export const KEYS_TABLE_ID = 'api-keys-table'

/**
 * The page's first Tab stop, shown when focused: moves focus straight to `targetId` (which needs tabIndex -1),
 * past the header, toolbar and filters. Handled in script so the URL (the table's state) gets no #fragment.
 */
export function SkipLink({ targetId, children }: { targetId: string; children: string }) {
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        const target = document.getElementById(targetId)
        if (!target) return
        event.preventDefault()
        target.focus()
        target.scrollIntoView({ block: 'start' })
      }}
    >
      {children}
    </a>
  )
}
