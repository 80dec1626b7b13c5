/**
 * What POST /__mock/tenants may make the server hold, so that no caller, signed in or not, can run it out of memory:
 * at most `maxTenants` tenants besides the demo customer, and `maxKeys` keys across them. Creating a tenant first
 * drops those no request has touched for `idleMs`; when the server is still full, those untouched for
 * `idleWhenFullMs` go too; when that frees too little, 503 with Retry-After. The demo customer is never dropped.
 */
import type * as z from 'zod/mini'
import { errorIds } from '../src/contract/errors'
import type { createTenantInput } from '../src/contract/mock-control'
import { ApiError } from './errors'
import type { Tenant } from './store/model'
import { DEFAULT_LARGE_SIZE } from './store/seed'
import type { Store } from './store/store'

export type TenantLimitOptions = {
  maxTenants?: number
  maxKeys?: number
  /** A tenant untouched this long is dropped at the next creation. */
  idleMs?: number
  /** When the server is full, a tenant untouched this long is dropped to make room. */
  idleWhenFullMs?: number
}

const RETRY_AFTER_SECONDS = 60

const keysOf = (tenant: Tenant) =>
  [...tenant.microtenants.values()].reduce((sum, space) => sum + space.keys.size, tenant.zcc.keys.keys.size + tenant.zdx.keys.keys.size)

export class TenantLimits {
  readonly #store: Store
  readonly #maxTenants: number
  readonly #maxKeys: number
  readonly #idleMs: number
  readonly #idleWhenFullMs: number
  /** The tenants created here, whose keys count against `maxKeys` (those loaded from the journal at start do not). */
  readonly #created = new Set<string>()
  // Creations in flight count already, so that concurrent calls cannot pass the check together.
  #pendingTenants = 0
  #pendingKeys = 0

  constructor(
    store: Store,
    { maxTenants = 200, maxKeys = 400_000, idleMs = 24 * 3600_000, idleWhenFullMs = 10 * 60_000 }: TenantLimitOptions = {},
  ) {
    this.#store = store
    this.#maxTenants = maxTenants
    this.#maxKeys = maxKeys
    this.#idleMs = idleMs
    this.#idleWhenFullMs = idleWhenFullMs
  }

  /** A fresh tenant, once there is room for it; 503 `retryable.server.error` when there is none. */
  async createTenant(input: z.output<typeof createTenantInput>): Promise<Tenant> {
    // The other presets seed a few dozen keys: counted once created, not worth estimating before.
    const keys = input.preset === 'large' ? (input.size ?? DEFAULT_LARGE_SIZE) : 0
    await this.#dropIdle(this.#idleMs)
    if (!this.#fits(keys)) await this.#dropIdle(this.#idleWhenFullMs)
    if (!this.#fits(keys)) {
      throw new ApiError(
        503,
        {
          id: errorIds.retryable,
          reason: `The server holds as many tenants (${this.#maxTenants}) or keys (${this.#maxKeys}) as it may; retry once idle ones have been dropped`,
        },
        { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      )
    }
    this.#pendingTenants += 1
    this.#pendingKeys += keys
    try {
      const tenant = await this.#store.createTenant(input)
      this.#created.add(tenant.customerId)
      return tenant
    } finally {
      this.#pendingTenants -= 1
      this.#pendingKeys -= keys
    }
  }

  #fits(keys: number): boolean {
    let held = this.#pendingKeys
    for (const customerId of this.#created) {
      const tenant = this.#store.tenant(customerId)
      if (tenant) held += keysOf(tenant)
      else this.#created.delete(customerId)
    }
    const tenants = this.#store.tenantCount() - 1 + this.#pendingTenants // the demo customer does not count
    return tenants < this.#maxTenants && held + keys <= this.#maxKeys
  }

  async #dropIdle(olderThanMs: number): Promise<void> {
    // The store never counts the demo customer as idle.
    for (const customerId of this.#store.idleTenants(olderThanMs)) await this.#store.dropTenant(customerId)
  }
}
