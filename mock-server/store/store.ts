import { createHash, timingSafeEqual } from 'node:crypto'
/**
 * The mock's data: tenants (customers) with their microtenants, roles, keys, clock, faults, and the admin's
 * preferences and time zone; and the operations the routes call. Every change is one journal record, applied
 * in memory first and then made durable; the returned promise resolves once it is (so a response is only sent
 * for durable writes), and if it cannot be, the change is undone. Faults and settings are the exception: test
 * switches, in memory only.
 */
import {
  type ActivityActor,
  type ActivityEvent,
  type ActivityProduct,
  type AdminAction,
  type AuditValues,
  type KeyActivity,
  type SyntheticActivityInput,
} from '../../src/contract/activity'
import { unusedApiKeyFields, type ApiKey, type CreateApiKeyValues, type CreatedApiKey, type UpdateApiKeyValues } from '../../src/contract/api-key'
import type { TenantPreset, TenantSettings, TenantSettingsInput } from '../../src/contract/mock-control'
import { defaultPagePreferences, type PagePreferences, type PreferencePage } from '../../src/contract/preferences'
import { DEFAULT_MICROTENANT_ID } from '../../src/contract/primitives'
import type { Role } from '../../src/contract/role'
import type { CreatedZccApiKey, CreateZccApiKeyValues, UpdateZccApiKeyValues, ZccApiKey, ZccApiKeySortField } from '../../src/contract/zcc-api-key'
import type {
  CreateZdxApiKeyValues,
  UpdateZdxApiKeyValues,
  ZdxApiKey,
  ZdxApiKeySortField,
  ZdxApiKeyWithSecret,
  ZdxRole,
} from '../../src/contract/zdx-api-key'
import { callOutcome, hourOf, syntheticDelta, type ActivityDelta, type ActivityKeyRef, type AuditFilter, type HourCount, type KeyUse } from './activity'
import { DataFolderError } from './data-folder'
import { clientIdFor, isIdString, randomId } from './ids'
import { FileJournal, memoryJournal, type Journal, type JournalRecord } from './journal'
import {
  LOCK_SECONDS,
  parsePreferencesKey,
  preferencesKey,
  SIGN_IN_ATTEMPTS,
  toStoredApiKey,
  graceUntil,
  secretIdOf,
  secretsOf,
  type KeySecrets,
  type KeySpace,
  type MicrotenantSpace,
  type SpaceKey,
  type ApiKeyRecord,
  type PersistedApiKey,
  type StoredApiKey,
  type StoredRole,
  type StoredZccKey,
  type Tenant,
  toStoredZccKey,
  type PersistedZccKey,
  type SeededZccDevice,
  type ZccKeyRecord,
  type ZdxKeyRecord,
  type PersistedZdxKey,
  type StoredZdxKey,
  toStoredZdxKey,
  zdxSecretContext,
} from './model'
import { listApiKeys, listZccKeys, listZdxKeys, type ListRequest, type ListResult, type Usage } from './query'
import { KEY_FILE, SecretBox } from './secret-box'
import { generateClientSecret, hashSecret, verifySecret, type SecretHash } from './secrets'
import { DEFAULT_CUSTOMER_ID, DEFAULT_TIME_ZONE, seedTenant } from './seed'

export type StoreOptions =
  | { mode: 'memory' }
  /** `compact` (default true) rewrites the journal as a snapshot of the current state on start. */
  | { mode: 'file'; dir: string; compact?: boolean }

/** Which customer and microtenant a request acts in. */
export type Scope = { customerId: string; microtenantId: string }

export type StoreErrorKind =
  | 'tenantNotFound'
  | 'microtenantNotFound'
  | 'keyNotFound'
  | 'readOnlyKey'
  | 'duplicateName'
  | 'unknownRole'
  /** The journal failed (disk full, I/O error): no write is accepted until a restart; reads go on. */
  | 'storageUnavailable'

/** A rule of the model was broken; the HTTP layer maps the kind to a status. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'StoreError'
  }
}

// Checked when a client id is unknown, so that answering takes as long as for a known one.
const DECOY_SECRET = hashSecret(generateClientSecret())
const DECOY_ZDX_SECRET = generateClientSecret()

/** What a ZDX token request's `key_secret` must be: the lowercase hex SHA-256 of `<secret>:<timestamp>`. */
export const zdxKeySecretHash = (secret: string, timestamp: number): string => createHash('sha256').update(`${secret}:${timestamp}`).digest('hex')

const sha256 = (text: string) => createHash('sha256').update(text).digest()

/** Compares two texts in a time that tells nothing of where they differ, nor of their lengths. */
const sameText = (given: string, expected: string): boolean => timingSafeEqual(sha256(given), sha256(expected))

/** The key id inside a client id (base64 of `<id>-<uuid>`); undefined when there is none. */
function idInClientId(clientId: string): string | undefined {
  const id = Buffer.from(clientId, 'base64').toString('latin1').split('-', 1)[0]
  return isIdString(id) ? id : undefined
}

/**
 * A rotation's new secrets: a fresh one (in clear for the answer only), and the current one kept for `gracePeriodInSec`
 * more seconds (none kept for 0; an older one still in grace is dropped). The audit values say until when the old one
 * signs in, before (an earlier rotation's, or null) and after.
 */
function rotated(key: KeySecrets, gracePeriodInSec: number, now: number): { secrets: KeySecrets; clientSecret: string; before: AuditValues; after: AuditValues } {
  const clientSecret = generateClientSecret()
  const validUntil = String(now + gracePeriodInSec)
  return {
    secrets: { secret: hashSecret(clientSecret), ...(gracePeriodInSec > 0 ? { previousSecret: { secret: key.secret, validUntil } } : {}) },
    clientSecret,
    before: { oldSecretValidUntil: graceUntil(key, now) },
    after: { gracePeriodInSec: String(gracePeriodInSec), oldSecretValidUntil: validUntil },
  }
}

/** A sign-in that may go on: the key, and which of its secrets it used (`secretIdOf`), which its tokens last with. */
export type SignedIn<K> = { key: K; secretId: string }

/**
 * Which of a key's secrets this is: its current one, or the one a rotation replaced while its grace lasts at `now`.
 * Both are checked (a decoy standing in for a missing old one), so the time taken tells nothing.
 */
function matchingSecret(key: KeySecrets, secret: string, now: number): SecretHash | undefined {
  const current = verifySecret(secret, key.secret)
  const previous = verifySecret(secret, key.previousSecret?.secret ?? DECOY_SECRET)
  if (current) return key.secret
  return previous && graceUntil(key, now) !== null ? key.previousSecret?.secret : undefined
}

export async function createStore(options: StoreOptions): Promise<Store> {
  return Store.open(options)
}

/** A role as the API shows it: without the internal `readOnly`, with how many keys use it. */
function toApiRole({ readOnly: _readOnly, ...role }: StoredRole, keyCounts: ReadonlyMap<string, number>): Role {
  return { ...role, apiKeys: String(keyCounts.get(role.id) ?? 0) }
}

/** A change applied in memory whose record is not yet durable, with what puts memory back as it was. */
type Change = { undo: () => void }

/** A tenant's sign-ins and calls noted in memory since the last batched `activity` record, and how to take them back. */
type PendingActivity = { events: ActivityEvent[]; calls: Map<string, HourCount>; used: Map<string, KeyUse>; undos: (() => void)[] }

/** How often, at most, the noted sign-ins and calls go to the journal (one record per tenant). */
export const ACTIVITY_FLUSH_MS = 1000

/** A client whose address the request does not tell (a test calling the app directly). */
export const UNKNOWN_ADDRESS = 'unknown'

/** The admin of the portal session: the tenant's only admin. */
const adminOf = (tenant: Tenant): ActivityActor => ({ kind: 'admin', id: tenant.admin.id, name: tenant.admin.name })

/** What of a key the audit log shows (never its secret). */
const zccValues = (api: ZccKeyRecord): AuditValues => ({ name: api.name, enabled: api.enabled, role: api.role, tokenExpiryTimeInSec: api.tokenExpiryTimeInSec })
const zdxValues = (api: ZdxKeyRecord): AuditValues => ({ name: api.name, roleId: api.roleId, roleName: api.roleName })

