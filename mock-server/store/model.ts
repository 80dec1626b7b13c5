import { unusedApiKeyFields, type ApiKey } from '../../src/contract/api-key'
import type { Fault, TenantPreset, TenantSettings } from '../../src/contract/mock-control'
import type { PagePreferences, PreferencePage } from '../../src/contract/preferences'
import type { Role } from '../../src/contract/role'
import type { ZccApiKey } from '../../src/contract/zcc-api-key'
import type { ZccDevice, ZccDeviceDetails } from '../../src/contract/zcc-devices'
import type { ZdxApiKey, ZdxRole } from '../../src/contract/zdx-api-key'
import type { TenantActivity } from './activity'
import type { SealedSecret } from './secret-box'
import type { SecretHash } from './secrets'

/** A role as the server keeps it: `readOnly` (may only GET) is internal, never sent. */
export type StoredRole = Omit<Role, 'apiKeys'> & { readOnly: boolean }

/**
 * A key's API form as the store keeps it: its last use is the activity log's (`TenantActivity`), and its old secret's
 * grace depends on the tenant's clock (`graceUntil`); both are added when sent.
 */
export type ApiKeyRecord = Omit<ApiKey, 'lastUsedTime' | 'previousSecretValidUntil'>
export type ZccKeyRecord = Omit<ZccApiKey, 'lastUsedTime' | 'previousSecretValidUntil'>
export type ZdxKeyRecord = Omit<ZdxApiKey, 'lastUsedTime'>

/** The secret a rotation replaced (issue #17): its hash, and until when (epoch seconds, tenant clock, exclusive) it signs in. */
export type PreviousSecret = { secret: SecretHash; validUntil: string }

/** What a ZPA or ZCC key holds of its secrets; a key never rotated (or journaled before rotation existed) has no previous one. */
export type KeySecrets = { secret: SecretHash; previousSecret?: PreviousSecret }

/** The key's `previousSecretValidUntil` at `now`: null once its grace has ended (or when it has no old secret). */
export function graceUntil(key: KeySecrets, now: number): string | null {
  const previous = key.previousSecret
  return previous !== undefined && now < Number(previous.validUntil) ? previous.validUntil : null
}

/** The secrets a journal record keeps at `now`: an old secret only while it still signs in (none, as older journals, else). */
export const secretsOf = (key: KeySecrets, now: number): KeySecrets =>
  key.previousSecret !== undefined && graceUntil(key, now) !== null ? { secret: key.secret, previousSecret: key.previousSecret } : { secret: key.secret }

/** Which of a key's secrets a sign-in used (its hash's salt): the tokens it gives last only while that secret signs in. */
export const secretIdOf = (secret: SecretHash): string => secret.salt

/** Whether the secret `secretId` names still signs in for the key at `now`: its current one, or its old one in grace. */
export const stillSignsIn = (key: KeySecrets, secretId: string, now: number): boolean =>
  secretIdOf(key.secret) === secretId || (key.previousSecret !== undefined && secretIdOf(key.previousSecret.secret) === secretId && graceUntil(key, now) !== null)

/** An API key as it is persisted: its API form plus what only the server knows. */
export type PersistedApiKey = KeySecrets & {
  api: ApiKeyRecord
  /** Consecutive failed sign-ins; three lock the key. */
  failedSignIns: number
  /** Epoch seconds when a sign-in lock lapses; null when not locked by sign-ins (or locked until unlocked). */
  lockedUntil: string | null
}

export type StoredApiKey = PersistedApiKey & { comparableName: string }

/** How names compare (unique, sorted, searched): after NFC, so `café` composed or decomposed is one name, and ignoring case. */
export const toComparableName = (name: string): string => name.normalize('NFC').toLowerCase()

/**
 * Keys journaled before the SDK-modelled fields existed read with their defaults. Others keep their object as it
 * is: a 100,000-key tenant is 100,000 of them, and a copy spread from two objects costs V8 about twice the memory.
 */
