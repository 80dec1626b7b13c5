/**
 * Bearer tokens from POST /signin: signed JWTs (jwt.ts) whose `exp` is the token's end, so that clients (the official
 * SDKs) can tell when to sign in again. A token is bound to its key's customer and microtenant and lasts the key's
 * interval on the tenant's mock clock. The key is looked up again on every request, so deleting or disabling it
 * ends its tokens at once, and a change of role to a read-only one applies at once too.
 * Disabling ends them for good: a write that leaves a key disabled forgets its tokens (`endTokensOfDisabledKeys`),
 * so enabling it again does not bring them back.
 * Tokens live only in memory, and only as hashes: a heap dump does not give a usable token. A valid signature alone
 * is not enough: a signed token the server does not hold (signed out, or from before a restart) is refused.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { ApiKey } from '../src/contract/api-key'
import type { AccessTokenClaims, SignInResponse } from '../src/contract/signin'
import type { AppEnv, Authenticator, Principal } from './auth'
import { accessDenied } from './errors'
import { Hs256Jwt } from './jwt'
import type { Tenant } from './store/model'
import type { Store } from './store/store'

type IssuedToken = { customerId: string; microtenantId: string; keyId: string; clientId: string; expiresAt: number }

const BEARER = /^Bearer +([\w.~+/-]+=*) *$/i

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url')

export class BearerTokens {
  readonly #byHash = new Map<string, IssuedToken>()
  /** The hashes of each customer's tokens, so that a write checks only its own customer's. */
  readonly #hashesByCustomer = new Map<string, Set<string>>()
  readonly #store: Store
  readonly #jwt = new Hs256Jwt()
  #sweepAt = 1024

  constructor(store: Store) {
    this.#store = store
  }

  /** A new token for a key that just signed in. */
  issue(key: ApiKey): SignInResponse {
    const tenant = this.#store.tenant(key.customerId)
    if (!tenant) throw new Error(`the key's customer ${key.customerId} has no tenant`)
    if (this.#byHash.size >= this.#sweepAt) this.#sweepExpired()
    const issuedAt = tenant.clock.nowSeconds()
    const expiresAt = issuedAt + Number(key.tokenExpiryTimeInSec)
    const token = this.#jwt.sign({
      iss: 'zpa-mock',
      sub: key.id,
      customer_id: key.customerId,
      microtenant_id: key.microtenantId,
      iat: issuedAt,
      exp: expiresAt,
      jti: randomBytes(16).toString('base64url'),
    } satisfies AccessTokenClaims)
    const hash = hashOf(token)
    const hashes = this.#hashesByCustomer.get(key.customerId) ?? new Set()
    this.#hashesByCustomer.set(key.customerId, hashes.add(hash))
    this.#byHash.set(hash, {
      customerId: key.customerId,
      microtenantId: key.microtenantId,
      keyId: key.id,
      clientId: key.clientId,
      expiresAt,
    })
    return { token_type: 'Bearer', access_token: token, expires_in: key.tokenExpiryTimeInSec }
  }

  /** Ends the request's token; false when it carries no live one. */
  revoke(c: Context): boolean {
    const found = this.#live(c)
    if (found) this.#forget(found.hash, found.issued)
    return found !== undefined
  }

  /**
   * For the customer's API, after the route: once a write succeeds, the customer's tokens whose key is now disabled
   * (or gone) are forgotten, whether or not anyone uses them before the key is enabled again.
   */
  readonly endTokensOfDisabledKeys = createMiddleware<AppEnv>(async (c, next) => {
    await next()
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !c.res.ok) return
    for (const hash of this.#hashesByCustomer.get(c.var.principal.customerId) ?? []) {
      const issued = this.#byHash.get(hash)
      if (issued && !this.#resolve(issued)) this.#forget(hash, issued)
    }
  })

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
    if (!match || !this.#jwt.verifies(match[1])) return undefined
    const hash = hashOf(match[1])
    const issued = this.#byHash.get(hash)
    if (issued === undefined) return undefined
    const resolved = this.#resolve(issued)
    if (resolved === undefined) {
      this.#forget(hash, issued)
      return undefined
    }
    this.#store.touch(issued.customerId)
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
    for (const [hash, issued] of this.#byHash) if (!this.#resolve(issued)) this.#forget(hash, issued)
    this.#sweepAt = Math.max(1024, this.#byHash.size * 2)
  }

  #forget(hash: string, { customerId }: IssuedToken): void {
    this.#byHash.delete(hash)
    const hashes = this.#hashesByCustomer.get(customerId)
    hashes?.delete(hash)
    if (hashes?.size === 0) this.#hashesByCustomer.delete(customerId)
  }
}
