import { ApiError, NetworkError } from '../../../../lib/api-client'

export const API_KEY_FORM_FIELDS = ['name', 'enabled', 'tokenExpiryTimeInSec', 'roleId'] as const
export type ApiKeyFormField = (typeof API_KEY_FORM_FIELDS)[number]

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

export interface SaveFailure {
  /** Messages to show at the fields the server named. */
  fields: Partial<Record<ApiKeyFormField, string>>
  /** What to say above the buttons when no field explains it (an outage, a lost connection, a refusal). */
  message: string | null
}

/**
 * Maps a failed save onto the form: a 400 names its fields in `params` (the reason reads
 * "field: message; field: message"), a 409 is about the name; anything else stays a message for the whole form.
 */
export function explainSaveFailure(error: unknown): SaveFailure {
  if (error instanceof ApiError && error.status === 409) return { fields: { name: DUPLICATE_NAME_MESSAGE }, message: null }
  if (error instanceof ApiError && error.status === 400) {
    const params = error.body.params ?? []
    const fields: SaveFailure['fields'] = {}
    for (const param of params) {
      if (isFormField(param)) fields[param] = reasonFor(param, error.body.reason, params.length === 1)
    }
    if (Object.keys(fields).length > 0) return { fields, message: null }
  }
  return { fields: {}, message: failureReason(error) }
}

const isFormField = (name: string): name is ApiKeyFormField => (API_KEY_FORM_FIELDS as readonly string[]).includes(name)

/** The field's part of the reason; a reason about one field alone is all about it. */
function reasonFor(field: ApiKeyFormField, reason: string, onlyField: boolean): string {
  const prefix = `${field}: `
  const part = reason.split('; ').find((p) => p.startsWith(prefix))
  if (part) return part.slice(prefix.length)
  return onlyField && reason ? reason : REJECTED_VALUE_MESSAGE
}