/** An update's before and after: the values that changed, only. */
function changedValues(before: AuditValues, after: AuditValues): { before: AuditValues; after: AuditValues } {
  const fields = Object.keys(after).filter((field) => before[field] !== after[field])
  return { before: Object.fromEntries(fields.map((field) => [field, before[field]])), after: Object.fromEntries(fields.map((field) => [field, after[field]])) }
}

const zpaRef = (api: ApiKeyRecord): ActivityKeyRef => ({
  product: 'zpa',
  keyId: api.id,
  keyName: api.name,
  microtenantId: api.microtenantId,
  microtenantName: api.microtenantName,
})
const productRef = (product: ActivityProduct, api: { id: string; name: string }): ActivityKeyRef => ({ product, keyId: api.id, keyName: api.name })

export class Store {
  readonly defaultCustomerId = DEFAULT_CUSTOMER_ID
  readonly #tenants = new Map<string, Tenant>()
  readonly #journal: Journal
  /** Seals the ZDX secrets (View shows them again): the data folder's own key, or one in memory. */
  readonly #secrets: SecretBox
  /** In the order of their records (the journal writes in that order). */
  readonly #notDurable = new Set<Change>()
  #failure: StoreError | undefined
  readonly #pendingActivity = new Map<Tenant, PendingActivity>()
  #flushTimer: ReturnType<typeof setTimeout> | undefined
  #closed = false

  private constructor(journal: Journal, secrets: SecretBox) {
    this.#journal = journal
    this.#secrets = secrets
  }

