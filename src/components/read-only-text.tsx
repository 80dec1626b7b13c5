/** A long value (a client ID, a secret) shown whole and selectable, but not editable. */
export function ReadOnlyText({ id, value }: { id: string; value: string }) {
  return (
    <textarea
      id={id}
      className="read-only-text"
      value={value}
      // A textarea, so the 76 characters of a client ID wrap instead of hiding behind a scroll.
      rows={Math.ceil(value.length / 44)}
      readOnly
      spellCheck={false}
      autoComplete="off"
      onFocus={(event) => event.currentTarget.select()}
    />
  )
}
