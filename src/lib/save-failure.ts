import { ApiError, NetworkError } from './api-client'

export const DUPLICATE_NAME_MESSAGE = 'An API key with this name already exists (names ignore upper and lower case)'
const REJECTED_VALUE_MESSAGE = 'The server did not accept this value'

/** What went wrong with a request, in one sentence for a toast or an alert. */
export function failureReason(error: unknown): string {
  if (error instanceof NetworkError) return error.message
  if (error instanceof ApiError) {
    if (error.status >= 500) return `The server could not do it right now (${error.status}: ${error.body.reason}). Try again.`
    return error.body.reason
  }
  return error instanceof Error ? error.message : String(error)
}

export interface SaveFailure<Field extends string> {
  /** Messages to show at the fields the server named. */
  fields: Partial<Record<Field, string>>
  /** What to say above the buttons when no field explains it (an outage, a lost connection, a refusal). */
  message: string | null
}

/**
 * Maps a failed save onto a form of `formFields`: a 400 names its fields in `params` (the reason reads
 * "field: message; field: message"), a 409 is about the name; anything else stays a message for the whole form.
 */
export function explainSaveFailure<Field extends string>(error: unknown, formFields: readonly Field[]): SaveFailure<Field> {
  if (error instanceof ApiError && error.status === 409) return { fields: { name: DUPLICATE_NAME_MESSAGE } as SaveFailure<Field>['fields'], message: null }
  if (error instanceof ApiError && error.status === 400) {
    const params = error.body.params ?? []
    const fields: SaveFailure<Field>['fields'] = {}
    for (const param of params) {
      if ((formFields as readonly string[]).includes(param)) fields[param as Field] = reasonFor(param, error.body.reason, params.length === 1)
    }
    if (Object.keys(fields).length > 0) return { fields, message: null }
  }
  return { fields: {}, message: failureReason(error) }
}

/** The field's part of the reason; a reason about one field alone is all about it. */
function reasonFor(field: string, reason: string, onlyField: boolean): string {
  const prefix = `${field}: `
  const part = reason.split('; ').find((p) => p.startsWith(prefix))
  if (part) return part.slice(prefix.length)
  return onlyField && reason ? reason : REJECTED_VALUE_MESSAGE
}
