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
import type { AccessTokenClaims, SignInResponse } from '../src/contract/signin'
import type { AppEnv, Authenticator, Principal } from './auth'
import { accessDenied } from './errors'
import { Hs256Jwt, type JwtSigner } from './jwt'
import { stillSignsIn, type ApiKeyRecord, type Tenant } from './store/model'
import type { SignedIn, Store } from './store/store'

/** `secretId`: which of the key's secrets signed in (`secretIdOf`); the token ends when that secret stops signing in (a rotation's grace). */
type IssuedToken = { customerId: string; microtenantId: string; keyId: string; clientId: string; secretId: string; expiresAt: number }

const BEARER = /^Bearer +([\w.~+/-]+=*) *$/i

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url')

/** What every issued token records: its customer, and when it ends on the tenant's clock. */
export type Issued = { customerId: string; expiresAt: number }

/**
 * The live tokens of one product, kept only as hashes of the signed JWTs (jwt.ts), with what each was issued for.
 * `resolve` says what a token stands for while it may still be used (its key enabled, its time not up); a token it
 * refuses is forgotten. Each product has its own registry and signing secret: one product's token is unknown to
 * another's.
 */
export class TokenRegistry<I extends Issued, R> {
  readonly #byHash = new Map<string, I>()
  /** The hashes of each customer's tokens, so that a write checks only its own customer's. */
  readonly #hashesByCustomer = new Map<string, Set<string>>()
  readonly #jwt: JwtSigner
  readonly #resolve: (issued: I) => R | undefined
  #sweepAt = 1024

  /** `jwt` signs the tokens: by default HS256 with a secret of this registry's own. */
  constructor(resolve: (issued: I) => R | undefined, jwt: JwtSigner = new Hs256Jwt()) {
    this.#resolve = resolve
    this.#jwt = jwt
  }

