/**
 * Deterministic demo data: the same customer id and preset always give the same tenant.
 * Seeded tenants are not written to the journal key by key (only "tenant X from preset P"),
 * so changing this file changes the seeded keys of existing data directories.
 */
import { unusedApiKeyFields } from '../../src/contract/api-key'
import { API_FULL_ACCESS_ROLE_ID } from '../../src/contract/role'
import { defaultTenantSettings, type TenantPreset } from '../../src/contract/mock-control'
import { DEFAULT_MICROTENANT_ID, DEFAULT_MICROTENANT_NAME } from '../../src/contract/primitives'
import { clientIdFor, seededId, seededUuid } from './ids'
import { TenantActivity } from './activity'
import { MicrotenantSpace, TenantClock, toStoredApiKey, type StoredRole, type Tenant } from './model'
import type { SecretBox } from './secret-box'
import { unknowableSecret } from './secrets'
import { CUSTOMER_NAME, DEMO_ADMIN, SEED_BASE_TIME, seededRandom } from './seed-base'
import { seedZcc } from './zcc-seed'
import { seedZdx } from './zdx-seed'

export { CUSTOMER_NAME, DEMO_ADMIN, SEED_BASE_TIME, seededRandom }

export const DEFAULT_CUSTOMER_ID = '216196257331281920'
export const ENGINEERING_MICROTENANT_ID = '72057594038647050'
export const DEFAULT_LARGE_SIZE = 10_000
/** Until the browser tells the server the admin's zone (PUT /portal/time-zone). */
export const DEFAULT_TIME_ZONE = 'UTC'

const TWO_YEARS = 2 * 365 * 24 * 3600

/** The classes of objects the seeded roles' permissions cover. */
const CLASS_TYPES = {
  policy: { id: '4', aclClass: 'POLICY', friendlyName: 'Access Policies' },
  application: { id: '7', aclClass: 'APPLICATION', friendlyName: 'Application Segments' },
  apiKey: { id: '11', aclClass: 'API_KEY', friendlyName: 'API Keys' },
  connector: { id: '13', aclClass: 'ASSISTANT', friendlyName: 'App Connectors' },
} as const
type ClassName = keyof typeof CLASS_TYPES
const ALL_CLASSES = Object.keys(CLASS_TYPES) as ClassName[]
/** ZPA's permission masks: read, and read plus create, update and delete. */
const VIEW_ONLY_MASK = '1'
const FULL_MASK = '15'

type RoleSpec = {
  systemRole?: boolean
  readOnly?: boolean
  /** The classes the role may change (or only read, when readOnly). */
  classes: readonly ClassName[]
}

/** The roles every tenant has, with the same ids everywhere (keys and tests name them). */
export const SEEDED_ROLES: readonly StoredRole[] = [
  role(API_FULL_ACCESS_ROLE_ID, 'API Full Access', 'Predefined role with full access to the API', { systemRole: true, classes: ALL_CLASSES }),
  role('216196257331283741', 'API Read Only', 'May read every resource, change none', { readOnly: true, classes: ALL_CLASSES }),
  role('216196257331283893', 'Policy-only Access', 'Manages access policies only', { classes: ['policy'] }),
  role('216196257331284102', 'Application-only Access', 'Manages application segments only', { classes: ['application'] }),
]

/**
 * The custom role only this customer has: its id is the customer id plus an offset, as ZPA numbers a customer's
 * objects, so another customer's request for it is a 404.
 */
export function tenantOwnRole(customerId: string): StoredRole {
  // Customer ids have 18 digits, so the sum stays an id string (at most 19 digits, below 2^63).
  const id = String(BigInt(customerId) + 2391n)
  return role(id, 'Connector-only Access', 'Manages App Connectors only', { classes: ['connector'] })
}