  static async open(options: StoreOptions): Promise<Store> {
    if (options.mode === 'memory') {
      const store = new Store(memoryJournal(), new SecretBox())
      await store.#commit({ op: 'createTenant', customerId: DEFAULT_CUSTOMER_ID, preset: 'default' })
      return store
    }
    const { journal, records } = await FileJournal.open(options.dir)
    let store: Store
    try {
      store = new Store(journal, await SecretBox.inFolder(options.dir))
      for (const [index, record] of records.entries()) {
        try {
          store.#apply(record)
        } catch (error) {
          console.warn(`journal: skipping record ${index + 1}: ${(error as Error).message}`)
        }
      }
      store.#checkZdxSecretsOpen(options.dir)
    } catch (error) {
      await journal.close()
      throw error
    }
    if (!store.#tenants.has(DEFAULT_CUSTOMER_ID)) {
      await store.#commit({ op: 'createTenant', customerId: DEFAULT_CUSTOMER_ID, preset: 'default' })
    }
    if (options.compact ?? true) await journal.compact(store.#snapshot())
    return store
  }

  tenant(customerId: string): Tenant | undefined {
    return this.#tenants.get(customerId)
  }

  /** A page of keys as the store keeps them: their last use comes from `lastUsedTimes` (the route adds it as it serialises). */
  listApiKeys(scope: Scope, request: ListRequest): ListResult {
    const { tenant, space } = this.#scope(scope)
    return listApiKeys(space, tenant.roles, request, this.#usage(tenant, 'zpa'))
  }

  /** Each key's `lastUsedTime` for the customer's keys of a product. */
  lastUsedTimes(customerId: string, product: ActivityProduct): (keyId: string) => string | null {
    const { activity } = this.#tenantOrThrow(customerId)
    return (keyId) => {
      const time = activity.lastUsed(product, keyId)
      return time === null ? null : String(time)
    }
  }

  getApiKey(scope: Scope, id: string): ApiKey {
    const { tenant, space } = this.#scope(scope)
    return this.#sent(tenant, 'zpa', this.#key(space, id))
  }

  /** Each key's `previousSecretValidUntil` in the microtenant, at the tenant's clock's now (the list route adds it as it serialises). */
  previousSecretValidUntils(scope: Scope): (keyId: string) => string | null {
    const { tenant, space } = this.#scope(scope)
    const now = tenant.clock.nowSeconds()
    return (keyId) => {
      const key = space.keys.get(keyId)
      return key ? graceUntil(key, now) : null
    }
  }

  async createApiKey(scope: Scope, values: CreateApiKeyValues, actorId: string, actor?: ActivityActor): Promise<CreatedApiKey> {
    const { tenant, space } = this.#scope(scope)
    this.#checkRole(tenant, values.roleId)
    this.#checkNameFree(space, values.name)
    const id = this.#newKeyId(tenant)
    const now = tenant.clock.now()
    const clientSecret = generateClientSecret()
    const key: PersistedApiKey = {
      api: {
        id,
        name: values.name,
        clientId: clientIdFor(id),
        enabled: values.enabled,
        tokenExpiryTimeInSec: values.tokenExpiryTimeInSec,
        roleId: values.roleId,
        isLocked: false,
        readOnly: false,
        zscalerManaged: false,
        creationTime: now,
        modifiedTime: now,
        modifiedBy: actorId,
        customerId: tenant.customerId,
        microtenantId: space.id,
        microtenantName: space.name,
        ...unusedApiKeyFields,
      },
      secret: hashSecret(clientSecret),
      failedSignIns: 0,
      lockedUntil: null,
    }
    const event = this.#adminEvent(tenant, zpaRef(key.api), 'create', actor, null, this.#zpaValues(tenant, key.api))
    await this.#commit({ op: 'putKey', customerId: tenant.customerId, key, activity: { events: [event] } })
    return { ...key.api, lastUsedTime: null, previousSecretValidUntil: null, clientSecret }
  }

  /**
   * Changes the editable fields the values name (absent ones keep theirs); `isLocked: false` unlocks (and forgets
   * failed sign-ins). Values naming no editable field change nothing, modifiedTime included.
   */
  async updateApiKey(scope: Scope, id: string, values: UpdateApiKeyValues, actorId: string, actor?: ActivityActor): Promise<void> {
    const { tenant, space } = this.#scope(scope)
    const current = this.#writableKey(space, id)
    const { name, enabled, tokenExpiryTimeInSec, roleId, isLocked } = values
    if (roleId !== undefined) this.#checkRole(tenant, roleId)
    if (name !== undefined) this.#checkNameFree(space, name, id)
    if ([name, enabled, tokenExpiryTimeInSec, roleId, isLocked].every((value) => value === undefined)) return
    const unlock = isLocked === false
    const key: PersistedApiKey = {
      api: {
        ...current.api,
        name: name ?? current.api.name,
        enabled: enabled ?? current.api.enabled,
        tokenExpiryTimeInSec: tokenExpiryTimeInSec ?? current.api.tokenExpiryTimeInSec,
        roleId: roleId ?? current.api.roleId,
        isLocked: unlock ? false : current.api.isLocked,
        modifiedTime: tenant.clock.now(),
        modifiedBy: actorId,
      },
      ...secretsOf(current, tenant.clock.nowSeconds()),
      failedSignIns: unlock ? 0 : current.failedSignIns,
      lockedUntil: unlock ? null : current.lockedUntil,
    }
    const { before, after } = changedValues(this.#zpaValues(tenant, current.api), this.#zpaValues(tenant, key.api))
    const action: AdminAction = 'isLocked' in after ? 'unlock' : 'update'
    const event = this.#adminEvent(tenant, zpaRef(key.api), action, actor, before, after)
    await this.#commit({ op: 'putKey', customerId: tenant.customerId, key, activity: { events: [event] } })
  }

  async deleteApiKey(scope: Scope, id: string, actor?: ActivityActor): Promise<void> {
    const { tenant, space } = this.#scope(scope)
    const { api } = this.#writableKey(space, id)
    const event = this.#adminEvent(tenant, zpaRef(api), 'delete', actor, this.#zpaValues(tenant, api), null)
    await this.#commit({ op: 'deleteKey', customerId: tenant.customerId, microtenantId: space.id, id, activity: { events: [event] } })
  }

  /** Gives the key a new secret (`rotated`); 403 for a read-only key. Answers the key with its new secret, once durable. */
  async rotateApiKeySecret(scope: Scope, id: string, gracePeriodInSec: string, actorId: string, actor?: ActivityActor): Promise<CreatedApiKey> {
    const { tenant, space } = this.#scope(scope)
    const current = this.#writableKey(space, id)
    const now = tenant.clock.nowSeconds()
    const { secrets, clientSecret, before, after } = rotated(current, Number(gracePeriodInSec), now)
    const { failedSignIns, lockedUntil } = current
    const key: PersistedApiKey = { api: { ...current.api, modifiedTime: String(now), modifiedBy: actorId }, ...secrets, failedSignIns, lockedUntil }
    const event = this.#adminEvent(tenant, zpaRef(key.api), 'rotate', actor, before, after)
    await this.#commit({ op: 'putKey', customerId: tenant.customerId, key, activity: { events: [event] } })
    return { ...this.#sent(tenant, 'zpa', key), clientSecret }
  }

  /**
   * End Grace Now: the secret a rotation replaced stops signing in (and its tokens end). Written to the audit log as a
   * `rotate` whose old secret is valid until now. A key with no old secret in grace is answered as it is, nothing written.
   */
  async endApiKeyGrace(scope: Scope, id: string, actorId: string, actor?: ActivityActor): Promise<ApiKey> {
    const { tenant, space } = this.#scope(scope)
    const current = this.#writableKey(space, id)
    const now = tenant.clock.nowSeconds()
    const until = graceUntil(current, now)
    if (until === null) return this.#sent(tenant, 'zpa', current)
    const { secret, failedSignIns, lockedUntil } = current
    const key: PersistedApiKey = { api: { ...current.api, modifiedTime: String(now), modifiedBy: actorId }, secret, failedSignIns, lockedUntil }
    const event = this.#adminEvent(tenant, zpaRef(key.api), 'rotate', actor, { oldSecretValidUntil: until }, { oldSecretValidUntil: String(now) })
    await this.#commit({ op: 'putKey', customerId: tenant.customerId, key, activity: { events: [event] } })
    return this.#sent(tenant, 'zpa', key)
  }

  /** The tenant's roles with how many keys of the microtenant use each. */
  listRoles(scope: Scope): Role[] {
    const { tenant, space } = this.#scope(scope)
    const counts = space.roleCounts()
    return tenant.roles.map((role) => toApiRole(role, counts))
  }

  /** One of the tenant's roles, as listRoles shows it; undefined for an unknown one or another customer's. */
  getRole(scope: Scope, id: string): Role | undefined {
    const { tenant, space } = this.#scope(scope)
    const role = tenant.roles.find((candidate) => candidate.id === id)
    return role && toApiRole(role, space.roleCounts())
  }

  /** The customer owning the key with this client id (sign-in happens at the root, so the client id names the tenant). */
  customerOfClientId(clientId: string): string | undefined {
    return this.#credential(clientId)?.tenant.customerId
  }

  /**
   * Checks a sign-in against the stored hash (in constant time) and keeps the lockout count: the
   * SIGN_IN_ATTEMPTS-th consecutive failure locks the key for LOCK_SECONDS of the tenant's clock, a
   * success resets the count. The secret may be the key's current one, or the one a rotation replaced while its grace
   * lasts (both checked, always). Returns the key and which secret it used if it may sign in; an unknown client id,
   * a wrong or expired secret, a disabled or a locked key all give undefined.
   */
  async signIn(clientId: string, secret: string, address: string = UNKNOWN_ADDRESS): Promise<SignedIn<ApiKeyRecord> | undefined> {
    // Every failure waits for a journal sync, as keeping a wrong secret's count does: timing tells nothing.
    const found = this.#credential(clientId)
    if (!found) {
      matchingSecret({ secret: DECOY_SECRET }, secret, 0)
      await this.#sync()
      return undefined
    }
    const { tenant, key } = found
    const usedSecret = matchingSecret(key, secret, tenant.clock.nowSeconds())
    if (key.api.isLocked || !key.api.enabled) {
      this.#note(tenant, this.#signInDelta(tenant, zpaRef(key.api), false, address))
      await this.#sync()
      return undefined
    }
    if (usedSecret) {
      if (key.failedSignIns > 0) await this.#putSignInState(tenant, key, 0, false)
      this.#note(tenant, this.#signInDelta(tenant, zpaRef(key.api), true, address))
      return { key: key.api, secretId: secretIdOf(usedSecret) }
    }
    const failed = key.failedSignIns + 1
    const lock = failed >= SIGN_IN_ATTEMPTS
    await this.#putSignInState(tenant, key, failed, lock, this.#signInDelta(tenant, zpaRef(key.api), false, address, lock))
    return undefined
  }

  /**
   * Notes a ZCC login or a ZDX token request of one of the customer's keys: `ok`, a sign-in and a succeeded call;
   * else a failed sign-in and a refused call. Batched: the caller does not wait for the journal.
   */
  noteSignIn(customerId: string, product: 'zcc' | 'zdx', keyId: string, address: string, ok: boolean): void {
    const tenant = this.#tenants.get(customerId)
    const key = product === 'zcc' ? tenant?.zcc.keys.keys.get(keyId) : tenant?.zdx.keys.keys.get(keyId)
    if (tenant && key) this.#note(tenant, this.#signInDelta(tenant, productRef(product, key.api), ok, address))
  }

  /**
   * Notes a call refused (401) for a token the server signed for one of the customer's keys but no longer takes
   * (expired, signed out, its key disabled): a refused call of that key, not a use. Nothing for a key gone since.
   */
  noteRefusedToken(customerId: string, product: ActivityProduct, keyId: string): void {
    const tenant = this.#tenants.get(customerId)
    const exists =
      product === 'zcc'
        ? tenant?.zcc.keys.keys.has(keyId)
        : product === 'zdx'
          ? tenant?.zdx.keys.keys.has(keyId)
          : [...(tenant?.microtenants.values() ?? [])].some((space) => space.keys.has(keyId))
    if (!tenant || !exists) return
    const hour = hourOf(tenant.clock.nowSeconds())
    this.#note(tenant, { calls: [{ product, keyId, hour, succeeded: 0, denied: 1, limited: 0 }] })
  }

  /** Notes a call made with a key's token, counted by its status (`callOutcome`). Batched, as sign-ins are. */
  noteCall(customerId: string, product: ActivityProduct, keyId: string, status: number): void {
    const tenant = this.#tenants.get(customerId)
    if (!tenant) return
    const now = tenant.clock.nowSeconds()
    const outcome = callOutcome(status)
    const calls = outcome ? [{ product, keyId, hour: hourOf(now), succeeded: 0, denied: 0, limited: 0, [outcome]: 1 }] : []
    this.#note(tenant, { calls, used: [{ product, keyId, time: now }] })
  }

  /** The customer's ZCC keys, a page at a time (ZCC has no microtenants). */
  listZccKeys(customerId: string, request: ListRequest<ZccApiKeySortField>): ListResult<ZccApiKey> {
    const tenant = this.#tenantOrThrow(customerId)
    const page = listZccKeys(tenant.zcc.keys, request, this.#usage(tenant, 'zcc'))
    return { ...page, list: page.list.map((api) => this.#sent(tenant, 'zcc', this.#zccKey(tenant, api.id))) }
  }

  getZccKey(customerId: string, id: string): ZccApiKey {
    const tenant = this.#tenantOrThrow(customerId)
    return this.#sent(tenant, 'zcc', this.#zccKey(tenant, id))
  }

  async createZccKey(customerId: string, values: CreateZccApiKeyValues, actorId: string, actor?: ActivityActor): Promise<CreatedZccApiKey> {
    const tenant = this.#tenantOrThrow(customerId)
    this.#checkNameFree(tenant.zcc.keys, values.name)
    const id = this.#newKeyId(tenant)
    const now = tenant.clock.now()
    const clientSecret = generateClientSecret()
    const key: PersistedZccKey = {
      api: {
        id,
        name: values.name,
        clientId: clientIdFor(id),
        enabled: values.enabled,
        role: values.role,
        tokenExpiryTimeInSec: values.tokenExpiryTimeInSec,
        creationTime: now,
        modifiedTime: now,
        modifiedBy: actorId,
        customerId: tenant.customerId,
      },
      secret: hashSecret(clientSecret),
    }
    const event = this.#adminEvent(tenant, productRef('zcc', key.api), 'create', actor, null, zccValues(key.api))
    await this.#commit({ op: 'putZccKey', customerId: tenant.customerId, key, activity: { events: [event] } })
    return { ...key.api, lastUsedTime: null, previousSecretValidUntil: null, clientSecret }
  }

  /** Changes the fields the values name (absent ones keep theirs); values naming none change nothing. */
  async updateZccKey(customerId: string, id: string, values: UpdateZccApiKeyValues, actorId: string, actor?: ActivityActor): Promise<void> {
    const tenant = this.#tenantOrThrow(customerId)
    const current = this.#zccKey(tenant, id)
    const { name, enabled, role, tokenExpiryTimeInSec } = values
    if (name !== undefined) this.#checkNameFree(tenant.zcc.keys, name, id)
    if ([name, enabled, role, tokenExpiryTimeInSec].every((value) => value === undefined)) return
    const api: ZccKeyRecord = {
      ...current.api,
      name: name ?? current.api.name,
      enabled: enabled ?? current.api.enabled,
      role: role ?? current.api.role,
      tokenExpiryTimeInSec: tokenExpiryTimeInSec ?? current.api.tokenExpiryTimeInSec,
      modifiedTime: tenant.clock.now(),
      modifiedBy: actorId,
    }
    const { before, after } = changedValues(zccValues(current.api), zccValues(api))
    const event = this.#adminEvent(tenant, productRef('zcc', api), 'update', actor, before, after)
    await this.#commit({ op: 'putZccKey', customerId: tenant.customerId, key: { api, ...secretsOf(current, tenant.clock.nowSeconds()) }, activity: { events: [event] } })
  }

  async deleteZccKey(customerId: string, id: string, actor?: ActivityActor): Promise<void> {
    const tenant = this.#tenantOrThrow(customerId)
    const { api } = this.#zccKey(tenant, id)
    const event = this.#adminEvent(tenant, productRef('zcc', api), 'delete', actor, zccValues(api), null)
    await this.#commit({ op: 'deleteZccKey', customerId: tenant.customerId, id, activity: { events: [event] } })
  }

  /** Gives the key a new secret (`rotated`), as ZPA's rotateApiKeySecret (ZCC keys are never read-only). */
  async rotateZccKeySecret(customerId: string, id: string, gracePeriodInSec: string, actorId: string, actor?: ActivityActor): Promise<CreatedZccApiKey> {
    const tenant = this.#tenantOrThrow(customerId)
    const current = this.#zccKey(tenant, id)
    const now = tenant.clock.nowSeconds()
    const { secrets, clientSecret, before, after } = rotated(current, Number(gracePeriodInSec), now)
    const key: PersistedZccKey = { api: { ...current.api, modifiedTime: String(now), modifiedBy: actorId }, ...secrets }
    const event = this.#adminEvent(tenant, productRef('zcc', key.api), 'rotate', actor, before, after)
    await this.#commit({ op: 'putZccKey', customerId: tenant.customerId, key, activity: { events: [event] } })
    return { ...this.#sent(tenant, 'zcc', key), clientSecret }
  }

  /** End Grace Now for a ZCC key, as ZPA's endApiKeyGrace. */
  async endZccKeyGrace(customerId: string, id: string, actorId: string, actor?: ActivityActor): Promise<ZccApiKey> {
    const tenant = this.#tenantOrThrow(customerId)
    const current = this.#zccKey(tenant, id)
    const now = tenant.clock.nowSeconds()
    const until = graceUntil(current, now)
    if (until === null) return this.#sent(tenant, 'zcc', current)
    const key: PersistedZccKey = { api: { ...current.api, modifiedTime: String(now), modifiedBy: actorId }, secret: current.secret }
    const event = this.#adminEvent(tenant, productRef('zcc', key.api), 'rotate', actor, { oldSecretValidUntil: until }, { oldSecretValidUntil: String(now) })
    await this.#commit({ op: 'putZccKey', customerId: tenant.customerId, key, activity: { events: [event] } })
    return this.#sent(tenant, 'zcc', key)
  }

  /** The customer owning the ZCC key with this client id (the public API's login names no customer). */
  customerOfZccClientId(clientId: string): string | undefined {
    return this.#zccCredential(clientId)?.tenant.customerId
  }

  /**
   * The ZCC public API's login: the key and which secret it used if the secret matches (constant time; the current
   * one, or the one a rotation replaced while its grace lasts) and the key is enabled; undefined for an unknown client
   * id, a wrong or expired secret or a disabled key. ZCC keys do not lock. A ZPA client id is unknown here.
   */
  async zccLogin(clientId: string, secret: string, address: string = UNKNOWN_ADDRESS): Promise<SignedIn<ZccKeyRecord> | undefined> {
    const found = this.#zccCredential(clientId)
    const usedSecret = matchingSecret(found?.key ?? { secret: DECOY_SECRET }, secret, found?.tenant.clock.nowSeconds() ?? 0)
    const ok = found !== undefined && usedSecret !== undefined && found.key.api.enabled
    if (found) this.#note(found.tenant, this.#signInDelta(found.tenant, productRef('zcc', found.key.api), ok, address))
    if (ok) return { key: found.key.api, secretId: secretIdOf(usedSecret) }
    // Every failure waits for a journal sync, as a ZPA sign-in's does: timing tells nothing.
    await this.#sync()
    return undefined
  }

  /** The customer's enrolled devices, removed ones left out, in the seed's order. */
  zccDevices(customerId: string): SeededZccDevice[] {
    const { zcc } = this.#tenantOrThrow(customerId)
    return zcc.removedDevices.size === 0 ? [...zcc.devices] : zcc.devices.filter((seeded) => !zcc.removedDevices.has(seeded.device.udid))
  }

  /** Removes these (enrolled, not yet removed) devices; resolves to how many that was, once durable. */
  async removeZccDevices(customerId: string, udids: readonly string[]): Promise<number> {
    const { zcc } = this.#tenantOrThrow(customerId)
    const removed = [...new Set(udids)].filter((udid) => zcc.deviceByUdid.has(udid) && !zcc.removedDevices.has(udid))
    if (removed.length > 0) await this.#commit({ op: 'removeZccDevices', customerId, udids: removed })
    return removed.length
  }

  /** The customer's ZDX keys, a page at a time (ZDX has no microtenants). Never their secrets. */
  listZdxKeys(customerId: string, request: ListRequest<ZdxApiKeySortField>): ListResult<ZdxApiKey> {
    const tenant = this.#tenantOrThrow(customerId)
    const page = listZdxKeys(tenant.zdx.keys, request, this.#usage(tenant, 'zdx'))
    return { ...page, list: page.list.map((api) => this.#withLastUse(tenant, 'zdx', api)) }
  }

  getZdxKey(customerId: string, id: string): ZdxApiKey {
    const tenant = this.#tenantOrThrow(customerId)
    return this.#withLastUse(tenant, 'zdx', this.#zdxKey(tenant, id).api)
  }

  /** The key with its secret, opened from its sealed form: what View shows. */
  zdxKeyWithSecret(customerId: string, id: string): ZdxApiKeyWithSecret {
    const tenant = this.#tenantOrThrow(customerId)
    const key = this.#zdxKey(tenant, id)
    return { ...this.#withLastUse(tenant, 'zdx', key.api), keySecret: this.#openZdxSecret(key) }
  }

  /** The customer's ZDX admin roles, each with how many of its keys use it. */
  listZdxRoles(customerId: string): ZdxRole[] {
    const { zdx } = this.#tenantOrThrow(customerId)
    const counts = new Map<string, number>()
    for (const key of zdx.keys.keys.values()) counts.set(key.api.roleId, (counts.get(key.api.roleId) ?? 0) + 1)
    return zdx.roles.map((role) => ({ ...role, apiKeys: String(counts.get(role.id) ?? 0) }))
  }

  /** A new key, created by the tenant's admin (the portal's only user): its secret sealed in the journal, and in the answer once. */
  async createZdxKey(customerId: string, values: CreateZdxApiKeyValues, actorId: string, actor?: ActivityActor): Promise<ZdxApiKeyWithSecret> {
    const tenant = this.#tenantOrThrow(customerId)
    const role = this.#zdxRole(tenant, values.roleId)
    this.#checkNameFree(tenant.zdx.keys, values.name)
    const id = this.#newKeyId(tenant)
    const now = tenant.clock.now()
    const keySecret = generateClientSecret()
    const key: PersistedZdxKey = {
      api: {
        id,
        name: values.name,
        roleId: role.id,
        roleName: role.name,
        createdBy: tenant.admin.name,
        creationTime: now,
        modifiedTime: now,
        modifiedBy: actorId,
        customerId: tenant.customerId,
      },
      secret: this.#secrets.seal(keySecret, zdxSecretContext(tenant.customerId, id)),
    }
    const event = this.#adminEvent(tenant, productRef('zdx', key.api), 'create', actor, null, zdxValues(key.api))
    await this.#commit({ op: 'putZdxKey', customerId: tenant.customerId, key, activity: { events: [event] } })
    return { ...key.api, lastUsedTime: null, keySecret }
  }

  /** Changes the name, the role or both (absent ones keep theirs); values naming neither change nothing. */
  async updateZdxKey(customerId: string, id: string, values: UpdateZdxApiKeyValues, actorId: string, actor?: ActivityActor): Promise<void> {
    const tenant = this.#tenantOrThrow(customerId)
    const current = this.#zdxKey(tenant, id)
    const { name, roleId } = values
    const role = roleId === undefined ? undefined : this.#zdxRole(tenant, roleId)
    if (name !== undefined) this.#checkNameFree(tenant.zdx.keys, name, id)
    if (name === undefined && role === undefined) return
    const api: ZdxKeyRecord = {
      ...current.api,
      name: name ?? current.api.name,
      roleId: role?.id ?? current.api.roleId,
      roleName: role?.name ?? current.api.roleName,
      modifiedTime: tenant.clock.now(),
      modifiedBy: actorId,
    }
    const { before, after } = changedValues(zdxValues(current.api), zdxValues(api))
    const event = this.#adminEvent(tenant, productRef('zdx', api), 'update', actor, before, after)
    await this.#commit({ op: 'putZdxKey', customerId: tenant.customerId, key: { api, secret: current.secret }, activity: { events: [event] } })
  }

  async deleteZdxKey(customerId: string, id: string, actor?: ActivityActor): Promise<void> {
    const tenant = this.#tenantOrThrow(customerId)
    const { api } = this.#zdxKey(tenant, id)
    const event = this.#adminEvent(tenant, productRef('zdx', api), 'delete', actor, zdxValues(api), null)
    await this.#commit({ op: 'deleteZdxKey', customerId: tenant.customerId, id, activity: { events: [event] } })
  }

  /** The customer owning the ZDX key with this Key ID (the token request names no customer). */
  customerOfZdxKey(keyId: string): string | undefined {
    return this.#zdxCredential(keyId)?.tenant.customerId
  }

  /**
   * The ZDX token request's proof: the key if `keySecretHash` is the SHA-256 of its secret and `timestamp`
   * (compared in constant time); undefined for an unknown or deleted Key ID or a wrong hash. The timestamp's
   * freshness is the caller's to check. A ZPA or ZCC key is unknown here.
   */
  async zdxSignIn(keyId: string, keySecretHash: string, timestamp: number): Promise<ZdxKeyRecord | undefined> {
    const found = this.#zdxCredential(keyId)
    const secret = found ? this.#openZdxSecret(found.key) : DECOY_ZDX_SECRET
    if (found && sameText(keySecretHash, zdxKeySecretHash(secret, timestamp))) return found.key.api
    // Every failure waits for a journal sync, as a ZPA sign-in's does: timing tells nothing.
    await this.#sync()
    return undefined
  }

  /** A key's chart (the last 7 days, by the hour) and newest events; 404 for a key the product does not have. */
  keyActivity(customerId: string, product: ActivityProduct, keyId: string, microtenantId?: string): KeyActivity {
    const tenant = this.#tenantOrThrow(customerId)
    const api = this.#activityKey(tenant, product, keyId, microtenantId)
    const now = tenant.clock.nowSeconds()
    const { hours, events } = tenant.activity.keyActivity(product, keyId, now)
    const lastUsed = tenant.activity.lastUsed(product, keyId)
    return { keyId, keyName: api.name, product, now: String(now), lastUsedTime: lastUsed === null ? null : String(lastUsed), hours, events }
  }

  /** The audit log (admin changes of every product's keys), newest first, filtered. */
  auditLog(customerId: string, filter: AuditFilter): ActivityEvent[] {
    const tenant = this.#tenantOrThrow(customerId)
    return tenant.activity.audit(filter, tenant.clock.nowSeconds())
  }

  /** The admins and API clients who appear in the audit log. */
  auditAdmins(customerId: string): ActivityActor[] {
    const tenant = this.#tenantOrThrow(customerId)
    return tenant.activity.admins(tenant.clock.nowSeconds())
  }

  /** Writes a synthetic history for a key since its creation (syntheticDelta), durable before it resolves; 404 for an unknown key. */
  async addSyntheticActivity(customerId: string, input: Required<Omit<SyntheticActivityInput, 'microtenantId'>> & { microtenantId?: string }): Promise<KeyActivity> {
    const tenant = this.#tenantOrThrow(customerId)
    const { product, keyId, microtenantId } = input
    const api = this.#activityKey(tenant, product, keyId, microtenantId)
    const ref = 'microtenantId' in api ? zpaRef(api) : productRef(product, api)
    await this.#commit({ op: 'activity', customerId, ...syntheticDelta(input, ref, Number(api.creationTime), tenant.clock.nowSeconds(), randomId) })
    return this.keyActivity(customerId, product, keyId, microtenantId)
  }

  /** Writes the sign-ins and calls noted since the last time as one `activity` record per tenant; resolves once durable. */
  async flushActivity(): Promise<void> {
    clearTimeout(this.#flushTimer)
    this.#flushTimer = undefined
    const records: JournalRecord[] = []
    const undos: (() => void)[] = []
    for (const [tenant, pending] of this.#pendingActivity) {
      // A tenant reset or dropped since: its activity went with it.
      if (this.#tenants.get(tenant.customerId) !== tenant) continue
      const { events, calls, used } = pending
      records.push({ op: 'activity', customerId: tenant.customerId, events, calls: [...calls.values()], used: [...used.values()] })
      undos.push(...pending.undos)
    }
    this.#pendingActivity.clear()
    if (records.length === 0) return
    const change: Change = {
      undo: () => {
        for (const undo of undos.toReversed()) undo()
      },
    }
    this.#notDurable.add(change)
    try {
      await Promise.all(records.map((record) => this.#journal.append(record)))
    } catch (error) {
      this.#undoFrom(change)
      this.#storageFailed(error)
      return
    }
    this.#notDurable.delete(change)
  }

  /** Moves the tenant's mock clock forward; locks and tokens measure their time on it. */
  async advanceClock(customerId: string, seconds: number): Promise<void> {
    this.#tenantOrThrow(customerId)
    await this.#commit({ op: 'advanceClock', customerId, seconds })
  }

  /** The admin's preferences for a microtenant's page; the defaults when none were saved. */
  getPreferences(scope: Scope, page: PreferencePage): PagePreferences {
    const { tenant, space } = this.#scope(scope)
    return tenant.preferences.get(preferencesKey(space.id, page)) ?? structuredClone(defaultPagePreferences)
  }

  /** Replaces the admin's preferences for a microtenant's page. */
  async putPreferences(scope: Scope, page: PreferencePage, preferences: PagePreferences): Promise<void> {
    const { tenant, space } = this.#scope(scope)
    await this.#commit({ op: 'putPreferences', customerId: tenant.customerId, microtenantId: space.id, page, preferences })
  }

  /** The admin's IANA time zone (checked by the caller: the store keeps what it is given). */
  async setTimeZone(customerId: string, timeZone: string): Promise<void> {
    this.#tenantOrThrow(customerId)
    await this.#commit({ op: 'setTimeZone', customerId, timeZone })
  }

  /** The tenant's /__mock/settings switches. */
  tenantSettings(customerId: string): TenantSettings {
    return { ...this.#tenantOrThrow(customerId).settings }
  }

  /** Changes the switches the input names; not journaled (a restart or a reset gives the defaults). */
  updateTenantSettings(customerId: string, input: TenantSettingsInput): TenantSettings {
    const tenant = this.#tenantOrThrow(customerId)
    tenant.settings = { ...tenant.settings, ...input }
    return { ...tenant.settings }
  }

  /** A fresh customer seeded from a preset. */
  async createTenant(input: { preset: TenantPreset; size?: number }): Promise<Tenant> {
    let customerId = randomId()
    while (this.#tenants.has(customerId)) customerId = randomId()
    await this.#commit({ op: 'createTenant', customerId, preset: input.preset, ...(input.size === undefined ? {} : { size: input.size }) })
    return this.#tenantOrThrow(customerId)
  }

  /** Puts a tenant back to its preset's seed (keys, clock, faults, preferences, time zone and settings). */
  async resetTenant(customerId: string): Promise<void> {
    this.#tenantOrThrow(customerId)
    await this.#commit({ op: 'resetTenant', customerId })
  }

  /** Removes a customer and everything it holds (idle tenants expire); the demo customer is never dropped. */
  async dropTenant(customerId: string): Promise<void> {
    if (customerId === DEFAULT_CUSTOMER_ID) throw new Error(`the demo customer ${customerId} is never dropped`)
    this.#tenantOrThrow(customerId)
    await this.#commit({ op: 'dropTenant', customerId })
  }

  tenantCount(): number {
    return this.#tenants.size
  }

  /** Notes that the customer was just used; cheap, and in memory only (a restart counts as a use). */
  touch(customerId: string): void {
    const tenant = this.#tenants.get(customerId)
    if (tenant) tenant.lastUsedAt = Date.now()
  }

  /** The customers unused for longer than `olderThanMs`, the demo customer never among them. */
  idleTenants(olderThanMs: number): string[] {
    const since = Date.now() - olderThanMs
    return [...this.#tenants.values()]
      .filter((tenant) => tenant.customerId !== DEFAULT_CUSTOMER_ID && tenant.lastUsedAt < since)
      .map((tenant) => tenant.customerId)
  }

  /** Writes the noted activity, then closes the journal; activity noted after this is not kept. */
  async close(): Promise<void> {
    if (!this.#closed) await this.flushActivity()
    this.#closed = true
    await this.#journal.close()
  }

  /**
   * Applies the record in memory (so the next request's checks already see it: of 50 parallel creates of one
   * name, one wins) and resolves once it is durable. If the journal fails, this change and every later one are
   * undone, newest first: appends complete in order and the failure is sticky, so none of them will ever be
   * durable. From then on every write is refused before it changes anything; memory stays equal to the disk.
   */
  async #commit(record: JournalRecord): Promise<void> {
    if (this.#failure) throw this.#failure
    const change: Change = { undo: this.#apply(record) }
    this.#notDurable.add(change)
    try {
      await this.#journal.append(record)
    } catch (error) {
      this.#discardPendingActivity()
      this.#undoFrom(change)
      throw this.#storageFailed(error)
    }
    this.#notDurable.delete(change)
  }

  /**
   * Applies a sign-in's or call's activity in memory now and queues it for the next batched record (at most
   * ACTIVITY_FLUSH_MS away): the request does not wait for the disk. Nothing is noted once writes have failed.
   */
  #note(tenant: Tenant, delta: ActivityDelta): void {
    if (this.#failure || this.#closed) return
    const undo = tenant.activity.apply(delta, tenant.clock.nowSeconds())
    let pending = this.#pendingActivity.get(tenant)
    if (!pending) this.#pendingActivity.set(tenant, (pending = { events: [], calls: new Map(), used: new Map(), undos: [] }))
    pending.events.push(...(delta.events ?? []))
    for (const count of delta.calls ?? []) {
      const at = `${count.product}:${count.keyId}:${count.hour}`
      const sum = pending.calls.get(at)
      pending.calls.set(at, sum ? { ...sum, succeeded: sum.succeeded + count.succeeded, denied: sum.denied + count.denied, limited: sum.limited + count.limited } : count)
    }
    for (const use of delta.used ?? []) {
      const at = `${use.product}:${use.keyId}`
      if ((pending.used.get(at)?.time ?? -Infinity) < use.time) pending.used.set(at, use)
    }
    pending.undos.push(undo)
    this.#flushTimer ??= setTimeout(() => void this.flushActivity(), ACTIVITY_FLUSH_MS)
    this.#flushTimer.unref?.()
  }

  /** After a failed write: the noted activity will never be durable, so memory lets go of it too. */
  #discardPendingActivity(): void {
    const pending = [...this.#pendingActivity.values()]
    this.#pendingActivity.clear()
    for (const { undos } of pending.toReversed()) for (const undo of undos.toReversed()) undo()
  }

  #signInDelta(tenant: Tenant, ref: ActivityKeyRef, ok: boolean, address: string, lock = false): ActivityDelta {
    const now = tenant.clock.nowSeconds()
    const actor: ActivityActor = { kind: 'client', address }
    const event = (action: ActivityEvent['action']): ActivityEvent => ({ id: randomId(), time: String(now), ...ref, action, actor, before: null, after: null })
    const { product, keyId } = ref
    return {
      events: [event(ok ? 'signIn' : 'signInFailed'), ...(lock ? [event('lock')] : [])],
      calls: [{ product, keyId, hour: hourOf(now), succeeded: ok ? 1 : 0, denied: ok ? 0 : 1, limited: 0 }],
      used: ok ? [{ product, keyId, time: now }] : [],
    }
  }

  #adminEvent(tenant: Tenant, ref: ActivityKeyRef, action: AdminAction, actor: ActivityActor | undefined, before: AuditValues | null, after: AuditValues | null): ActivityEvent {
    return { id: randomId(), time: tenant.clock.now(), ...ref, action, actor: actor ?? adminOf(tenant), before, after }
  }

  #zpaValues(tenant: Tenant, api: ApiKeyRecord): AuditValues {
    const { name, enabled, tokenExpiryTimeInSec, roleId, isLocked } = api
    return { name, enabled, tokenExpiryTimeInSec, roleId, roleName: tenant.roles.find((role) => role.id === roleId)?.name ?? null, isLocked }
  }

  #usage(tenant: Tenant, product: ActivityProduct): Usage {
    const { activity } = tenant
    return { lastUsed: (keyId) => activity.lastUsed(product, keyId), version: activity.usedVersion, now: tenant.clock.nowSeconds() }
  }

  /** A ZPA or ZCC key as the API sends it: with its last use and its old secret's grace, at the tenant's clock. */
  #sent<A extends { id: string }>(tenant: Tenant, product: 'zpa' | 'zcc', key: KeySecrets & { api: A }): A & { lastUsedTime: string | null; previousSecretValidUntil: string | null } {
    return { ...this.#withLastUse(tenant, product, key.api), previousSecretValidUntil: graceUntil(key, tenant.clock.nowSeconds()) }
  }

  #withLastUse<A extends { id: string }>(tenant: Tenant, product: ActivityProduct, api: A): A & { lastUsedTime: string | null } {
    const time = tenant.activity.lastUsed(product, api.id)
    return { ...api, lastUsedTime: time === null ? null : String(time) }
  }

  /** The key whose activity is asked for; ZPA's in its microtenant (Default when absent). */
  #activityKey(tenant: Tenant, product: ActivityProduct, keyId: string, microtenantId?: string): ApiKeyRecord | ZccKeyRecord | ZdxKeyRecord {
    if (product === 'zcc') return this.#zccKey(tenant, keyId).api
    if (product === 'zdx') return this.#zdxKey(tenant, keyId).api
    return this.#key(this.#spaceOrThrow(tenant, microtenantId ?? DEFAULT_MICROTENANT_ID), keyId).api
  }

  /** Waits for the journal's next sync, as a write would, without changing anything. */
  async #sync(): Promise<void> {
    if (this.#failure) throw this.#failure
    try {
      await this.#journal.sync()
    } catch (error) {
      throw this.#storageFailed(error)
    }
  }

  #undoFrom(change: Change): void {
    if (!this.#notDurable.has(change)) return // undone already, with an earlier record of its batch
    const changes = [...this.#notDurable]
    for (const undone of changes.slice(changes.indexOf(change)).toReversed()) {
      undone.undo()
      this.#notDurable.delete(undone)
    }
  }

  #storageFailed(error: unknown): StoreError {
    if (!this.#failure) {
      const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      console.error(`journal: writes stopped after a failure; restart once the disk is fixed: ${(error as Error).message}`)
      this.#failure = new StoreError('storageUnavailable', `The server cannot save changes right now (${cause}); nothing was changed`)
    }
    return this.#failure
  }

  /** Applies a record to memory, its activity included; returns its inverse, which puts back exactly what it changed. */
  #apply(record: JournalRecord): () => void {
    const undo = this.#applyChange(record)
    const delta = record.op === 'activity' ? record : 'activity' in record ? record.activity : undefined
    const tenant = delta && this.#tenants.get(record.customerId)
    if (!delta || !tenant) return undo
    const undoActivity = tenant.activity.apply(delta, tenant.clock.nowSeconds())
    return () => {
      undoActivity()
      undo()
    }
  }

  #applyChange(record: JournalRecord): () => void {
    switch (record.op) {
      case 'createTenant':
        return this.#replaceTenant(record.customerId, seedTenant(record, this.#secrets))
      case 'resetTenant': {
        const { customerId, preset, size } = this.#tenantOrThrow(record.customerId)
        return this.#replaceTenant(customerId, seedTenant({ customerId, preset, size }, this.#secrets))
      }
      case 'dropTenant':
        this.#tenantOrThrow(record.customerId)
        return this.#replaceTenant(record.customerId, undefined)
      case 'putKey': {
        const tenant = this.#tenantOrThrow(record.customerId)
        const space = this.#spaceOrThrow(tenant, record.key.api.microtenantId)
        const undo = this.#keyRestorer(tenant, space, record.key.api.id)
        space.put(toStoredApiKey(record.key))
        tenant.changedKeys.set(record.key.api.id, space.id)
        const { isLocked } = record.key.api
        const { lockedUntil } = record.key
        // Left as it is by the undo: a lapse time too early only costs a scan.
        if (isLocked && lockedUntil !== null) tenant.lockLapseAt = Math.min(tenant.lockLapseAt ?? Infinity, Number(lockedUntil))
        return undo
      }
      case 'advanceClock': {
        const { clock } = this.#tenantOrThrow(record.customerId)
        clock.advance(record.seconds)
        return () => clock.advance(-record.seconds)
      }
      case 'deleteKey': {
        const tenant = this.#tenantOrThrow(record.customerId)
        const space = this.#spaceOrThrow(tenant, record.microtenantId)
        const undo = this.#keyRestorer(tenant, space, record.id)
        space.delete(record.id)
        tenant.changedKeys.set(record.id, record.microtenantId)
        return undo
      }
      case 'putPreferences': {
        const tenant = this.#tenantOrThrow(record.customerId)
        const { preferences } = tenant
        const key = preferencesKey(this.#spaceOrThrow(tenant, record.microtenantId).id, record.page)
        const previous = preferences.get(key)
        preferences.set(key, record.preferences)
        return () => {
          if (previous) preferences.set(key, previous)
          else preferences.delete(key)
        }
      }
      case 'setTimeZone': {
        const tenant = this.#tenantOrThrow(record.customerId)
        const previous = tenant.timeZone
        tenant.timeZone = record.timeZone
        return () => {
          tenant.timeZone = previous
        }
      }
      case 'putZccKey': {
        const { zcc } = this.#tenantOrThrow(record.customerId)
        const undo = this.#productKeyRestorer(zcc, record.key.api.id)
        zcc.keys.put(toStoredZccKey(record.key))
        zcc.changedKeys.add(record.key.api.id)
        return undo
      }
      case 'deleteZccKey': {
        const { zcc } = this.#tenantOrThrow(record.customerId)
        const undo = this.#productKeyRestorer(zcc, record.id)
        zcc.keys.delete(record.id)
        zcc.changedKeys.add(record.id)
        return undo
      }
      case 'removeZccDevices': {
        const { removedDevices } = this.#tenantOrThrow(record.customerId).zcc
        const added = record.udids.filter((udid) => !removedDevices.has(udid))
        for (const udid of added) removedDevices.add(udid)
        return () => {
          for (const udid of added) removedDevices.delete(udid)
        }
      }
      case 'putZdxKey': {
        const { zdx } = this.#tenantOrThrow(record.customerId)
        const undo = this.#productKeyRestorer(zdx, record.key.api.id)
        zdx.keys.put(toStoredZdxKey(record.key))
        zdx.changedKeys.add(record.key.api.id)
        return undo
      }
      case 'deleteZdxKey': {
        const { zdx } = this.#tenantOrThrow(record.customerId)
        const undo = this.#productKeyRestorer(zdx, record.id)
        zdx.keys.delete(record.id)
        zdx.changedKeys.add(record.id)
        return undo
      }
      case 'activity':
        this.#tenantOrThrow(record.customerId)
        return () => {} // its delta is applied by #apply
      default:
        throw new Error(`unknown operation ${JSON.stringify((record as { op?: unknown }).op)}`)
    }
  }

  /** Puts `tenant` (or nothing) under the customer id; returns what puts the previous one back. */
  #replaceTenant(customerId: string, tenant: Tenant | undefined): () => void {
    const previous = this.#tenants.get(customerId)
    const put = (value: Tenant | undefined) => {
      if (value) this.#tenants.set(customerId, value)
      else this.#tenants.delete(customerId)
    }
    put(tenant)
    return () => put(previous)
  }

  /** What puts a key (or its absence) and its place among the changed keys back as they are now. */
  #keyRestorer(tenant: Tenant, space: MicrotenantSpace, id: string): () => void {
    const key = space.keys.get(id)
    const changedIn = tenant.changedKeys.get(id)
    return () => {
      if (key) space.put(key)
      else space.delete(id)
      if (changedIn === undefined) tenant.changedKeys.delete(id)
      else tenant.changedKeys.set(id, changedIn)
    }
  }

  /** What puts a ZCC or ZDX key (or its absence) and its place among the changed keys back as they are now. */
  #productKeyRestorer<K extends SpaceKey>(product: { keys: KeySpace<K>; changedKeys: Set<string> }, id: string): () => void {
    const key = product.keys.keys.get(id)
    const changed = product.changedKeys.has(id)
    return () => {
      if (key) product.keys.put(key)
      else product.keys.delete(id)
      if (!changed) product.changedKeys.delete(id)
    }
  }

  /** The current state as the fewest records: each tenant's seed, then only what changed since (clock, time zone, preferences, keys). */
  *#snapshot(): Generator<JournalRecord> {
    for (const tenant of this.#tenants.values()) {
      const { customerId, preset, size } = tenant
      const now = tenant.clock.nowSeconds()
      yield { op: 'createTenant', customerId, preset, ...(size === undefined ? {} : { size }) }
      if (tenant.clock.offsetSeconds !== 0) yield { op: 'advanceClock', customerId, seconds: tenant.clock.offsetSeconds }
      if (tenant.timeZone !== DEFAULT_TIME_ZONE) yield { op: 'setTimeZone', customerId, timeZone: tenant.timeZone }
      for (const [key, preferences] of tenant.preferences) yield { op: 'putPreferences', customerId, ...parsePreferencesKey(key), preferences }
      for (const [id, microtenantId] of tenant.changedKeys) {
        const key = tenant.microtenants.get(microtenantId)?.keys.get(id)
        if (!key) {
          yield { op: 'deleteKey', customerId, microtenantId, id }
          continue
        }
        const { api, failedSignIns, lockedUntil } = key
        yield { op: 'putKey', customerId, key: { api, ...secretsOf(key, now), failedSignIns, lockedUntil } }
      }
      for (const id of tenant.zcc.changedKeys) {
        const key = tenant.zcc.keys.keys.get(id)
        yield key ? { op: 'putZccKey', customerId, key: { api: key.api, ...secretsOf(key, now) } } : { op: 'deleteZccKey', customerId, id }
      }
      if (tenant.zcc.removedDevices.size > 0) yield { op: 'removeZccDevices', customerId, udids: [...tenant.zcc.removedDevices] }
      for (const id of tenant.zdx.changedKeys) {
        const key = tenant.zdx.keys.keys.get(id)
        yield key ? { op: 'putZdxKey', customerId, key: { api: key.api, secret: key.secret } } : { op: 'deleteZdxKey', customerId, id }
      }
      // After the clock: replaying it drops what is out of the window by then.
      for (const delta of tenant.activity.deltas()) yield { op: 'activity', customerId, ...delta }
    }
  }

  #tenantOrThrow(customerId: string): Tenant {
    const tenant = this.#tenants.get(customerId)
    if (!tenant) throw new StoreError('tenantNotFound', `There is no customer ${customerId}`)
    return tenant
  }

  #spaceOrThrow(tenant: Tenant, microtenantId: string): MicrotenantSpace {
    const space = tenant.microtenants.get(microtenantId)
    if (!space) throw new StoreError('microtenantNotFound', `There is no microtenant ${microtenantId}`)
    return space
  }

  #scope(scope: Scope): { tenant: Tenant; space: MicrotenantSpace } {
    const tenant = this.#tenantOrThrow(scope.customerId)
    this.#lapseLocks(tenant)
    return { tenant, space: this.#spaceOrThrow(tenant, scope.microtenantId) }
  }

  /**
   * Clears the sign-in locks whose time has passed on the tenant's clock. Not journaled: it follows
   * from the stored `lockedUntil` and the (journaled) clock, so a replay reaches the same state.
   */
  #lapseLocks(tenant: Tenant): void {
    if (tenant.lockLapseAt === undefined) return
    const now = tenant.clock.nowSeconds()
    if (now < tenant.lockLapseAt) return
    let next: number | undefined
    for (const space of tenant.microtenants.values()) {
      for (const key of space.keys.values()) {
        if (!key.api.isLocked || key.lockedUntil === null) continue
        const until = Number(key.lockedUntil)
        if (until <= now) space.put({ ...key, api: { ...key.api, isLocked: false }, failedSignIns: 0, lockedUntil: null })
        else next = Math.min(next ?? until, until)
      }
    }
    tenant.lockLapseAt = next
  }

  /** The key a client id names: its id is inside it (base64 of `<id>-<uuid>`), its tenant is whichever holds it. */
  #credential(clientId: string): { tenant: Tenant; key: StoredApiKey } | undefined {
    const id = idInClientId(clientId)
    if (id === undefined) return undefined
    for (const tenant of this.#tenants.values()) {
      for (const space of tenant.microtenants.values()) {
        const key = space.keys.get(id)
        if (key?.api.clientId === clientId) {
          this.#lapseLocks(tenant)
          return { tenant, key: space.keys.get(id)! }
        }
      }
    }
    return undefined
  }

  /** Records a sign-in's effect on the lockout count (not an admin change: modifiedTime stays), with its activity if any. */
  #putSignInState(tenant: Tenant, key: StoredApiKey, failedSignIns: number, lock: boolean, activity?: ActivityDelta): Promise<void> {
    const { api } = key
    const lockedUntil = lock ? String(tenant.clock.nowSeconds() + LOCK_SECONDS) : null
    return this.#commit({
      op: 'putKey',
      customerId: tenant.customerId,
      key: { api: lock ? { ...api, isLocked: true } : api, ...secretsOf(key, tenant.clock.nowSeconds()), failedSignIns, lockedUntil },
      ...(activity ? { activity } : {}),
    })
  }

  #key(space: MicrotenantSpace, id: string): StoredApiKey {
    const key = space.keys.get(id)
    if (!key) throw new StoreError('keyNotFound', `There is no API key ${id}`)
    return key
  }

  #writableKey(space: MicrotenantSpace, id: string): StoredApiKey {
    const key = this.#key(space, id)
    if (key.api.readOnly) {
      throw new StoreError('readOnlyKey', `API key '${key.api.name}' is managed in ZIdentity and cannot be changed here`)
    }
    return key
  }

  #checkRole(tenant: Tenant, roleId: string): void {
    if (!tenant.roles.some((role) => role.id === roleId)) throw new StoreError('unknownRole', `There is no role ${roleId}`)
  }