export function toStoredApiKey(key: PersistedApiKey): StoredApiKey {
  // An older journal's key may lack them, whatever the type says.
  const journaled: Partial<ApiKeyRecord> = key.api
  return {
    ...key,
    api: journaled.syncVersion === undefined ? { ...key.api, ...unusedApiKeyFields } : key.api,
    comparableName: toComparableName(key.api.name),
  }
}

/** What a key space holds: a key with an id, and its name as names compare. */
export type SpaceKey = { readonly api: { readonly id: string }; readonly comparableName: string }

/**
 * A set of keys with the indexes and memoised views the list endpoints need: a microtenant's ZPA keys, a customer's
 * ZCC keys. Names are unique within a space, compared as `toComparableName` does.
 */
export class KeySpace<K extends SpaceKey> {
  readonly keys = new Map<string, K>()
  readonly #idByName = new Map<string, string>()
  // Lists built for a sort+search, dropped on any change: repeated pages of one query cost a slice.
  readonly #views = new Map<string, readonly K[]>()

  /** The id of the key with this name, compared as `toComparableName` does. */
  idOfName(name: string): string | undefined {
    return this.#idByName.get(toComparableName(name))
  }

  put(key: K): void {
    const previous = this.keys.get(key.api.id)
    if (previous) this.#idByName.delete(previous.comparableName)
    this.keys.set(key.api.id, key)
    this.#idByName.set(key.comparableName, key.api.id)
    this.changed()
  }

  delete(id: string): boolean {
    const previous = this.keys.get(id)
    if (!previous) return false
    this.keys.delete(id)
    this.#idByName.delete(previous.comparableName)
    this.changed()
    return true
  }

  view(cacheKey: string, build: () => readonly K[]): readonly K[] {
    let view = this.#views.get(cacheKey)
    if (!view) {
      if (this.#views.size >= 64) this.#views.clear()
      view = build()
      this.#views.set(cacheKey, view)
    }
    return view
  }

  /** Called on every change; a subclass drops its own derived data too. */
  protected changed(): void {
    this.#views.clear()
  }
}

/** The ZPA keys of one microtenant. */
export class MicrotenantSpace extends KeySpace<StoredApiKey> {
  #roleCounts: Map<string, number> | undefined

  constructor(
    readonly id: string,
    readonly name: string,
  ) {
    super()
  }

  roleCounts(): ReadonlyMap<string, number> {
    if (!this.#roleCounts) {
      this.#roleCounts = new Map()
      for (const key of this.keys.values()) {
        this.#roleCounts.set(key.api.roleId, (this.#roleCounts.get(key.api.roleId) ?? 0) + 1)
      }
    }
    return this.#roleCounts
  }

