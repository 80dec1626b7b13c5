/**
 * ZDX public API tokens (POST /v1/oauth/token): ES256 JWTs that any JWT library verifies with GET /v1/oauth/jwks, sent
 * back as `Authorization: Bearer`. Like the other products' (tokens.ts, whose registry this reuses): bound to the
 * key's customer, lasting an hour on the tenant's mock clock, looked up again on every call (a deleted key's tokens
 * stop at once, and so do all of a tenant's at a reset), and kept only as hashes in memory. One key pair per server
 * process: a restart ends every token anyway. A ZPA or ZCC token is unknown here and the other way round.
 *
 * A token request proves the secret by hashing it with a timestamp; the same key and timestamp are accepted once
 * (`claimTimestamp`), so a captured request cannot be replayed for another token while it is fresh.
 */
import { ZDX_TIMESTAMP_TOLERANCE_SECONDS, ZDX_TOKEN_LIFETIME_SECONDS, type ZdxJwks, type ZdxTokenClaims, type ZdxTokenResponse } from '../src/contract/zdx-api-key'
import type { Authenticator, Principal } from './auth'
import { accessDenied } from './errors'
import { Es256Jwt } from './jwt'
import type { Tenant, ZdxKeyRecord } from './store/model'
import type { Store } from './store/store'
import { TokenRegistry, type Issued } from './tokens'

const BEARER = /^Bearer +([\w.~+/-]+=*) *$/i

type IssuedZdxToken = Issued & { keyId: string; tenant: Tenant }

export class ZdxTokens {
  readonly #store: Store
  readonly #jwt = new Es256Jwt()
  readonly #registry: TokenRegistry<IssuedZdxToken, ZdxKeyRecord>
  /** By customer: the `keyId:timestamp` pairs that got a token, with their timestamp, while it could be fresh. */
  readonly #usedTimestamps = new Map<string, Map<string, number>>()

  constructor(store: Store) {
    this.#store = store
    this.#registry = new TokenRegistry((issued) => this.#resolve(issued), this.#jwt)
  }

  jwks(): ZdxJwks {
    return this.#jwt.jwks()
  }

  /** False if this key already got a token for this timestamp; else notes that it has. */
  claimTimestamp(tenant: Tenant, keyId: string, timestamp: number): boolean {
    const used = this.#usedTimestamps.get(tenant.customerId) ?? new Map<string, number>()
    this.#usedTimestamps.set(tenant.customerId, used)
    const oldestFresh = tenant.clock.nowSeconds() - ZDX_TIMESTAMP_TOLERANCE_SECONDS
    for (const [pair, at] of used) if (at < oldestFresh) used.delete(pair)
    const pair = `${keyId}:${timestamp}`
    if (used.has(pair)) return false
    used.set(pair, timestamp)
    return true
  }

  /** A new token for a key whose request was just checked. */
  issue(key: ZdxKeyRecord, tenant: Tenant): ZdxTokenResponse {
    const claims: Omit<ZdxTokenClaims, 'iat' | 'exp' | 'jti'> = {
      iss: 'zdx-mock',
      sub: key.id,
      customer_id: key.customerId,
      role_id: key.roleId,
      read_only: this.#readOnly(tenant, key),
    }
    const token = this.#registry.issue(
      claims,
      { now: tenant.clock.nowSeconds(), lifetime: ZDX_TOKEN_LIFETIME_SECONDS },
      { customerId: key.customerId, keyId: key.id, tenant },
    )
    return { token, token_type: 'Bearer', expires_in: ZDX_TOKEN_LIFETIME_SECONDS }
  }

  /** Recognises `Authorization: Bearer` with a live ZDX token; anything else is 401. */
  readonly authenticate: Authenticator = (c) => {
    const match = BEARER.exec(c.req.header('Authorization') ?? '')
    if (!match) throw accessDenied('Request a token at POST /v1/oauth/token and send it as Authorization: Bearer <token>')
    const found = this.#registry.find(match[1])
    if (!found) {
      const signed = this.#registry.signedFor(match[1])
      if (signed) this.#store.noteRefusedToken(signed.customerId, 'zdx', signed.keyId)
      throw accessDenied('The token is not valid (expired, or its API key was deleted)')
    }
    this.#store.touch(found.issued.customerId)
    const key = found.resolved
    return { customerId: key.customerId, kind: 'token', actorId: key.id, readOnly: this.#readOnly(found.issued.tenant, key) } satisfies Principal
  }

  /** After a management write that succeeded: tokens of keys now deleted end for good. */
  get endTokensOfDisabledKeys() {
    return this.#registry.endTokensOfDisabledKeys
  }

  #readOnly(tenant: Tenant, key: ZdxKeyRecord): boolean {
    return tenant.zdx.roles.find((role) => role.id === key.roleId)?.readOnly ?? true
  }

  #resolve(issued: IssuedZdxToken): ZdxKeyRecord | undefined {
    const tenant = this.#store.tenant(issued.customerId)
    // The same tenant object: a reset (or a dropped tenant) ends every token of the tenant before it.
    if (tenant !== issued.tenant) return undefined
    const key = tenant.zdx.keys.keys.get(issued.keyId)?.api
    return key && tenant.clock.nowSeconds() < issued.expiresAt ? key : undefined
  }
}