  #zccKey(tenant: Tenant, id: string): StoredZccKey {
    const key = tenant.zcc.keys.keys.get(id)
    if (!key) throw new StoreError('keyNotFound', `There is no API key ${id}`)
    return key
  }

  /** The ZCC key a client id names (base64 of `<id>-<uuid>`, as ZPA's), in whichever tenant holds it. */
  #zccCredential(clientId: string): { tenant: Tenant; key: StoredZccKey } | undefined {
    const id = idInClientId(clientId)
    if (id === undefined) return undefined
    for (const tenant of this.#tenants.values()) {
      const key = tenant.zcc.keys.keys.get(id)
      if (key?.api.clientId === clientId) return { tenant, key }
    }
    return undefined
  }

  #zdxKey(tenant: Tenant, id: string): StoredZdxKey {
    const key = tenant.zdx.keys.keys.get(id)
    if (!key) throw new StoreError('keyNotFound', `There is no API key ${id}`)
    return key
  }

  #zdxRole(tenant: Tenant, roleId: string) {
    const role = tenant.zdx.roles.find((candidate) => candidate.id === roleId)
    if (!role) throw new StoreError('unknownRole', `There is no ZDX role ${roleId}`)
    return role
  }

  /** The ZDX key a Key ID names, in whichever tenant holds it. */
  #zdxCredential(keyId: string): { tenant: Tenant; key: StoredZdxKey } | undefined {
    if (!isIdString(keyId)) return undefined
    for (const tenant of this.#tenants.values()) {
      const key = tenant.zdx.keys.keys.get(keyId)
      if (key) return { tenant, key }
    }
    return undefined
  }

  #openZdxSecret(key: StoredZdxKey): string {
    return this.#secrets.open(key.secret, zdxSecretContext(key.api.customerId, key.api.id))
  }

  /** At start: every journaled ZDX secret must open with the folder's key (else KEY_FILE was lost or replaced). */
  #checkZdxSecretsOpen(dir: string): void {
    for (const tenant of this.#tenants.values()) {
      for (const id of tenant.zdx.changedKeys) {
        const key = tenant.zdx.keys.keys.get(id)
        try {
          if (key) this.#openZdxSecret(key)
        } catch {
          throw new DataFolderError(
            `the ZDX API key secrets in ${dir} do not open with its ${KEY_FILE} (lost or replaced?); put the original back, or start with another --data-dir`,
          )
        }
      }
    }
  }

  #checkNameFree<K extends SpaceKey>(space: KeySpace<K>, name: string, exceptId?: string): void {
    const owner = space.idOfName(name)
    if (owner !== undefined && owner !== exceptId) throw new StoreError('duplicateName', `An API key named '${name}' already exists`)
  }

  #newKeyId(tenant: Tenant): string {
    // Unique across the customer's products too: an id names one key of the customer.
    const taken = (id: string) =>
      tenant.zcc.keys.keys.has(id) || tenant.zdx.keys.keys.has(id) || [...tenant.microtenants.values()].some((space) => space.keys.has(id))
    let id = randomId()
    while (taken(id)) id = randomId()
    return id
  }
}
