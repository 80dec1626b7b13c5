import type { FieldError } from 'react-hook-form'
// oxlint-disable-next-line import/no-unassigned-import -- zod/mini's English messages, shown at the fields
import '../contract/zod-locale'

/** The id, invalid state and descriptions that tie an input to its label, hint and message. */
export function fieldA11y(formId: string, name: string, error: FieldError | undefined, hasHint = false) {
  const describedBy = [hasHint && `${formId}-${name}-hint`, error && `${formId}-${name}-error`].filter(Boolean).join(' ')
  return {
    id: `${formId}-${name}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  }
}

/** A field's message, announced when it appears or changes, in a line kept for it: nothing moves when it comes. */
export function FieldMessage({ id, name, error }: { id: string; name: string; error: FieldError | undefined }) {
  return (
    <div className="field-message">
      {error?.message && (
        <p id={`${id}-${name}-error`} className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  )
}

/** Above a form's buttons: why the save failed when no field explains it; every typed value stays. */
export function FormFailure({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <div className="form-error" role="alert">
      <p>{message}</p>
      <p>Everything you entered is still here.</p>
    </div>
  )
}

/** The Status field's options (`enabled`), in every product's key form. */
export const STATUS_OPTIONS = [
  { value: 'true', label: 'Enabled' },
  { value: 'false', label: 'Disabled' },
] as const
