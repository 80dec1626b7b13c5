/**
 * Bearer tokens from POST /signin. A token is bound to its key's customer and microtenant and lasts the
 * key's interval on the tenant's mock clock. The key is looked up again on every request, so deleting or
 * disabling it ends its tokens at once, and a change of role to a read-only one applies at once too.
 * Tokens live only in memory, and only as hashes: a heap dump does not give a usable token.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import type { ApiKey } from '../src/contract/api-key'
import type { SignInResponse } from '../src/contract/signin'
import type { Authenticator, Principal } from './auth'
import { accessDenied } from './errors'
import type { Tenant } from './store/model'
import type { Store } from './store/store'

type IssuedToken = { customerId: string; microtenantId: string; keyId: string; clientId: string; expiresAt: number }

const BEARER = /^Bearer +([\w.~+/-]+=*) *$/i

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url')

export class BearerTokens {
  readonly #byHash = new Map<string, IssuedToken>()
  readonly #store: Store
  #sweepAt = 1024

  constructor(store: Store) {
    this.#store = store
  }

  /** A new token for a key that just signed in. */
  issue(key: ApiKey): SignInResponse {
    const tenant = this.#store.tenant(key.customerId)
    if (!tenant) throw new Error(`the key's customer ${key.customerId} has no tenant`)
    if (this.#byHash.size >= this.#sweepAt) this.#sweepExpired()
    const token = randomBytes(32).toString('base64url')
    this.#byHash.set(hashOf(token), {
      customerId: key.customerId,
      microtenantId: key.microtenantId,
      keyId: key.id,
      clientId: key.clientId,
      expiresAt: tenant.clock.nowSeconds() + Number(key.tokenExpiryTimeInSec),
    })
    return { token_type: 'Bearer', access_token: token, expires_in: key.tokenExpiryTimeInSec }
  }

  /** Ends the request's token; false when it carries no live one. */
  revoke(c: Context): boolean {
    const found = this.#live(c)
    if (found) this.#byHash.delete(found.hash)
    return found !== undefined
  }

  /** The customer of the request's live token, if it carries one. */
  customerOf(c: Context): string | undefined {
    return this.#live(c)?.issued.customerId
  }

  /** Recognises `Authorization: Bearer`; a request that presents a token that is not live is 401, cookie or not. */
  readonly authenticate: Authenticator = (c) => {
    if (c.req.header('Authorization') === undefined) return undefined
    const found = this.#live(c)
    if (!found) throw accessDenied('The access token is not valid (expired, signed out, or its API key was deleted or disabled)')
    const { issued, tenant, key } = found
    const role = tenant.roles.find((candidate) => candidate.id === key.roleId)
    return {
      customerId: issued.customerId,
      kind: 'token',
      actorId: key.id,
      microtenantId: issued.microtenantId,
      readOnly: role?.readOnly ?? false,
    } satisfies Principal
  }

  #live(c: Context): { hash: string; issued: IssuedToken; tenant: Tenant; key: ApiKey } | undefined {
    const match = BEARER.exec(c.req.header('Authorization') ?? '')
    if (!match) return undefined
    const hash = hashOf(match[1])
    const issued = this.#byHash.get(hash)
    const resolved = issued === undefined ? undefined : this.#resolve(issued)
    if (issued === undefined || resolved === undefined) {
      this.#byHash.delete(hash)
      return undefined
    }
    return { hash, issued, ...resolved }
  }

  /** The token's tenant and key, while the token may still be used. */
  #resolve(issued: IssuedToken): { tenant: Tenant; key: ApiKey } | undefined {
    const tenant = this.#store.tenant(issued.customerId)
    const key = tenant?.microtenants.get(issued.microtenantId)?.keys.get(issued.keyId)?.api
    // The client id check also ends the tokens of a key that a tenant reset replaced.
    if (!tenant || !key || key.clientId !== issued.clientId || !key.enabled) return undefined
    return tenant.clock.nowSeconds() < issued.expiresAt ? { tenant, key } : undefined
  }

  #sweepExpired(): void {
    for (const [hash, issued] of this.#byHash) if (!this.#resolve(issued)) this.#byHash.delete(hash)
    this.#sweepAt = Math.max(1024, this.#byHash.size * 2)
  }
}