function role(id: string, name: string, description: string, spec: RoleSpec): StoredRole {
  const systemRole = spec.systemRole ?? false
  const readOnly = spec.readOnly ?? false
  const mask = readOnly ? VIEW_ONLY_MASK : FULL_MASK
  return {
    id,
    name,
    description,
    // Every role dates from the customer's creation; a predefined one was never changed by an admin ("0").
    creationTime: String(SEED_BASE_TIME - TWO_YEARS),
    modifiedTime: String(systemRole ? SEED_BASE_TIME - TWO_YEARS : SEED_BASE_TIME - TWO_YEARS / 2),
    modifiedBy: systemRole ? '0' : DEMO_ADMIN.id,
    microtenantId: DEFAULT_MICROTENANT_ID,
    microtenantName: DEFAULT_MICROTENANT_NAME,
    customRole: !systemRole,
    systemRole,
    restrictedRole: false,
    bypassRemoteAssistanceCheck: false,
    bypassAccestorAccessCheck: false,
    users: '0',
    newAuditMessage: '',
    oldAuditMessage: '',
    permissions: spec.classes.map((className) => {
      const classType = CLASS_TYPES[className]
      return { id: String(BigInt(id) + BigInt(classType.id)), permissionMask: mask, classType, role: id }
    }),
    classPermissionGroups: [],
    readOnly,
  }
}

const DEFAULT_KEY_NAMES = [
  'terraform-prod', 'terraform-staging', 'siem-export', 'splunk-ingest', 'ci-pipeline', 'okta-sync',
  'servicenow-cmdb', 'ansible-automation', 'jenkins-deploy', 'github-actions', 'gitlab-runner', 'datadog-monitor',
  'pagerduty-alerts', 'sentinel-connector', 'qradar-feed', 'crowdstrike-integration', 'backup-job', 'audit-reporter',
  'compliance-scanner', 'inventory-sync', 'app-segment-sync', 'policy-export', 'connector-provisioner', 'dev-sandbox',
  'dev-terraform', 'devops-tools', 'qa-automation', 'staging-smoke-tests', 'netops-scripts', 'helpdesk-portal',
  'sso-migration', 'log-archiver', 'cost-reporting', 'soc-dashboard', 'vuln-management', 'zidentity-scim',
  'zidentity-provisioning',
]
const ENGINEERING_KEY_NAMES = ['eng-terraform', 'eng-ci-runner', 'k8s-operator', 'eng-observability', 'eng-sandbox', 'eng-release-bot']
const MORE_ENGINEERING_KEY_NAMES = [
  'eng-build-cache', 'eng-canary-deploy', 'eng-chaos-tests', 'eng-data-pipeline', 'eng-feature-flags', 'eng-load-tests',
  'eng-mobile-ci', 'eng-perf-dashboard', 'eng-preview-envs', 'eng-qa-nightly', 'eng-secrets-rotation', 'eng-service-mesh',
  'eng-staging-sync', 'eng-terraform-modules', 'eng-test-reports', 'eng-tooling', 'eng-vpn-migration', 'eng-web-e2e',
]

const LOCKED = new Set(['okta-sync', 'backup-job', 'qradar-feed', 'eng-release-bot'])
const READ_ONLY = new Set(['zidentity-scim', 'zidentity-provisioning'])
const DISABLED = new Set(['sso-migration', 'dev-sandbox', 'cost-reporting', 'helpdesk-portal', 'qradar-feed', 'eng-sandbox'])

const EXPIRY_CHOICES = ['3600', '3600', '3600', '3600', '3600', '1800', '1800', '1800', '900', '900', '600', '300', '120', '30']
const ROLE_WEIGHTS = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3] // indexes into SEEDED_ROLES: Full Access most often

const LARGE_PREFIXES = ['prod', 'dev', 'staging', 'qa', 'test', 'sandbox', 'ops', 'sec', 'data', 'edge']
const LARGE_SYSTEMS = [
  'terraform', 'siem', 'splunk', 'ci', 'okta', 'backup', 'audit', 'inventory', 'policy', 'connector', 'monitor', 'sync',
]


const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]

type SeedSpec = { customerId: string; preset: TenantPreset; size?: number }