  protected override changed(): void {
    super.changed()
    this.#roleCounts = undefined
  }
}

/** A ZCC key as it is persisted: its API form and its secrets' hashes. ZCC keys do not lock. */
export type PersistedZccKey = KeySecrets & { api: ZccKeyRecord }
export type StoredZccKey = PersistedZccKey & { comparableName: string }

export const toStoredZccKey = (key: PersistedZccKey): StoredZccKey => ({ ...key, comparableName: toComparableName(key.api.name) })

/** An enrolled device of the seed, in both of the public API's forms. */
export type SeededZccDevice = { readonly device: ZccDevice; readonly details: ZccDeviceDetails }

/** A customer's Client Connector data: one key space (no microtenants) and its enrolled devices. */
export type ZccTenantData = {
  readonly keys: KeySpace<StoredZccKey>
  /** In the order getDevices lists them; removed ones stay here and are skipped. */
  readonly devices: readonly SeededZccDevice[]
  readonly deviceByUdid: ReadonlyMap<string, SeededZccDevice>
  /** Udids removed through removeDevices (journaled; a reset brings them back). */
  readonly removedDevices: Set<string>
  /** Keys changed since the seed: all a compacted journal must keep. */
  readonly changedKeys: Set<string>
}

/** A ZDX key as it is persisted: its API form and its secret, encrypted (View shows it again). */
export type PersistedZdxKey = { api: ZdxKeyRecord; secret: SealedSecret }
export type StoredZdxKey = PersistedZdxKey & { comparableName: string }

export const toStoredZdxKey = (key: PersistedZdxKey): StoredZdxKey => ({ ...key, comparableName: toComparableName(key.api.name) })

/** What a ZDX key's sealed secret is bound to: a sealed value copied onto another key does not open. */
export const zdxSecretContext = (customerId: string, keyId: string) => `zdx:${customerId}:${keyId}`

/** A ZDX admin role as the server keeps it (its key count is worked out when listed). */
export type StoredZdxRole = Omit<ZdxRole, 'apiKeys'>

/** A customer's Digital Experience data: its admin roles and one key space (no microtenants). */
export type ZdxTenantData = {
  readonly roles: readonly StoredZdxRole[]
  readonly keys: KeySpace<StoredZdxKey>
  /** Keys changed since the seed: all a compacted journal must keep. */
  readonly changedKeys: Set<string>
}

/** Consecutive failed sign-ins that lock a key, and for how long (mock time). */
export const SIGN_IN_ATTEMPTS = 3
export const LOCK_SECONDS = 30 * 60

/** A tenant's notion of time: the mock clock can be moved forward per tenant (offset 0 until then). */
export class TenantClock {
  offsetSeconds = 0
  advance(seconds: number): void {
    this.offsetSeconds += seconds
  }
  nowSeconds(): number {
    return Math.floor(Date.now() / 1000) + this.offsetSeconds
  }
  /** Now as the API writes times: epoch seconds as a decimal string. */
  now(): string {
    return String(this.nowSeconds())
  }
}

/** An injected fault as the control API shows it, plus its compiled path glob; `remaining` is Infinity until deleted. */
export type InjectedFault = Omit<Fault, 'remaining'> & { matches: RegExp; remaining: number }

export type Tenant = {
  readonly customerId: string
  readonly customerName: string
  readonly preset: TenantPreset
  readonly size: number | undefined
  readonly admin: { readonly id: string; readonly name: string }
  readonly roles: readonly StoredRole[]
  /** By microtenant id, Default (`0`) first. */
  readonly microtenants: ReadonlyMap<string, MicrotenantSpace>
  readonly clock: TenantClock
  readonly faults: InjectedFault[]
  /** The admin's saved preferences, by `preferencesKey` (microtenant and page); none saved is the defaults. */
  readonly preferences: Map<string, PagePreferences>
  /** The admin's IANA time zone, as the browser last told it: dates render in it. */
  timeZone: string
  /** The /__mock/settings switches: in memory only, like faults (a restart or a reset gives the defaults). */
  settings: TenantSettings
  /** The earliest time (epoch seconds) a sign-in lock lapses; undefined when no lock is timed. */
  lockLapseAt: number | undefined
  /** Keys changed since the seed (key id → microtenant id): all a compacted journal must keep. */
  readonly changedKeys: Map<string, string>
  /** Client Connector keys and devices (SPEC §4). */
  readonly zcc: ZccTenantData
  /** Digital Experience keys and roles (SPEC §4). */
  readonly zdx: ZdxTenantData
  /** Key activity and the audit log (issue #16); a reset starts it empty. */
  readonly activity: TenantActivity
  /** When (ms) the tenant was created, replayed or last touched: in memory only, for expiring idle tenants. */
  lastUsedAt: number
}

/** Where a tenant keeps the preferences of one microtenant's page (ids never hold a colon, so it splits back). */
export const preferencesKey = (microtenantId: string, page: PreferencePage) => `${microtenantId}:${page}`

export function parsePreferencesKey(key: string): { microtenantId: string; page: PreferencePage } {
  const colon = key.indexOf(':')
  return { microtenantId: key.slice(0, colon), page: key.slice(colon + 1) as PreferencePage }
}