  /**
   * Signs a token that lasts `lifetime` seconds from `now` (the tenant's clock) and keeps it as live: the product's
   * claims get the time claims (`iat`, `exp`) and a unique `jti`.
   */
  issue(claims: object, { now, lifetime }: { now: number; lifetime: number }, record: Omit<I, 'expiresAt'>): string {
    if (this.#byHash.size >= this.#sweepAt) this.#sweepExpired()
    const expiresAt = now + lifetime
    const issued = { ...record, expiresAt } as I
    const token = this.#jwt.sign({ ...claims, iat: now, exp: expiresAt, jti: randomBytes(16).toString('base64url') })
    const hash = hashOf(token)
    const hashes = this.#hashesByCustomer.get(issued.customerId) ?? new Set()
    this.#hashesByCustomer.set(issued.customerId, hashes.add(hash))
    this.#byHash.set(hash, issued)
    return token
  }

  /** The token's record and what it stands for, if it is live. */
  find(token: string): { hash: string; issued: I; resolved: R } | undefined {
    if (!this.#jwt.verifies(token)) return undefined
    const hash = hashOf(token)
    const issued = this.#byHash.get(hash)
    if (issued === undefined) return undefined
    const resolved = this.#resolve(issued)
    if (resolved === undefined) {
      this.forget(hash, issued)
      return undefined
    }
    return { hash, issued, resolved }
  }

  /**
   * The customer and key a token names, if this registry signed it, whether or not it is still live (expired, signed
   * out, its key disabled): a refused call is still that key's.
   */
  signedFor(token: string): { customerId: string; keyId: string } | undefined {
    if (!this.#jwt.verifies(token)) return undefined
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub?: unknown; customer_id?: unknown }
    return typeof claims.sub === 'string' && typeof claims.customer_id === 'string' ? { customerId: claims.customer_id, keyId: claims.sub } : undefined
  }

  /**
   * For a product's management API, after the route: once a write succeeds, the customer's tokens whose key is now
   * disabled (or gone) are forgotten, whether or not anyone uses them before the key is enabled again.
   */
  readonly endTokensOfDisabledKeys = createMiddleware<AppEnv>(async (c, next) => {
    await next()
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !c.res.ok) return
    this.endDead(c.var.principal.customerId)
  })

  /** Forgets the customer's tokens that are no longer live (a write disabled or deleted their key). */
  endDead(customerId: string): void {
    for (const hash of this.#hashesByCustomer.get(customerId) ?? []) {
      const issued = this.#byHash.get(hash)
      if (issued && !this.#resolve(issued)) this.forget(hash, issued)
    }
  }

  forget(hash: string, { customerId }: I): void {
    this.#byHash.delete(hash)
    const hashes = this.#hashesByCustomer.get(customerId)
    hashes?.delete(hash)
    if (hashes?.size === 0) this.#hashesByCustomer.delete(customerId)
  }

  #sweepExpired(): void {
    for (const [hash, issued] of this.#byHash) if (!this.#resolve(issued)) this.forget(hash, issued)
    this.#sweepAt = Math.max(1024, this.#byHash.size * 2)
  }
}

export class BearerTokens {
  readonly #store: Store
  readonly #registry: TokenRegistry<IssuedToken, { tenant: Tenant; key: ApiKeyRecord }>

  constructor(store: Store) {
    this.#store = store
    this.#registry = new TokenRegistry((issued) => this.#resolve(issued))
  }

  /** A new token for a key that just signed in, lasting while the secret it used signs in. */
  issue({ key, secretId }: SignedIn<ApiKeyRecord>): SignInResponse {
    const tenant = this.#store.tenant(key.customerId)
    if (!tenant) throw new Error(`the key's customer ${key.customerId} has no tenant`)
    const claims: Omit<AccessTokenClaims, 'iat' | 'exp' | 'jti'> = { iss: 'zpa-mock', sub: key.id, customer_id: key.customerId, microtenant_id: key.microtenantId }
    const token = this.#registry.issue(
      claims,
      { now: tenant.clock.nowSeconds(), lifetime: Number(key.tokenExpiryTimeInSec) },
      { customerId: key.customerId, microtenantId: key.microtenantId, keyId: key.id, clientId: key.clientId, secretId },
    )
    return { token_type: 'Bearer', access_token: token, expires_in: key.tokenExpiryTimeInSec }
  }

  /** Ends the request's token; false when it carries no live one. */
  revoke(c: Context): boolean {
    const found = this.#live(c)
    if (found) this.#registry.forget(found.hash, found.issued)
    return found !== undefined
  }

  /** For the customer's API, after the route: see TokenRegistry.endTokensOfDisabledKeys. */
  get endTokensOfDisabledKeys() {
    return this.#registry.endTokensOfDisabledKeys
  }

  /** The customer of the request's live token, if it carries one. */
  customerOf(c: Context): string | undefined {
    return this.#live(c)?.issued.customerId
  }

  /** Recognises `Authorization: Bearer`; a request that presents a token that is not live is 401, cookie or not. */
  readonly authenticate: Authenticator = (c) => {
    if (c.req.header('Authorization') === undefined) return undefined
    const found = this.#live(c)
    if (!found) {
      const signed = this.#registry.signedFor(BEARER.exec(c.req.header('Authorization') ?? '')?.[1] ?? '')
      if (signed) this.#store.noteRefusedToken(signed.customerId, 'zpa', signed.keyId)
      throw accessDenied('The access token is not valid (expired, signed out, or its API key was deleted or disabled)')
    }
    const { issued, resolved: { tenant, key } } = found
    const role = tenant.roles.find((candidate) => candidate.id === key.roleId)
    return {
      customerId: issued.customerId,
      kind: 'token',
      actorId: key.id,
      microtenantId: issued.microtenantId,
      readOnly: role?.readOnly ?? false,
    } satisfies Principal
  }

  #live(c: Context) {
    const match = BEARER.exec(c.req.header('Authorization') ?? '')
    const found = match ? this.#registry.find(match[1]) : undefined
    if (found) this.#store.touch(found.issued.customerId)
    return found
  }

  /** The token's tenant and key, while the token may still be used. */
  #resolve(issued: IssuedToken): { tenant: Tenant; key: ApiKeyRecord } | undefined {
    const tenant = this.#store.tenant(issued.customerId)
    const stored = tenant?.microtenants.get(issued.microtenantId)?.keys.get(issued.keyId)
    const key = stored?.api
    // The client id check also ends the tokens of a key that a tenant reset replaced.
    if (!tenant || !stored || !key || key.clientId !== issued.clientId || !key.enabled) return undefined
    const now = tenant.clock.nowSeconds()
    return now < issued.expiresAt && stillSignsIn(stored, issued.secretId, now) ? { tenant, key } : undefined
  }
}