/** Builds a tenant from a preset: roles and microtenants always, keys as the preset says (ZDX's secrets sealed in `secrets`). */
export function seedTenant({ customerId, preset, size }: SeedSpec, secrets: SecretBox): Tenant {
  const defaultSpace = new MicrotenantSpace(DEFAULT_MICROTENANT_ID, DEFAULT_MICROTENANT_NAME)
  const engineering = new MicrotenantSpace(ENGINEERING_MICROTENANT_ID, 'Engineering')
  // Ids differ per customer (a client id must identify one key everywhere); everything else per preset.
  const ids = seededRandom(`ids:${customerId}`)
  const attributes = seededRandom(`keys:${preset}`)
  const fill = (space: MicrotenantSpace, names: readonly string[]) => {
    for (const name of names) addSeededKey(space, customerId, name, ids, attributes)
  }

  if (preset === 'large') {
    fill(defaultSpace, largeKeyNames(size ?? DEFAULT_LARGE_SIZE))
    fill(engineering, ENGINEERING_KEY_NAMES)
  } else if (preset !== 'empty') {
    fill(defaultSpace, DEFAULT_KEY_NAMES)
    fill(engineering, preset === 'microtenant' ? [...ENGINEERING_KEY_NAMES, ...MORE_ENGINEERING_KEY_NAMES] : ENGINEERING_KEY_NAMES)
  }

  return {
    customerId,
    customerName: CUSTOMER_NAME,
    preset,
    size: preset === 'large' ? (size ?? DEFAULT_LARGE_SIZE) : undefined,
    admin: DEMO_ADMIN,
    roles: [...SEEDED_ROLES, tenantOwnRole(customerId)],
    microtenants: new Map([
      [defaultSpace.id, defaultSpace],
      [engineering.id, engineering],
    ]),
    clock: new TenantClock(),
    faults: [],
    preferences: new Map(),
    timeZone: DEFAULT_TIME_ZONE,
    settings: { ...defaultTenantSettings },
    lockLapseAt: undefined,
    changedKeys: new Map(),
    zcc: seedZcc(customerId, preset),
    zdx: seedZdx(customerId, preset, secrets),
    activity: new TenantActivity(),
    lastUsedAt: Date.now(),
  }
}

function largeKeyNames(size: number): string[] {
  const random = seededRandom(`names:large`)
  const width = String(size).length
  return Array.from({ length: size }, (_, i) => {
    const number = String(i + 1).padStart(width, '0')
    return `${pick(random, LARGE_PREFIXES)}-${pick(random, LARGE_SYSTEMS)}-${number}`
  })
}

function addSeededKey(space: MicrotenantSpace, customerId: string, name: string, ids: () => number, random: () => number): void {
  let id = seededId(ids)
  while (space.keys.has(id)) id = seededId(ids)
  const creation = SEED_BASE_TIME - Math.floor(random() * TWO_YEARS)
  const modified = creation + Math.floor(random() * (SEED_BASE_TIME - creation))
  const enabledByChance = random() >= 0.1
  const locked = LOCKED.has(name) || (space.keys.size >= 100 && random() < 0.01)
  space.put(
    toStoredApiKey({
      api: {
        id,
        name,
        clientId: clientIdFor(id, seededUuid(ids)),
        enabled: !DISABLED.has(name) && enabledByChance,
        tokenExpiryTimeInSec: pick(random, EXPIRY_CHOICES),
        roleId: SEEDED_ROLES[pick(random, ROLE_WEIGHTS)].id,
        isLocked: locked,
        readOnly: READ_ONLY.has(name),
        zscalerManaged: false,
        creationTime: String(creation),
        modifiedTime: String(modified),
        modifiedBy: DEMO_ADMIN.id,
        customerId,
        microtenantId: space.id,
        microtenantName: space.name,
        // Written out rather than spread: a spread here makes each of a large tenant's keys about twice the size.
        iamClientId: unusedApiKeyFields.iamClientId,
        pinSessionEnabled: unusedApiKeyFields.pinSessionEnabled,
        restrictionType: unusedApiKeyFields.restrictionType,
        syncVersion: unusedApiKeyFields.syncVersion,
      },
      secret: unknowableSecret(ids),
      failedSignIns: locked ? 3 : 0,
      lockedUntil: null,
    }),
  )
}
