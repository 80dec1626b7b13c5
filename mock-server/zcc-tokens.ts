/**
 * ZCC public API tokens (POST /papi/auth/v1/login): signed JWTs sent back in the `auth-token` header (not
 * `Authorization`). Like ZPA's bearer tokens (tokens.ts, whose registry this reuses): bound to the key's customer,
 * lasting the key's validity on the tenant's mock clock, looked up again on every call (a deleted or disabled key's
 * tokens stop at once, a role change applies at once), ended for good by a write that disables the key, and kept
 * only as hashes in memory. Their own signing secret and registry: a ZPA token is unknown here and the other way round.
 */
import type { ZccLoginResponse, ZccTokenClaims } from '../src/contract/zcc-api-key'
import type { Authenticator, Principal } from './auth'
import { accessDenied } from './errors'
import { stillSignsIn, type ZccKeyRecord } from './store/model'
import type { SignedIn, Store } from './store/store'
import { TokenRegistry, type Issued } from './tokens'

export const ZCC_TOKEN_HEADER = 'auth-token'

/** `secretId`: which of the key's secrets logged in; the token ends when that secret stops signing in (a rotation's grace). */
type IssuedZccToken = Issued & { keyId: string; clientId: string; secretId: string }

export class ZccTokens {
  readonly #store: Store
  readonly #registry: TokenRegistry<IssuedZccToken, ZccKeyRecord>

  constructor(store: Store) {
    this.#store = store
    this.#registry = new TokenRegistry((issued) => this.#resolve(issued))
  }

  /** A new token for a key that just logged in, lasting while the secret it used signs in. */
  issue({ key, secretId }: SignedIn<ZccKeyRecord>): ZccLoginResponse {
    const tenant = this.#store.tenant(key.customerId)
    if (!tenant) throw new Error(`the key's customer ${key.customerId} has no tenant`)
    const claims: Omit<ZccTokenClaims, 'iat' | 'exp' | 'jti'> = { iss: 'zcc-mock', sub: key.id, customer_id: key.customerId, role: key.role }
    const jwtToken = this.#registry.issue(
      claims,
      { now: tenant.clock.nowSeconds(), lifetime: Number(key.tokenExpiryTimeInSec) },
      { customerId: key.customerId, keyId: key.id, clientId: key.clientId, secretId },
    )
    return { jwtToken }
  }

  /**
   * Recognises `auth-token`; without one, or with one that is not live, the call is 401. The principal is the key:
   * `readOnly` for a READ key.
   */
  readonly authenticate: Authenticator = (c) => {
    const token = c.req.header(ZCC_TOKEN_HEADER)
    if (token === undefined) throw accessDenied(`Log in at POST /papi/auth/v1/login and send its jwtToken in the ${ZCC_TOKEN_HEADER} header`)
    const found = this.#registry.find(token.trim())
    if (!found) {
      const signed = this.#registry.signedFor(token.trim())
      if (signed) this.#store.noteRefusedToken(signed.customerId, 'zcc', signed.keyId)
      throw accessDenied('The auth-token is not valid (expired, or its API key was deleted or disabled)')
    }
    this.#store.touch(found.issued.customerId)
    const key = found.resolved
    return { customerId: key.customerId, kind: 'token', actorId: key.id, readOnly: key.role === 'READ' } satisfies Principal
  }

  /** After a management write that succeeded: tokens of keys now disabled or deleted end for good. */
  get endTokensOfDisabledKeys() {
    return this.#registry.endTokensOfDisabledKeys
  }

  #resolve(issued: IssuedZccToken): ZccKeyRecord | undefined {
    const tenant = this.#store.tenant(issued.customerId)
    const stored = tenant?.zcc.keys.keys.get(issued.keyId)
    const key = stored?.api
    // The client id check also ends the tokens of a key that a tenant reset replaced.
    if (!tenant || !stored || !key || key.clientId !== issued.clientId || !key.enabled) return undefined
    const now = tenant.clock.nowSeconds()
    return now < issued.expiresAt && stillSignsIn(stored, issued.secretId, now) ? key : undefined
  }
}
