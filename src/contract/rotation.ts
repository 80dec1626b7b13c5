/**
 * Rotating a key's secret with a grace period (issue #17): the mock's own API, not ZPA's or ZCC's, for the Private
 * Access and Client Connector keys. §2's envelope, ids, times (the tenant's mock clock) and errors.
 *
 * - `POST {product base}/apiKeys/{id}/rotateSecret` (ZPA: `?microtenantId=`), body `rotateSecretInput` → 200, the
 *   key with its new `clientSecret` (that product's created-key form: the only other answer with a secret). The new
 *   secret signs in at once; the one it replaces signs in for `gracePeriodInSec` more seconds, then never again.
 *   A rotation during a grace period replaces the old secret: the oldest stops at once. Tokens issued with the old
 *   secret end when its grace ends.
 * - `DELETE {product base}/apiKeys/{id}/previousSecret` → 200, the key: the old secret stops now ("End Grace Now").
 *   Idempotent: a key with no old secret answers the same.
 * - Both are changes: 403 for a read-only key, 404 for an unknown one, and each writes the audit log (`rotate`).
 * - Product bases: ZPA `/mgmtconfig/v1/admin/customers/{customerId}`, ZCC `/zcc/v1/admin/customers/{customerId}`.
 * - The key object of both products carries `previousSecretValidUntil`.
 */
import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { secondsInRange } from './api-key'
import { previousSecretValidUntil } from './primitives'

export const GRACE_PERIOD_MAX = 7 * 24 * 60 * 60

/** The Rotate Secret dialog's choices for "Old secret valid for". */
export const gracePeriodChoices = [
  { seconds: 0, label: 'No time' },
  { seconds: 60 * 60, label: '1 hour' },
  { seconds: 24 * 60 * 60, label: '24 hours' },
  { seconds: GRACE_PERIOD_MAX, label: '7 days' },
] as const

/** Body of POST …/rotateSecret: how long the old secret still signs in, 0 to 7 days in whole seconds (a number or a numeric string). */
export const rotateSecretInput = z.object({
  gracePeriodInSec: withDefault(secondsInRange(0, GRACE_PERIOD_MAX), '0'),
})
export type RotateSecretInput = z.input<typeof rotateSecretInput>

/** On a key object: until when its previous secret still signs in (defined in primitives.ts, beside `lastUsedTime`). */
export { previousSecretValidUntil }
